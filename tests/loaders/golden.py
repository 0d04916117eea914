"""The plan graphs a loader's reading gives, as N-Quads lines, for the golden-file comparisons of the
bundled plans read by profiles (``tests/data/golden/``)."""

from __future__ import annotations

import dataclasses
import gzip
from pathlib import Path

from councilkg.build.triples import extraction_to_graph
from councilkg.documents.document import Document
from councilkg.loaders.model import Extraction


def reading_quads(
    extraction: Extraction, document: Document, plan: str, authority: str, gss: str
) -> set[str]:
    """Return the plan's named graph and its shared triples as N-Quads lines, labelled as the build
    would label them under one loader name.

    The plan's period and its posts' dated memberships are left out: the build makes them from any
    plan's facts (added after the golden files were made), so they are no loader's reading.
    """
    info = dataclasses.replace(extraction.plan, authority_label=authority, gss=gss)
    triples = extraction_to_graph(dataclasses.replace(extraction, plan=info, loader="compared"), document)
    dated = (f"{plan}/period", f"{plan}/membership/")
    quads = {
        f"{s.n3()} {p.n3()} {o.n3()} <{plan}> .\n"
        for s, p, o in triples.plan
        if not str(s).startswith(dated) and not str(o).startswith(dated)
    }
    return quads | {f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples.shared}


def without_readings(extraction: Extraction) -> Extraction:
    """Return ``extraction`` with its items' engine readings (rule, confidence) taken off, as a Python
    loader gives them: what the golden files of the bundled plans were made from."""
    for items in (extraction.priorities, extraction.actions, extraction.indicators, extraction.risks):
        for item in items:
            item.reading = None
    return extraction


def golden_quads(path: Path) -> set[str]:
    """Return the N-Quads lines of a golden file (sorted, gzipped)."""
    return set(gzip.decompress(path.read_bytes()).decode().splitlines(keepends=True))


def write_golden_file(path: Path, quads: set[str]) -> None:
    """Write ``quads`` to a golden file, sorted and gzipped with no timestamp; returns nothing."""
    path.write_bytes(gzip.compress("".join(sorted(quads)).encode(), mtime=0))
