"""Headings with levels in the document model: HTML's <h1>-<h6>, Word's heading styles, a PDF's type.

The text is a real excerpt: Hampshire's Children and Young People's Plan 2012-2015, Priority 2
(http://www3.hants.gov.uk/childrens-services/childrenandyoungpeople/cypp/cypp-vision/priority2.htm,
the wild corpus's hampshire-2012-cypp-priority2), rendered by tests/render_plan.py: its first line
as a level-1 heading, "Priority 2: …" as a level-2 heading, the rest as paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

from councilkg.cli.main import cli
from councilkg.documents.document import Document, read_document
from councilkg.documents.extract import extract_text
from tests.render_plan import render_docx, render_html, render_pdf

PRIORITY = (
    "Priority 2: Securing children and young people’s physical, spiritual, social, emotional and "
    "mental health, promoting healthy lifestyles and reducing inequalities"
)
HEALTH = (
    "Health inequalities experienced in childhood can have a lasting impact throughout life, so we will "
    "work together to promote and support healthy lifestyles from an early stage. Giving children the "
    "best start in life begins with promoting health and well-being in pregnancy and childhood."
)
HAMPSHIRE = f"""Children's Services

Hampshire's Children and Young People's Plan

{PRIORITY}

Key win

Reducing the rate of teenage conceptions among girls aged 15-17.

{HEALTH}
"""
RENDERERS: dict[str, Callable[[str, Path], Path]] = {
    "pdf": render_pdf,
    "docx": render_docx,
    "html": render_html,
}


def marked(path: Path) -> dict[str, int]:
    """Return the text of each line the file's format marks as a heading, with its level."""
    extracted = extract_text(path)
    lines = extracted.text.splitlines()
    return {lines[line - 1]: level for line, level in (extracted.headings or {}).items()}


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_each_format_marks_its_headings_with_their_levels(tmp_path: Path, kind: str) -> None:
    path = RENDERERS[kind](HAMPSHIRE, tmp_path / f"plan.{kind}")
    assert marked(path) == {"Children's Services": 1, PRIORITY: 2}


def test_a_document_keeps_the_headings_and_plain_text_marks_none(tmp_path: Path) -> None:
    document = read_document(render_docx(HAMPSHIRE, tmp_path / "plan.docx"))
    assert document.headings is not None
    assert {document.lines[line - 1] for line in document.headings} == {"Children's Services", PRIORITY}
    text = tmp_path / "plan.txt"
    text.write_text(HAMPSHIRE, encoding="utf-8")
    assert read_document(text).headings is None
    assert Document.from_text("p.txt", HAMPSHIRE).headings is None


def test_html_heading_levels_lines_and_cells(tmp_path: Path) -> None:
    page = tmp_path / "plan.html"
    page.write_text(
        "<html><body><h1>Children's Services</h1><h3>Key win<br>2012-2015</h3><p>Reducing the rate.</p>"
        "<ul><li><h4>Listed heading</h4></li></ul>"
        "<table><tr><th><h2>Action</h2></th><th>Lead</th></tr><tr><td>Audit</td><td>JS</td></tr></table>"
        "</body></html>",
        encoding="utf-8",
    )
    # each line of a heading is marked; a heading inside a table's cell is a cell
    assert marked(page) == {"Children's Services": 1, "Key win": 3, "2012-2015": 3, "Listed heading": 4}


def test_word_headings_by_style_name_based_on_and_outline_level(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Hampshire's Children and Young People's Plan", style="Title")
    council = document.styles.add_style("Council Priority", WD_STYLE_TYPE.PARAGRAPH)
    council.base_style = document.styles["Heading 2"]
    document.add_paragraph(PRIORITY, style="Council Priority")
    outlined = document.add_paragraph("Key win")
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "2")
    outlined._p.get_or_add_pPr().append(level)
    body = document.add_heading("Reducing the rate of teenage conceptions", level=3)
    body_level = OxmlElement("w:outlineLvl")
    body_level.set(qn("w:val"), "9")  # body text, whatever the style says
    body._p.get_or_add_pPr().append(body_level)
    document.add_paragraph("Health inequalities experienced in childhood can have a lasting impact.")
    path = tmp_path / "styled.docx"
    document.save(str(path))
    assert marked(path) == {"Hampshire's Children and Young People's Plan": 1, PRIORITY: 2, "Key win": 3}


def test_pdf_headings_are_larger_type_or_short_bold_lines(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "typed.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    y = 800.0

    def line(text: str, font: str, size: float) -> None:
        nonlocal y
        page.setFont(font, size)
        page.drawString(50, y, text)
        y -= size * 2.2

    line("Children's Services", "Helvetica-Bold", 18)
    line("Key win", "Helvetica-Bold", 10)
    line("Reducing the rate of teenage conceptions among girls aged 15-17.", "Helvetica", 10)
    line("Health inequalities experienced in childhood can have a lasting impact.", "Helvetica", 10)
    line("We will work together to promote healthy lifestyles.", "Helvetica-Bold", 10)  # a bold sentence
    line("Giving children the best start in life begins in pregnancy.", "Helvetica", 10)
    page.save()
    assert marked(path) == {"Children's Services": 1, "Key win": 2}


def test_inspect_lists_the_headings_a_file_marks(tmp_path: Path) -> None:
    path = render_html(HAMPSHIRE, tmp_path / "plan.html")
    result = CliRunner().invoke(cli, ["inspect", str(path)])
    assert "Headings the file marks" in result.output
    assert "Children's Services" in result.output.split("Headings the file marks")[1]
    as_json = CliRunner().invoke(cli, ["inspect", str(path), "--format", "json"])
    assert '"headings"' in as_json.output
