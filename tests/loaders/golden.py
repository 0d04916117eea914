"""The plan graphs a loader's reading gives, as N-Quads lines, for the golden-file comparisons of the
bundled plans read by profiles (``tests/data/golden/``), and what those comparisons share.

A golden test module names its plan as a :class:`GoldenPlan` and runs :class:`GoldenFileTests` on it.
"""

from __future__ import annotations

import dataclasses
import gzip
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest

from councilkg.build.triples import extraction_to_graph
from councilkg.documents.document import Document, read_document
from councilkg.loaders import get_loader
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


@dataclass(frozen=True)
class GoldenPlan:
    """A bundled plan held to its golden file: the loader that reads it and how the build labels it."""

    loader: str
    plan_file: Path
    plan: str
    """The plan's IRI, the name of its graph."""
    authority: str
    gss: str
    golden: Path

    def read(self, document: Document) -> Extraction:
        """Return the plan as its loader reads it, without the engine's readings (a module gives none)."""
        return without_readings(get_loader(self.loader).load(document))

    def quads(self, extraction: Extraction, document: Document) -> set[str]:
        """Return the plan's named graph and its shared triples as N-Quads lines, labelled as the build
        would."""
        return reading_quads(extraction, document, self.plan, self.authority, self.gss)

    def write(self) -> None:
        """Write the golden file from the loader's reading; returns nothing."""
        document = read_document(self.plan_file)
        write_golden_file(self.golden, self.quads(get_loader(self.loader).load(document), document))


class GoldenFileTests:
    """The checks of a bundled plan's reading against its golden file and its loader's warnings.

    A golden test module subclasses it as ``Test…``, setting :attr:`golden_plan`, :attr:`quads_in_file`
    and :attr:`warnings`; pytest runs the checks there (a name not starting with ``Test`` is not
    collected here).
    """

    golden_plan: ClassVar[GoldenPlan]
    quads_in_file: ClassVar[int]
    """How many N-Quads lines the golden file holds: the plan graph's triples and the shared ones."""
    warnings: ClassVar[list[tuple[int, str]]]
    """The warnings the Python loader gives on the bundled plan: (line, message)."""

    @pytest.fixture(scope="class")
    @classmethod
    def document(cls) -> Document:
        """The bundled plan."""
        return read_document(cls.golden_plan.plan_file)

    @pytest.fixture(scope="class")
    @classmethod
    def reading(cls, document: Document) -> Extraction:
        """The plan as the bundled loader reads it, without the engine's readings (the module gives none)."""
        return cls.golden_plan.read(document)

    def test_plan_graph_equals_the_golden_file(self, reading: Extraction, document: Document) -> None:
        """The plan's named graph and the shared triples, triple for triple."""
        golden = golden_quads(self.golden_plan.golden)
        assert len(golden) == self.quads_in_file
        found = self.golden_plan.quads(reading, document)
        assert sorted(found - golden) == [] and sorted(golden - found) == []

    def test_warnings_are_the_python_loaders(self, reading: Extraction) -> None:
        """The loader's warnings, at their lines, and the loader's name on the reading."""
        assert sorted((w.line, w.message) for w in reading.warnings) == sorted(self.warnings)
        assert reading.loader == self.golden_plan.loader
