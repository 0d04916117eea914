"""Text extraction from PDF, DOCX and HTML: layout rules, the shared fixture in three formats, errors."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from councilkg.documents.extract import MAX_SOURCE_BYTES, SUPPORTED_SUFFIXES, ExtractedText, extract_text
from councilkg.documents.extracted import TextBuilder
from councilkg.errors import LoaderError
from tests.render_plan import PAGE_BREAK, render_docx, render_html, render_pdf

FIXTURE = Path(__file__).parents[1] / "data" / "generic" / "northmoor-cypp-2010-13.txt"
RENDERERS: dict[str, Callable[[str, Path], Path]] = {
    "pdf": render_pdf,
    "docx": render_docx,
    "html": render_html,
}
LONG_CELL = "Audit every repeat child protection plan with the Local Safeguarding Children Board and report"


def items(text: str) -> list[tuple[str, ...]]:
    """Return the non-blank lines of ``text``: a row as ("row", *cells), another line as ("line", line)."""
    return [
        ("row", *line.split("\t")) if "\t" in line else ("line", line)
        for line in text.splitlines()
        if line.strip()
    ]


def table_rows(text: str) -> list[list[str]]:
    """Return the cells of every tab-separated line of ``text``."""
    return [line.split("\t") for line in text.splitlines() if "\t" in line]


def pdf_canvas(path: Path, pages: list[str | None], **canvas_options: object) -> Path:
    """Write a PDF whose pages hold one line of text each, or (``None``) only a drawn rectangle."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), **canvas_options)
    for text in pages:
        if text is None:
            canvas.rect(100, 100, 300, 400, fill=1)
        else:
            canvas.drawString(72, 720, text)
        canvas.showPage()
    canvas.save()
    return path


# --- the shared fixture, in every format ------------------------------------------------------


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Return the shared fixture plan rendered as PDF, DOCX and HTML."""
    folder = tmp_path_factory.mktemp("rendered")
    text = FIXTURE.read_text(encoding="utf-8")
    return {kind: render(text, folder / f"northmoor.{kind}") for kind, render in RENDERERS.items()}


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_fixture_gives_the_text_versions_rows_and_lines_in_order(
    kind: str, rendered: dict[str, Path]
) -> None:
    extracted = extract_text(rendered[kind])
    assert extracted.source_format == kind
    assert items(extracted.text) == items(FIXTURE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_extraction_is_deterministic(kind: str, rendered: dict[str, Path]) -> None:
    first, second = extract_text(rendered[kind]), extract_text(rendered[kind])
    assert first == second
    assert first.text.encode("utf-8") == second.text.encode("utf-8")


def test_docx_keeps_blank_lines_so_its_text_matches_the_fixture_but_for_blanks_round_tables(
    rendered: dict[str, Path],
) -> None:
    extracted = extract_text(rendered["docx"]).text
    source = FIXTURE.read_text(encoding="utf-8")
    assert extracted.replace("plan\n\nRef\t", "plan\nRef\t") == source


def test_counts_and_media_types(rendered: dict[str, Path]) -> None:
    pdf, docx, html = (extract_text(rendered[kind]) for kind in ("pdf", "docx", "html"))
    assert pdf.media_type == "application/pdf" and pdf.pages is not None and pdf.pages >= 1
    assert docx.media_type.endswith("wordprocessingml.document") and docx.pages is None
    assert html.media_type == "text/html"
    assert docx.tables == html.tables == 7  # the fixture's seven tables
    assert pdf.tables >= 7  # a table split by a page break counts twice


def test_suffix_is_matched_case_insensitively(rendered: dict[str, Path], tmp_path: Path) -> None:
    upper = tmp_path / "NORTHMOOR.PDF"
    upper.write_bytes(rendered["pdf"].read_bytes())
    assert ".PDF".lower() in SUPPORTED_SUFFIXES
    assert extract_text(upper).text == extract_text(rendered["pdf"]).text


# --- PDF ---------------------------------------------------------------------------------------


def test_pdf_multi_line_cells_become_one_cell(tmp_path: Path) -> None:
    import pdfplumber

    text = f"Title\n\nAction\tLead officer\tBy when\n{LONG_CELL}\tHead of Safeguarding\tMarch 2011\n"
    path = render_pdf(text, tmp_path / "wrapped.pdf", max_column_width=120)
    with pdfplumber.open(path) as pdf:
        raw = pdf.pages[0].extract_tables()
    assert "\n" in (raw[0][1][0] or ""), "the renderer should wrap the long cell onto several lines"
    assert table_rows(extract_text(path).text) == [
        ["Action", "Lead officer", "By when"],
        [LONG_CELL, "Head of Safeguarding", "March 2011"],
    ]


def test_pdf_long_table_runs_over_a_page_break_with_every_row_in_order(tmp_path: Path) -> None:
    rows = [f"A{n}\t{LONG_CELL} number {n}\tHead of Service {n}" for n in range(1, 61)]
    text = "Action plan\n\nBefore the table\nRef\tAction\tLead\n" + "\n".join(rows) + "\nAfter the table\n"
    extracted = extract_text(render_pdf(text, tmp_path / "long.pdf"))
    assert extracted.pages is not None and extracted.pages >= 2
    assert extracted.tables >= 2
    assert items(extracted.text) == items(text)


def test_pdf_page_break_keeps_document_order(tmp_path: Path) -> None:
    text = f"Plan\n\nFirst page paragraph\n{PAGE_BREAK}\nPriority 2: Second page\nA\tB\n1\t2\nClosing words\n"
    extracted = extract_text(render_pdf(text, tmp_path / "break.pdf"))
    assert extracted.pages == 2
    assert items(extracted.text) == [
        ("line", "Plan"),
        ("line", "First page paragraph"),
        ("line", "Priority 2: Second page"),
        ("row", "A", "B"),
        ("row", "1", "2"),
        ("line", "Closing words"),
    ]


def pdf_flow(path: Path, blocks: list[tuple[str, str]]) -> Path:
    """Write a portrait A4 PDF of ``(style, text)`` blocks: "p" a paragraph, "h" a bold heading, "li" a
    bulleted list item with a hanging indent; each wraps at the page's text width."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    heading = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=16)
    story = []
    for style, text in blocks:
        if style == "li":
            item = ListItem(Paragraph(text, body), bulletText="-", leftIndent=18)
            story.append(ListFlowable([item], bulletType="bullet", start="-", leftIndent=18))
        else:
            story.append(Paragraph(text, heading if style == "h" else body))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


LONG_PARAGRAPH = (
    "Partners will reshape services for vulnerable families so that they are more responsive to need, "
    "more joined up across health, schools and social care, and better at catching problems early, "
    "before they become crises that need statutory intervention by the council or the police."
)


def test_pdf_wrapped_paragraph_is_one_line(tmp_path: Path) -> None:
    """A paragraph printed over several lines comes out as the one line it was written as."""
    path = pdf_flow(tmp_path / "wrapped.pdf", [("h", "Priority 1: Safer families"), ("p", LONG_PARAGRAPH)])
    assert items(extract_text(path).text) == [
        ("line", "Priority 1: Safer families"),
        ("line", LONG_PARAGRAPH),
    ]


def test_pdf_paragraphs_that_end_by_choice_stay_apart(tmp_path: Path) -> None:
    """Short paragraphs, and a paragraph after one whose last line left room for its first word, are
    not joined; nor is a heading to the paragraph under it."""
    blocks = [
        ("h", "Our vision"),
        ("p", "Every child safe."),
        ("p", "Every child healthy."),
        ("p", LONG_PARAGRAPH),
        ("p", "Next paragraph."),
    ]
    text = extract_text(pdf_flow(tmp_path / "apart.pdf", blocks)).text
    assert items(text) == [("line", block) for _, block in blocks]


def test_pdf_list_items_stay_apart_and_each_wrapped_item_is_one_line(tmp_path: Path) -> None:
    """Each list item is a line of its own, its wrapped lines joined to it."""
    blocks = [("li", LONG_PARAGRAPH), ("li", "A short item."), ("li", "Another short item.")]
    lines = [line for kind, line in items(extract_text(pdf_flow(tmp_path / "list.pdf", blocks)).text)]
    assert [line.lstrip("-• ") for line in lines] == [text for _, text in blocks]


def test_pdf_characters_without_unicode_are_left_out_with_a_warning(tmp_path: Path) -> None:
    """A glyph the font maps to no text (pdfminer's ``(cid:N)``) is dropped and counted per page."""
    path = render_pdf("Plan\n\n\u2022 Reduce re-offending\n", tmp_path / "bullet.pdf")
    extracted = extract_text(path)
    assert items(extracted.text) == [("line", "Plan"), ("line", "Reduce re-offending")]
    assert extracted.warnings == (
        "page 1: 1 character(s) the PDF's font maps to no Unicode text were left out "
        "(often bullets or symbols)",
    )


def test_pdf_without_text_layer_is_refused_as_scanned(tmp_path: Path) -> None:
    path = pdf_canvas(tmp_path / "scan.pdf", [None, None])
    with pytest.raises(LoaderError, match="no text layer: this looks like a scanned PDF") as caught:
        extract_text(path)
    assert caught.value.hint is not None and "OCR" in caught.value.hint
    assert caught.value.file == str(path)


def test_pdf_page_without_text_among_text_pages_is_a_warning(tmp_path: Path) -> None:
    extracted = extract_text(pdf_canvas(tmp_path / "mixed.pdf", ["Northmoor plan", None, "The end"]))
    assert items(extracted.text) == [("line", "Northmoor plan"), ("line", "The end")]
    assert len(extracted.warnings) == 1 and extracted.warnings[0].startswith("page 2 has no text layer")


def test_pdf_with_a_password_is_refused(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    encryption = StandardEncryption("secret", ownerPassword="owner")
    path = pdf_canvas(tmp_path / "locked.pdf", ["Confidential plan"], encrypt=encryption)
    with pytest.raises(LoaderError, match="encrypted with a password"):
        extract_text(path)


def test_pdf_ligatures_are_spelt_out(tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    candidates = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]
    font = next((path for path in candidates if path.exists()), None)
    if font is None:
        pytest.skip("no TrueType font with ligature glyphs installed")
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp_path / "ligature.pdf"))
    canvas.setFont("DejaVuSans", 12)
    canvas.drawString(72, 720, "The ﬁnance oﬃcer")
    canvas.save()
    assert extract_text(tmp_path / "ligature.pdf").text == "The finance officer\n"


def test_pdf_fake_bold_printed_twice_is_read_once(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp_path / "bold.pdf"))
    canvas.drawString(72, 720, "Priority 1: Safe")
    canvas.drawString(72.3, 720, "Priority 1: Safe")
    canvas.drawString(72, 700, "Not doubled")
    canvas.save()
    assert extract_text(tmp_path / "bold.pdf").text == "Priority 1: Safe\nNot doubled\n"


def test_file_named_pdf_that_is_not_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_text("Priority 1: this is a text file\n", encoding="utf-8")
    with pytest.raises(LoaderError, match="not a PDF file"):
        extract_text(path)


def test_damaged_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer garbage\n%%EOF\n")
    with pytest.raises(LoaderError, match="PDF"):
        extract_text(path)


@pytest.mark.parametrize(
    "damage", ["truncate-half", "truncate-tail", "zero-middle", "flip-xref", "garble-streams"]
)
def test_damaged_pdf_gives_text_or_a_loader_error_never_a_traceback(
    damage: str, rendered: dict[str, Path], tmp_path: Path
) -> None:
    data = bytearray(rendered["pdf"].read_bytes())
    middle = len(data) // 2
    if damage == "truncate-half":
        data = data[:middle]
    elif damage == "truncate-tail":
        data = data[:-200]
    elif damage == "zero-middle":
        data[middle : middle + 400] = bytes(400)
    elif damage == "flip-xref":
        start = data.rfind(b"xref")
        data[start : start + 200] = bytes(b ^ 0x55 for b in data[start : start + 200])
    else:
        data = data.replace(b"stream", b"strum")
    path = tmp_path / f"{damage}.pdf"
    path.write_bytes(bytes(data))
    try:
        extracted = extract_text(path)
    except LoaderError as error:
        assert str(error).startswith(str(path))
    else:
        assert isinstance(extracted, ExtractedText) and extracted.text


# --- DOCX --------------------------------------------------------------------------------------


def test_docx_merged_cells_multi_paragraph_cells_and_nested_tables(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_heading("Northmoor plan", level=1)
    table = document.add_table(rows=4, cols=3, style="Table Grid")
    for cell, text in zip(table.rows[0].cells, ("Ref", "Action", "Lead"), strict=True):
        cell.text = text
    table.cell(1, 0).merge(table.cell(1, 2)).text = "Priority 1: Keeping children safe"
    table.cell(2, 0).text = "A1"
    table.cell(2, 1).text = "Recruit social workers"
    table.cell(2, 1).add_paragraph("and retain them")
    table.cell(2, 2).merge(table.cell(3, 2)).text = "Head of\nSafeguarding"
    table.cell(3, 0).text = "A2"
    table.cell(3, 1).add_table(rows=1, cols=2).rows[0].cells[0].text = "Nested"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    assert table_rows(extract_text(path).text) == [
        ["Ref", "Action", "Lead"],
        ["Priority 1: Keeping children safe", "", ""],
        ["A1", "Recruit social workers and retain them", "Head of Safeguarding"],
        ["A2", "Nested", ""],
    ]


def test_docx_headings_paragraphs_breaks_and_tables_in_document_order(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.sections[0].header.paragraphs[0].text = "RUNNING HEADER"
    document.sections[0].footer.paragraphs[0].text = "Page footer"
    document.add_heading("Priority 1: Safe", level=2)
    document.add_paragraph("First line").add_run().add_break()
    document.paragraphs[-1].add_run("second line\twith a tab")
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Ref"
    document.tables[0].rows[0].cells[1].text = "Action"
    document.add_page_break()
    document.add_paragraph("After the break")
    path = tmp_path / "order.docx"
    document.save(str(path))
    assert items(extract_text(path).text) == [
        ("line", "Priority 1: Safe"),
        ("line", "First line"),
        ("line", "second line with a tab"),
        ("row", "Ref", "Action"),
        ("line", "After the break"),
    ]


def test_text_file_named_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_text("Priority 1\tnot a Word file\n", encoding="utf-8")
    with pytest.raises(LoaderError, match=r"not a Word \.docx file"):
        extract_text(path)


def test_zip_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(LoaderError, match="Word") as caught:
        extract_text(path)
    assert str(caught.value).startswith(str(path))


def test_legacy_word_file_renamed_docx_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(LoaderError, match=r"Word 97-2003") as caught:
        extract_text(path)
    assert caught.value.hint is not None and "save it as .docx" in caught.value.hint


def test_docx_with_damaged_xml_is_refused(rendered: dict[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "damaged.docx"
    with zipfile.ZipFile(rendered["docx"]) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data[: len(data) // 2] if info.filename == "word/document.xml" else data)
    with pytest.raises(LoaderError, match="damaged Word file"):
        extract_text(path)


def test_docx_unpacking_beyond_the_limit_is_refused(
    rendered: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from councilkg.documents import docx

    monkeypatch.setattr(docx, "MAX_UNPACKED_BYTES", 10_000)
    with pytest.raises(LoaderError, match="unpacks to 0 MB; Word plans are read up to"):
        extract_text(rendered["docx"])


def test_empty_docx_is_refused(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("")
    document.sections[0].header.paragraphs[0].text = "Only a header"
    path = tmp_path / "empty.docx"
    document.save(str(path))
    with pytest.raises(LoaderError, match="holds no text"):
        extract_text(path)


# --- HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Skipped title</title><style>p { color: red }</style></head>
<body>
<script>document.write("<p>not text</p>")</script>
<h1>Northmoor &amp; District</h1>
<div>Our <b>vision</b>:
  every child&nbsp;safe<br>and healthy</div>
<ul><li>First item<li>Second item</ul>
<table>
<caption>Actions</caption>
<tr><th>Ref<th>Action<th>Lead<th>By when
<tr><td rowspan="2">A1<td colspan="2">Recruit <p>and retain</p> social workers<td>2011
<tr><td>Open a home<td>Head of LAC<td>2012
<tr><td>A3<td>Nested <table><tr><td>inner</td><td>cells</td></tr></table><td>Head<br>of HR<td>
</table>
<pre>line one
line two</pre>
<p>After &lt;the&gt; table</p>
</body></html>
"""


def test_html_blocks_entities_skipped_elements_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(PAGE, encoding="utf-8")
    assert items(extract_text(path).text) == [
        ("line", "Northmoor & District"),
        ("line", "Our vision: every child safe"),
        ("line", "and healthy"),
        ("line", "• First item"),
        ("line", "• Second item"),
        ("line", "Actions"),
        ("row", "Ref", "Action", "Lead", "By when"),
        ("row", "A1", "Recruit and retain social workers", "2011", ""),
        ("row", "", "Open a home", "Head of LAC", "2012"),
        ("row", "A3", "Nested inner cells", "Head of HR", ""),
        ("line", "line one"),
        ("line", "line two"),
        ("line", "After <the> table"),
    ]


HTML_PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<table>",
        "</table>",
        "<tr>",
        "</tr>",
        "<td>",
        "</td>",
        "<th colspan=3>",
        "<td rowspan=x>",
        "<td rowspan=4>",
        "<br>",
        "<br/>",
        "<pre>",
        "</pre>",
        "<script>",
        "</script>",
        "<head>",
        "<body>",
        "<caption>",
        "&amp;",
        "&bogus;",
        "\t",
        "\n",
        " ",
        "NI 65",
        "Head of Service",
        "<li>",
        "<!--",
        "-->",
        "<",
        ">",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(HTML_PIECES, max_size=40))
def test_any_html_gives_text_laid_out_by_the_rules_or_a_loader_error(
    tmp_path_factory: pytest.TempPathFactory, pieces: list[str]
) -> None:
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text("".join(pieces), encoding="utf-8")
    try:
        extracted = extract_text(path)
    except LoaderError as error:
        assert "holds no text" in str(error) or "file is empty" in str(error)
        return
    lines = extracted.text.split("\n")
    assert lines[0] and lines[-2] and lines[-1] == "" and "\n\n\n" not in extracted.text
    cells = [cell for line in lines for cell in line.split("\t")]
    assert all(cell == cell.strip() and "  " not in cell for cell in cells)
    assert extracted == extract_text(path)


def test_html_list_items_carry_the_marks_a_browser_shows(tmp_path: Path) -> None:
    path = tmp_path / "lists.html"
    path.write_text(
        "<ol start='3'><li>Third<li>Fourth<ul><li>Under fourth</ul></ol>"
        "<ol type='a'><li>First<li value='5'>Fifth</ol>"
        "<ul><li><ul><li>Only a nested list in its parent item</ul></ul>"
        "<table><tr><td><ul><li>In a cell<li>no marks</ul></td></tr></table>",
        encoding="utf-8",
    )
    assert extract_text(path).text.split("\n")[:-1] == [
        "3. Third",
        "4. Fourth",
        "• Under fourth",
        "a) First",
        "e) Fifth",
        "• Only a nested list in its parent item",
        "",
        "In a cell no marks",  # a table: a blank line before its rows
    ]


def test_html_stray_head_in_the_body_hides_nothing(tmp_path: Path) -> None:
    path = tmp_path / "stray.html"
    path.write_text("<body><p>Before</p><head><p>After a stray head</p></body>", encoding="utf-8")
    assert extract_text(path).text == "Before\nAfter a stray head\n"


def test_html_declared_windows_1252_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "ansi.htm"
    path.write_bytes(b'<meta charset="iso-8859-1"><p>Children\x92s services \x96 2010</p>')
    assert extract_text(path).text == "Children\u2019s services \u2013 2010\n"


def test_binary_file_named_html_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(LoaderError, match="binary file"):
        extract_text(path)


def test_html_without_body_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>Plan</title></head><body><script>x()</script></body></html>")
    with pytest.raises(LoaderError, match="holds no text"):
        extract_text(path)


# --- every format ------------------------------------------------------------------------------


def test_unsupported_missing_empty_and_oversized_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(LoaderError, match=r"cannot extract text from a '\.odt' file") as caught:
        extract_text(tmp_path / "plan.odt")
    assert caught.value.hint is not None and ".docx" in caught.value.hint
    with pytest.raises(LoaderError, match="no such file"):
        extract_text(tmp_path / "missing.pdf")
    (tmp_path / "empty.html").write_bytes(b"")
    with pytest.raises(LoaderError, match="file is empty"):
        extract_text(tmp_path / "empty.html")
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as stream:
        stream.truncate(MAX_SOURCE_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(LoaderError, match="read up to 100 MB"):
        extract_text(huge)


def test_table_rows_are_padded_to_the_widest_row_and_empty_rows_dropped() -> None:
    builder = TextBuilder()
    builder.add_line("  Heading \t one ")
    builder.add_table([["Ref", "Action\nplan", "Lead"], ["Priority 1"], [None, " ", ""], ["A1", None, "Me"]])
    builder.add_line("")
    builder.add_line("After")
    assert builder.text() == "Heading one\n\nRef\tAction plan\tLead\nPriority 1\t\t\nA1\t\tMe\n\nAfter\n"
    assert builder.tables == 1


def test_importing_the_extract_package_does_not_import_pdfplumber_or_docx() -> None:
    code = "import sys, councilkg.documents.extract; print(sorted({'pdfplumber', 'docx'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
