"""A count of one before a bulleted list run into a line is no counted list (and no crash): "Goal 1
outcomes (1 to 5) To realise our goal, we will progress the following outcomes: • …", on a snippet cut
from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.parsing.runlists import counted_run
from tests.loaders.generic.reading import read

#: Liverpool City Council, Liverpool 2040: Goal 1, The Next Generation (2025),
#: https://liverpool.gov.uk/council/strategies-and-policies/liverpool-2040/the-next-generation
#: (the heading, its lead-in and the first of its dash-marked outcomes run into one line, bulleted,
#: as a flattened PDF prints them).
LIVERPOOL = (
    "Goal 1 outcomes (1 to 5) To realise our goal, we will progress the following outcomes: • Families "
    "and children feel supported to thrive"
)


def test_a_count_of_one_reads_no_counted_list() -> None:
    """ "Goal 1 outcomes": the 1 numbers the goal, it counts no list; the bullets are not read as one."""
    assert counted_run(LIVERPOOL) is None


def test_the_engine_reads_the_line_without_a_traceback() -> None:
    """Before, the one bullet left no other to measure the last against: ``max()`` of nothing."""
    try:
        found = read(LIVERPOOL)
    except UnknownLayoutError:
        return
    assert "Families and children feel supported to thrive" not in [o.label for o in found.outcomes]
