"""Risks a register words as "Failure to …", read without the header that names the risk column, on
snippets cut from the wild corpus (``tests/corpus/wild/``: councils' pages as they give the text)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.failurerisks import RULE_FAILURE_RISK
from tests.loaders.generic.reading import read

#: Nottingham City Council, Audit Committee minutes: strategic risk register, Quarter 1 2014/15,
#: https://committee.nottinghamcity.gov.uk/mgAi.aspx?ID=2687 (the register's rows as the page prints them)
NOTTINGHAM = "\n".join(
    [
        "The strategic risk threat level and direction of travel (DoT) are as follows:",
        "",
        "SR No.",
        "",
        "Strategic Risk Description",
        "",
        "Red rated strategic risks (6)",
        "",
        "Failure to safeguard vulnerable children",
        "",
        "Failure to ensure a financially sustainable adult social care system that protect vulnerable adults "
        "and manage the impact of the Care Act",
        "",
        "9 to 12",
        "",
        "Failure to support Nottingham citizens and",
        "",
        "communities in minimising the negative impact of",
        "",
        "welfare changes",
        "",
        "Amber rated strategic risks (9)",
        "",
        "Failure to reduce levels of crime and anti-social",
        "",
        "behaviour (ASB)",
        "",
        "8 At target",
    ]
)


def test_failure_lines_of_a_register_are_its_risks_with_their_wrapped_words() -> None:
    extraction = read(NOTTINGHAM)
    assert [(risk.label, risk.source_line) for risk in extraction.risks] == [
        ("Failure to safeguard vulnerable children", 9),
        (
            "Failure to ensure a financially sustainable adult social care system that protect vulnerable "
            "adults and manage the impact of the Care Act",
            11,
        ),
        (
            "Failure to support Nottingham citizens and communities in minimising the negative impact of "
            "welfare changes",
            15,
        ),
        ("Failure to reduce levels of crime and anti-social behaviour (ASB)", 23),
    ]
    assert {risk.reading.rule for risk in extraction.risks if risk.reading} == {RULE_FAILURE_RISK}
    assert {extraction.placed[17], extraction.placed[19], extraction.placed[25]} == {"risk, wrapped"}


def test_a_failure_said_in_prose_is_no_risk() -> None:
    """What a failure would do is a sentence of a report, not a register's risk."""
    text = (
        "Risks\n\nFailure to act on the inspection's findings could leave children at risk of harm.\n\n"
        "The committee noted the report."
    )
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


def test_failure_lines_where_nothing_talks_of_risks_are_left_alone() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read("Lessons learnt\n\nFailure to plan ahead\n\nFailure to listen to young people")
