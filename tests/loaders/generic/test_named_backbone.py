"""Items news names first, as a sentence's subject, then says they will form the backbone (heart, core)
of a plan ("Economic growth, social cohesion, … will form the backbone of a new three-year plan"): the
plan's priorities. On a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.namedlists import RULE_NAMED_LIST, named_list
from tests.loaders.generic.reading import read

#: Public Sector Executive, "New three-year plan to be agreed for Harlow Council" (2021), on the
#: Corporate Strategy 2021-2023, https://www.publicsectorexecutive.com/articles/harlow-council-plan
HARLOW = """\
New three-year plan to be agreed for Harlow Council

Economic growth, social cohesion, safeguarding the environment and being an efficient council will form \
the backbone of a new three-year plan set to be agreed for Harlow Council.

The plans are intended to make Harlow a leading town for families, education, start-up businesses and \
resident satisfaction.
"""


def test_items_said_to_form_the_backbone_of_a_plan_are_its_priorities() -> None:
    found = read(HARLOW)
    assert [(p.label, p.source_line) for p in found.priorities] == [
        ("Economic growth", 3),
        ("social cohesion", 3),
        ("safeguarding the environment", 3),
        ("being an efficient council", 3),
    ]
    assert {p.reading.rule for p in found.priorities if p.reading} == {RULE_NAMED_LIST}


def test_a_pronoun_or_a_pair_is_no_list() -> None:
    assert named_list("It will form the backbone of a new three-year plan.") is None
    assert named_list("Growth and cohesion will form the backbone of a new plan.") is None


#: Maidstone Borough Council, Draft Strategic Plan 2015-2020 (Appendix A), "Providing a Clean and Safe
#: Environment",
#: https://meetings.maidstone.gov.uk/documents/s39717/Appendix%20A%20-%20Strategic%20Plan%202015-2020.html
MAIDSTONE = (
    "Maidstone does not experience high levels of crime.  We have with our Community Safety Partnership "
    "agreed that reducing anti-social behaviour, domestic abuse, reoffending and improving road safety are "
    "our priorities up until 2018."
)


def test_items_a_reported_clause_opens_are_no_plans_list() -> None:
    # whose priorities they are (the partnership's), and where the first item starts, is unsure after "that"
    assert named_list(MAIDSTONE) is None
    assert named_list("Road safety, domestic abuse and reoffending are our priorities up until 2018.") == (
        "priorities",
        ["Road safety", "domestic abuse", "reoffending"],
    )

