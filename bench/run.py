"""Measure councilkg on the bundled corpus: build throughput, query latency, export, peak memory.

Writes ``bench/results/<date>.json``. Each figure is the best of several runs. This run covers the
real plans; ``bench/scale.py`` measures synthetic corpora of ~0.1M, ~1M and ~5M triples against raw
pyoxigraph and rdflib (``make bench`` runs both).
"""

from __future__ import annotations

import json
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pyoxigraph as ox

from councilkg.analysis.compare import compare_by_indicator, compare_by_outcome, compare_by_theme
from councilkg.analysis.gaps import find_gaps, mark_gaps
from councilkg.analysis.indicators import indicator_series
from councilkg.analysis.lookup import find_items, plans_in, resolve_agent, resolve_item
from councilkg.analysis.matches import suggest_matches
from councilkg.analysis.ownership import item_owners, owner_loads, owner_report
from councilkg.analysis.similarity import plan_similarity
from councilkg.analysis.threads import load_thread_graph, thread_tree
from councilkg.build.appraisals import load_appraisals
from councilkg.build.plans import build
from councilkg.data import bundled_plans, example_appraisals
from councilkg.documents.extract import extract_text
from councilkg.ontology.mint import national_indicator_iri
from councilkg.queries import named_queries
from councilkg.store.embedded import EmbeddedStore
from councilkg.views.network import render_html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.results import results_path, write_results  # noqa: E402
from tests import render_plan  # noqa: E402  (the tests' renderer of plans as PDF, Word and HTML)

RUNS = 5


def best_of(runs: int, action: Callable[[], object]) -> float:
    """Return the fastest of ``runs`` timings of ``action``, in seconds."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def _ownership_and_threads(store: EmbeddedStore) -> dict[str, float]:
    """Return timings (ms) of the planners' commands' library calls on a built store."""
    figures: dict[str, float] = {}
    alex = resolve_agent(store, "Alex Kubeyinje")
    figures["owner_lookup_and_report_ms"] = 1000 * best_of(
        RUNS * 4, lambda: owner_report(store, resolve_agent(store, "Alex Kubeyinje"))
    )
    figures["owner_report_ms"] = 1000 * best_of(RUNS * 4, lambda: owner_report(store, alex))
    figures["who_owns_ms"] = 1000 * best_of(
        RUNS * 4, lambda: [item_owners(store, i) for i in find_items(store, "teenage pregnancy")]
    )
    figures["owners_load_ms"] = 1000 * best_of(RUNS * 4, lambda: owner_loads(store))
    figures["thread_graph_load_ms"] = 1000 * best_of(RUNS, lambda: load_thread_graph(store))
    graph = load_thread_graph(store)
    figures["thread_graph_nodes"] = graph.number_of_nodes()
    figures["thread_graph_edges"] = graph.number_of_edges()
    figures["gaps_ms"] = 1000 * best_of(RUNS, lambda: find_gaps(graph))
    mark_gaps(graph, find_gaps(graph))
    csob05 = resolve_item(store, "CSOB05").iri
    figures["thread_tree_down_ms"] = 1000 * best_of(RUNS * 4, lambda: thread_tree(graph, csob05, "down"))
    figures["view_whole_store_ms"] = 1000 * best_of(RUNS, lambda: render_html(graph, "all"))
    return figures


def _comparisons(store: EmbeddedStore) -> dict[str, float]:
    """Return timings (ms) of the researchers' commands' library calls on a built store."""
    plans = plans_in(store)
    ni65 = str(national_indicator_iri("ni", "65"))
    return {
        "indicator_ni65_ms": 1000 * best_of(RUNS * 2, lambda: indicator_series(store, ni65)),
        "compare_outcome_ms": 1000 * best_of(RUNS * 2, lambda: compare_by_outcome(store, plans)),
        "compare_theme_ms": 1000 * best_of(RUNS * 2, lambda: compare_by_theme(store, plans)),
        "compare_indicator_ms": 1000 * best_of(RUNS * 2, lambda: compare_by_indicator(store, plans)),
        "similarity_theme_ms": 1000 * best_of(RUNS * 2, lambda: plan_similarity(store, plans, "theme")),
        "similarity_indicator_ms": 1000
        * best_of(RUNS * 2, lambda: plan_similarity(store, plans, "indicator")),
        "suggest_matches_ms": 1000 * best_of(RUNS, lambda: suggest_matches(store)),
    }


def _extraction(folder: Path) -> dict[str, object]:
    """Return the time to extract each bundled plan rendered as PDF, Word and HTML (the tests' renderer),
    with the PDF's pages; and the time to build the plans from their PDFs into a store."""
    figures: dict[str, object] = {}
    renderers = {
        "pdf": render_plan.render_pdf,
        "docx": render_plan.render_docx,
        "html": render_plan.render_html,
    }
    pdfs: list[Path] = []
    pages = 0
    for plan in bundled_plans():
        text = plan.path.read_text(encoding="utf-8")
        for kind, render in renderers.items():
            path = render(text, folder / f"{plan.path.stem}.{kind}")
            extracted = extract_text(path)
            figures[f"extract_{kind}_{plan.path.stem}_s"] = best_of(3, lambda p=path: extract_text(p))
            if kind == "pdf":
                pdfs.append(path)
                pages += extracted.pages or 0
                figures[f"extract_pdf_{plan.path.stem}_pages"] = extracted.pages
    pdf_seconds = sum(v for k, v in figures.items() if k.startswith("extract_pdf_") and k.endswith("_s"))
    figures["extract_pdf_s_per_page"] = round(pdf_seconds / pages, 4)  # type: ignore[operator]
    with EmbeddedStore.open(":memory:") as store:
        figures["build_from_pdfs_s"] = best_of(1, lambda: build(store, pdfs))
    return figures


def main() -> int:
    """Run the benchmarks, print and save them; returns the exit code."""
    figures: dict[str, object] = {
        "date": date.today().isoformat(),
        "python": platform.python_version(),
        "pyoxigraph": ox.__version__ if hasattr(ox, "__version__") else "unknown",
        "machine": platform.machine(),
        "runs": RUNS,
    }
    with EmbeddedStore.open(":memory:") as store:
        figures["build_memory_s"] = best_of(RUNS, lambda: build(store))
        triples = store.triple_count()
        figures["triples"] = triples
        queries = named_queries()
        owner = {"owner": ox.NamedNode("https://w3id.org/councilkg/id/person/alex-kubeyinje")}
        figures["query_owned_items_ms"] = 1000 * best_of(
            RUNS * 4, lambda: store.query(queries["owned-items"].text, owner)
        )
        figures["query_indicator_values_ms"] = 1000 * best_of(
            RUNS * 4, lambda: store.query(queries["indicator-values"].text)
        )
        figures["query_risks_by_rating_ms"] = 1000 * best_of(
            RUNS * 4, lambda: store.query(queries["risks-by-rating"].text)
        )
        figures["export_nquads_ms"] = 1000 * best_of(RUNS, lambda: store.export("nquads"))
        load_appraisals(store, example_appraisals())
        figures.update(_ownership_and_threads(store))
        figures.update(_comparisons(store))
    with tempfile.TemporaryDirectory() as folder, EmbeddedStore.open(Path(folder) / "store") as disk:
        figures["build_disk_s"] = best_of(RUNS, lambda: build(disk))
    with tempfile.TemporaryDirectory() as folder:
        figures.update(_extraction(Path(folder)))
    figures["triples_per_s_memory"] = round(triples / figures["build_memory_s"])  # type: ignore[operator]
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out = write_results(figures, results_path())
    json.dump(figures, sys.stdout, indent=2)
    print(f"\nwrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
