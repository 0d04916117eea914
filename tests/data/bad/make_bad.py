"""Write the committed files of the bad-input corpus (``tests/data/bad/``) from the bundled plans.

Run ``python tests/data/bad/make_bad.py`` from the repository root; the output is byte-for-byte
the same each run, so the committed files can be checked against it (a test does). The big
inputs (a 50 MB file, a 10 MB line) are made by the tests in a temporary folder instead.
"""

from __future__ import annotations

import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLANS = HERE.parents[2] / "councilkg" / "data" / "plans"
LAMBETH_2020 = "lambeth-childrens-directorate-plan-2020-21.txt"
LAMBETH_2007 = "lambeth-cyps-service-plan-2007-10.txt"
TRUNCATE_AT_LINE = 120
"""The truncated plan stops part-way through this line, a row of the first action table."""
NUL_LINE = 42
"""The line of the NUL-byte file that holds the NUL bytes."""
MISSING_COLUMN_TABLE = 106
"""The header line of the Key Activities table, which loses its "Responsible Officer" column."""
NEXT_SECTION = "Performance Monitoring"
"""The heading after the Key Activities table."""


def plan_lines(name: str) -> list[str]:
    """Return the lines of a bundled plan, without line ends."""
    return (PLANS / name).read_text(encoding="utf-8").split("\n")


def png(width: int = 16, height: int = 16) -> bytes:
    """Return a valid PNG image: an RGB gradient, as a scanned page would be (NUL bytes and all)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(
        b"\x00" + bytes(value for x in range(width) for value in (x * 16, y * 16, 128)) for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def zipped(path: Path) -> None:
    """Write a zip holding the start of the Lambeth 2020 plan, stored uncompressed with a fixed date."""
    text = "\n".join(plan_lines(LAMBETH_2020)[:20]).encode("utf-8")
    info = zipfile.ZipInfo(LAMBETH_2020, date_time=(2020, 7, 1, 0, 0, 0))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(info, text)


def truncated() -> bytes:
    """Return Lambeth 2020 cut off half-way through a table row, as a PDF extraction that died."""
    lines = plan_lines(LAMBETH_2020)[:TRUNCATE_AT_LINE]
    last = lines[-1]
    lines[-1] = last[: len(last) // 2]
    return "\n".join(lines).encode("utf-8")


def missing_column() -> bytes:
    """Return Lambeth 2020 with the Key Activities table's "Responsible Officer" column lost.

    The column goes from the header, its repeats after page breaks and every row, as when a PDF
    extraction misses a column of a table that runs over several pages.
    """
    lines = plan_lines(LAMBETH_2020)
    header = lines[MISSING_COLUMN_TABLE - 1].split("\t")
    column = header.index("Responsible Officer")
    number = MISSING_COLUMN_TABLE - 1
    while not lines[number].startswith(NEXT_SECTION):
        cells = lines[number].split("\t")
        if len(cells) == len(header):
            lines[number] = "\t".join(cells[:column] + cells[column + 1 :])
        number += 1
    return "\n".join(lines).encode("utf-8")


def with_nul_bytes() -> bytes:
    """Return the start of Lambeth 2020 with NUL bytes in one line, as a bad copy-paste leaves."""
    lines = plan_lines(LAMBETH_2020)[:60]
    if " " not in lines[NUL_LINE - 1]:
        raise SystemExit(f"line {NUL_LINE} of {LAMBETH_2020} has no space to replace")
    lines[NUL_LINE - 1] = lines[NUL_LINE - 1].replace(" ", "\x00", 3)
    return "\n".join(lines).encode("utf-8")


MINUTES = """\
Minutes of the Children's Trust Board meeting held on 14 March 2011

Present: the chair, four board members and the clerk. Apologies were received from two members.

The minutes of the previous meeting were agreed as a true record. The chair thanked officers for
the paper on school places and asked that a fuller report come to the next meeting.

The board discussed the consultation on the new plan. Members noted that the responses would be
summarised by the end of April and that the draft would be circulated before it is published.

Any other business: none. The meeting closed at 7.45pm. The next meeting will be held on 9 May.
"""


def escape_codes() -> bytes:
    """Return Latin-1 text holding a terminal escape code: neither UTF-8 nor Windows-1252 text."""
    return "Budget 2020/21\n\nSavings of £2.1m\n\n\x1b[1mBold\x1b[0m heading\n".encode("latin-1")


FILES: dict[str, Callable[[], bytes]] = {
    "empty.txt": lambda: b"",
    "whitespace-only.txt": lambda: b"  \n\t\n\r\n \x0c \n\n",
    "scanned-page.png": png,
    "lambeth-2020-utf16.txt": lambda: "\n".join(plan_lines(LAMBETH_2020)).encode("utf-16"),
    "lambeth-2007-cp1252.txt": lambda: "\n".join(plan_lines(LAMBETH_2007)).encode("cp1252"),
    "lambeth-2020-crlf.txt": lambda: "\r\n".join(plan_lines(LAMBETH_2020)).encode("utf-8"),
    "lambeth-2020-truncated.txt": truncated,
    "lambeth-2020-missing-column.txt": missing_column,
    "lambeth-2020-nul-bytes.txt": with_nul_bytes,
    "meeting-minutes.txt": lambda: MINUTES.encode("utf-8"),
    "latin1-escape-codes.txt": escape_codes,
}


def write_all(folder: Path = HERE) -> list[Path]:
    """Write every corpus file into ``folder``; return their paths (the zip last)."""
    paths = []
    for name, make in FILES.items():
        path = folder / name
        path.write_bytes(make())
        paths.append(path)
    zipped(folder / "lambeth-2020.zip")
    paths.append(folder / "lambeth-2020.zip")
    return paths


if __name__ == "__main__":
    for written in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(f"{written.stat().st_size:>8}  {written.name}")
