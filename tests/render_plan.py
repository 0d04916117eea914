"""Render plan text (the shape of ``tests/data/generic/*.txt``) as a real PDF, DOCX or HTML file.

The text's shape: a run of tab-separated lines is one table whose first row is its header; other
non-blank lines are paragraphs; a line holding only a form feed (``"\\f"``) is a page break. The
lines before the first blank line are styled as level-1 headings and lines such as
``Priority 1: ...`` as level-2 headings (bold in the PDF, heading styles in DOCX, ``<h1>``/``<h2>``
in HTML).

The PDF is a landscape A4 page of platypus flowables: paragraphs, and gridded ``Table`` s whose
cells are ``Paragraph`` s in columns at most ``max_column_width`` points wide, so long cells wrap
onto several lines and a long table runs over a page break (without repeating its header).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

PAGE_BREAK = "\f"
_SECTION_HEADING = re.compile(r"^Priority \d+\b")


@dataclass(frozen=True)
class Block:
    """One piece of a plan: a heading, a paragraph, a table, a blank line or a page break."""

    kind: str
    text: str = ""
    level: int = 0
    rows: tuple[tuple[str, ...], ...] = ()


def plan_blocks(text: str) -> list[Block]:
    """Return the blocks of plan ``text`` in order (see the module docstring for the shape).

    Example:
        >>> [b.kind for b in plan_blocks("Title\\n\\nIntro\\nA\\tB\\n1\\t2\\n\\f\\nPriority 1: Safe\\n")]
        ['heading', 'blank', 'paragraph', 'table', 'page_break', 'heading']
    """
    blocks: list[Block] = []
    rows: list[tuple[str, ...]] = []
    seen_blank = False
    for line in text.replace("\r\n", "\n").split("\n"):
        if "\t" in line:
            rows.append(tuple(line.split("\t")))
            continue
        if rows:
            blocks.append(Block("table", rows=tuple(rows)))
            rows = []
        if line == PAGE_BREAK:
            blocks.append(Block("page_break"))
        elif not line.strip():
            seen_blank = True
            blocks.append(Block("blank"))
        elif not seen_blank:
            blocks.append(Block("heading", line.strip(), level=1))
        elif _SECTION_HEADING.match(line):
            blocks.append(Block("heading", line.strip(), level=2))
        else:
            blocks.append(Block("paragraph", line.strip()))
    if rows:
        blocks.append(Block("table", rows=tuple(rows)))
    while blocks and blocks[-1].kind == "blank":
        blocks.pop()
    return blocks


def render_pdf(
    text: str,
    path: Path,
    max_column_width: float = 150,
    ruled: bool = True,
    page_columns: int = 1,
    page_size: tuple[float, float] | None = None,
) -> Path:
    """Write plan ``text`` as a PDF at ``path`` and return ``path``; ``ruled=False`` prints tables
    without cell borders (as many councils' PDFs do); ``page_columns=2`` flows the text down two
    columns of each page (``page_size`` in points, landscape A4 if not given)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import (
        Flowable,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    cell_style = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
    headings = {
        1: ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=4),
        2: ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=6),
    }
    padding = 16  # the cell's own 6 + 6 points of padding, and a margin against rounding

    def column_widths(rows: tuple[tuple[str, ...], ...], columns: int) -> list[float]:
        widths = []
        for index in range(columns):
            cells = [row[index] if index < len(row) else "" for row in rows]
            natural = max(stringWidth(cell, "Helvetica", 9) for cell in cells) + padding
            longest_word = max(
                (stringWidth(word, "Helvetica", 9) for cell in cells for word in cell.split()), default=0
            )
            widths.append(max(longest_word + padding, min(natural, max_column_width), 24))
        return widths

    story: list[Flowable] = []
    for block in plan_blocks(text):
        if block.kind == "heading":
            story.append(Paragraph(html.escape(block.text), headings[block.level]))
        elif block.kind == "paragraph":
            story.append(Paragraph(html.escape(block.text), body))
        elif block.kind == "blank":
            story.append(Spacer(1, 6))
        elif block.kind == "page_break":
            story.append(PageBreak())
        else:
            columns = max(len(row) for row in block.rows)
            data = [
                [Paragraph(html.escape(row[i]) if i < len(row) else "", cell_style) for i in range(columns)]
                for row in block.rows
            ]
            table = Table(data, colWidths=column_widths(block.rows, columns), repeatRows=0, hAlign="LEFT")
            grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if ruled else []
            table.setStyle(TableStyle([*grid, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(table)
    size = page_size or landscape(A4)
    if page_columns == 1:
        document = SimpleDocTemplate(
            str(path), pagesize=size, leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36
        )
        document.build(story)
        return path
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    gutter = 24
    width = (size[0] - 72 - gutter * (page_columns - 1)) / page_columns
    frames = [
        Frame(36 + index * (width + gutter), 36, width, size[1] - 72, id=f"column{index}")
        for index in range(page_columns)
    ]
    columns = BaseDocTemplate(str(path), pagesize=size, pageTemplates=[PageTemplate("columns", frames)])
    columns.build(story)
    return path


def render_docx(text: str, path: Path) -> Path:
    """Write plan ``text`` as a Word document at ``path`` (blank lines as empty paragraphs); return it."""
    from docx import Document

    document = Document()
    for block in plan_blocks(text):
        if block.kind == "heading":
            document.add_heading(block.text, level=block.level)
        elif block.kind == "paragraph":
            document.add_paragraph(block.text)
        elif block.kind == "blank":
            document.add_paragraph("")
        elif block.kind == "page_break":
            document.add_page_break()
        else:
            columns = max(len(row) for row in block.rows)
            table = document.add_table(rows=len(block.rows), cols=columns, style="Table Grid")
            for row, cells in zip(table.rows, block.rows, strict=True):
                for cell, value in zip(row.cells, cells, strict=False):
                    cell.text = value
    document.save(str(path))
    return path


def render_html(text: str, path: Path) -> Path:
    """Write plan ``text`` as an HTML page at ``path`` and return ``path``."""
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8"><title>Plan</title>',
        "<style>td, th { border: 1px solid black; }</style><script>var x = '<p>not text</p>';</script>",
        "</head><body>",
    ]
    for block in plan_blocks(text):
        if block.kind == "heading":
            parts.append(f"<h{block.level}>{html.escape(block.text)}</h{block.level}>")
        elif block.kind == "paragraph":
            parts.append(f"<p>{html.escape(block.text)}</p>")
        elif block.kind == "page_break":
            parts.append('<hr style="page-break-after: always">')
        elif block.kind == "table":
            header, *body = block.rows
            parts.append("<table>")
            parts.append(
                "<thead><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in header) + "</tr></thead>"
            )
            parts.append("<tbody>")
            parts.extend(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in body
            )
            parts.append("</tbody></table>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return path
