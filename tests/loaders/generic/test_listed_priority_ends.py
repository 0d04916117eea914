"""A list of priorities' last item is no heading over the bullets of a later section (outlineitems,
outlineheadings): bullets led by "-ing" under a heading do not make the heading a priority, and the
bullets are not the listed priority's actions."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Norfolk County Council's County Council Plan (Moving Norfolk Forward, 2015),
#: https://www.norfolk.gov.uk/what-we-do-and-how-we-work/policy-performance-and-partnerships/policies-and-strategies/corporate/county-council-plan
NORFOLK = """County Council Plan

Focussing on our priorities

  • Excellence in education – working for a well-educated Norfolk where people are prepared for real jobs
  • Real jobs – making Norfolk a place where businesses are able to grow
  • Improved infrastructure
  • Supporting vulnerable people – including helping people earlier before their problems get too serious

One public service

  • Redesigning services around people’s lives
  • Achieving better outcomes
  • Working with public sector partners and local communities

A smaller, leaner council

  • Ruthlessly driving out costs and being more commercial
  • Getting better value for money and understanding the real cost of services
"""


def test_a_later_sections_bullets_are_neither_priorities_nor_actions() -> None:
    extraction = read(NORFOLK)
    assert [priority.label.split(" –")[0] for priority in extraction.priorities] == [
        "Excellence in education",
        "Real jobs",
        "Improved infrastructure",
        "Supporting vulnerable people",
    ]
    assert extraction.actions == []


def test_bullets_under_a_listed_priority_printed_again_as_a_heading_stay_its_measures() -> None:
    """Lancashire County Council, Cabinet Committee on Performance Improvement minutes (2020): the
    priority named again as a heading over its measures."""
    text = "\n\n".join(
        [
            "The Cabinet Committee noted the corporate strategy's priorities:",
            "·  Lancashire will be the place to live\n·  Lancashire will be the place to work",
            "Highlights of good performance included:",
            "Lancashire will be the place to live",
            "·  Number of e-downloads.\n·  Number of volunteers in Libraries.",
        ]
    )
    extraction = read(text)
    assert [indicator.label.rstrip(".") for indicator in extraction.indicators] == [
        "Number of e-downloads",
        "Number of volunteers in Libraries",
    ]
    assert extraction.actions == []


#: Guildford Borough Council's Corporate Plan 2015-2020, https://www.guildford.gov.uk/corporateplan
GUILDFORD = """Fundamental themes that support our vision

  • Our Borough - ensuring that proportional and managed growth for future generations meets our \
community and economic needs.

  • Our Economy - improving prosperity for all by enabling a dynamic, productive and sustainable economy \
that provides jobs and homes for local people.

  • Your Council - ensuring a sustainable financial future to deliver improved and innovative services.

Values for our residents

  • We will strive to be the best Council.

  • We will deliver quality and value for money services.
"""


def test_a_heading_of_values_ends_the_list_of_themes() -> None:
    """The values under their heading are neither more themes nor the last theme's actions."""
    found = read(GUILDFORD)
    assert [priority.label for priority in found.priorities] == ["Our Borough", "Our Economy", "Your Council"]
    assert found.actions == []
