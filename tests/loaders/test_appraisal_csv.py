"""Reading appraisal-objective CSVs: columns, cells, dates, line numbers, and one-line errors."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from councilkg.errors import AppraisalError
from councilkg.loaders.appraisal_csv import (
    AppraisalRow,
    normalise_cell,
    parse_appraisal_csv,
    parse_review_date,
    read_appraisal_csv,
    read_appraisal_file,
)

HEADER = "person,post,objective,supports,review_date\n"
ROW = "Sam Example,Workforce Lead,Recruit 10 permanent social workers,CSKA12,31/03/2021\n"


def parse(text: str) -> list[AppraisalRow]:
    """Parse CSV text as if read from ``test.csv``."""
    return parse_appraisal_csv(text, "test.csv")


def refused(text: str) -> str:
    """Return the one-line message of the error ``text`` raises, checking its shape."""
    with pytest.raises(AppraisalError) as caught:
        parse(text)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("test.csv")
    return message


def test_a_row_becomes_an_appraisal_row() -> None:
    """Each cell lands in its field, the review date parsed, the line number that of the row."""
    assert parse(HEADER + ROW) == [
        AppraisalRow(
            line=2,
            person="Sam Example",
            post="Workforce Lead",
            objective="Recruit 10 permanent social workers",
            supports="CSKA12",
            review_date=date(2021, 3, 31),
        )
    ]


def test_header_ignores_case_spacing_order_and_extra_columns() -> None:
    """``Review Date`` is review_date, columns may come in any order, extra ones are ignored."""
    text = (
        " Supports , NOTES,Objective,  Person ,Review-Date,post\n"
        "CSOB05,ignored,Cut agency use,Jo Sample,2021-01-29,Team Manager\n"
    )
    (row,) = parse(text)
    assert (row.person, row.post, row.objective, row.supports) == (
        "Jo Sample",
        "Team Manager",
        "Cut agency use",
        "CSOB05",
    )
    assert row.review_date == date(2021, 1, 29)


def test_cells_are_whitespace_normalised_and_post_and_date_may_be_empty() -> None:
    """Runs of spaces, tabs and line breaks inside a cell become one space; empty post is ""."""
    (row,) = parse(HEADER + '  Sam   Example ,,"Recruit\n 10   staff\t",  CSKA12 ,\n')
    assert (row.person, row.post, row.objective, row.supports, row.review_date) == (
        "Sam Example",
        "",
        "Recruit 10 staff",
        "CSKA12",
        None,
    )


def test_line_numbers_are_physical_lines() -> None:
    """Blank lines are skipped but counted; a quoted cell spanning lines counts every line."""
    text = HEADER + "\n" + 'A Person,,"two\nlines",CSKA01,\n' + "\n" + "B Person,,one line,CSKA02,\n"
    assert [row.line for row in parse(text)] == [3, 6]


def test_crlf_line_ends_give_the_same_rows() -> None:
    """A file saved on Windows reads the same as one with LF line ends."""
    text = HEADER + ROW + "Jo Sample,,Second objective,CSKA13,\n"
    assert parse(text.replace("\n", "\r\n")) == parse(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-03-31", date(2021, 3, 31)),
        ("31/03/2021", date(2021, 3, 31)),
        ("1/4/2021", date(2021, 4, 1)),
        ("", None),
    ],
)
def test_review_dates_iso_and_uk(text: str, expected: date | None) -> None:
    """ISO and UK day-first dates are read; an empty cell has no date."""
    assert parse_review_date(text) == expected


@pytest.mark.parametrize("value", ["31/02/2021", "next March", "2021-13-01", "03/31/2021", "2021/03/31"])
def test_a_review_date_that_is_not_a_date_is_refused(value: str) -> None:
    """An impossible or unrecognised date names the line and the value, and how to write one."""
    message = refused(HEADER + f"Sam Example,,Objective,CSKA12,{value}\n")
    assert message.startswith("test.csv:2:")
    assert repr(value) in message
    assert "31/03/2021" in message


def test_missing_column_lists_missing_and_found_columns() -> None:
    """A missing required column names it and every column the header does have."""
    message = refused("person,objective,supports,due\nSam Example,Objective,CSKA12,2021-03-31\n")
    assert message.startswith("test.csv:1: missing column(s) post, review_date;")
    assert "'person', 'objective', 'supports', 'due'" in message


def test_semicolon_separated_file_is_told_to_use_commas() -> None:
    """A file whose header is one cell holding semicolons gets a hint to use commas."""
    message = refused("person;post;objective;supports;review_date\nA;B;C;CSKA12;\n")
    assert "commas" in message


def test_repeated_column_is_refused() -> None:
    """Two columns with the same name are ambiguous."""
    message = refused("person,post,objective,supports,review_date,Person\n")
    assert message.startswith("test.csv:1: column 'person' appears twice")


@pytest.mark.parametrize("text", ["", "\n\n", "\ufeff", "  ,  \n"])
def test_empty_file_is_refused(text: str) -> None:
    """A file with no header is refused with the columns it needs."""
    message = refused(text)
    assert "empty" in message
    assert "review_date" in message


def test_header_only_is_refused() -> None:
    """A header with no rows loads nothing, so it is an error rather than an empty set."""
    message = refused("\n" + HEADER + "\n")
    assert message.startswith("test.csv:2: no objectives")


@pytest.mark.parametrize("column", ["person", "objective", "supports"])
def test_empty_required_cell_names_the_column_and_line(column: str) -> None:
    """Person, objective and supports may not be empty."""
    cells = {"person": "Sam Example", "post": "", "objective": "Objective", "supports": "CSKA12"}
    cells[column] = "  "
    row = ",".join(cells[name] for name in ("person", "post", "objective", "supports")) + ",\n"
    message = refused(HEADER + ROW + row)
    assert message.startswith(f"test.csv:3: empty {column} cell")


def test_duplicate_rows_name_both_lines() -> None:
    """The same person, objective and supports (any case, any spacing) twice is refused."""
    duplicate = "sam  example,Other post,RECRUIT 10 permanent social workers,cska12,\n"
    message = refused(HEADER + ROW + "Jo Sample,,Other,CSKA12,\n" + duplicate)
    assert message.startswith("test.csv:4: duplicate of line 2")


def test_the_same_objective_for_another_item_is_not_a_duplicate() -> None:
    """A person may give one objective text to two different items."""
    assert len(parse(HEADER + ROW + ROW.replace("CSKA12", "CSOB05"))) == 2


def test_more_cells_than_columns_is_refused() -> None:
    """An unquoted comma would silently cut an objective short, so a too-long row is an error."""
    message = refused(HEADER + "Sam Example,,Recruit, retain and train,CSKA12,\n")
    assert message.startswith("test.csv:2: 6 cells but the header has 5 columns")
    assert "quote" in message


def test_fewer_cells_than_columns_reads_the_missing_ones_as_empty() -> None:
    """A row that stops early (no trailing commas) has an empty post and review date."""
    (row,) = parse("person,objective,supports,post,review_date\nSam Example,Objective,CSKA12\n")
    assert (row.post, row.review_date) == ("", None)


def test_broken_quoting_names_the_line() -> None:
    """A stray quote is a CSV error on its line, not a silently merged row."""
    message = refused(HEADER + ROW + 'Jo Sample,,"Objective"x,CSKA12,\n')
    assert message.startswith("test.csv:3: not valid CSV")


def test_read_file_with_and_without_bom(tmp_path: Path) -> None:
    """A UTF-8 file reads the same with or without Excel's byte-order mark; sha256 is of the bytes."""
    plain = tmp_path / "plain.csv"
    marked = tmp_path / "marked.csv"
    plain.write_text(HEADER + ROW, encoding="utf-8")
    marked.write_bytes(codecs.BOM_UTF8 + (HEADER + ROW).encode("utf-8"))
    assert read_appraisal_csv(plain) == read_appraisal_csv(marked)
    read = read_appraisal_file(marked)
    assert (read.name, read.line_count, len(read.rows)) == ("marked.csv", 2, 1)
    assert read.sha256 != read_appraisal_file(plain).sha256


def test_non_utf8_file_is_refused_with_its_line(tmp_path: Path) -> None:
    """A Latin-1 export names the line of the first bad byte and says to save as CSV UTF-8."""
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "Zoë Example,,Objective,CSKA12,\n").encode("latin-1"))
    with pytest.raises(AppraisalError) as caught:
        read_appraisal_csv(path)
    assert str(caught.value).startswith(f"{path}:2: not UTF-8 text (byte 0xeb)")
    assert "UTF-8" in str(caught.value)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    """A spreadsheet saved as .xlsx (or any file with NUL bytes) is not read as CSV."""
    path = tmp_path / "objectives.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(AppraisalError, match="not a text file"):
        read_appraisal_csv(path)


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    """A path that is not there, or is a folder, is named in the error."""
    with pytest.raises(AppraisalError, match=r"nothing\.csv: no such file"):
        read_appraisal_csv(tmp_path / "nothing.csv")
    with pytest.raises(AppraisalError, match="not a file"):
        read_appraisal_csv(tmp_path)


@given(st.text(max_size=200))
def test_any_text_gives_rows_or_an_appraisal_error(text: str) -> None:
    """Whatever the text, parsing returns rows or raises the project's own one-line error."""
    try:
        rows = parse_appraisal_csv(text, "any.csv")
    except AppraisalError as error:
        assert "\n" not in str(error)
    else:
        assert all(row.person and row.objective and row.supports for row in rows)


@given(st.text(max_size=100))
def test_normalise_cell_is_idempotent(text: str) -> None:
    """Normalising a normalised cell changes nothing."""
    assert normalise_cell(normalise_cell(text)) == normalise_cell(text)
