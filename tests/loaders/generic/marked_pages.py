"""Write a plan's outline as an HTML page, a Word document or a PDF whose format marks its headings.

The outline is a list of lines: ``"# Title"``, ``"## Section"``, ``"### Sub-section"`` (a heading and
its level), ``"- item"`` (a bulleted list item) or a paragraph. :func:`plain_text` gives the same
outline as the plain text a page copied from a browser reads as, with no heading marked.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import Path

_HEADING = re.compile(r"^(#{1,6}) (.+)$")


def _blocks(outline: Sequence[str]) -> list[tuple[str, int, str]]:
    """Return (kind, level, text) of each line: "heading", "bullet" or "paragraph"."""
    blocks: list[tuple[str, int, str]] = []
    for line in outline:
        if heading := _HEADING.match(line):
            blocks.append(("heading", len(heading.group(1)), heading.group(2)))
        elif line.startswith("- "):
            blocks.append(("bullet", 0, line[2:]))
        else:
            blocks.append(("paragraph", 0, line))
    return blocks


def plain_text(outline: Sequence[str]) -> str:
    """Return the outline as plain text: headings and paragraphs as lines a blank line apart, the items
    of a list after "• ", one a line."""
    lines: list[str] = []
    for kind, _, text in _blocks(outline):
        if kind == "bullet":
            lines.append(f"• {text}")
        else:
            lines += ["", text, ""]
    return "\n".join(lines).strip("\n").replace("\n\n\n", "\n\n") + "\n"


def write_html(outline: Sequence[str], path: Path) -> Path:
    """Write the outline as an HTML page (``<h1>``-``<h6>``, ``<ul>``, ``<p>``) at ``path``; return it."""
    parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Plan</title></head><body>']
    in_list = False
    for kind, level, text in _blocks(outline):
        if in_list and kind != "bullet":
            parts.append("</ul>")
            in_list = False
        if kind == "heading":
            parts.append(f"<h{level}>{html.escape(text)}</h{level}>")
        elif kind == "bullet":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{html.escape(text)}</li>")
        else:
            parts.append(f"<p>{html.escape(text)}</p>")
    parts.append("</ul></body></html>" if in_list else "</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def write_docx(outline: Sequence[str], path: Path) -> Path:
    """Write the outline as a Word document (Heading 1-6 styles, List Bullet) at ``path``; return it."""
    from docx import Document

    document = Document()
    for kind, level, text in _blocks(outline):
        if kind == "heading":
            document.add_heading(text, level=level)
        elif kind == "bullet":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path


def write_pdf(outline: Sequence[str], path: Path) -> Path:
    """Write the outline as a landscape PDF (headings larger and bold, the higher the larger) at ``path``;
    return it."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=4)
    sizes = {1: 18, 2: 15, 3: 13, 4: 12, 5: 11, 6: 11}
    story = []
    for kind, level, text in _blocks(outline):
        if kind == "heading":
            size = sizes[level]
            style = ParagraphStyle(f"h{level}", fontName="Helvetica-Bold", fontSize=size, leading=size + 4)
            story.append(Paragraph(html.escape(text), style))
        elif kind == "bullet":
            story.append(Paragraph("• " + html.escape(text), body))
        else:
            story.append(Paragraph(html.escape(text), body))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path
