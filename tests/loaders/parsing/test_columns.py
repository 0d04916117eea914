"""The column-header vocabulary, on the header rows the bundled plans print."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from councilkg.loaders.model import MeasureType, OwnerRole
from councilkg.loaders.parsing.columns import (
    MEASURE_TYPES,
    OWNER_ROLES,
    ColumnRole,
    classify_header,
    is_header_row,
    map_columns,
)


def roles(cells: list[str]) -> list[str]:
    """Return the role names of a header row's known columns, in order."""
    return [column.role.value for column in map_columns(cells).columns]


def test_herefordshire_indicator_header() -> None:
    """Outturns and targets carry their periods; the comparator carries its group."""
    columns = map_columns(
        [
            "PI Ref",
            "Definition",
            "Outturn 2007/2008",
            "SN Group comparator",
            "Outturn 2008/2009",
            "Target 2009/2010",
            "Target 2010/2011",
        ]
    ).columns
    assert [(c.role.value, c.period, c.group) for c in columns] == [
        ("ref", None, None),
        ("title", None, None),
        ("outturn", "2007/08", None),
        ("comparator", None, "SN Group"),
        ("outturn", "2008/09", None),
        ("target", "2009/10", None),
        ("target", "2010/11", None),
    ]


def test_lambeth_2007_headers() -> None:
    """Action plan and KPI appendix headers, including two-digit periods and the ECM outcome column."""
    assert roles(["Priorities", "Action Plan &amp; Targets", "Date", "Responsible Division"]) == [
        "priority",
        "action",
        "timescale",
        "responsible",
    ]
    kpi = map_columns(
        [
            "KEY OUTCOME PRIORITIES - EVERY CHILD MATTERS",
            "",
            "PERFORMANCE INDICATOR TITLE",
            "PERFORMANCE INDICATOR",
            "OUTTURN 06/07",
            "TARGET 2007/08",
        ]
    )
    assert [(c.index, c.role.value, c.period) for c in kpi.columns] == [
        (0, "outcome", None),
        (2, "title", None),
        (3, "ref", None),
        (4, "outturn", "2006/07"),
        (5, "target", "2007/08"),
    ]


def test_owner_columns_map_to_owner_roles() -> None:
    """Each way of naming an owner column gives the owner role the graph states."""
    cases = {
        "Responsible Division": OwnerRole.RESPONSIBLE,
        "Responsible Officer": OwnerRole.RESPONSIBLE,
        "DLT accountable": OwnerRole.ACCOUNTABLE,
        "Lead manager": OwnerRole.LEAD_MANAGER,
        "Lead Member": OwnerRole.LEAD_MEMBER,
        "Risk owner": OwnerRole.RISK_OWNER,
        "Indicator Owner": OwnerRole.INDICATOR_OWNER,
    }
    for heading, role in cases.items():
        column = classify_header(heading)
        assert column is not None, heading
        assert OWNER_ROLES[column.role] is role, heading


def test_risk_register_header() -> None:
    """Herefordshire's risk register: residual columns are told apart from the current ones."""
    assert roles(
        [
            "Risk ref",
            "Risk description",
            "Likelihood",
            "Severity",
            "Rating",
            "Summary of mitigation actions",
            "Risk owner",
            "Residual likelihood",
            "Residual severity",
            "Residual rating",
        ]
    ) == [
        "ref",
        "title",
        "likelihood",
        "severity",
        "rating",
        "mitigation",
        "risk-owner",
        "residual-likelihood",
        "residual-severity",
        "residual-rating",
    ]


def test_partner_and_comparator_columns() -> None:
    """Appendix 3's data partner column; England and SN comparators; hyphenated periods."""
    columns = map_columns(
        ["NIS ref", "Description", "Outturn 2007-2008", "England comparator", "Partner / Other Organisation"]
    )
    assert [(c.role.value, c.period, c.group) for c in columns.columns] == [
        ("ref", None, None),
        ("description", None, None),
        ("outturn", "2007/08", None),
        ("comparator", None, "England"),
        ("partner", None, None),
    ]
    assert MEASURE_TYPES[ColumnRole.COMPARATOR] is MeasureType.COMPARATOR


def test_header_row_detection() -> None:
    """A data row is not a header row even when one of its cells reads like a heading."""
    assert is_header_row(
        ["Project Area", "Actions", "Timescale", "DLT accountable", "Lead manager"], ColumnRole.ACTION
    )
    assert not is_header_row(["NI 59", "Percentage of initial assessments", "55.2%", "71.1%"], ColumnRole.REF)
    assert classify_header("Photo") is None
    assert classify_header("") is None


@given(st.lists(st.text(max_size=40), max_size=12))
def test_any_header_row_maps(cells: list[str]) -> None:
    """Any cells give a column map whose indexes point into the row."""
    columns = map_columns(cells)
    assert all(0 <= column.index < len(cells) for column in columns.columns)


def test_commissioning_table_header() -> None:
    """Southwark's two-column tables: commitments are actions, "As a result, we expect..." results."""
    assert roles(["We will commission services that…", "As a result, we expect…"]) == [
        "action",
        "expected-result",
    ]
