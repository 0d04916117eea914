"""The engine as ``councilkg load`` runs it, and as a profile's rules run it, for the tests of its
rules on snippets."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from councilkg.documents.document import Document
from councilkg.errors import LoaderError
from councilkg.loaders.generic.engine import GenericLoader, load_with_profile
from councilkg.loaders.generic.profilefile import profile_from_data, read_profile
from councilkg.loaders.model import Extraction
from councilkg.loaders.parsing.columns import classify_header
from councilkg.loaders.parsing.tablefinder import header_columns


def read(text: str) -> Extraction:
    """Return what the engine reads from ``text``."""
    return GenericLoader().load(Document.from_text("plan.txt", text))


def read_with_rules(text: str, rules: str) -> Extraction:
    """Return what the engine reads from ``text`` with the profile ``rules`` (a profile file's TOML)."""
    return load_with_profile(
        Document.from_text("p.txt", text), profile_from_data(tomllib.loads(rules), Path("p.toml"))
    )


def assert_profile_error(tmp_path: Path, rules: str, error: str) -> None:
    """Check that the profile file ``rules`` (TOML) is a LoaderError whose message contains ``error``."""
    path = tmp_path / "p.toml"
    path.write_text(rules, encoding="utf-8")
    with pytest.raises(LoaderError, match=re.escape(error)):
        read_profile(path)


def is_header(cells: list[str]):  # type: ignore[no-untyped-def]
    """Return the columns ``cells`` give as a header row, as the engine's table finder reads them."""
    return header_columns(cells, classify_header)
