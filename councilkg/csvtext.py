"""CSV and TSV text a spreadsheet opens safely: the one way councilkg writes delimited rows."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def spreadsheet_safe(value: Any) -> Any:
    """Return a CSV/TSV cell a spreadsheet will not run as a formula: text starting with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return gets a leading ``'``; plain numbers ("-5") stay as they are.

    Example:
        >>> [spreadsheet_safe(cell) for cell in ("=1+2", "-5", "@SUM(A1)", "Audit")]
        ["'=1+2", '-5', "'@SUM(A1)", 'Audit']
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_text(
    columns: Sequence[str], rows: Iterable[Sequence[Any]], delimiter: str = ",", safe: bool = True
) -> str:
    """Return a header line and ``rows`` as CSV (or TSV with ``delimiter="\\t"``), ``\\n``-terminated.

    Args:
        columns: the header's cells.
        rows: the rows' cells; ``None`` is written as an empty cell.
        delimiter: ``","`` for CSV, ``"\\t"`` for TSV.
        safe: pass every cell through :func:`spreadsheet_safe` (off: cells exactly as given).

    Example:
        >>> csv_text(["ref", "label"], [["CSKA12", "=cmd"], ["-5", None]])
        "ref,label\\nCSKA12,'=cmd\\n-5,\\n"
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        cells = ["" if value is None else value for value in row]
        writer.writerow([spreadsheet_safe(cell) for cell in cells] if safe else cells)
    return buffer.getvalue()
