"""How the reading holds when the same plan is printed another way: the reprint benchmark.

For every released document of the wild corpus with expected items (its split not in
:data:`bench.wild.HELD_OUT`; the engine never reads a held-out document here), each reprint of
:data:`bench.reprints.REPRINTS` is applied alone — other bullet glyphs, blank lines between items or
none, tabs, capitals, line ends, prose wrapped at 100, 80 or 60 columns — and the reprint is read as
``councilkg load`` reads it. An item of the reprint's reading is the same as one of the original's
when their kinds and their labels' words agree and it starts on a line the original's line went to;
the others are lost (read from the original only) or gained (from the reprint only). A reprint that
leaves a document's text as it was is not counted for it.

Prints a line a reprint and writes ``bench/results/<date>-reprint.json`` (``--no-write`` skips it).
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))

from bench import wild  # noqa: E402
from bench.reprints import REPRINTS, Span  # noqa: E402
from bench.results import results_path, write_results  # noqa: E402


@dataclasses.dataclass
class Comparison:
    """One document's reading after a reprint against its reading before: items same, lost, gained."""

    stem: str
    same: int
    lost: list[wild.Item]
    gained: list[wild.Item]
    matched_before: int
    matched_after: int


def label_words(label: str) -> str:
    """Return a label's words, lower-cased and single-spaced: what two readings' labels are compared by.

    Example:
        >>> label_words("BE  HEALTHY:")
        'be healthy'
    """
    return " ".join(re.findall(r"[a-z0-9]+", label.casefold()))


def compare(
    before: Sequence[wild.Item], after: Sequence[wild.Item], spans: Sequence[Span]
) -> tuple[int, list[wild.Item], list[wild.Item]]:
    """Return the items read the same, those lost and those gained, reading ``after`` a reprint whose
    original line i went to the reprint's lines ``spans[i]`` (0-based; items' lines are 1-based)."""
    waiting: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for j, item in enumerate(after):
        waiting[(item.kind, label_words(item.label))].append((item.line or 0, j))
    taken: set[int] = set()
    lost = []
    for item in before:
        line = item.line or 0
        first, last = (
            (spans[line - 1][0] + 1, spans[line - 1][1] + 1) if 1 <= line <= len(spans) else (line, line)
        )
        found = next(
            (
                j
                for at, j in waiting[(item.kind, label_words(item.label))]
                if first <= at <= last and j not in taken
            ),
            None,
        )
        if found is None:
            lost.append(item)
        else:
            taken.add(found)
    gained = [item for j, item in enumerate(after) if j not in taken]
    return len(taken), lost, gained


def released_documents() -> list[wild.WildDocument]:
    """Return the corpus's documents outside the held-out sets that list expected items."""
    return [doc for doc in wild.read_corpus() if doc.split not in wild.HELD_OUT and doc.expected]


def measure(
    name: str, documents: Sequence[wild.WildDocument], readings: dict[str, list[wild.Item]]
) -> list[Comparison]:
    """Return, for each document the reprint ``name`` changes, its reading compared with ``readings``'."""
    reprint = REPRINTS[name]
    found = []
    for doc in documents:
        lines = doc.text.split("\n")
        printed, spans = reprint(lines)
        if printed == lines:
            continue
        after, _ = wild.extracted_items(dataclasses.replace(doc, text="\n".join(printed)))
        before = readings[doc.stem]
        same, lost, gained = compare(before, after, spans)
        found.append(
            Comparison(
                doc.stem,
                same,
                lost,
                gained,
                len(wild.match_items(doc.expected, before)),
                len(wild.match_items(doc.expected, after)),
            )
        )
    return found


def totals(comparisons: Sequence[Comparison]) -> dict[str, int]:
    """Return a reprint's figures over the documents it changed: documents, those read otherwise, items
    read before, same, lost and gained, and the expected items matched before and after."""
    return {
        "documents": len(comparisons),
        "read_otherwise": sum(1 for c in comparisons if c.lost or c.gained),
        "items": sum(c.same + len(c.lost) for c in comparisons),
        "same": sum(c.same for c in comparisons),
        "lost": sum(len(c.lost) for c in comparisons),
        "gained": sum(len(c.gained) for c in comparisons),
        "matched_before": sum(c.matched_before for c in comparisons),
        "matched_after": sum(c.matched_after for c in comparisons),
    }


def table_line(name: str, figures: dict[str, int]) -> str:
    """Return a reprint's figures as one line of the printed table."""
    return (
        f"{name:15} {figures['documents']:5} {figures['read_otherwise']:5} {figures['items']:6} "
        f"{figures['same']:6} {figures['lost']:5} {figures['gained']:6}   "
        f"{figures['matched_before']:5} -> {figures['matched_after']}"
    )


TABLE_HEAD = (
    f"{'reprint':15} {'docs':>5} {'other':>5} {'items':>6} {'same':>6} {'lost':>5} {'gained':>6}   matched"
)


def _item(item: wild.Item) -> dict[str, object]:
    return {"kind": item.kind, "label": item.label, "line": item.line}


def main(argv: Sequence[str] | None = None) -> int:
    """Measure each reprint over the released documents, print the table, write the results; returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reprints", nargs="*", metavar="REPRINT", help="Only these reprints (default: all)")
    parser.add_argument("--no-write", action="store_true", help="Do not write bench/results/")
    args = parser.parse_args(argv)
    unknown = [name for name in args.reprints if name not in REPRINTS]
    if unknown:
        parser.error(f"unknown reprint {unknown[0]!r}; known: {', '.join(REPRINTS)}")
    started = time.perf_counter()
    documents = released_documents()
    readings = {doc.stem: wild.extracted_items(doc)[0] for doc in documents}
    print(f"{len(documents)} released documents with expected items")
    print(TABLE_HEAD)
    summary: dict[str, dict[str, int]] = {}
    changed: dict[str, list[dict[str, object]]] = {}
    for name in args.reprints or list(REPRINTS):
        comparisons = measure(name, documents, readings)
        summary[name] = totals(comparisons)
        changed[name] = [
            {"stem": c.stem, "lost": [_item(i) for i in c.lost], "gained": [_item(i) for i in c.gained]}
            for c in comparisons
            if c.lost or c.gained
        ]
        print(table_line(name, summary[name]), flush=True)
    seconds = round(time.perf_counter() - started, 1)
    print(f"{seconds} s")
    if not args.no_write:
        out = write_results(
            {"documents": len(documents), "seconds": seconds, "summary": summary, "read_otherwise": changed},
            results_path("reprint"),
            indent=1,
        )
        print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
