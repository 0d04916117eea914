"""Risks minutes name by their number or code on a risk register ("risk 56, Towns Fund Programme, …",
"Risk 40 – Mainstream Education Sufficiency.", "the CR17 Safeguarding Risk"), on snippets cut from the
wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.parsing.registerrisks import risks_by_register_ref
from tests.loaders.generic.reading import read

#: Coventry City Council, Audit and Procurement Committee minutes on the Corporate Risk Register 2025-26,
#: https://edemocracy.coventry.gov.uk/mgAi.aspx?ID=43476
COVENTRY = (
    "The Corporate Risk Register, set out at Appendix 1 of the report, had been reviewed in consultation "
    "with the Leadership Board and Risk Owner.\n"
    "The report indicated that there had been one risk added to the Register:\n"
    "Risk 40 – Mainstream Education Sufficiency.\n"
)

#: City of London Corporation, minutes on a deep dive of the CR17 Safeguarding Risk (2020),
#: https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=96251
CITY_OF_LONDON = (
    "Report of the Director of Community & Children’s Services.\n"
    "Members received a report of the Director of Community & Children’s Services relative to a Deep Dive "
    "of the CR17 Safeguarding Risk.\n"
    "RESOLVED, that – the report be received and its contents noted.\n"
)

#: Sandwell Council, minutes on the strategic risk register (2021),
#: https://sandwell.moderngov.co.uk/mgAi.aspx?ID=1181
SANDWELL = (
    "The risks categorised as red and faced by the council related to children’s social care, GDPR, "
    "cyber security and the towns fund programme.\n"
    "\n"
    "The target date for risk 53, Oracle Fusion (previously referenced as Business Management System), "
    "had been moved back due to delays in the project implementation. The assessment of risk 56, Towns "
    "Fund Programme, had increased from amber to red, due to delays in the production of business cases.\n"
)


def test_a_risk_named_after_its_register_number_and_a_dash_is_read() -> None:
    assert [(r.ref, r.label) for r in read(COVENTRY).risks] == [("40", "Mainstream Education Sufficiency")]


def test_a_register_code_and_a_name_before_the_word_risk_name_a_risk() -> None:
    assert [(r.ref, r.label) for r in read(CITY_OF_LONDON).risks] == [("CR17", "Safeguarding")]


def test_a_risk_named_above_and_again_by_its_number_is_one_risk_given_its_number() -> None:
    risks = read(SANDWELL).risks
    assert [r.label for r in risks] == [
        "children’s social care",
        "GDPR",
        "cyber security",
        "the towns fund programme",
        "Oracle Fusion (previously referenced as Business Management System)",
    ]
    assert [r.ref for r in risks] == ["", "", "", "56", "53"]


def test_a_clause_after_the_number_is_no_name() -> None:
    assert risks_by_register_ref("The score for risk 3, which had been amber, was now green.") == []
