"""Text and tables of a PDF plan, with pdfplumber.

Pages are read in order. On each page, tables are found with pdfplumber's default ``lines``
strategy, which needs ruled cell borders: a borderless table comes out as ordinary text lines
(one per printed line, cells run together by spaces), for a profile or the generic loader to read.
Each table is written as tab-separated rows at its vertical position on the page; a multi-line
cell becomes one cell, its lines joined by spaces, and a cell pdfplumber reports as merged
(``None``) is empty, so a cell spanning two columns reads ``text\\t``. A table split by a page
break becomes two tables, each between blank lines.

Text outside the tables comes one line per printed line, top to bottom (a wrapped paragraph is
several lines; a multi-column page is read across its columns, as pdftotext's raw mode would).
Nothing else is skipped: running headers, footers and page numbers are kept, for the loaders to
recognise as page furniture. Typographic ligatures (``ﬁ``, ``ﬂ``...) are spelt out, and a
character printed twice at the same place (fake bold) is read once.

A PDF with no text on any page is refused as scanned; pages without text among pages with text
are named in :attr:`ExtractedText.warnings`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from councilkg.errors import LoaderError
from councilkg.loaders.extract.extracted import ExtractedText, TextBuilder, describe_error

if TYPE_CHECKING:
    from pdfplumber.page import Page

MAX_PDF_PAGES = 2000
MEDIA_TYPE = "application/pdf"

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})

Box = tuple[float, float, float, float]


def extract_pdf(path: Path) -> ExtractedText:
    """Return the text of the PDF at ``path``: lines outside tables, and tables as tab-separated rows.

    Raises:
        LoaderError: the file is not a PDF, is damaged, needs a password, has more than
            :data:`MAX_PDF_PAGES` pages, or has no text layer on any page (a scanned PDF).
    """
    with path.open("rb") as stream:
        start = stream.read(1024)
    if b"%PDF-" not in start:
        raise LoaderError(path, "not a PDF file (no %PDF- header)", hint="check the file's type")

    with _quiet_pdfminer():
        return _extract(path)


def _extract(path: Path) -> ExtractedText:
    """Return the text of the PDF at ``path`` (see :func:`extract_pdf`)."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as error:
        raise _open_error(path, error) from error
    except Exception as error:  # a hostile file must not escape as a traceback
        raise LoaderError(path, f"cannot read PDF: {describe_error(error)}") from error
    try:
        pages, builder, pages_without_text = _read_pages(path, pdf)
    finally:
        _close(pdf)
    if not pages:
        raise LoaderError(path, "PDF has no pages")
    if len(pages_without_text) == len(pages) or not builder.has_text:
        raise LoaderError(
            path,
            "no text layer: this looks like a scanned PDF",
            hint="run OCR first, e.g. `ocrmypdf --force-ocr plan.pdf plan-ocr.pdf`, and load the result",
        )
    warnings = tuple(
        f"page {number} has no text layer (a scanned page?); its content is missing"
        for number in pages_without_text
    )
    return ExtractedText(
        text=builder.text(),
        source_format="pdf",
        media_type=MEDIA_TYPE,
        pages=len(pages),
        tables=builder.tables,
        warnings=warnings,
    )


def _read_pages(path: Path, pdf: Any) -> tuple[list[Page], TextBuilder, list[int]]:
    """Return the PDF's pages, their text in a builder, and the numbers of the pages without text."""
    try:
        pages = pdf.pages
    except Exception as error:
        raise LoaderError(path, f"damaged PDF, its pages cannot be read: {describe_error(error)}") from error
    if len(pages) > MAX_PDF_PAGES:
        raise LoaderError(path, f"PDF has {len(pages)} pages; plans are read up to {MAX_PDF_PAGES}")
    builder = TextBuilder()
    pages_without_text: list[int] = []
    for number, page in enumerate(pages, start=1):
        try:
            if not _read_page(page, builder):
                pages_without_text.append(number)
        except Exception as error:
            raise LoaderError(
                path, f"cannot read page {number} of the PDF: {describe_error(error)}"
            ) from error
        finally:
            page.close()  # frees the page's parsed objects; a long plan would hold them all
    return pages, builder, pages_without_text


def _close(pdf: Any) -> None:
    """Close an open PDF, even a damaged one whose ``close`` fails re-reading its pages."""
    try:
        pdf.close()
    except Exception:  # pdfplumber's close walks the pages again; a damaged page raises there too
        if not getattr(pdf, "stream_is_external", True):
            pdf.stream.close()


@contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """Hold back pdfminer's and pdfplumber's log warnings about damaged objects while a PDF is read.

    They would reach stderr through logging's last-resort handler, around the CLI's one-line output;
    what they are about is either recovered from or raised as a :class:`LoaderError`.
    """
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pdfplumber")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _read_page(page: Page, builder: TextBuilder) -> bool:
    """Add the page's lines and tables to ``builder`` top to bottom; return False if it has no text."""
    if not page.chars:
        return False
    if _has_doubled_chars(page.chars):
        page = page.dedupe_chars()  # slow, so only where needed
    tables = page.find_tables()
    boxes: list[Box] = [table.bbox for table in tables]
    text_page = page.filter(lambda obj: not _inside_any(obj, boxes)) if boxes else page
    items: list[tuple[float, float, int, Any]] = []
    for line in text_page.extract_text_lines(return_chars=False):
        items.append((line["top"], line["x0"], 0, line["text"]))
    for index, table in enumerate(tables):
        items.append((table.bbox[1], table.bbox[0], 1, index))
    for _top, _left, kind, content in sorted(items, key=lambda item: item[:3]):
        if kind == 0:
            builder.add_line(content.translate(_LIGATURES))
        else:
            rows = tables[content].extract()
            builder.add_table([[_spelt(cell) for cell in row] for row in rows])
    return True


def _has_doubled_chars(chars: list[dict[str, Any]]) -> bool:
    """True when a character is printed twice at (almost) the same place, as some PDFs fake bold."""
    seen: set[tuple[str, int, int]] = set()
    for char in chars:
        key = (char["text"], round(char["x0"]), round(char["top"]))
        if key in seen and not char["text"].isspace():
            return True
        seen.add(key)
    return False


def _spelt(cell: str | None) -> str | None:
    """Return a table cell with ligatures spelt out."""
    return cell.translate(_LIGATURES) if cell else cell


def _inside_any(obj: dict[str, Any], boxes: list[Box]) -> bool:
    """True when ``obj`` is a character whose centre lies in one of the table boxes."""
    if obj.get("object_type") != "char":
        return False
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _open_error(path: Path, wrapped: Exception) -> LoaderError:
    """Return the error for a PDF pdfminer refused to open, saying why when it is a known reason."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.psexceptions import PSException

    cause = wrapped.args[0] if wrapped.args and isinstance(wrapped.args[0], Exception) else wrapped
    if isinstance(cause, PDFPasswordIncorrect):
        return LoaderError(
            path,
            "PDF is encrypted with a password",
            hint="save an unprotected copy (`qpdf --decrypt --password=... in.pdf out.pdf`) and load that",
        )
    if isinstance(cause, PDFEncryptionError):
        return LoaderError(path, f"PDF uses encryption that cannot be read: {describe_error(cause)}")
    if isinstance(cause, PSException):
        return LoaderError(
            path, f"damaged PDF: {describe_error(cause)}", hint="re-save or repair it, e.g. with qpdf"
        )
    return LoaderError(path, f"cannot read PDF: {describe_error(cause)}")
