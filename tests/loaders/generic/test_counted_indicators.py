"""The performance indicators a sentence counts and gives between semicolons ("… judged against three key
performance indicators: A; B and C."), on a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.parsing.runlists import counted_run
from tests.loaders.generic.reading import read

#: Dorset Echo, "Positive steps: Fewer young people offending and finding themselves in youth justice
#: system" (2017), on Dorset County Council's youth justice plan,
#: http://www.dorsetecho.co.uk/news/15549369.Positive_steps__Fewer_young_people_offending_and_finding_themselves_in_youth_justice_system/
DORSET = (
    "Youth Offending Teams are required to publish an annual youth justice plan - this was discussed at "
    "Wednesday's Dorset County Council cabinet meeting.\n\n"
    "Youth Offending Teams continue to be judged against three key performance indicators: reducing first "
    "time entrants into the youth justice system; reducing re-offending by young people and appropriately "
    "minimising the use of custodial sentences.\n"
)


def test_counted_indicators_between_semicolons_are_indicators() -> None:
    extraction = read(DORSET)
    assert not extraction.priorities
    assert [(i.label, i.source_line) for i in extraction.indicators] == [
        ("reducing first time entrants into the youth justice system", 3),
        ("reducing re-offending by young people", 3),
        ("appropriately minimising the use of custodial sentences", 3),
    ]


def test_a_count_of_indicators_naming_none_is_no_list() -> None:
    assert (
        counted_run("The plan measures service performance against three key performance indicators.") is None
    )
    assert counted_run("We report on three indicators: each is shown below with its trend.") is None
