"""Lines after a lead-in, each a title, a colon and what it means, their bullets lost, on a snippet
cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.titledlines import titled_lines
from tests.loaders.generic.reading import read

#: The London Post, "Exciting new vision for young people launched in Royal Greenwich" (2024), on the
#: Royal Borough of Greenwich's Children and Young People's Plan,
#: https://london-post.co.uk/exciting-new-vision-for-young-people-launched-in-royal-greenwich
GREENWICH = """The plan identifies the following commitments:

Our Present and Future: we want to thrive in Greenwich, to know what opportunities and to be supported in \
preparing for the future
Our Safety: we want to feel safe at home, in the community and online, with support to build resilience
Our Health: We want to be supported to be healthy, this includes understanding how to help ourselves and \
where more support is needed, we want choices that we can access easily
Our Relationships: we know our family and networks are important and we want support to maintain positive \
relationships.
"""


def test_titles_named_by_nouns_after_a_lead_in_are_the_plans_priorities() -> None:
    """"Commitments" named "Our Safety", "Our Health": themes, read by their titles as priorities."""
    found = read(GREENWICH)
    assert [p.label for p in found.priorities] == [
        "Our Present and Future",
        "Our Safety",
        "Our Health",
        "Our Relationships",
    ]
    assert [p.source_line for p in found.priorities] == [3, 4, 5, 6]
    assert found.actions == []


def test_titles_saying_what_is_to_be_done_keep_the_lead_ins_kind() -> None:
    text = GREENWICH.replace("Our Safety:", "Keep children safe:").replace("Our Health:", "Improve health:")
    assert [a.label for a in read(text).actions][:2] == ["Our Present and Future", "Keep children safe"]


def test_two_titled_lines_are_too_few_to_be_a_list() -> None:
    lines = [line for line in GREENWICH.splitlines() if line][:3]  # the lead-in and two titled lines
    assert titled_lines(list(enumerate(lines, start=1)), 0) is None
    assert titled_lines(list(enumerate([lines[0], *lines[1:], lines[2], lines[1]], start=1)), 0) is not None
