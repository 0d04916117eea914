"""A PDF page printed in two columns of prose is read column by column, not across.

The text is a real excerpt from the wild corpus (Cumbria County Council's Children's Trust Board
priorities, 2011: ``tests/corpus/wild/cumbria-2011-childrens-trust-board-priorities.txt``), printed
down two columns of short pages so that every page holds lines of both columns side by side.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.wild import CORPUS, split_header
from councilkg.documents.document import Document, read_document
from councilkg.documents.pagecolumns import find_gutter
from councilkg.documents.pdf import line_cells
from councilkg.loaders.generic.engine import GenericLoader
from councilkg.loaders.model import Extraction
from tests.render_plan import render_pdf

SHORT_PAGE = (595.0, 330.0)


@pytest.fixture(scope="module")
def cumbria() -> str:
    text = (CORPUS / "cumbria-2011-childrens-trust-board-priorities.txt").read_text(encoding="utf-8")
    return split_header(text)[1]


def items(found: Extraction) -> tuple[list[str], list[str]]:
    return [p.label for p in found.priorities], [o.label for o in found.outcomes]


def test_two_columns_give_the_items_the_text_gives(cumbria: str, tmp_path: Path) -> None:
    pdf = render_pdf(cumbria, tmp_path / "two-columns.pdf", page_columns=2, page_size=SHORT_PAGE)
    document = read_document(pdf)
    assert "Priority two - No children living in poverty" in document.lines
    from_text = GenericLoader().load(Document.from_text("plan.txt", cumbria))
    from_pdf = GenericLoader().load(document)
    assert items(from_pdf) == items(from_text)
    assert len(from_pdf.outcomes) == 8
    assert all(o.reading and o.reading.page for o in from_pdf.outcomes)


def test_one_column_has_no_gutter(cumbria: str, tmp_path: Path) -> None:
    import pdfplumber

    pdf = render_pdf(cumbria, tmp_path / "one-column.pdf", page_size=SHORT_PAGE)
    with pdfplumber.open(pdf) as opened:
        for page in opened.pages:
            lines = page.extract_text_lines(return_chars=True)
            assert find_gutter(lines, float(page.width), line_cells) is None


def _line(text: str, x0: float, top: float, size: float = 10.0) -> dict[str, object]:
    """A printed line of ``text`` at (x0, top), each character half the font size wide."""
    chars = [
        {
            "text": c,
            "x0": x0 + i * size / 2,
            "x1": x0 + (i + 1) * size / 2,
            "top": top,
            "bottom": top + size,
            "size": size,
            "fontname": "Helvetica",
        }
        for i, c in enumerate(text)
    ]
    return {"text": text, "chars": chars, "x0": x0, "x1": chars[-1]["x1"], "top": top, "bottom": top + size}


def test_a_title_across_both_columns_parts_the_page_into_bands() -> None:
    from councilkg.documents.pagecolumns import reading_flows

    title = _line("Our priorities for children and young people in the county, 2011 to 2014", 40, 10)
    left = [_line(f"left column line {n}", 40, 30 + 12 * n) for n in range(2)]
    right = [_line(f"right column line {n}", 320, 30 + 12 * n) for n in range(2)]
    closing = _line("A closing note printed across the whole width of the page, both columns", 40, 80)
    flows = reading_flows([*left, *right, title, closing], (240.0, 320.0))
    assert [[line["text"] for line in flow] for flow in flows] == [
        [title["text"]],
        ["left column line 0", "left column line 1"],
        ["right column line 0", "right column line 1"],
        [closing["text"]],
    ]
