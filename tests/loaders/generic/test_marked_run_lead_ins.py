"""A list a meeting agreed, its items run onto one line after a mark each ("§ Children & Young People §
Tourism/Business Development § …"), after a lead-in whose subject is the members who agreed it, or
that names the partners it was made with, on snippets cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.runonlists import inline_bullets
from tests.loaders.generic.reading import read

#: Rochdale Borough Council, Pennines Township Plan priorities (2010),
#: https://docslib.org/doc/6796182/pennines-township-plan-2010-2011-appendix-one
ROCHDALE = """In February 2010 members considered and agreed future priorities for Pennines Township for \
2010 onwards as:

§ Children & Young People § Tourism/Business Development § Environment § Leisure & Recreation § Community \
Safety
"""

#: East Riding of Yorkshire Council, East Riding Community Plan 2016-2021 (refresh), its introduction,
#: https://docslib.org/doc/11713806/east-riding-of-yorkshire-community
EAST_RIDING = """\
The most recent refresh of the previous Community Plan set out a range of agreed priorities and \
reaffirmed the high level ambition for the area. Following consultation with key partners and taking \
account of the views of local people, these ambitions have been updated and retained, namely:

• Children and young people are happy, healthy, confident, safe and resilient, to reach their full \
potential • Older people enjoy a healthy, independent lifestyle • Communities are healthy, thriving, \
prosperous and safe
"""


def test_the_items_a_meeting_agreed_run_onto_one_line_are_read() -> None:
    found = read(ROCHDALE)
    assert [p.label for p in found.priorities] == [
        "Children & Young People",
        "Tourism/Business Development",
        "Environment",
        "Leisure & Recreation",
        "Community Safety",
    ]


def test_who_agreed_a_list_is_not_what_it_lists() -> None:
    assert lead_in_kind("Members considered and agreed the priorities for 2010 as:") == "priority"
    assert lead_in_kind("The following members were present:") is None
    assert inline_bullets("Environment § Leisure", "§") == ["Environment", "Leisure"]


def test_a_list_made_with_partners_is_the_plans_own() -> None:
    found = read(EAST_RIDING)
    assert [p.label.split()[0] for p in found.priorities] == ["Children", "Older", "Communities"]
