"""A heading over a "… will:" lead-in is read as the priority the actions serve only when it names an
aim, opening with a verb (aimheadings)."""

from __future__ import annotations

import pytest

from councilkg.loaders.generic.aimheadings import names_an_aim
from tests.loaders.generic.reading import read


def test_section_title_over_we_will_is_no_priority() -> None:
    """Westmorland & Furness Children's Services Policies and Procedures, Introduction and Context
    (2023), https://westmorlandfurnesscs.trixonline.co.uk/chapter/introduction-and-context: "Children
    and Families" titles the section; the actions after "We will:" are still read."""
    text = (
        "See Cumbria Children and Young People's Plan.\n\nChildren and Families\n\nWe will:\n\n"
        "  • Embed the Permanence Policy into practice;\n"
        "  • Continue to implement the Children Looked After (CLA) Strategy;\n"
    )
    extraction = read(text)
    assert extraction.priorities == []
    assert [a.label.rstrip(";") for a in extraction.actions] == [
        "Embed the Permanence Policy into practice",
        "Continue to implement the Children Looked After (CLA) Strategy",
    ]


def test_promise_heading_over_lead_in_is_no_priority() -> None:
    """Westminster's Children's charter (2007), https://www.westminster.gov.uk/childrens-charter: the
    heading names the promise (the document), not a priority of it."""
    text = (
        "Download a copy of Westminster's promise to children and young people\n\n"
        "How the promise fits into our plans\n\nWe will:\n\n"
        "  • ask a Councillor to take special responsibility for hearing what children and young people "
        "are saying\n"
        "  • make sure that children and young people are involved in planning our services\n"
    )
    extraction = read(text)
    assert [p.label for p in extraction.priorities] == []
    assert len(extraction.actions) == 2


def test_aim_heading_over_lead_in_is_a_priority() -> None:
    """BCP Council's Corporate Strategy, Brighter Futures (2019), https://www.bcpcouncil.gov.uk/About-
    the-council/Strategies-plans-and-policies/CorporateStrategy/Brighter-Futures.aspx."""
    text = (
        "Be aspirational for our children in care\n\nWe will:\n"
        "  • harmonise and improve the Foster Care offer by early summer 2020\n"
        "  • improve housing options for care experienced young people by October 2020\n"
    )
    assert [p.label for p in read(text).priorities] == ["Be aspirational for our children in care"]


@pytest.mark.parametrize(
    ("heading", "aim"),
    [
        ("Enable access to high quality education", True),
        ("Working with partners to improve life chances", True),
        ("Children and Families", False),
        ("Our 8 point promise to children and young people", False),
        ("Children", False),
    ],
)
def test_names_an_aim(heading: str, aim: bool) -> None:
    assert names_an_aim(heading) is aim
