"""Text from PDF, Word (.docx) and HTML plans, laid out as the plan text loaders read.

:func:`extract_text` picks the extractor by the file's suffix (case ignored). Every extractor lays
its text out by the same rules (:mod:`councilkg.documents.extracted`): one line per
paragraph or heading (a PDF's wrapped lines joined), and each table as tab-separated rows between
blank lines, so one plan gives the same lines, and so the same facts, whatever its format.
pdfplumber and python-docx are imported only when a file of theirs is read.

Files above :data:`MAX_SOURCE_BYTES` are refused before they are parsed, and each extraction is
metered against an :class:`~councilkg.documents.budget.ExtractionBudget` (characters, pages,
seconds, memory) as it reads; every failure is a :class:`~councilkg.errors.LoaderError` naming the file.
"""

from __future__ import annotations

from pathlib import Path

from councilkg.documents.budget import DEFAULT_BUDGET, ExtractionBudget, Meter
from councilkg.documents.extracted import ExtractedText
from councilkg.errors import LoaderError

__all__ = [
    "DEFAULT_BUDGET",
    "MAX_SOURCE_BYTES",
    "SUPPORTED_SUFFIXES",
    "ExtractedText",
    "ExtractionBudget",
    "extract_text",
    "source_format",
]

MAX_SOURCE_BYTES = 100 * 1024 * 1024

_FORMATS = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html"}

#: The suffixes :func:`extract_text` reads (lower case; a file's suffix is compared case-insensitively).
SUPPORTED_SUFFIXES = frozenset(_FORMATS)


def source_format(path: str | Path) -> str | None:
    """Return ``pdf``, ``docx`` or ``html`` for a file with one of :data:`SUPPORTED_SUFFIXES`, else ``None``.

    Example:
        >>> source_format("plan.PDF"), source_format("page.htm"), source_format("plan.txt")
        ('pdf', 'html', None)
    """
    return _FORMATS.get(Path(path).suffix.lower())


def extract_text(path: str | Path, budget: ExtractionBudget = DEFAULT_BUDGET) -> ExtractedText:
    """Return the text of the PDF, DOCX or HTML file at ``path``, tables as tab-separated rows.

    Raises:
        ExtractionBudgetError: reading the file needs more than ``budget`` allows.
        LoaderError: the file is missing, not a file, larger than :data:`MAX_SOURCE_BYTES`, of
            another format, or cannot be read as its format (a scanned or encrypted PDF, a file
            that is not a Word document, a binary file named ``.html``, a document with no text).
    """
    path = Path(path)
    kind = source_format(path)
    if kind is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise LoaderError(path, f"cannot extract text from a '{path.suffix}' file", hint=f"give {supported}")
    if not path.exists():
        raise LoaderError(path, "no such file", hint="check the path")
    if not path.is_file():
        raise LoaderError(path, "not a file")
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise LoaderError(
            path, f"file is {size // (1024 * 1024)} MB; {kind.upper()} plans are read up to 100 MB"
        )
    if size == 0:
        raise LoaderError(path, "file is empty")
    meter = Meter(path, budget)
    try:
        with meter.watching():
            return _extract(path, kind, meter)
    except Exception as error:
        if meter.exceeded is not None and error is not meter.exceeded:
            raise meter.exceeded from error  # a library caught the budget's error and raised its own
        if isinstance(error, OSError):  # unreadable (permissions, a failing disk) while being parsed
            raise LoaderError(path, f"cannot read: {error.strerror or error}") from error
        raise


def _extract(path: Path, kind: str, meter: Meter) -> ExtractedText:
    """Return the text of ``path`` read by the extractor for ``kind``, imported only now."""
    if kind == "pdf":
        from councilkg.documents.pdf import extract_pdf

        return extract_pdf(path, meter)
    if kind == "docx":
        from councilkg.documents.docx import extract_docx

        return extract_docx(path, meter)
    from councilkg.documents.html import extract_html

    return extract_html(path, meter)
