"""A listed point of a performance report opening with a measure ("The percentage of … remained at
3.5%") is that measure, named up to what the point reports, whatever list it is in; on a snippet cut
from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.outlinelines import RULE_REPORTED_MEASURE
from tests.loaders.generic.reading import read

#: London Borough of Havering, Children's Services Overview and Scrutiny Sub-Committee minutes: performance
#: report, quarter three 2019/20, https://democracy.havering.gov.uk/mgAi.aspx?ID=23723
HAVERING = "\n\n".join(
    [
        "The report provided the following highlights and potential areas for improvement:",
        "  1. The  percentage of 16-18 year olds who are not in education, employment or training (NEET), or "
        "not known remained at 3.5%, which was lower than the same period last year",
        "Areas for improvement:",
        "  1. The percentage of initial child protection conferences held within 15 days had improved during "
        "the third quarter but remains just outside of the accepted target tolerance.",
    ]
)


def test_a_point_on_a_measure_under_a_priorities_lead_in_is_the_measure() -> None:
    extraction = read(HAVERING)
    assert not extraction.priorities
    assert [(i.label, i.source_line) for i in extraction.indicators] == [
        (
            "The percentage of 16-18 year olds who are not in education, employment or training (NEET), or "
            "not known",
            3,
        ),
        ("The percentage of initial child protection conferences held within 15 days", 7),
    ]
    assert {i.reading.rule for i in extraction.indicators if i.reading} == {RULE_REPORTED_MEASURE}
