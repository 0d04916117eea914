"""A form's field giving an item's title under the name of its kind ("Priority Title: …", "Risk Title
1. …"), on snippets cut from the wild corpus (``tests/corpus/wild/``: real councils' plans as their
web pages give the text)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.titlefields import title_field
from tests.loaders.generic.reading import read

#: Portsmouth City Council, Children and Young People's Plan 2007/08 - 2009/10: Commissioning Plans
#: (Appendix 1), http://www.docstoc.com/docs/118068522/DRAFT---SUBJECT-TO-CHANGE: a commissioning
#: plan's cover form, each field a line.
PORTSMOUTH = "\n".join(
    [
        "                   Priority Number:",
        "",
        "                   Priority Title:                  Improve Health and Safety",
        "",
        "                   Priority Lead:                   Susie Waller",
        "",
        "                   Commissioning Plan Number        1.1",
        "",
        "                   Commissioning Plan Title:",
        "                                   1                Teenage Conceptions",
        "",
        "                   Commissioning Plan Lead Name:    Charlotte Bemand",
    ]
)

#: Southend-on-Sea Borough Council, 2019-20 Corporate Risk Register - Appendix 2,
#: https://pdfslide.net/amp/documents/2019-20-corporate-risk-register-appendix-2-2020-01-08-2019-20-corporate-risk.html:
#: a register generated risk by risk, its boxes' names printed before their values.
SOUTHEND = "\n".join(
    [
        "2019-20 Corporate Risk Register - Appendix 2Generated on: 9 December 2019",
        "",
        "Risk Title 1. Council Budget/Financial Sustainability",
        "",
        "Stage 1 - Risk without controls (Inherent risk)",
        "",
        "Code Risk - CAUSE, EVENT, EFFECT Risk Owner Risk type Risk category",
        "",
        "1920CRR 01",
        "",
        "Joe Chesterton Strategic Financial / Reputational Inherent risk score 16",
    ]
)


def test_a_priority_title_field_is_the_priority() -> None:
    """The lead's field and the commissioning plan's fields name no kind's title: no items."""
    found = read(PORTSMOUTH)
    assert [(p.label, p.source_line) for p in found.priorities] == [("Improve Health and Safety", 3)]
    assert not found.actions and not found.indicators and not found.risks


def test_a_risk_title_field_is_the_risk_with_its_number() -> None:
    found = read(SOUTHEND)
    assert [(r.ref, r.label, r.source_line) for r in found.risks] == [
        ("1", "Council Budget/Financial Sustainability", 3)
    ]
    assert not found.priorities and not found.actions


def test_fields_naming_no_title_of_a_kind_give_nothing() -> None:
    with pytest.raises(UnknownLayoutError):
        read(PORTSMOUTH.replace("Priority Title:", "Priority Lead Group:"))
    assert title_field("Risk title of the plan is low") is None
    assert title_field("Priority Title:") is None
    assert title_field("Risk Title: Risk Owner:") is None
