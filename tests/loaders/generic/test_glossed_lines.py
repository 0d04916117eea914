"""A counted lead-in over as many unmarked lines, each a title, a spaced dash and what the title means
("planet – tackling climate change is central to …"): the titles are the items. Cut from the wild
corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.parsing.runlists import counted_lines
from tests.loaders.generic.reading import read

#: Hart District Council, Corporate Plan 2023 to 2027 (what's in the plan),
#: tests/corpus/wild/hart-2023-corporate-plan-2023-2027-three-focus-areas.txt
HART = """\
What's in the plan?
Our Corporate Plan has three focus areas:
planet – tackling climate change is central to all our activities and we plan to lead our community.
people – we are committed to fair treatment for all, help for those in need and a sustainable economy.
place – we will work to deliver warmer, better homes in sustainable locations that people can afford.
We will underpin these focus areas by providing a resilient and financially sound Hart District Council.
Each of the focus areas has objectives and targets.
"""


def test_the_titles_of_glossed_lines_a_lead_in_counts_are_its_items() -> None:
    extraction = read(HART)
    assert [(p.source_line, p.label) for p in extraction.priorities] == [
        (3, "planet"),
        (4, "people"),
        (5, "place"),
    ]
    assert extraction.actions == []  # "We will underpin these focus areas by …": how they are served


def test_more_glossed_lines_than_the_count_are_no_counted_list() -> None:
    lines = list(enumerate(HART.replace("three focus", "two focus").splitlines(), start=1))
    assert counted_lines(lines, 1) is None
