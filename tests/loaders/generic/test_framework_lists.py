"""The five Every Child Matters outcomes listed in running text, after words naming what is listed.

The snippets are cut from the wild corpus (``tests/corpus/wild/``): Hertfordshire's introduction to
its Children's Trust Partnership of 2009
(https://studylib.net/doc/10106233/gill-jones-narrowing-the-gap-8.-children-and-young-people...) and
Northamptonshire's Children and Young People's Partnership Board minutes of 2005
(http://www.northamptonboroughcouncil.com/councillors/mgAi.aspx?ID=15227).
"""

from __future__ import annotations

from councilkg.loaders.generic.framework_outcomes import RULE_FRAMEWORK_LIST, listed_outcomes
from tests.loaders.generic.reading import read

HERTFORDSHIRE = (
    "An Introduction to Hertfordshire Children’s Trust Partnership John Harris Director of Children’s "
    "Services May 15th 2009 Every Child Matters A radical improvement in opportunities and outcomes for "
    "children and young people, particularly the most vulnerable Be Healthy, Stay Safe, Enjoy and Achieve, "
    "Make a Positive Contribution, Achieve Economic Wellbeing …and new requirements under the Children "
    "Act 2004 for local authorities and partner organisations to work together as a Children’s Trust "
    "partnership\n"
)

NORTHAMPTONSHIRE = (
    "He then elaborated upon the childrens and young peoples plan which was a requirement of the Children "
    "Act 2004 and stated that all Local Authorities and Partners had to produce a joint plan to improve "
    "childrens well being in their area.  The Plan focused around 5 outcomes; be healthy, stay safe, enjoy "
    "and achieve make a positive contribution and achieve economic well being.\n"
)


def test_a_list_of_the_five_outcomes_after_a_slide_naming_them_is_the_plans_outcomes() -> None:
    outcomes = read(HERTFORDSHIRE).outcomes
    assert [o.label for o in outcomes] == [
        "Be Healthy",
        "Stay Safe",
        "Enjoy and Achieve",
        "Make a Positive Contribution",
        "Achieve Economic Wellbeing",
    ]
    assert {o.reading.rule for o in outcomes if o.reading} == {RULE_FRAMEWORK_LIST}


def test_a_list_in_minutes_after_a_count_of_outcomes_is_read_even_with_a_comma_missing() -> None:
    assert [o.label for o in read(NORTHAMPTONSHIRE).outcomes] == [
        "be healthy",
        "stay safe",
        "enjoy and achieve",
        "make a positive contribution",
        "achieve economic well being",
    ]


def test_outcomes_named_in_a_sentence_with_no_word_naming_the_list_are_not_read() -> None:
    """Three names, or four with nothing before them saying they are outcomes, are a sentence's words."""
    assert listed_outcomes("We want them to be healthy, stay safe and enjoy and achieve at school") == []
    assert (
        listed_outcomes(
            "Young people said they want to be healthy, stay safe, enjoy and achieve and "
            "make a positive contribution to their town"
        )
        == []
    )


def test_a_list_counted_otherwise_or_going_on_past_the_framework_is_the_plans_own() -> None:
    """ "6 outcomes" over the five names, or ", and Feeling Connected" after them: not the framework."""
    five = NORTHAMPTONSHIRE.split("  ")[1]
    assert len(listed_outcomes(five)) == 5
    assert listed_outcomes(five.replace("5 outcomes", "6 outcomes")) == []
    assert listed_outcomes(five.replace("well being.", "well being, and Feeling Connected.")) == []
