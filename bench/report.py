"""Markdown tables of a scale-benchmark results file (``python bench/scale.py --report FILE``)."""

from __future__ import annotations

from typing import Any

# (row label, councilkg library figure, the same SPARQL through EmbeddedStore, raw figure, rdflib figure)
QUESTIONS: tuple[tuple[str, str, str, str, str], ...] = (
    ("owner lookup (ms)", "owner_ms", "sparql_owner_ms", "owner_ms", "owner_ms"),
    (
        "thread down from an outcome (ms)",
        "thread_ms",
        "sparql_thread_down_ms",
        "thread_down_ms",
        "thread_down_ms",
    ),
    ("comparison of two authorities (ms)", "compare_two_ms", "", "", ""),
    ("comparison, all plans (ms)", "compare_all_ms", "sparql_compare_ms", "compare_ms", "compare_ms"),
    ("gaps analysis (ms)", "gaps_ms", "sparql_gaps_ms", "gaps_ms", "gaps_ms"),
    ("gaps summary of every plan, from analytics (ms)", "gaps_summary_ms", "", "", ""),
    ("comparison, all plans, with observations (ms)", "compare_all_observed_ms", "", "", ""),
    ("whole thread graph (ms)", "thread_graph_load_ms", "", "thread_graph_ms", "thread_graph_ms"),
)

#: Issue 21's targets at 5M triples: (what, figure, unit, limit).
TARGETS: tuple[tuple[str, str, str, float], ...] = (
    ("build ≤ 2x the raw bulk load of the same quads", "build_ratio", "x", 2),
    ("owner lookup, finding the person by name included, ≤ 30 ms", "owner_ms", "ms", 30),
    ("thread under one outcome, finding it by label included, ≤ 30 ms", "thread_by_label_ms", "ms", 30),
    ("gaps of one plan ≤ 50 ms", "gaps_one_plan_ms", "ms", 50),
    ("gaps of every plan ≤ 3 s", "gaps_summary_ms", "ms", 3_000),
    ("comparison of two authorities ≤ 50 ms", "compare_two_ms", "ms", 50),
    ("comparison of every plan by indicator ≤ 2 s", "compare_all_ms", "ms", 2_000),
    ("peak RSS, build and queries, ≤ 2 GB", "peak_rss_mb", "MB", 2 * 1024),
)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _cell(value: Any, digits: int = 0) -> str:
    if isinstance(value, str):
        return value.replace("> ", "&gt; ")
    number = _number(value)
    if number is None:
        return "–"
    if digits == 0 and number < 10:
        return f"{number:.1f}"
    return f"{number:,.{digits}f}"


def _ratio(slower: Any, faster: Any) -> str:
    a, b = _number(slower), _number(faster)
    if isinstance(slower, str) and slower.startswith(">") and b:
        return f"&gt; {float(slower[1:].strip()) / b:,.0f}x"
    if a is None or b is None or b == 0:
        return "–"
    ratio = a / b
    if ratio < 1:
        return f"{ratio:.2f}x"
    return f"{ratio:,.1f}x" if ratio < 100 else f"{ratio:,.0f}x"


def size_table(size: str, figures: dict[str, Any]) -> str:
    """Return one size's table: build and each question on councilkg, raw pyoxigraph and rdflib."""
    build, bulk = figures.get("build", {}), figures.get("bulk", {})
    ours, raw, rdflib = figures.get("councilkg", {}), figures.get("raw", {}), figures.get("rdflib", {})
    triples = build.get("triples", 0)
    lines = [
        f"#### {size}: {figures.get('plans')} plans, {triples:,} triples",
        "",
        "| figure | councilkg (library) | councilkg store, same SPARQL | raw pyoxigraph "
        "| rdflib Dataset | raw ÷ councilkg | rdflib ÷ councilkg |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    rdflib_load = rdflib.get("load_s", rdflib.get("skipped", "–"))
    lines.append(
        f"| build / load (s) | {_cell(build.get('build_s'), 1)} | – | {_cell(bulk.get('bulk_load_s'), 1)} "
        f"| {_cell(rdflib_load, 1)} | {_ratio(bulk.get('bulk_load_s'), build.get('build_s'))} "
        f"| {_ratio(rdflib.get('load_s'), build.get('build_s'))} |"
    )
    memory = figures.get("build_memory", {}).get("build_memory_s")
    if memory is not None:
        lines.append(f"| build in memory (s) | {_cell(memory, 1)} | – | – | – | – | – |")
    for label, mine, same, theirs, slow in QUESTIONS:
        value = ours.get(mine)
        raw_value = raw.get(theirs) if theirs else None
        rdflib_value = rdflib.get(slow) if slow else None
        if "skipped" in rdflib and slow:
            rdflib_value = "skipped"
        lines.append(
            f"| {label} | {_cell(value)} | {_cell(ours.get(same)) if same else '–'} | {_cell(raw_value)} "
            f"| {_cell(rdflib_value)} | {_ratio(raw_value, value)} | {_ratio(rdflib_value, value)} |"
        )
    build_rss = build.get("build_rss_mb")
    built = (
        f"build {_cell(build_rss)}, export {_cell(build.get('peak_rss_mb'))}"
        if build_rss
        else (f"build and export {_cell(build.get('peak_rss_mb'))}")
    )
    lines.append(
        f"| peak RSS (MB) | {built}, queries {_cell(ours.get('peak_rss_mb'))}"
        f" | – | load {_cell(bulk.get('peak_rss_mb'))}, queries {_cell(raw.get('peak_rss_mb'))} "
        f"| {_cell(rdflib.get('peak_rss_mb'))} | – | – |"
    )
    lines.append(
        f"| store on disk (MB) | {_cell(build.get('store_mb'))} | – | {_cell(bulk.get('store_mb'))} "
        "| – | – | – |"
    )
    return "\n".join(lines)


def targets_table(figures: dict[str, Any]) -> str:
    """Return issue 21's targets against one size's figures (the 5M one), met or missed by how much."""
    build, ours = figures.get("build", {}), figures.get("councilkg", {})
    values = {
        "build_ratio": (_number(build.get("build_s")) or 0)
        / (_number(figures.get("bulk", {}).get("bulk_load_s")) or 1),
        "owner_ms": ours.get("owner_ms"),
        "thread_by_label_ms": (_number(ours.get("thread_ms")) or 0)
        + (_number(ours.get("thread_resolve_item_ms")) or 0)
        if "thread_resolve_item_ms" in ours
        else None,
        "gaps_one_plan_ms": ours.get("gaps_one_plan_ms"),
        "gaps_summary_ms": ours.get("gaps_summary_ms"),
        "compare_two_ms": ours.get("compare_two_ms"),
        "compare_all_ms": ours.get("compare_all_ms"),
        "peak_rss_mb": max(
            _number(build.get("build_rss_mb", build.get("peak_rss_mb"))) or 0,
            _number(ours.get("peak_rss_mb")) or 0,
        ),
    }
    lines = ["| target | measured | met? |", "|---|---:|---|"]
    for label, key, unit, limit in TARGETS:
        value = _number(values.get(key))
        if value is None:
            lines.append(f"| {label} | – | not measured |")
            continue
        verdict = "met" if value <= limit else f"missed, {value / limit:.1f}x over"
        lines.append(f"| {label} | {value:,.1f} {unit} | {verdict} |")
    return "\n".join(lines)


def markdown(results: dict[str, Any]) -> str:
    """Return the tables of a results file: one per size, the targets at the largest, the exponents."""
    sizes: dict[str, Any] = results.get("sizes", {})
    parts = [
        f"Measured {results.get('date')} on {results.get('machine')}; Python {results.get('python')}, "
        f"pyoxigraph {results.get('pyoxigraph')}, rdflib {results.get('rdflib')}, "
        f"networkx {results.get('networkx')}.",
    ]
    parts += [size_table(size, figures) for size, figures in sizes.items()]
    if sizes:
        largest = list(sizes)[-1]
        parts += [f"#### Targets at {largest}", targets_table(sizes[largest])]
    exponents = results.get("exponents", {})
    if exponents:
        rows = ["| figure | exponent |", "|---|---:|"]
        rows += [f"| {name} | {'–' if value is None else value} |" for name, value in exponents.items()]
        parts += ["#### Growth exponents (slope of log time against log triples)", "\n".join(rows)]
    return "\n\n".join(parts) + "\n"
