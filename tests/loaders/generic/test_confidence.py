"""The confidence an item is read with says how often its rule's kind of evidence was right: a "We will
…" sentence in a paragraph (an action in one plan's labels, narrative in another's) is the lowest,
below a list after a lead-in naming its items.

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: West Northamptonshire's Corporate Plan 2021, "Improved life chances",
#: https://westnorthants.gov.uk/corporate-plan/improved-life-chances
WEST_NORTHAMPTONSHIRE_2021 = "\n".join(
    [
        "Improved life chances",
        "We will focus on early help services to ensure our children have the best start in life and "
        "parents have the right support and environments in which to raise their families.",
        "Working with partners in 5 years we will:",
        "- support our Children’s Trust improvement journey",
        "- drive an increase fostering and support foster families",
    ]
)


def test_a_we_will_sentence_is_read_with_the_lowest_confidence() -> None:
    """The sentence is read at 0.3, the bullets after "… we will:" at 0.7: keeping the items at 0.4 or
    more keeps the listed actions and leaves the sentence out."""
    found = read(WEST_NORTHAMPTONSHIRE_2021)
    read_with = {a.label: (a.reading.rule, a.reading.confidence) for a in found.actions if a.reading}
    assert read_with == {
        "We will focus on early help services to ensure our children have the best start in life and "
        "parents have the right support and environments in which to raise their families": (
            "sentence: we will",
            0.3,
        ),
        "support our Children’s Trust improvement journey": ("list item after an action lead-in", 0.7),
        "drive an increase fostering and support foster families": ("list item after an action lead-in", 0.7),
    }
    assert [a.label for a in found.actions if a.reading and a.reading.confidence >= 0.4] == [
        "support our Children’s Trust improvement journey",
        "drive an increase fostering and support foster families",
    ]
