"""A lead-in whose opening kind is its subject ("Actions that will help the council achieve its goals
include:"), and the lettered priorities under each numbered outcome of a list; on snippets cut from
the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.leadinkind import lead_in_kind
from tests.loaders.generic.reading import read

#: Cannock Chase Locality Partnership Plan 2015/16,
#: tests/corpus/wild/cannock-chase-2015-locality-partnership-plan-priorities.txt
CANNOCK = (
    "The specific priorities for 2015/16 across these priority outcomes are:\n"
    "\n"
    "1.  Economic Prosperity:\n"
    "\n"
    "a)  Reduced youth unemployment (18-24 years)\n"
    "\n"
    "b)  Increased number of businesses that start, survive and grow\n"
    "\n"
    "2.  Community Safety:\n"
    "\n"
    "a)  Assured and safe communities\n"
    "\n"
    "b)  Reduced offending behaviour and anti- social behaviour\n"
)

#: South Kesteven District Council news, "SKDC agrees framework for the future" (2020),
#: tests/corpus/wild/south-kesteven-2020-corporate-plan-priorities-news.txt
SOUTH_KESTEVEN = (
    "Actions that will help the council achieve its goals include:\n"
    "\n"
    "  • Investment in leisure facilities\n"
    "  • A commitment to reduce the council's carbon footprint\n"
    "  • Delivery of the St Martin's Park project in Stamford\n"
)


def test_the_kind_a_lead_in_opens_with_is_what_it_lists() -> None:
    assert lead_in_kind(SOUTH_KESTEVEN.splitlines()[0]) == "action"
    assert lead_in_kind("Key actions to deliver these priorities include:") == "action"
    assert lead_in_kind("We have set out actions to deliver our priorities, which include:") == "priority"
    assert [a.label for a in read(SOUTH_KESTEVEN).actions] == [
        "Investment in leisure facilities",
        "A commitment to reduce the council's carbon footprint",
        "Delivery of the St Martin's Park project in Stamford",
    ]


def test_lettered_items_under_a_numbered_outcome_are_its_priorities() -> None:
    extraction = read(CANNOCK)
    assert [o.label.rstrip(":") for o in extraction.outcomes] == ["Economic Prosperity", "Community Safety"]
    keys = [o.key for o in extraction.outcomes]
    assert [(p.label, [link.key for link in p.contributes_to]) for p in extraction.priorities] == [
        ("Reduced youth unemployment (18-24 years)", [keys[0]]),
        ("Increased number of businesses that start, survive and grow", [keys[0]]),
        ("Assured and safe communities", [keys[1]]),
        ("Reduced offending behaviour and anti- social behaviour", [keys[1]]),
    ]


#: West Devon Borough Council news on its Council Plan 2024-2028 (2025),
#: tests/corpus/wild/west-devon-2024-council-plan-year-1-projects-news.txt
WEST_DEVON = (
    "The Council Plan sets out the eight key priorities which include tackling housing challenges, "
    "protecting the environment, strengthening the local economy and enhancing health and wellbeing across "
    "the Borough.\n"
    "For the next year, we have agreed to take forward the following projects all linked to our key "
    "priorities, to:\n"
    "- delivery of Okehampton Parkway Station and Integrated Transport Hub.\n"
    "- improve the energy efficiency of 55 properties by awarding Homes Upgrade Grants.\n"
    "- identify tree planting opportunities with Plymouth and South Devon Community Forest.\n"
)


def test_the_following_projects_are_actions_and_a_counted_kinds_examples_no_list() -> None:
    assert lead_in_kind(WEST_DEVON.splitlines()[1]) == "action"
    extraction = read(WEST_DEVON)
    assert extraction.priorities == []  # four of "the eight key priorities": examples, not the list
    assert [a.label[:24] for a in extraction.actions] == [
        "delivery of Okehampton P",
        "improve the energy effic",
        "identify tree planting o",
    ]
