"""The shared parsing core on literal snippets from the plans, plus property tests on any text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from councilkg.documents.lines import find_headings
from councilkg.documents.tables import read_tables, split_row
from councilkg.loaders.model import OwnerKind
from councilkg.loaders.parsing.matching import match_key
from councilkg.loaders.parsing.numbers import infer_unit, parse_decimal, parse_leading_integer
from councilkg.loaders.parsing.owners import classify_owner, split_owner_names
from councilkg.loaders.parsing.periods import financial_year_of, parse_due, parse_period
from councilkg.loaders.parsing.refs import normalise_ref, split_indicator_code
from councilkg.text import _NOT_CLEAN, _cleaned, clean_text, national_code, slugify


def test_clean_text_removes_html_markdown_and_spacing() -> None:
    """Labels are whitespace-normalised with markup removed."""
    assert clean_text("<ul><li><p>Increase adoption of LAC to 5.5%</p></li></ul>") == (
        "Increase adoption of LAC to 5.5%"
    )
    assert clean_text("**Phyllis Dunipace**  ") == "Phyllis Dunipace"
    assert clean_text("Vision &amp; Shared\u00a0Priorities") == "Vision & Shared Priorities"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("56.1%", Decimal("56.1")),
        ("1,161", Decimal("1161")),
        ("£1,000", Decimal("1000")),
        ("-6.6", Decimal("-6.6")),
        ("0.89", Decimal("0.89")),
        ("(2,600,000)", Decimal("-2600000")),
        ("£1,450,000*", Decimal("1450000")),
        ("c.£10,000,000", Decimal("10000000")),
        ("71.50%", Decimal("71.50")),
        ("New indicator", None),
        ("not collected", None),
        ("Pending", None),
        ("N/A", None),
        ("20,440,00", None),
        ("", None),
    ],
)
def test_parse_decimal(cell: str, expected: Decimal | None) -> None:
    """Numbers lose %, £, thousands separators; words and misprinted groupings give None."""
    assert parse_decimal(cell) == expected


def test_parse_leading_integer_reads_bracketed_ratings() -> None:
    """A risk rating printed "(16)" is 16."""
    assert parse_leading_integer("(16)") == 16
    assert parse_leading_integer(" 32 ") == 32
    assert parse_leading_integer("High") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019/20 Outturn", "2019/20"),
        ("Outturn 2007/2008", "2007/08"),
        ("Target 2010/2011", "2010/11"),
        ("2007-08", "2007/08"),
        ("2020–24 Total Saving", None),
        ("Goal 2.2", None),
    ],
)
def test_parse_period(text: str, expected: str | None) -> None:
    """Periods normalise to YYYY/YY; spans that are not one year are not periods."""
    assert parse_period(text) == expected


def test_financial_year_of() -> None:
    """December 2019 is in 2019/20; April 2020 starts 2020/21."""
    assert financial_year_of(2019, 12) == "2019/20"
    assert financial_year_of(2020, 4) == "2020/21"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 2008", (2008, 3)),
        ("Sept 2009", (2009, 9)),
        ("From June 2009", None),
        ("By May 2009", (2009, 5)),
        ("October 2022", (2022, 10)),
        ("13/12/2020", date(2020, 12, 13)),
        ("31st March 2021", date(2021, 3, 31)),
        ("2009-2011", None),
        ("2020", None),
        ("N/A – part of larger CAMHs contract with CCG", None),
        ("31/02/2020", None),
    ],
)
def test_parse_due(text: str, expected: object) -> None:
    """Dates become a date or (year, month); bare years and impossible dates give None."""
    assert parse_due(text) == expected


def test_normalise_ref_pads_numbers() -> None:
    """ "CSOB2" is CSOB02, the way the plan's own table prints it."""
    assert normalise_ref("CSOB2", 2) == "CSOB02"
    assert normalise_ref("csob05", 2) == "CSOB05"
    assert normalise_ref("Goal 2.2", 2) is None


@pytest.mark.parametrize(
    ("cell", "code", "label"),
    [
        ("SE180 Percentage of EHC plans completed", "SE180", "Percentage of EHC plans completed"),
        ("RI.49 Percentage of Child Protection visits", "RI.49", "Percentage of Child Protection visits"),
        (
            "El4 Average time between a child entering care",
            "El4",
            "Average time between a child entering care",
        ),
        ("NI 59 Initial assessments", "NI 59", "Initial assessments"),
        ("BVPI 221B Participation", "BVPI 221B", "Participation"),
        ("PAF C68 Timeliness of reviews", "PAF C68", "Timeliness of reviews"),
        ("CF/63 Participation in reviews", "CF/63", "Participation in reviews"),
        (
            "Early help assessments per 10,000 population",
            None,
            "Early help assessments per 10,000 population",
        ),
        ("Children in Need per 10,000 population", None, "Children in Need per 10,000 population"),
    ],
)
def test_split_indicator_code(cell: str, code: str | None, label: str) -> None:
    """A leading indicator code is split from the definition; plain definitions keep no code."""
    assert split_indicator_code(cell) == (code, label)


def test_national_code() -> None:
    """NI, BVPI and PAF codes resolve to a national set; local codes do not."""
    assert national_code("NI 59") == ("ni", "59")
    assert national_code("BVPI 221B") == ("bvpi", "221b")
    assert national_code("PAF C68") == ("paf", "c68")
    assert national_code("SE180") is None
    assert national_code("RI.56") is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Alex Kubeyinje", OwnerKind.PERSON),
        ("Cllr Davie", OwnerKind.PERSON),
        ("Kathy O'Mahony", OwnerKind.PERSON),
        ("Head of Community Operations", OwnerKind.POST),
        ("Divisional Director, Social Care", OwnerKind.POST),
        ("Adult services", OwnerKind.UNIT),
        ("PCT", OwnerKind.PARTNER),
    ],
)
def test_classify_owner(name: str, kind: OwnerKind) -> None:
    """Owner strings are told apart as people, posts, units and partner bodies."""
    assert classify_owner(name) is kind


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Alex Kubeyinje/ Abi Onaboye", ["Alex Kubeyinje", "Abi Onaboye"]),
        ("Cllr Seedat, Cllr Dyer", ["Cllr Seedat", "Cllr Dyer"]),
        ("Ruth Hutt/Abi Onaboye", ["Ruth Hutt", "Abi Onaboye"]),
        ("Divisional Director, Social Care", ["Divisional Director, Social Care"]),
        ("Divisional Director, Community Learning/PCT", ["Divisional Director, Community Learning", "PCT"]),
        ("", []),
    ],
)
def test_split_owner_names(cell: str, names: list[str]) -> None:
    """Slashes always split owners; commas only between people's names."""
    assert split_owner_names(cell) == names


def test_infer_unit() -> None:
    """Units come from the cell's symbols and the indicator's wording."""
    assert infer_unit("Percentage of EHC plans", "56.1%") == "percent"
    assert infer_unit("First Time Entrants (per 100,000 population)", "282") == "rate"
    assert infer_unit("Average time between a child entering care and moving in", "1,161") == "days"
    assert infer_unit("Number of CAFs completed", "120") == "count"


def test_read_tables_joins_tables_split_by_repeated_headers() -> None:
    """A header repeated after a page break continues the table; sub-headings stay rows."""
    lines = [
        "Ref\tRisk\tOwner",
        "CSSR0001\tWelfare\tAlex Kubeyinje",
        "",
        "Ref\tRisk\tOwner",
        "CSSR0002\tDemand\tAlex Kubeyinje",
        "Group\t\t",
    ]
    tables = read_tables(lines, 0, len(lines), lambda row: row.cell(0) == "Ref")
    assert len(tables) == 1
    assert [row.line for row in tables[0].rows] == [2, 5, 6]
    assert tables[0].rows[2].is_subheading
    assert split_row("a\t<b>b</b>", 7).cells == ("a", "b")


def test_find_headings_ignores_markdown_hashes_and_case() -> None:
    """Headings are found by their text, with Markdown markers and case ignored."""
    lines = ["intro", "## **Key Activities**", "Workforce"]
    assert find_headings(lines, ["Key activities", "Workforce", "Missing"]) == {
        "Key activities": 1,
        "Workforce": 2,
    }


def test_slugify_is_readable_and_bounded() -> None:
    """Slugs are lower-case ASCII words joined by hyphens, cut at a word boundary."""
    assert slugify("Director, Children's Social Care") == "director-childrens-social-care"
    assert slugify("Café – naïve") == "cafe-naive"
    assert len(slugify("word " * 40)) <= 60


@given(st.text())
def test_clean_text_is_idempotent(text: str) -> None:
    """Cleaning cleaned text changes nothing."""
    once = clean_text(text)
    assert clean_text(once) == once


@given(st.text() | st.text(alphabet="ab &*_<>;\t\u00a0\u200b\u2003"))
def test_text_left_as_it_is_by_clean_text_is_text_cleaning_would_not_change(text: str) -> None:
    """The short cut (no tag, entity, emphasis or odd space: returned as it is) gives what the full
    cleaning gives."""
    assert clean_text(text) == _cleaned(text)
    if not _NOT_CLEAN.search(text):
        assert _cleaned(text) == text


@given(st.text())
def test_slugify_always_gives_an_iri_safe_slug(text: str) -> None:
    """Any text gives a non-empty slug of [a-z0-9-]."""
    slug = slugify(text)
    assert slug and all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in slug)


@given(st.text(max_size=200))
def test_helpers_accept_any_text(text: str) -> None:
    """Every helper returns a value or None for any text, never raises."""
    parse_decimal(text)
    parse_leading_integer(text)
    parse_period(text)
    parse_due(text)
    normalise_ref(text, 2)
    split_indicator_code(text)
    national_code(text)
    classify_owner(text)
    split_owner_names(text)
    infer_unit(text, text)
    read_tables(text.splitlines(), 0, 50, lambda row: row.cell(0) == "Ref")


def test_match_key_equates_two_printings() -> None:
    """Plural and singular, hyphen and space, markup and case do not tell two printings apart."""
    assert match_key("**Thinking families**") == match_key("Thinking family")
    assert match_key("Looked-after children's health") == match_key("looked after children health")
    assert match_key("Lower rates of teenage conceptions") != match_key("Lower rates of teenage pregnancy")
