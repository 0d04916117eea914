"""Titles printed one a line and glued together where the line breaks were lost ("Strong families
Trusted relationships…" as "Strong familiesTrusted relationships…"), a count naming its kind past a name
("the three Best Start in Life headline goals"), and a counted list's last line running on into the text
after it; on snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.leadinkind import lead_in_kind
from tests.loaders.generic.reading import read

#: Cambridgeshire and Peterborough Early Help Strategy (2021),
#: tests/corpus/wild/cambridgeshire-2021-early-help-goals-intermediate-outcomes.txt
CAMBRIDGESHIRE = (
    "We make no apologies for setting out a vision that is very ambitious. Our goals, which flow on from the "
    "three Best Start in Life headline goals, are that:\n"
    "\n"
    "Children and young people are safe from harmChildren and young people lead healthy livesChildren and "
    "young people engage positively and actively in their communities\n"
    "\n"
    "In order to achieve these high-level goals, we have identified five intermediate outcomes. Our "
    "intermediate outcomes are:\n"
    "\n"
    "Strong familiesTrusted relationshipsSafe places and positive activitiesCapacity to manage "
    "challengesEnjoyment of life and learning\n"
)

#: Lancashire Telegraph on the Burnley Community Plan (2002),
#: tests/corpus/wild/burnley-2002-community-plan-young-people-version-news.txt
BURNLEY = (
    "The plan, which is linked to the findings of the Task Force report into last year's Burnley riots, sets "
    "out four key objectives:\n"
    "\n"
    "To become a diverse and united community\n"
    "\n"
    "To develop a modern economy\n"
    "\n"
    "To make Burnley a healthy, safe and clean borough\n"
    "\n"
    'To provide high quality "joined up" services to Burnley people -- and how they can be achieved. It '
    "covers every area of life from health and education to housing, jobs and the environment, and it says "
    "who will lead each part of the work.\n"
)


def test_glued_titles_under_a_lead_in_are_its_items() -> None:
    extraction = read(CAMBRIDGESHIRE)
    labels = [item.label for item in [*extraction.outcomes, *extraction.priorities]]
    assert sorted(labels) == sorted(
        [
            "Children and young people are safe from harm",
            "Children and young people lead healthy lives",
            "Children and young people engage positively and actively in their communities",
            "Strong families",
            "Trusted relationships",
            "Safe places and positive activities",
            "Capacity to manage challenges",
            "Enjoyment of life and learning",
        ]
    )


def test_a_count_names_its_kind_past_a_name_between() -> None:
    assert lead_in_kind(CAMBRIDGESHIRE.splitlines()[0]) == "priority"
    assert lead_in_kind("Priorities are selected based on four types of information:") is None


def test_a_counted_lists_last_line_ends_where_it_runs_on() -> None:
    assert [p.label for p in read(BURNLEY).priorities] == [
        "To become a diverse and united community",
        "To develop a modern economy",
        "To make Burnley a healthy, safe and clean borough",
        'To provide high quality "joined up" services to Burnley people',
    ]
