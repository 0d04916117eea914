"""Scale benchmarks: councilkg vs raw pyoxigraph vs rdflib on synthetic corpora of ~0.1M, ~1M and ~5M triples.

For each size it writes the corpus (:mod:`bench.synth`) under ``bench/corpus/<size>/``, then runs every
phase in its own process, so that each phase's peak RSS is its own:

* ``build``: ``councilkg`` :func:`~councilkg.build.plans.build` of the corpus into a fresh on-disk
  store, then the plans' analytics (:func:`~councilkg.analysis.analytics.refresh_analytics`), as
  :func:`councilkg.api.load_plans` does, in the store's ``bulk_writes()`` block (best of ``--runs``;
  ``finish_s`` is the block's end: checking the new database, its name index, putting it in place);
  the last store is kept and exported as N-Quads ("the same data").
* ``bulk``: a fresh raw ``pyoxigraph.Store(path).bulk_load`` of those N-Quads (best of ``--runs``).
* ``councilkg``: the library calls the CLI makes, on the built store opened read-only.
* ``raw``: the same questions as SPARQL on the bulk-loaded store (default graph = union of graphs).
* ``rdflib``: the same SPARQL on an rdflib ``Dataset`` (``default_union``), each query stopped after
  ``--rdflib-limit`` seconds; skipped when the load alone is predicted to pass ~10 min or ~12 GB.

Results go to ``bench/results/<date>-scale.json`` (sizes already there from the same day are kept, so
``--sizes 5m`` adds to a ``make bench`` run); ``--report FILE`` prints the Markdown tables of
``docs/performance.md`` from a results file.

Usage:
    python bench/scale.py --sizes 0.1m,1m
    python bench/scale.py --sizes 5m --runs 2
    python bench/scale.py --report bench/results/2026-11-24-scale.json
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import math
import platform
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``bench`` and ``councilkg`` importable
    sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from bench import synth  # noqa: E402
from bench.questions import THREAD_QUERIES, sparql_questions  # noqa: E402
from bench.results import results_path, write_results  # noqa: E402
from bench.synth import LOADER, SEED, SIZES, corpus_plans, write_corpus  # noqa: E402
from councilkg.ontology.vocab import PREFIXES  # noqa: E402

CORPUS = ROOT / "bench" / "corpus"
RDFLIB_LOAD_LIMIT_S = 600
RDFLIB_MEMORY_LIMIT_MB = 12 * 1024
# -- helpers ---------------------------------------------------------------------------------------


def best_of(runs: int, action: Callable[[], object]) -> float:
    """Return the fastest of ``runs`` timings of ``action``, in seconds."""
    timings = []
    for _ in range(max(1, runs)):
        gc.collect()
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def peak_rss_mb() -> float:
    """Return this process's peak resident set size so far, in MB."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def growth_exponent(points: Sequence[tuple[float, float]]) -> float | None:
    """Return the slope of a least-squares fit of log(value) against log(size), or ``None`` if unfit.

    Example:
        >>> growth_exponent([(1e5, 1.0), (1e6, 10.0), (5e6, 50.0)])
        1.0
        >>> growth_exponent([(1e5, 2.0)]) is None
        True
    """
    usable = [(math.log(x), math.log(y)) for x, y in points if x > 0 and y > 0]
    if len(usable) < 2:
        return None
    mean_x = sum(x for x, _ in usable) / len(usable)
    mean_y = sum(y for _, y in usable) / len(usable)
    spread = sum((x - mean_x) ** 2 for x, _ in usable)
    if spread == 0:
        return None
    return round(sum((x - mean_x) * (y - mean_y) for x, y in usable) / spread, 2)


def _targets(plans: int) -> dict[str, str]:
    """Return the person and the outcome the queries ask about: the first head of division of the first
    authority and its first Local Area Agreement outcome (shared by that authority's plans)."""
    from bench.synth import LAA_SCHEME
    from councilkg.ontology.mint import outcome_iri
    from councilkg.text import slugify

    first = corpus_plans(min(plans, 1))[0]
    outcome = first.laa_outcomes[0]
    return {
        "person": first.people[1],
        "person_iri": f"{PREFIXES['id']}person/{slugify(first.people[1])}",
        "outcome": outcome,
        "outcome_iri": str(outcome_iri(LAA_SCHEME[0], slugify(outcome, 60))),
    }


# -- phases (each runs in its own process) ---------------------------------------------------------


def phase_build(work: Path, manifest: Path, keep: bool) -> dict[str, Any]:
    """Build the corpus into a fresh on-disk store; when ``keep``, also export it as N-Quads."""
    from councilkg.analysis.analytics import affected_plans, refresh_analytics
    from councilkg.build.plans import build
    from councilkg.loaders.parsing.identity import read_manifest
    from councilkg.store.embedded import EmbeddedStore

    store_path = work / "councilkg-store"
    shutil.rmtree(store_path, ignore_errors=True)
    identities = dict(read_manifest(manifest))
    first_write: list[float] = []

    def progress(stage: str, _path: Path) -> None:
        if stage == "load" and not first_write:
            first_write.append(time.perf_counter())

    started = time.perf_counter()
    with EmbeddedStore.open(store_path) as store:
        # What api.load_plans runs: the build, then the analytics of every plan written, bulk-loaded
        # into a new database that replaces the (fresh) store's at the end of the block.
        with store.bulk_writes():
            results = build(store, list(identities), identities=identities, progress=progress)
            analysed = time.perf_counter()
            written = [str(result.plan) for result in results if result.plan is not None]
            refresh_analytics(store, affected_plans(store, written))
            finishing = time.perf_counter()
            analytics_s = finishing - analysed
        finish_s = time.perf_counter() - finishing
    seconds = time.perf_counter() - started
    # build() reads and extracts every file, then writes each plan: the split of its time.
    first = first_write[0] if first_write else started
    figures: dict[str, Any] = {
        "build_s": seconds,
        "read_extract_s": first - started,
        "write_s": seconds - (first - started) - analytics_s - finish_s,
        "analytics_s": analytics_s,
        "finish_s": finish_s,
        "plans": len(results),
    }
    figures["build_rss_mb"] = peak_rss_mb()  # before the export, which holds every quad sorted
    with EmbeddedStore.open(store_path, read_only=True) as store:
        figures["triples"] = store.triple_count()
        if keep:
            started = time.perf_counter()
            data = store.export("nquads")
            figures["export_s"] = time.perf_counter() - started
            (work / "corpus.nq").write_bytes(data)
            figures["quads"] = data.count(b"\n")
            del data
    figures["store_mb"] = round(_folder_size(store_path) / 2**20, 1)
    return figures


def phase_build_memory(manifest: Path) -> dict[str, Any]:
    """Build the corpus into an in-memory store."""
    from councilkg.build.plans import build
    from councilkg.loaders.parsing.identity import read_manifest
    from councilkg.store.embedded import EmbeddedStore

    identities = dict(read_manifest(manifest))
    started = time.perf_counter()
    with EmbeddedStore.open(":memory:") as store:
        build(store, list(identities), identities=identities)
        seconds = time.perf_counter() - started
    return {"build_memory_s": seconds}


def phase_bulk(work: Path) -> dict[str, Any]:
    """Bulk-load the exported N-Quads into a fresh raw pyoxigraph store."""
    store_path = work / "raw-store"
    shutil.rmtree(store_path, ignore_errors=True)
    started = time.perf_counter()
    store = ox.Store(str(store_path))
    store.bulk_load(path=str(work / "corpus.nq"), format=ox.RdfFormat.N_QUADS)
    store.flush()
    seconds = time.perf_counter() - started
    quads = len(store)
    del store
    return {"bulk_load_s": seconds, "quads": quads, "store_mb": round(_folder_size(store_path) / 2**20, 1)}


def phase_councilkg(work: Path, targets: dict[str, str], runs: int) -> dict[str, Any]:
    """Time the library calls the CLI makes (owner, thread, compare, gaps) on the built store."""
    from councilkg.analysis.compare import compare_by_indicator, select_plans
    from councilkg.analysis.gaps import find_gaps
    from councilkg.analysis.lookup import find_agents, plans_in, resolve_agent, resolve_item
    from councilkg.analysis.ownership import owner_report
    from councilkg.analysis.threads import load_thread_graph
    from councilkg.api import gaps as gaps_of
    from councilkg.api import thread as thread_of
    from councilkg.store.embedded import EmbeddedStore

    questions = sparql_questions()
    figures: dict[str, Any] = {}
    with EmbeddedStore.open(work / "councilkg-store", read_only=True) as store:
        agent = resolve_agent(store, targets["person"])
        report = owner_report(store, agent)
        figures["owner_items"] = len(report.items)
        figures["owner_ms"] = 1000 * best_of(
            runs * 3, lambda: owner_report(store, resolve_agent(store, targets["person"]))
        )
        figures["owner_report_only_ms"] = 1000 * best_of(runs * 3, lambda: owner_report(store, agent))
        figures["owner_resolve_only_ms"] = 1000 * best_of(
            runs * 3, lambda: resolve_agent(store, targets["person"])
        )
        # A surname alone names several people (10 at 1M): each is asked where it is named.
        surname = targets["person"].split()[-1]
        figures["owner_surname_matches"] = len(find_agents(store, surname))
        figures["owner_surname_ms"] = 1000 * best_of(runs, lambda: find_agents(store, surname))

        def thread() -> int:
            # `councilkg thread <outcome IRI> --down`; finding an outcome by words is timed apart.
            return _tree_size(thread_of(store, targets["outcome_iri"], up=False, include_private=True).tree)

        figures["thread_items"] = thread()
        figures["thread_ms"] = 1000 * best_of(runs, thread)
        figures["thread_resolve_item_ms"] = 1000 * best_of(
            runs, lambda: resolve_item(store, targets["outcome"])
        )
        plans = plans_in(store)
        two = sorted({p.authority for p in plans})[:2]
        # As `councilkg compare ... --by indicator` (a table: observations said as text, read from the
        # plans' analytics); with observations, as `--plot` asks.
        figures["compare_two_rows"] = len(compare_by_indicator(store, select_plans(store, two)).rows)
        figures["compare_two_ms"] = 1000 * best_of(
            runs, lambda: compare_by_indicator(store, select_plans(store, two), with_observations=False)
        )
        figures["compare_all_rows"] = len(compare_by_indicator(store, plans).rows)
        figures["compare_all_ms"] = 1000 * best_of(
            runs, lambda: compare_by_indicator(store, plans_in(store), with_observations=False)
        )
        figures["compare_all_observed_ms"] = 1000 * best_of(
            runs, lambda: compare_by_indicator(store, plans_in(store))
        )

        def gaps() -> int:
            return len(find_gaps(load_thread_graph(store)))

        figures["gaps_found"] = gaps()
        figures["gaps_ms"] = 1000 * best_of(runs, gaps)
        # `councilkg gaps --summary`: every plan's completeness and gap counts, from its analytics.
        summary = gaps_of(store, summary=True)
        figures["gaps_summary_from_analytics"] = summary.gap_counts is not None
        figures["gaps_summary_ms"] = 1000 * best_of(runs, lambda: gaps_of(store, summary=True))
        # `councilkg gaps --plan P`: one plan's gaps and completeness, its threads read alone.
        one = plans[len(plans) // 2].iri
        figures["gaps_one_plan_found"] = len(gaps_of(store, plan=one).gaps)
        figures["gaps_one_plan_ms"] = 1000 * best_of(runs, lambda: gaps_of(store, plan=one))
        figures["thread_graph_load_ms"] = 1000 * best_of(runs, lambda: load_thread_graph(store))
        # The same SPARQL text as the raw store runs, through EmbeddedStore.query: the store layout's cost.
        for name, question in questions.items():

            def run(text: str = _bound_text(name, question, targets)) -> object:
                return store.query(text)

            figures[f"sparql_{name}_ms"] = 1000 * best_of(runs, run)
    return figures


def _tree_size(node: Any) -> int:
    return 1 + sum(_tree_size(child) for child in node.children)


def _bound_text(name: str, text: str, targets: dict[str, str]) -> str:
    """Return the question's SPARQL with its parameter written in as a term, as a user would write it.

    (pyoxigraph's ``substitutions`` are joined after the query is planned, not pushed into it:
    20x slower on a 1M-triple store; rdflib's ``initBindings`` returns nothing for owned-items.)
    """
    from councilkg.queries.sparqltext import substitute

    return substitute(text, _ox_bindings(name, targets))


def _ox_bindings(name: str, targets: dict[str, str]) -> dict[str, ox.NamedNode]:
    if name == "owner":
        return {"owner": ox.NamedNode(targets["person_iri"])}
    if name == "thread_down":
        return {"outcome": ox.NamedNode(targets["outcome_iri"])}
    return {}


def phase_raw(work: Path, targets: dict[str, str], runs: int) -> dict[str, Any]:
    """Time the SPARQL questions on the bulk-loaded raw pyoxigraph store."""
    store = ox.Store.read_only(str(work / "raw-store"))
    figures: dict[str, Any] = {}
    for name, question in sparql_questions().items():

        def run(text: str = _bound_text(name, question, targets)) -> int:
            result = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
            assert isinstance(result, ox.QuerySolutions)
            return sum(1 for _ in result)

        figures[f"{name}_rows"] = run()
        figures[f"{name}_ms"] = 1000 * best_of(runs * 3 if name in {"owner", "thread_down"} else runs, run)
    figures["thread_graph_ms"] = sum(figures[f"thread_graph:{name}_ms"] for name in THREAD_QUERIES)
    return figures


class _TimeLimitError(Exception):
    pass


@contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    """Raise :class:`_TimeLimitError` in the main thread after ``seconds`` (rdflib's SPARQL is Python)."""

    def stop(_signum: int, _frame: object) -> None:
        raise _TimeLimitError

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def phase_rdflib(work: Path, targets: dict[str, str], runs: int, limit: int) -> dict[str, Any]:
    """Load the N-Quads into an rdflib Dataset and time each SPARQL question, stopping each at ``limit`` s."""
    from rdflib import Dataset

    header = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())
    dataset = Dataset(default_union=True)
    started = time.perf_counter()
    dataset.parse(str(work / "corpus.nq"), format="nquads")
    figures: dict[str, Any] = {"load_s": time.perf_counter() - started, "load_rss_mb": peak_rss_mb()}
    for name, question in sparql_questions().items():
        text = _bound_text(name, question, targets)
        timings: list[float] = []
        for _ in range(max(1, runs)):
            started = time.perf_counter()
            try:
                with _time_limit(limit):
                    rows = sum(1 for _ in dataset.query(header + text))
            except _TimeLimitError:
                figures[f"{name}_ms"] = f"> {limit * 1000}"
                break
            timings.append(time.perf_counter() - started)
            figures[f"{name}_rows"] = rows
            if timings[-1] > 5:  # slow enough that one run is the measurement
                break
        if timings:
            figures[f"{name}_ms"] = 1000 * min(timings)
    thread_parts = [figures[f"thread_graph:{name}_ms"] for name in THREAD_QUERIES]
    figures["thread_graph_ms"] = (
        sum(thread_parts) if all(isinstance(p, float) for p in thread_parts) else f"> {limit * 1000}"
    )
    return figures


def _folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


PHASES: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "build": lambda a: phase_build(a.work, a.manifest, a.keep),
    "build-memory": lambda a: phase_build_memory(a.manifest),
    "bulk": lambda a: phase_bulk(a.work),
    "councilkg": lambda a: phase_councilkg(a.work, json.loads(a.targets), a.runs),
    "raw": lambda a: phase_raw(a.work, json.loads(a.targets), a.runs),
    "rdflib": lambda a: phase_rdflib(a.work, json.loads(a.targets), a.runs, a.rdflib_limit),
}


# -- the driver --------------------------------------------------------------------------------------


def run_phase(
    phase: str, size_dir: Path, extra: Sequence[str] = (), timeout: float | None = None
) -> dict[str, Any]:
    """Run one phase in a child process and return its figures (with its peak RSS in MB).

    A phase that fails or runs over ``timeout`` seconds gives ``{"error": ...}`` instead.
    """
    command = [sys.executable, __file__, "--phase", phase, "--work", str(size_dir), *extra]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:.0f} s"}
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"error": f"exit {done.returncode}: {tail[0]}"}
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall_s"] = round(time.perf_counter() - started, 1)
    return figures


ALL_PHASES = ("build", "build-memory", "bulk", "councilkg", "raw", "rdflib")


def prepare_corpus(size: str) -> Path:
    """Write the corpus of ``size`` under ``bench/corpus/<size>/corpus`` unless it is there; returns the
    manifest's path."""
    folder = CORPUS / size / "corpus"
    stamp = folder / "stamp.json"
    generator = hashlib.sha256(Path(synth.__file__).read_bytes()).hexdigest()
    wanted = {"plans": SIZES[size], "seed": SEED, "loader": LOADER, "generator": generator}
    if not stamp.exists() or json.loads(stamp.read_text()) != wanted:
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(folder, SIZES[size])
        stamp.write_text(json.dumps(wanted))
    return folder / "manifest.json"


def measure_size(
    size: str,
    runs: int,
    rdflib_limit: int,
    rdflib_hint: dict[str, Any] | None,
    phases: Sequence[str] = ALL_PHASES,
    earlier: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Generate (if needed) and measure one corpus size; returns its figures, over ``earlier`` ones.

    A query phase needs the stores of an earlier build and bulk phase of the same size.
    """
    plans = SIZES[size]
    folder = CORPUS / size
    manifest = prepare_corpus(size)
    targets = json.dumps(_targets(plans))
    common = ["--manifest", str(manifest), "--targets", targets, "--runs", str(runs)]
    log = _logger(size)
    result: dict[str, Any] = {**(earlier or {}), "plans": plans}
    if "build" in phases:
        builds = []
        for run in range(runs):
            log(f"build {run + 1}/{runs}")
            builds.append(run_phase("build", folder, [*common, *(["--keep"] if run == runs - 1 else [])]))
        result["build"] = _best(builds, "build_s")
    if "build-memory" in phases:
        log("in-memory build")
        result["build_memory"] = run_phase("build-memory", folder, common)
    if "bulk" in phases:
        log("bulk load")
        result["bulk"] = _best([run_phase("bulk", folder, common) for _ in range(runs)], "bulk_load_s")
    if "councilkg" in phases:
        log("councilkg queries")
        result["councilkg"] = run_phase("councilkg", folder, common)
    if "raw" in phases:
        log("raw pyoxigraph queries")
        result["raw"] = run_phase("raw", folder, common)
    if "rdflib" in phases:
        triples = result.get("build", {}).get("quads") or result.get("build", {}).get("triples", 0)
        skip = _rdflib_skip(triples, rdflib_hint)
        if skip:
            result["rdflib"] = {"skipped": skip}
        else:
            log("rdflib")
            queries = len(sparql_questions())
            result["rdflib"] = run_phase(
                "rdflib",
                folder,
                [*common, "--rdflib-limit", str(rdflib_limit)],
                timeout=RDFLIB_LOAD_LIMIT_S + queries * rdflib_limit * 1.2 + 60,
            )
    log("done")
    return result


def _best(runs: list[dict[str, Any]], key: str) -> dict[str, Any]:
    """Return the figures of the fastest run, with every run's time and the largest peak RSS."""
    good = [r for r in runs if key in r]
    if not good:
        return runs[-1]
    best = dict(min(good, key=lambda r: r[key]))
    best.update({k: v for k, v in good[-1].items() if k not in best})  # the export of the kept run
    best[f"{key}_all"] = [round(r[key], 2) for r in good]
    best["peak_rss_mb"] = max(r["peak_rss_mb"] for r in good)
    best["peak_rss_mb_all"] = [r["peak_rss_mb"] for r in good]
    return best


def _rdflib_skip(triples: int, hint: dict[str, Any] | None) -> str | None:
    """Return why rdflib is skipped at this size (its load predicted from a smaller size), or ``None``."""
    if not hint or "load_s" not in hint:
        return None
    scale = triples / hint["triples"]
    seconds, megabytes = hint["load_s"] * scale, hint["load_rss_mb"] * scale
    if seconds > RDFLIB_LOAD_LIMIT_S or megabytes > RDFLIB_MEMORY_LIMIT_MB:
        return (
            f"load predicted from {hint['size']} at {seconds:.0f} s and {megabytes / 1024:.1f} GB "
            f"(limits {RDFLIB_LOAD_LIMIT_S} s, {RDFLIB_MEMORY_LIMIT_MB / 1024:.0f} GB)"
        )
    return None


def _logger(size: str) -> Callable[[str], None]:
    started = time.perf_counter()
    return lambda what: print(f"[{time.perf_counter() - started:7.1f} s] {size}: {what}", file=sys.stderr)


def summarise(sizes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Return the growth exponent of each figure over the sizes measured (log-log fit against triples)."""
    figures = {
        "build_s": ("build", "build_s"),
        "bulk_load_s": ("bulk", "bulk_load_s"),
        "build_peak_rss_mb": ("build", "peak_rss_mb"),
        "councilkg_owner_ms": ("councilkg", "owner_ms"),
        "councilkg_thread_ms": ("councilkg", "thread_ms"),
        "councilkg_compare_two_ms": ("councilkg", "compare_two_ms"),
        "councilkg_compare_all_ms": ("councilkg", "compare_all_ms"),
        "councilkg_gaps_ms": ("councilkg", "gaps_ms"),
        "councilkg_gaps_summary_ms": ("councilkg", "gaps_summary_ms"),
        "councilkg_gaps_one_plan_ms": ("councilkg", "gaps_one_plan_ms"),
        "councilkg_owner_resolve_ms": ("councilkg", "owner_resolve_only_ms"),
        "councilkg_queries_peak_rss_mb": ("councilkg", "peak_rss_mb"),
        "raw_owner_ms": ("raw", "owner_ms"),
        "raw_thread_down_ms": ("raw", "thread_down_ms"),
        "raw_compare_ms": ("raw", "compare_ms"),
        "raw_gaps_ms": ("raw", "gaps_ms"),
        "rdflib_load_s": ("rdflib", "load_s"),
        "rdflib_owner_ms": ("rdflib", "owner_ms"),
        "rdflib_thread_down_ms": ("rdflib", "thread_down_ms"),
    }
    exponents: dict[str, float | None] = {}
    for name, (phase, key) in figures.items():
        points = [
            (float(s["build"]["triples"]), float(s[phase][key]))
            for s in sizes.values()
            if isinstance(s.get(phase, {}).get(key), int | float) and "triples" in s.get("build", {})
        ]
        exponents[name] = growth_exponent(points)
    return exponents


def main(argv: Sequence[str] | None = None) -> int:
    """Run the scale benchmarks (or one phase, or print the report); returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="0.1m,1m", help=f"comma-separated, of {', '.join(SIZES)}")
    parser.add_argument("--runs", type=int, default=3, help="timings per figure (the best is kept)")
    parser.add_argument(
        "--rdflib-limit", type=int, default=120, help="seconds before an rdflib query is stopped"
    )
    parser.add_argument(
        "--phases", default=",".join(ALL_PHASES), help="comma-separated phases to run (default: all)"
    )
    parser.add_argument("--report", type=Path, help="print the Markdown tables of a results file and stop")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--manifest", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--targets", default="{}", help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        figures = PHASES[args.phase](args)
        figures["peak_rss_mb"] = peak_rss_mb()
        print(json.dumps(figures))
        return 0
    if args.report:
        from bench.report import markdown

        print(markdown(json.loads(args.report.read_text(encoding="utf-8"))))
        return 0
    wanted = [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in SIZES]
    if unknown:
        parser.error(f"unknown size {unknown[0]!r}; choose from {', '.join(SIZES)}")
    out = results_path("scale")
    results: dict[str, Any] = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    results.update(_environment(args))
    sizes: dict[str, Any] = results.setdefault("sizes", {})
    for size in sorted(wanted, key=lambda s: SIZES[s]):
        hint = _smaller_rdflib(sizes, size)
        phases = [p.strip() for p in args.phases.split(",") if p.strip()]
        sizes[size] = measure_size(size, args.runs, args.rdflib_limit, hint, phases, sizes.get(size))
        sizes[size]["runs"] = args.runs
        # Another run may have written other sizes meanwhile: keep them, replace this one.
        latest = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
        merged = {**latest.get("sizes", {}), size: sizes[size]}
        results["sizes"] = sizes = dict(sorted(merged.items(), key=lambda kv: SIZES[kv[0]]))
        results["exponents"] = summarise(sizes)
        write_results(results, out)
    print(f"wrote {out}")
    return 0


def _smaller_rdflib(sizes: dict[str, Any], size: str) -> dict[str, Any] | None:
    """Return the rdflib load figures of the largest smaller size measured, to predict this one's."""
    smaller = [s for s in sizes if SIZES.get(s, 0) < SIZES[size] and "load_s" in sizes[s].get("rdflib", {})]
    if not smaller:
        return None
    biggest = max(smaller, key=lambda s: SIZES[s])
    rdflib = sizes[biggest]["rdflib"]
    return {
        "size": biggest,
        "triples": sizes[biggest]["build"].get("quads") or sizes[biggest]["build"]["triples"],
        "load_s": rdflib["load_s"],
        "load_rss_mb": rdflib["load_rss_mb"],
    }


def _environment(args: argparse.Namespace) -> dict[str, Any]:
    import networkx
    import rdflib

    cpus = _cpu_model()
    return {
        "date": date.today().isoformat(),
        "python": platform.python_version(),
        "pyoxigraph": getattr(ox, "__version__", "unknown"),
        "rdflib": rdflib.__version__,
        "networkx": networkx.__version__,
        "machine": f"{platform.machine()}, {cpus}",
        "rdflib_limit_s": args.rdflib_limit,
    }


def _cpu_model() -> str:
    import os

    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8")
        model = next(
            line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("model name")
        )
    except (OSError, StopIteration):
        model = platform.processor() or "unknown CPU"
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores, {model}, {memory:.0f} GB RAM"


if __name__ == "__main__":
    raise SystemExit(main())
