"""Contents pages run onto one line: their entries parted by dotted leaders and pages, read as a
contents page's (the items under an entry naming a kind, entries labelled with their kind).

The snippets are cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.contentsruns import contents_run_entries
from tests.loaders.generic.reading import read

_DOTS = "." * 40

#: Kent Youth Offending Service's Youth Justice Strategic Plan 2010/11, its contents as the stored
#: transcript gives it (https://fdocuments.net/document/kent-youth-offending-service-yos-youth-justice-
#: strategic-plan-5-2010-4.html): the entries under
#: "(ii) Outcomes, Activities and Projects" lettered, the whole page on one line, the last entry's
#: page cut off.
KENT = f"""Contents

1. Introduction{_DOTS} 4 2. Executive Summary {_DOTS} 5

(i) Budget for 2010/11{_DOTS} 5 (ii) Outcomes, Activities and Projects {_DOTS} 5 (a) Prevention \
Strategy {_DOTS} 5 (b) Reducing Re-offending {_DOTS} 5 (c) Parenting {_DOTS} 5 (d) Restorative \
Justice {_DOTS} 5 (e) Staffing{_DOTS}"""

#: Bolton Council's Corporate Performance Dashboard, Quarter 4 2018/19, its contents
#: (https://docslib.org/doc/1297458/corporate-performance-dashboard): each measure an entry labelled
#: "Headline Indicator:", the page run onto one line.
BOLTON = """Corporate Performance Dashboard

Quarter 4 - Update

1. Introduction and Context –the building blocks ...... 3 2. Chief Executive’s Directorate ...... 8 \
Headline Indicator: Stage 1 Complaints ...... 9 Headline Indicator: FOI requests ...... 10 Headline \
Indicator: Corporate Income ...... 11 3. People ...... 15 Headline Indicator: % YP academic age 16 and \
17 NEET ......"""


def test_entries_run_onto_one_line_are_parted_at_their_leaders_and_pages() -> None:
    line = KENT.splitlines()[4]
    assert contents_run_entries(line)[:3] == [
        "(i) Budget for 2010/11 .... 5",
        "(ii) Outcomes, Activities and Projects .... 5",
        "(a) Prevention Strategy .... 5",
    ]
    assert contents_run_entries("Read more... 3 ways to help. Call us... 5 times a week.") == []


def test_lettered_entries_under_a_roman_entry_naming_outcomes_are_its_items() -> None:
    found = read(KENT)
    assert [(o.label, o.source_line) for o in found.outcomes] == [
        ("Prevention Strategy", 5),
        ("Reducing Re-offending", 5),
        ("Parenting", 5),
        ("Restorative Justice", 5),
        ("Staffing", 5),
    ]


def test_entries_labelled_as_indicators_are_indicators() -> None:
    found = read(BOLTON)
    assert [(i.label, i.source_line) for i in found.indicators] == [
        ("Stage 1 Complaints", 5),
        ("FOI requests", 5),
        ("Corporate Income", 5),
        ("% YP academic age 16 and 17 NEET", 5),
    ]


def test_a_run_of_entries_naming_no_kind_gives_no_items() -> None:
    text = KENT.replace("Outcomes, Activities and Projects", "Our work")
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)
