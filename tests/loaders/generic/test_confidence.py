"""The confidence an item is read with says how often its rule's kind of evidence was right: a "We will
…" sentence in a paragraph (an action in one plan's labels, narrative in another's) is the lowest,
below a list after a lead-in naming its items. Both rules' confidences are measured: their precision
on first contact (``councilkg/data/rule_confidence.json``, written by ``bench/firstcontact.py``).

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from councilkg.loaders.generic.calibration import rule_confidence
from tests.loaders.generic.reading import read

#: Devon's Children and Young People's Plan 2019-2023, "Keeping children safe",
#: https://www.devonscp.org.uk/childrensplan/keeping-children-safe-2/ (a "… we will:" list after a
#: heading: the sentence above the heading stays read, see test_prose_commitments.py).
DEVON_2019 = "\n\n".join(
    [
        "We will also work together to improve the way we reach out to vulnerable young people, including "
        "those missing education, and to intervene where there is a risk of crime, radicalisation, gangs, "
        "knife crime or anti-social behaviour.",
        "Our priorities to 2023 are:",
        "Support for vulnerable young people at risk",
        "We will:\n\n  • Work together to prevent children missing education, particularly those from "
        "disadvantaged and vulnerable backgrounds\n  • Support families and carers if a young person is "
        "missing and after they return home",
    ]
)


def test_a_we_will_sentence_is_read_with_the_lowest_confidence() -> None:
    """The sentence is read at its rule's first-contact precision (0.32), the bullets after "We will:"
    at theirs (0.75): keeping the items at 0.4 or more keeps the listed actions, not the sentence."""
    found = read(DEVON_2019)
    sentence, listed = (
        rule_confidence()["sentence: we will"],
        rule_confidence()["list item after an action lead-in"],
    )
    assert sentence < 0.4 <= listed
    read_with = {a.label: (a.reading.rule, a.reading.confidence) for a in found.actions if a.reading}
    assert read_with == {
        "We will also work together to improve the way we reach out to vulnerable young people, including "
        "those missing education, and to intervene where there is a risk of crime, radicalisation, gangs, "
        "knife crime or anti-social behaviour": ("sentence: we will", sentence),
        "Work together to prevent children missing education, particularly those from disadvantaged and "
        "vulnerable backgrounds": ("list item after an action lead-in", listed),
        "Support families and carers if a young person is missing and after they return home": (
            "list item after an action lead-in",
            listed,
        ),
    }
    assert [a.label for a in found.actions if a.reading and a.reading.confidence >= 0.4] == [
        "Work together to prevent children missing education, particularly those from disadvantaged and "
        "vulnerable backgrounds",
        "Support families and carers if a young person is missing and after they return home",
    ]
