"""The engine as ``councilkg load`` runs it, for the tests of its rules on snippets."""

from __future__ import annotations

from councilkg.documents.document import Document
from councilkg.loaders.generic.engine import GenericLoader
from councilkg.loaders.model import Extraction
from councilkg.loaders.parsing.columns import classify_header
from councilkg.loaders.parsing.tablefinder import header_columns


def read(text: str) -> Extraction:
    """Return what the engine reads from ``text``."""
    return GenericLoader().load(Document.from_text("plan.txt", text))


def is_header(cells: list[str]):  # type: ignore[no-untyped-def]
    """Return the columns ``cells`` give as a header row, as the engine's table finder reads them."""
    return header_columns(cells, classify_header)
