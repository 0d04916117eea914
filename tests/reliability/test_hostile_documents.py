"""Documents that ask for a great deal when read: each stops at its extraction budget with one line, in
a small time and memory, and the store is left byte for byte as it was (issue 18, hostile documents)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from councilkg.documents import html as html_extractor
from councilkg.documents.extract import ExtractionBudget, extract_text
from councilkg.errors import ExtractionBudgetError, LoaderError
from tests.reliability import hostile_documents as hostile
from tests.reliability.procs import copy_store, councilkg, snapshot

MEASURE = r"""
import json, re, sys, time
from pathlib import Path
from councilkg.errors import CouncilKGError
from councilkg.documents.extract import ExtractionBudget, extract_text
start = time.monotonic()
try:
    extract_text(sys.argv[1], ExtractionBudget(**json.loads(sys.argv[2])))
    outcome = "read"
except CouncilKGError as error:
    outcome = str(error)
# VmHWM, not getrusage: Linux's ru_maxrss keeps the forking parent's peak across exec
peak_kb = int(re.search(r"VmHWM:\s+(\d+)", Path("/proc/self/status").read_text()).group(1))
print(json.dumps({"outcome": outcome, "seconds": time.monotonic() - start, "peak_mb": peak_kb / 1024}))
"""


def _measured(path: Path, **budget: float) -> dict[str, object]:
    """Return the outcome, seconds and peak resident memory of extracting ``path`` in a fresh process
    (Linux: the peak is read from ``/proc/self/status``)."""
    run = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path), json.dumps(budget)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return dict(json.loads(run.stdout))


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# -- the PDF glyph bomb and its neighbours -------------------------------------------------------


def test_the_glyph_bomb_stops_at_the_memory_budget_early(tmp_path: Path) -> None:
    """A 4 KB PDF drawing a million glyphs: was 50 s and 2.3 GB; now stopped on page 1 in seconds,
    well under the 1 GB budget (a page's glyphs are counted three times while pdfminer draws them)."""
    bomb = _write(tmp_path, "bomb.pdf", hostile.glyph_bomb(100_000))
    assert bomb.stat().st_size < 5_000
    measured = _measured(bomb)
    assert measured["outcome"] == (
        f"{bomb}: page 1: reading would need more than 1,024 MB of memory, the extraction budget "
        "(--max-memory to raise it)"
    )
    assert float(measured["seconds"]) < 40  # type: ignore[arg-type]  (9 s on an idle machine)
    assert float(measured["peak_mb"]) < 700  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("budget", "message"),
    [
        (
            {"max_chars": 50_000},
            "page 1: the text passes 50,000 characters, the extraction budget (--max-chars",
        ),
        ({"max_seconds": 1}, "page 1: reading took more than 1 s, the extraction budget (--max-seconds"),
        (
            {"max_memory_mb": 100},
            "page 1: reading would need more than 100 MB of memory, the extraction budget",
        ),
    ],
)
def test_each_budget_stops_the_glyph_bomb(tmp_path: Path, budget: dict[str, float], message: str) -> None:
    bomb = _write(tmp_path, "bomb.pdf", hostile.glyph_bomb(100_000))
    started = time.monotonic()
    with pytest.raises(ExtractionBudgetError) as raised:
        extract_text(bomb, ExtractionBudget(**budget))  # type: ignore[arg-type]
    assert message in str(raised.value)
    assert time.monotonic() - started < 15


def test_a_form_drawn_inside_a_form_stops_at_the_budget(tmp_path: Path) -> None:
    """2 KB: a form drawn 20 times, inside one drawn 20 times, five deep: 320 million glyphs asked for."""
    bomb = _write(tmp_path, "forms.pdf", hostile.xobject_bomb(levels=5, fan_out=20))
    assert bomb.stat().st_size < 3_000
    measured = _measured(bomb, max_chars=200_000)
    assert "page 1: the text passes 200,000 characters" in str(measured["outcome"])
    assert float(measured["seconds"]) < 15  # type: ignore[arg-type]


def test_a_page_ruled_into_a_dense_grid_stops_at_the_time_budget(tmp_path: Path) -> None:
    """150 x 150 rules (10 KB) take pdfplumber's table finder 20 s on one page, where no glyph is
    counted: the budget's timer stops it wherever it is."""
    grid = _write(tmp_path, "grid.pdf", hostile.grid_bomb(150))
    started = time.monotonic()
    with pytest.raises(ExtractionBudgetError, match=r"page 1: reading took more than 2 s"):
        extract_text(grid, ExtractionBudget(max_seconds=2))
    assert time.monotonic() - started < 4


def test_a_stream_that_inflates_past_the_limit_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    """300 KB of PDF inflating to 300 MB: pdfminer inflated it in one call, which no check interrupts
    (500 MB took 9 s and 1.07 GB); now inflating stops at a quarter of the memory budget."""
    bomb = _write(tmp_path, "inflates.pdf", hostile.inflation_bomb(300_000_000))
    assert bomb.stat().st_size < 400_000
    measured = _measured(bomb)
    assert measured["outcome"] == (
        f"{bomb}: page 1: a compressed stream inflates past 256 MB, a quarter of the 1,024 MB "
        "extraction budget (--max-memory to raise it)"
    )
    assert float(measured["peak_mb"]) < 450  # type: ignore[arg-type]
    small = _write(tmp_path, "small.pdf", hostile.inflation_bomb(1_000_000))
    assert extract_text(small).text == "Plan\n"


def test_too_many_pages_are_refused_before_any_is_read(tmp_path: Path) -> None:
    pages = _write(tmp_path, "pages.pdf", hostile.many_pages(501))
    with pytest.raises(ExtractionBudgetError) as raised:
        extract_text(pages)
    assert str(raised.value) == (
        f"{pages}: the PDF has 501 pages; the extraction budget is 500 (--max-pages to raise it)"
    )
    assert extract_text(pages, ExtractionBudget(max_pages=501)).pages == 501


def test_a_document_within_its_budget_reads_as_before(tmp_path: Path) -> None:
    small = _write(tmp_path, "small.pdf", hostile.glyph_bomb(100))
    assert extract_text(small).text == "A" * 1000 + "\n"


def test_load_of_a_bomb_is_one_line_and_leaves_the_store_as_it_was(
    built_store_path: Path, tmp_path: Path
) -> None:
    store = copy_store(built_store_path, tmp_path / "store")
    before = snapshot(store)  # every graph (RocksDB rewrites its files on each open, so not the bytes)
    bomb = _write(tmp_path, "northmoor-plan.pdf", hostile.glyph_bomb(100_000))
    for args in (("load", bomb), ("build", bomb), ("load", bomb, "--max-chars", "1000")):
        result = councilkg(*args, "--store", store)
        assert result.returncode == 2
        assert result.stderr.splitlines() == [result.stderr.strip()] and "Traceback" not in result.stderr
        assert (
            result.stderr.startswith(f"Error: {bomb}: page 1: ") and "the extraction budget" in result.stderr
        )
    assert snapshot(store) == before
    assert not (tmp_path / "store.extracted").exists()
    for command in ("report", "inspect", "extract"):
        result = councilkg(command, bomb, "--max-chars", "5000")
        assert result.returncode == 2
        assert result.stderr == (
            f"Error: {bomb}: page 1: the text passes 5,000 characters, the extraction budget "
            "(--max-chars to raise it)\n"
        )


def test_a_word_document_past_the_character_budget_is_one_line(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for _ in range(30):
        document.add_paragraph("word " * 20_000)  # 3,000,000 characters in all
    path = tmp_path / "long.docx"
    document.save(str(path))
    with pytest.raises(ExtractionBudgetError) as raised:
        extract_text(path)
    assert str(raised.value) == (
        f"{path}: the text passes 2,000,000 characters, the extraction budget (--max-chars to raise it)"
    )
    assert len(extract_text(path, ExtractionBudget(max_chars=4_000_000)).text) > 2_900_000


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_a_word_document_of_millions_of_paragraphs_stops_before_it_is_parsed(tmp_path: Path) -> None:
    """A 176 KB .docx of 20 million empty paragraphs (120 MB of XML): python-docx parsed it whole,
    50.7 s and 2.7 GB, before any budget was checked; now its XML is counted, unpacked a megabyte at
    a time, and refused when the parse would pass the memory budget."""
    bomb = _write(tmp_path, "bomb.docx", hostile.word_document(b"<w:p/>" * 20_000_000))
    assert bomb.stat().st_size < 200_000
    measured = _measured(bomb)
    assert re.fullmatch(
        re.escape(f"{bomb}: word/document.xml: parsing the XML (")
        + r"[\d,]+"
        + re.escape(
            " elements so far) would need more than 1,024 MB of memory, the extraction budget "
            "(--max-memory to raise it)"
        ),
        str(measured["outcome"]),
    ), measured
    assert float(measured["seconds"]) < 15  # type: ignore[arg-type]  (2.4 s on a busy machine)
    assert float(measured["peak_mb"]) < 300  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "budget", "message"),
    [
        (  # 10 MB of text in one paragraph's runs, past twice the character budget
            b"<w:p>" + (b"<w:r><w:t>" + b"x" * 1_000_000 + b"</w:t></w:r>") * 10 + b"</w:p>",
            {},
            "word/document.xml: the XML holds more than 4,000,000 characters of text, 2 times the "
            "2,000,000-character extraction budget (--max-chars to raise it)",
        ),
        (
            b"<w:p/>" * 2_000_000,
            {"max_memory_mb": 100},
            "word/document.xml: parsing the XML (",
        ),
        (b"<w:p/>" * 5_000_000, {"max_seconds": 0.2}, "reading took more than 0.2 s, the extraction budget"),
    ],
    ids=["characters", "memory", "time"],
)
def test_each_budget_stops_a_word_document_before_it_is_parsed(
    tmp_path: Path, body: bytes, budget: dict[str, float], message: str
) -> None:
    bomb = _write(tmp_path, "bomb.docx", hostile.word_document(body))
    started = time.monotonic()
    with pytest.raises(ExtractionBudgetError) as raised:
        extract_text(bomb, ExtractionBudget(**budget))  # type: ignore[arg-type]
    assert str(raised.value).startswith(f"{bomb}: {message}"), raised.value
    assert "\n" not in str(raised.value)
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("offset", [0, 7, 40])
def test_a_word_document_whose_xml_does_not_inflate_is_one_line(tmp_path: Path, offset: int) -> None:
    """Counting the XML unpacks it first: a corrupt compressed part is still one damaged-file error."""
    import io
    import zipfile

    data = bytearray(hostile.word_document(b"<w:p><w:r><w:t>Our aims</w:t></w:r></w:p>" * 2000))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    data[info.header_offset + 30 + len(info.filename) + len(info.extra) + offset] ^= 0xFF
    path = _write(tmp_path, "damaged.docx", bytes(data))
    with pytest.raises(LoaderError, match=r"damaged Word file: ") as raised:
        extract_text(path)
    assert "\n" not in str(raised.value)


def test_a_word_document_within_its_budget_reads_as_before(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "plan.docx", hostile.word_document(b"<w:p><w:r><w:t>Our aims</w:t></w:r></w:p>" * 3)
    )
    assert extract_text(path).text.split("\n")[:4] == ["Plan", "Our aims", "Our aims", "Our aims"]


# -- HTML ------------------------------------------------------------------------------------------


def _html(folder: Path, body: str) -> Path:
    path = folder / "page.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return path


def test_tables_nested_too_deep_are_refused_with_the_line(tmp_path: Path) -> None:
    page = _html(tmp_path, "\n" + "<table><tr><td>cell " * 10_000)
    with pytest.raises(LoaderError) as raised:
        extract_text(page)
    assert str(raised.value) == f"{page}:2: tables nested more than 50 deep; pages are read up to that"


def test_tables_nested_to_the_limit_are_read(tmp_path: Path) -> None:
    depth = html_extractor.MAX_TABLE_DEPTH
    page = _html(tmp_path, "<table><tr><td>cell " * depth + "x" + "</td></tr></table>" * depth)
    assert extract_text(page).text == " ".join(["cell"] * depth) + " x\n"


def _seconds(path: Path) -> float:
    started = time.monotonic()
    extract_text(path, ExtractionBudget(max_chars=10**9))
    return time.monotonic() - started


@pytest.mark.parametrize(
    "shape",
    [
        "nested tables",  # was quadratic: 2,000 deep 0.35 s, 16,000 deep 18.9 s
        "nested tables side by side",
        "long list",
        "skipped tags left open",  # a test for each end tag against every open <template> was quadratic
    ],
)
def test_reading_html_grows_linearly(tmp_path: Path, shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Eight times the input takes well under sixteen times as long (quadratic would be 64)."""
    monkeypatch.setattr(html_extractor, "MAX_TABLE_DEPTH", 10**9)  # measure the walk, not the cap

    def page(n: int) -> Path:
        body = {
            "nested tables": "<table><tr><td>cell text " * n + "x" + "</td></tr></table>" * n,
            "nested tables side by side": ("<table><tr><td>a " * 40 + "</td></tr></table>" * 40) * (n // 40),
            "long list": "<ul>" + "<li>item number text" * (n * 4) + "</ul>",
            "skipped tags left open": "<template>" * n + "</p>" * n + "</template><p>text</p>",
        }[shape]
        return _html(tmp_path, body)

    # the fastest of three runs of each: one run's time on a loaded machine is mostly the load's
    small_page, large_page = page(2_000), page(16_000)
    small = min(_seconds(small_page) for _ in range(3))
    large = min(_seconds(large_page) for _ in range(3))
    assert large < 16 * max(small, 0.02), (small, large)


def test_rowspans_that_multiply_the_cells_stop_at_the_character_budget(tmp_path: Path) -> None:
    """Each row spans a thousand rows below: 4,000 rows of 50 KB become four million cells."""
    page = _html(tmp_path, "<table>" + "<tr><td rowspan=1000>a<td>b" * 4_000 + "</table>")
    started = time.monotonic()
    with pytest.raises(ExtractionBudgetError, match="the text passes 2,000,000 characters"):
        extract_text(page)
    assert time.monotonic() - started < 15  # seconds, on a loaded 2-core machine too
