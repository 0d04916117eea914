"""A lead-in naming two kinds joined by "and" ("key priorities and success measures:") names first what
its list holds (councilkg/loaders/generic/pairedkinds.py): the list's items are of the first kind, each
with the second's (its measures, its outcomes) beside it."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Worcestershire's Children and Young People's Plan (web page, 2021),
#: https://worcestershire.gov.uk/council-services/childrens-social-care/worcestershires-children-and-young-peoples-plan
WORCESTERSHIRE = [
    "Our vision is for Worcestershire to be a wonderful place for all children and young people to grow up.",
    "It will focus on key priorities and success measures:",
    "- the best start to life",
    "- access to the right education",
    "- working together to keep children safe from harm",
]

#: St Helens Children's and Young People's Plan (news, 2024),
#: https://sthelens.gov.uk/article/10498/Plan-puts-children-s-priorities-first
ST_HELENS = [
    "The plan sets out five key priorities and outcomes which have been drawn up with the help of young "
    "people and those who work with them. They are:",
    "",
    "·       Children and young people are and feel safe",
    "",
    "·       Children and young people grow up with a sense of belonging",
]


def test_priorities_and_success_measures_lead_in_priorities() -> None:
    extraction = read("\n".join(WORCESTERSHIRE))
    assert [priority.label for priority in extraction.priorities] == [
        "the best start to life",
        "access to the right education",
        "working together to keep children safe from harm",
    ]
    assert extraction.indicators == []


def test_priorities_and_outcomes_lead_in_priorities() -> None:
    extraction = read("\n".join(ST_HELENS))
    assert [priority.label for priority in extraction.priorities] == [
        "Children and young people are and feel safe",
        "Children and young people grow up with a sense of belonging",
    ]
    assert extraction.outcomes == []


def test_a_lone_kind_word_still_names_the_list() -> None:
    text = "\n".join(["Our success measures:", "- the best start to life", "- access to the right education"])
    assert [indicator.label for indicator in read(text).indicators] == [
        "the best start to life",
        "access to the right education",
    ]
