"""The profile keys for money tables, snapshot indicators and the organisation chart, on snippets.

Budget lines (a header row with a blank first cell), saving proposals printed in pieces whose
header rows differ (``same_columns``), amounts headed £'000 but partly printed in full (``scale``,
``full_from``), contracts (supplier, annual value, end date, director), and indicators whose period
is the date a header prints (``period = "date"``), whose value is a pattern's number (``value``),
whose unit is set by label (``units``) and whose type and section the heading gives (``type``,
``section``); a ``units`` section's units and sub-units; then their strict checking.
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from councilkg.documents.document import Document
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.generic.profilefile import profile_from_data, read_profile
from councilkg.loaders.generic.profileinit import initial_profile
from councilkg.loaders.generic.sections import survey
from councilkg.loaders.model import Amount, Extraction, OrgUnit, OwnerKind, OwnerRole
from tests.loaders.generic.test_profile import profile_error

PLAN = "\n".join(
    [
        "Wessex Council",
        "Wessex Directorate Plan 2021/22",
        "",
        "Staffing",
        "Staff\tMarch 2021 snapshot",
        "Headcount\t120",
        "Agency staff (as a percentage of headcount)\t30 (25%)",
        "Days lost to sickness\t8.5",
        "",
        "Money",
        "Budget 2021/22",
        "\tStaff costs\tOther costs\tNet",
        "Safeguarding\t1,000,000\t(200,000)\t800,000",
        "Learning\t20,00\t\t500,000",
        "",
        "Savings",
        "Ref\tSaving\t2021/22 £'000\t2022/23 £'000\tDetail",
        "S1\tFewer agency staff\t150\t2,000,000\tRecruit permanent staff",
        "Ref\tSaving\t2021/22 £'000\t\t",
        "S2\tShared transport\t50\t25\tJoint routes",
        "",
        "Contracts",
        "Contract\tSupplier\tAnnual Value\tEnd Date\tDirector",
        "Fostering\tAcme Care\t£450,000\t31st March 2022\tAnn Lee/Bob Day",
        "Transport\t\t\tN/A\tAnn Lee",
        "",
    ]
)

PROFILE = r"""
[profile]
name = "wessex-money"

[[sections]]
match = '^Staffing$'
kind = "indicators"
type = "Workforce"
section = "{heading} ({outturn})"

[[sections]]
match = '^Money$'
kind = "budget"

[[sections]]
match = '^Savings$'
kind = "savings"
same_columns = true

[[sections]]
match = '^Contracts$'
kind = "contracts"

[[columns]]
match = '^staff$'
role = "title"

[[columns]]
match = 'snapshot$'
role = "outturn"
period = "date"
value = '^\s*([\d,.]+)'
units = { 'days' = "days", '.' = "count" }

[[columns]]
match = 'costs$|^net$'
role = "amount"

[[columns]]
match = "£'000$"
role = "amount"
scale = 1000
full_from = 100000

[[columns]]
match = '^saving$'
role = "title"

[[columns]]
match = '^contract$'
role = "title"

[[columns]]
match = '^supplier$'
role = "supplier"

[[columns]]
match = '^annual value$'
role = "amount"

[[columns]]
match = '^end date$'
role = "timescale"

[[columns]]
match = '^director$'
role = "responsible"
"""


def _profile(text: str) -> Profile:
    return profile_from_data(tomllib.loads(text), Path("wessex-money.toml"))


def _read(profile_text: str = PROFILE) -> Extraction:
    return load_with_profile(Document.from_text("wessex.txt", PLAN), _profile(profile_text))


@pytest.fixture(scope="module")
def wessex() -> Extraction:
    """The snippet plan read with the snippet profile."""
    return _read()


def test_snapshot_indicators(wessex: Extraction) -> None:
    """Period: the financial year of the header's date; value: the leading number, raw kept as printed;
    unit by label; type and section from the heading (the section naming the snapshot header)."""
    assert [
        (i.label, i.indicator_type, i.section, o.raw_value, o.value, o.period, o.unit)
        for i in wessex.indicators
        for o in i.observations
    ] == [
        ("Headcount", "Workforce", "Staffing (March 2021 snapshot)", "120", 120, "2020/21", "count"),
        (
            "Agency staff (as a percentage of headcount)",
            "Workforce",
            "Staffing (March 2021 snapshot)",
            "30 (25%)",
            30,
            "2020/21",
            "count",
        ),
        (
            "Days lost to sickness",
            "Workforce",
            "Staffing (March 2021 snapshot)",
            "8.5",
            Decimal("8.5"),
            "2020/21",
            "days",
        ),
    ]
    assert [o.source_line for i in wessex.indicators for o in i.observations] == [6, 7, 8]


def test_without_value_and_units_the_cell_is_read_whole() -> None:
    """Without ``value`` "30 (25%)" is no number; without ``units`` the unit is inferred (percent)."""
    plain = PROFILE.replace("value = '^\\s*([\\d,.]+)'\n", "").replace(
        "units = { 'days' = \"days\", '.' = \"count\" }\n", ""
    )
    agency = _read(plain).indicators[1]
    assert [(o.value, o.unit) for o in agency.observations] == [(None, None)]
    assert [o.unit for o in _read(plain).indicators[2].observations] == ["days"]


def test_budget_lines(wessex: Extraction) -> None:
    """Rows labelled by the blank-headed first column; the period printed above the table; negative
    amounts in parentheses; a misprinted amount kept raw without a value (warned); blank cells skipped."""
    assert [(b.label, b.source_line, b.period) for b in wessex.budget_lines] == [
        ("Safeguarding", 13, "2021/22"),
        ("Learning", 14, "2021/22"),
    ]
    assert wessex.budget_lines[0].amounts == [
        Amount("Staff costs", "1,000,000", 13, "2021/22", Decimal(1000000)),
        Amount("Other costs", "(200,000)", 13, "2021/22", Decimal(-200000)),
        Amount("Net", "800,000", 13, "2021/22", Decimal(800000)),
    ]
    assert [(a.amount_type, a.value) for a in wessex.budget_lines[1].amounts] == [
        ("Staff costs", None),
        ("Net", Decimal(500000)),
    ]
    assert any("'20,00' under 'Staff costs'" in w.message for w in wessex.warnings)


def test_savings_read_with_the_fullest_header(wessex: Extraction) -> None:
    """£'000 amounts are scaled unless already in full; the second piece, whose header lost two cells,
    is read with the first piece's columns (``same_columns``)."""
    s1, s2 = wessex.savings
    assert (s1.ref, s1.label, s1.details) == ("S1", "Fewer agency staff", "Recruit permanent staff")
    assert [(a.amount_type, a.period, a.value) for a in s1.amounts] == [
        ("2021/22 £'000", "2021/22", Decimal(150000)),
        ("2022/23 £'000", "2022/23", Decimal(2000000)),
    ]
    assert (s2.ref, s2.details, [a.value for a in s2.amounts]) == ("S2", "Joint routes", [50000, 25000])
    assert s2.amounts[1].amount_type == "2022/23 £'000"


def test_without_same_columns_each_piece_has_its_own_header() -> None:
    """Without ``same_columns`` the second piece's blank-headed cells are not read."""
    s2 = _read(PROFILE.replace("same_columns = true\n", "")).savings[1]
    assert (s2.details, [a.value for a in s2.amounts]) == (None, [50000])


def test_contracts(wessex: Extraction) -> None:
    """Supplier, annual value (the amount column), end date (the timescale column), directors as owners."""
    fostering, transport = wessex.contracts
    assert (fostering.label, fostering.supplier, fostering.end_date_text, fostering.end_date) == (
        "Fostering",
        "Acme Care",
        "31st March 2022",
        date(2022, 3, 31),
    )
    assert fostering.annual_value == Amount("Annual Value", "£450,000", 24, None, Decimal(450000))
    assert [(o.name, o.kind, o.role) for o in fostering.owners] == [
        ("Ann Lee", OwnerKind.PERSON, OwnerRole.RESPONSIBLE),
        ("Bob Day", OwnerKind.PERSON, OwnerRole.RESPONSIBLE),
    ]
    assert (transport.supplier, transport.annual_value, transport.end_date_text, transport.end_date) == (
        None,
        None,
        "N/A",
        None,
    )
    assert wessex.people == {"Ann Lee": 24, "Bob Day": 24}


def test_money_tables_are_not_other_items(wessex: Extraction) -> None:
    """The money tables' rows become no actions, indicators, risks or priorities."""
    assert wessex.actions == wessex.risks == wessex.priorities == []
    assert len(wessex.indicators) == 3


def test_a_date_header_is_a_header_only_when_a_profile_names_it() -> None:
    """Without a rule naming it, "Staff | March 2021 snapshot" is no header row (a date cell)."""
    document = Document.from_text("wessex.txt", PLAN)
    named = survey(document, _profile(PROFILE))
    unnamed = survey(document, _profile(PROFILE.replace("match = 'snapshot$'", "match = '^as of$'")))
    assert [seen.table.header_line for seen in named.tables][:1] == [5]
    assert 5 not in [seen.table.header_line for seen in unnamed.tables]
    assert unnamed.extraction.indicators == []


CHART = "\n".join(
    [
        "Wessex Council",
        "Wessex Directorate Plan 2021/22",
        "Ann Lee Director, Safeguarding",
        "Structure",
        "Wessex Children's Services is organised as follows:",
        "Ann Lee Director, Safeguarding",
        "Child Protection: Keeps children safe.",
        "Safeguarding: Leads on safeguarding.",
        "Bob Day Director, Learning",
        "Schools: Supports schools.",
        "Other",
        "Libraries: Not in the chart.",
    ]
)

CHART_PROFILE = r"""
[[sections]]
match = '^Structure$'
kind = "units"
unit = "Children's Services"
sub_units = '(?-i:^(?P<name>[A-Z][\w ]+): (?P<description>.+)$)'

[[sections]]
match = '^Other$'
kind = "section"

[[holders]]
match = '(?-i:(?P<name>[A-Z][a-z]+ [A-Z][a-z]+) (?P<post>Director, (?P<unit>[A-Z][a-z]+))$)'
"""


def test_units_section() -> None:
    """The heading's unit at its line, parent of the units of the posts named below it (also when
    first named above); a line naming a known unit describes it, another one is a sub-unit of the
    unit of the post named last above it; lines after the next heading are not read."""
    found = survey(Document.from_text("chart.txt", CHART), _profile(CHART_PROFILE)).extraction
    assert found.units == [
        OrgUnit("Safeguarding", 3, "Children's Services", "Leads on safeguarding."),
        OrgUnit("Learning", 9, "Children's Services"),
        OrgUnit("Children's Services", 4),
        OrgUnit("Child Protection", 7, "Safeguarding", "Keeps children safe."),
        OrgUnit("Schools", 10, "Learning", "Supports schools."),
    ]
    assert found.placed[7] == "unit"


def test_without_a_units_section_only_the_posts_units() -> None:
    """Without the ``units`` section, the holders' units alone, without parents or descriptions."""
    lines = [line for line in CHART_PROFILE.splitlines() if not line.startswith(("unit =", "sub_units ="))]
    profile = _profile("\n".join(lines).replace('kind = "units"', 'kind = "section"'))
    assert profile.holders and not any(rule.sub_units for rule in profile.sections)
    found = survey(Document.from_text("chart.txt", CHART), profile).extraction
    assert found.units == [OrgUnit("Safeguarding", 3), OrgUnit("Learning", 9)]


def test_profile_init_restates_the_new_kinds_and_roles(tmp_path: Path) -> None:
    """``profile init`` over the snippet read with its profile writes the money kinds and roles, and
    its output is a valid profile."""
    text = initial_profile(Document.from_text("wessex.txt", PLAN), _profile(PROFILE))
    for line in (
        'kind = "budget"',
        'kind = "savings"',
        'kind = "contracts"',
        'role = "amount"',
        'role = "supplier"',
    ):
        assert line in text, line
    path = tmp_path / "init.toml"
    path.write_text(text, encoding="utf-8")
    assert read_profile(path).columns


# --- strict checking ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, fragments",
    [
        ("[[columns]]\nmatch = 'x'\nrole = 'title'\nscale = 1000\n", ["columns[0].scale", "'amount'"]),
        ("[[columns]]\nmatch = 'x'\nrole = 'amount'\nscale = -5\n", ["columns[0].scale", "-5"]),
        ("[[columns]]\nmatch = 'x'\nrole = 'amount'\nfull_from = 'big'\n", ["columns[0].full_from", "'big'"]),
        (
            "[[columns]]\nmatch = 'x'\nrole = 'outturn'\nunits = { 'a' = 'miles' }\n",
            ["columns[0].units.a", "miles"],
        ),
        ("[[columns]]\nmatch = 'x'\nrole = 'outturn'\nunits = ['days']\n", ["columns[0].units", "table"]),
        ("[[columns]]\nmatch = 'x'\nrole = 'outturn'\nvalue = '('\n", ["columns[0].value", "'('"]),
        ("[[columns]]\nmatch = 'x'\nrole = 'outturn'\nperiod = 'data'\n", ["columns[0].period", "'date'"]),
        (
            "[[sections]]\nmatch = 'x'\nkind = 'indicators'\nsection = '{heading} ({colour})'\n",
            ["sections[0].section", "colour"],
        ),
        ("[[sections]]\nmatch = 'x'\nkind = 'indicators'\ntype = ''\n", ["sections[0].type"]),
        ("[[sections]]\nmatch = 'x'\nkind = 'savings'\nsame_columns = 'yes'\n", ["sections[0].same_columns"]),
        ("[[sections]]\nmatch = 'x'\nkind = 'money'\n", ["sections[0].kind", "budget", "contracts"]),
        ("[[sections]]\nmatch = 'x'\nkind = 'section'\nunit = 'X'\n", ["sections[0].unit", "'units'"]),
        (
            "[[sections]]\nmatch = 'x'\nkind = 'units'\nsub_units = '(.+): (.+)'\n",
            ["sections[0].sub_units", "(?P<name>"],
        ),
    ],
)
def test_bad_money_keys_are_one_clear_error(tmp_path: Path, text: str, fragments: list[str]) -> None:
    """Each mistake in the new keys is one LoaderError naming the file, the key and the value."""
    message = profile_error(tmp_path, text)
    for fragment in fragments:
        assert fragment in message, message
