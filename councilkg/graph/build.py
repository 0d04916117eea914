"""Building plans into a store: read, pick a loader, extract, turn into triples, replace the plan's graph.

Every file is read and extracted before anything is written, so a bad file leaves the store as it
was; then each plan's graph is replaced in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef

from councilkg.data import bundled_plans
from councilkg.errors import UnknownLayoutError
from councilkg.graph.store import PlanStore
from councilkg.graph.triples import PlanTriples, extraction_to_graph, plan_graph_iri
from councilkg.loaders import find_loader
from councilkg.loaders.document import Document, read_document
from councilkg.loaders.model import Extraction, ExtractionWarning

ProgressCallback = Callable[[str, Path], None]
"""Called with a stage ("extract", "load", "skip") and the file it concerns."""


@dataclass
class PlanBuild:
    """What building one file did: the plan it loaded (or why it was skipped), counts and warnings."""

    file: Path
    plan: URIRef | None = None
    title: str | None = None
    loader: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    warnings: list[ExtractionWarning] = field(default_factory=list)
    skipped: str | None = None


@dataclass
class _Prepared:
    result: PlanBuild
    triples: PlanTriples | None = None


def extraction_counts(extraction: Extraction) -> dict[str, int]:
    """Return how many of each kind of item an extraction holds, for the build summary."""
    return {
        "priorities": len(extraction.priorities),
        "actions": len(extraction.actions),
        "indicators": len(extraction.indicators),
        "observations": sum(len(i.observations) for i in extraction.indicators),
        "risks": len(extraction.risks),
        "people": len(extraction.people),
    }


def extract(document: Document) -> Extraction:
    """Return the extraction of a document by the loader that recognises its layout.

    Raises:
        UnknownLayoutError: no loader recognises the document.
        LoaderError: the loader found the layout broken.
    """
    return find_loader(document).load(document)


def build(
    store: PlanStore,
    files: Sequence[str | Path] | None = None,
    progress: ProgressCallback | None = None,
) -> list[PlanBuild]:
    """Load plans into ``store``, one transaction per plan.

    Args:
        store: an open, writable store.
        files: plan files to load; ``None`` or empty loads the bundled corpus, where a plan that no
            loader recognises yet is reported as skipped rather than failing the build.
        progress: called as each file is extracted, loaded or skipped.

    Returns:
        One :class:`PlanBuild` per file, in the order given.

    Raises:
        LoaderError: a named file cannot be read, or its layout is not recognised; nothing is written.
    """
    bundled = not files
    paths = [plan.path for plan in bundled_plans()] if bundled else [Path(f) for f in files or ()]
    notify = progress or (lambda stage, path: None)
    prepared: list[_Prepared] = []
    for path in paths:
        notify("extract", path)
        document = read_document(path)
        try:
            extraction = extract(document)
        except UnknownLayoutError:
            if not bundled:
                raise
            notify("skip", path)
            prepared.append(_Prepared(PlanBuild(path, skipped="no loader for this layout yet")))
            continue
        result = PlanBuild(
            file=path,
            plan=plan_graph_iri(extraction),
            title=extraction.plan.title,
            loader=extraction.loader,
            counts=extraction_counts(extraction),
            warnings=list(extraction.warnings),
        )
        prepared.append(_Prepared(result, extraction_to_graph(extraction, document)))
    store.refresh_reference()
    for item in prepared:
        if item.triples is not None:
            notify("load", item.result.file)
            item.result.triples = store.replace_plan(item.triples.plan, item.triples.shared)
    return [item.result for item in prepared]
