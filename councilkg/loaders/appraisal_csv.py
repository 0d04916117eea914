"""Reading a planner's appraisal-objectives CSV into plain rows (no RDF, no store).

The file has a header row naming the columns ``person, post, objective, supports, review_date``
(any case; spaces, hyphens and underscores alike; extra columns are ignored) and one row per
objective. Every fault is reported as one :class:`~councilkg.errors.AppraisalError` naming the
file and the physical line (a quoted cell that spans lines counts every line), and the whole file
is refused: a half-read appraisal file is never loaded.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from councilkg.errors import AppraisalError

COLUMNS = ("person", "post", "objective", "supports", "review_date")
"""The columns an appraisal CSV must have, in the order the example file gives them."""
REQUIRED_CELLS = ("person", "objective", "supports")
"""The columns whose cell may not be empty (a post and a review date are optional)."""
MAX_APPRAISAL_BYTES = 5 * 1024 * 1024

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_UK_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_HEADER_SEPARATORS = re.compile(r"[\s_\-]+")


@dataclass(frozen=True)
class AppraisalRow:
    """One appraisal objective as the CSV gives it, whitespace-normalised.

    ``line`` is the physical line the row starts on; ``supports`` is the action or priority
    reference (``CSKA12``) or IRI as written; ``post`` is ``""`` when the cell is empty.
    """

    line: int
    person: str
    post: str
    objective: str
    supports: str
    review_date: date | None


@dataclass(frozen=True)
class AppraisalFile:
    """An appraisal CSV read from disk: its name, the SHA-256 of its bytes, its line count and rows."""

    name: str
    sha256: str
    line_count: int
    rows: list[AppraisalRow]


def read_appraisal_file(path: str | Path) -> AppraisalFile:
    """Return the appraisal CSV at ``path`` with the facts a source-document node records.

    Args:
        path: the CSV file, UTF-8 with or without a byte-order mark.

    Returns:
        The file's name, digest, number of lines and its rows in file order.

    Raises:
        AppraisalError: the file is missing, not a file, too large, binary or not UTF-8, or
            :func:`parse_appraisal_csv` refuses its text.
    """
    path = Path(path)
    try:
        if not path.exists():
            raise AppraisalError(path, "no such file", hint="check the path")
        if not path.is_file():
            raise AppraisalError(path, "not a file", hint="give an appraisal CSV file")
        size = path.stat().st_size
        if size > MAX_APPRAISAL_BYTES:
            raise AppraisalError(path, f"file is {size // 1024} KB; appraisal CSVs are read up to 5 MB")
        data = path.read_bytes()
    except OSError as error:  # a name too long for the file system, a permission denied...
        raise AppraisalError(path, f"cannot read: {error.strerror or error}") from error
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise AppraisalError(
            path, "not a text file (NUL byte)", line=line, hint="export the sheet as CSV UTF-8"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise AppraisalError(
            path,
            f"not UTF-8 text (byte 0x{data[error.start]:02x})",
            line=line,
            hint="export the sheet as CSV UTF-8",
        ) from error
    rows = parse_appraisal_csv(text, str(path))
    return AppraisalFile(path.name, hashlib.sha256(data).hexdigest(), _line_count(text), rows)


def read_appraisal_csv(path: str | Path) -> list[AppraisalRow]:
    """Return the rows of the appraisal CSV at ``path`` (see :func:`read_appraisal_file`).

    Raises:
        AppraisalError: the file cannot be read or a row is malformed.
    """
    return read_appraisal_file(path).rows


def parse_appraisal_csv(text: str, name: str) -> list[AppraisalRow]:
    """Return the rows of an appraisal CSV's text, in file order.

    Args:
        text: the whole CSV text (a leading byte-order mark is ignored).
        name: the file name errors report.

    Returns:
        One row per non-blank data line, with cells whitespace-normalised.

    Raises:
        AppraisalError: the text is empty or has no data rows, a column is missing or repeated,
            a row has more cells than the header, a required cell is empty, a review date is not
            a date, or two rows give the same objective for the same person and item.

    Example:
        >>> rows = parse_appraisal_csv(
        ...     "Person,Post,Objective,Supports,Review Date\\n"
        ...     "Sam Example,Workforce Lead,Recruit 10 permanent social workers,CSKA12,31/03/2021\\n",
        ...     "example.csv",
        ... )
        >>> rows[0].line, rows[0].supports, rows[0].review_date
        (2, 'CSKA12', datetime.date(2021, 3, 31))
    """
    records = _records(text.removeprefix("\ufeff"), name)
    if not records:
        raise AppraisalError(name, "file is empty", hint=f"the first line must name the columns {_names()}")
    header_line, header = records[0]
    columns = _columns(header, header_line, name)
    if len(records) == 1:
        raise AppraisalError(name, "no objectives: the file has a header but no rows", line=header_line)
    rows = [_row(cells, line, columns, len(header), name) for line, cells in records[1:]]
    _refuse_duplicates(rows, name)
    return rows


def parse_review_date(text: str) -> date | None:
    """Return the date an ISO (``2021-03-31``) or UK (``31/03/2021``) cell names, ``None`` when empty.

    Example:
        >>> parse_review_date("2021-03-31"), parse_review_date("1/4/2021"), parse_review_date("")
        (datetime.date(2021, 3, 31), datetime.date(2021, 4, 1), None)

    Raises:
        ValueError: the text is neither form, or names no real day (``31/02/2021``).
    """
    if not text:
        return None
    iso = _ISO_DATE.fullmatch(text)
    if iso:
        return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    uk = _UK_DATE.fullmatch(text)
    if uk:
        return date(int(uk.group(3)), int(uk.group(2)), int(uk.group(1)))
    raise ValueError(f"not a date: {text!r}")


def normalise_cell(text: str) -> str:
    """Return ``text`` with runs of whitespace (line breaks included) as one space, trimmed.

    Example:
        >>> normalise_cell("  Recruit  10\\n permanent\\tstaff ")
        'Recruit 10 permanent staff'
    """
    return " ".join(text.split())


def _records(text: str, name: str) -> list[tuple[int, list[str]]]:
    """Return ``(first physical line, cells)`` of every non-blank CSV record."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[tuple[int, list[str]]] = []
    last_line = 0
    try:
        for cells in reader:
            start = last_line + 1
            last_line = reader.line_num
            if any(cell.strip() for cell in cells):
                records.append((start, cells))
    except csv.Error as error:
        raise AppraisalError(
            name, f"not valid CSV: {error}", line=reader.line_num, hint='put quotes as "a ""quoted"" word"'
        ) from error
    return records


def _header_key(cell: str) -> str:
    return _HEADER_SEPARATORS.sub("_", cell.strip().lower()).strip("_")


def _columns(header: list[str], line: int, name: str) -> dict[str, int]:
    """Return the index of each required column in the header row."""
    keys = [_header_key(cell) for cell in header]
    columns: dict[str, int] = {}
    for index, key in enumerate(keys):
        if key in COLUMNS:
            if key in columns:
                raise AppraisalError(
                    name, f"column {key!r} appears twice in the header", line=line, hint="keep one"
                )
            columns[key] = index
    missing = [column for column in COLUMNS if column not in columns]
    if missing:
        found = ", ".join(repr(normalise_cell(cell)) for cell in header) or "none"
        hint = f"the header must name {_names()}"
        if len(header) == 1 and any(separator in header[0] for separator in ";\t|"):
            hint = "separate the columns with commas"
        raise AppraisalError(
            name, f"missing column(s) {', '.join(missing)}; found {found}", line=line, hint=hint
        )
    return columns


def _row(cells: list[str], line: int, columns: dict[str, int], width: int, name: str) -> AppraisalRow:
    if len(cells) > width:
        raise AppraisalError(
            name,
            f"{len(cells)} cells but the header has {width} columns",
            line=line,
            hint="quote a cell that contains a comma",
        )
    values = {
        column: normalise_cell(cells[index]) if index < len(cells) else ""
        for column, index in columns.items()
    }
    for column in REQUIRED_CELLS:
        if not values[column]:
            raise AppraisalError(name, f"empty {column} cell", line=line, hint=f"every row needs a {column}")
    try:
        review_date = parse_review_date(values["review_date"])
    except ValueError as error:
        raise AppraisalError(
            name,
            f"review_date {values['review_date']!r} is not a date",
            line=line,
            hint="write 2021-03-31 or 31/03/2021, or leave it empty",
        ) from error
    return AppraisalRow(
        line=line,
        person=values["person"],
        post=values["post"],
        objective=values["objective"],
        supports=values["supports"],
        review_date=review_date,
    )


def _refuse_duplicates(rows: list[AppraisalRow], name: str) -> None:
    first_line: dict[tuple[str, str, str], int] = {}
    for row in rows:
        key = (row.person.casefold(), row.objective.casefold(), row.supports.casefold())
        if key in first_line:
            raise AppraisalError(
                name,
                f"duplicate of line {first_line[key]}: same person, objective and supports",
                line=row.line,
                hint="delete one of the two rows",
            )
        first_line[key] = row.line


def _line_count(text: str) -> int:
    """Return the number of physical lines (CRLF, LF or CR each end one), as editors count them."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return len(lines) - 1 if lines and lines[-1] == "" else len(lines)


def _names() -> str:
    return ", ".join(COLUMNS)
