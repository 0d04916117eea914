"""First contact: each rule's precision on plans the engine had not yet been developed on.

``bench/wild.py --rules`` measures a rule on the released documents, the ones it was fitted to. This
measures it where it first met them: for each released held-out set S (``holdout`` to ``holdout28``)
the engine is taken as it was at the last commit before S was released to development (the parent
of the first commit whose ``bench/wild.py`` no longer holds S out), checked out in a temporary
worktree and run, in its own process (:mod:`bench.firstcontact_worker`), on S's documents only.
Its items are matched with today's labels and today's matcher (:func:`bench.wild.match_items`).

Counts are summed over the sets per rule (old rule names mapped to today's, :data:`RENAMED`) and per
confidence. Writes ``bench/results/<date>-first-contact.json`` and, with ``--write-table``, the
confidence table the engine applies (``councilkg/data/rule_confidence.json``): each rule measured on
at least :data:`MIN_ITEMS` items of :data:`MIN_DOCUMENTS` documents on first contact gets its
first-contact precision.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``bench`` and ``councilkg`` importable
    sys.path.insert(0, str(ROOT))

from bench.results import results_path, write_results  # noqa: E402
from bench.wild import (  # noqa: E402
    HELD_OUT,
    Item,
    WildDocument,
    extracted_items,
    match_items,
    read_corpus,
    verdict,
)

WORKER = Path(__file__).resolve().parent / "firstcontact_worker.py"
TABLE = ROOT / "councilkg" / "data" / "rule_confidence.json"
#: The released sets measured, in the order they were held out.
SETS = ("holdout", *(f"holdout{n}" for n in range(2, 29)))
#: Fewer first-contact items than this and a rule keeps its hand-set confidence: with 10 items a
#: precision's standard error is at most 0.16 (at 0.5), below it the figure is mostly noise.
MIN_ITEMS = 10
#: Nor from fewer documents than this: a document's items are read by the rule together, right or
#: wrong together (22 cells of two pages taken for tables are one mistake twice, not 22).
MIN_DOCUMENTS = 3
#: A rule this precise or less on first contact is a low rule for the refusal considered in
#: :func:`refusal_trade` (more of its items wrong than right).
LOW_PRECISION = 0.5
#: Old rule names and today's name of the same rule (renamed without changing what it reads; the
#: commit that renamed it is named beside each).
RENAMED: dict[str, str] = {}


@dataclass(frozen=True)
class ReleasePoint:
    """Where a held-out set met the engine: the commit that released it and the engine before it."""

    split: str
    release: str  # the first commit whose bench/wild.py no longer holds the set out
    engine: str  # its parent: the last commit at which the set was still held out


def held_out_in(source: str) -> frozenset[str]:
    """Return the sets a version of ``bench/wild.py`` holds out: its ``HELD_OUT``, or, before that
    constant existed, the sets its docstring calls held out (the first version: ``holdout``).

    Example:
        >>> sorted(held_out_in('HELD_OUT = frozenset({"holdout9", "holdout10"})'))
        ['holdout10', 'holdout9']
        >>> sorted(held_out_in('HELD_OUT = frozenset(\\n    {\\n        "holdout20",\\n    }\\n)'))
        ['holdout20']
        >>> sorted(held_out_in("the held-out sets (``holdout6`` and ``holdout7``; the first five"))
        ['holdout6', 'holdout7']
    """
    constant = re.search(r"^HELD_OUT = frozenset\(\s*\{([^}]*)\}\s*\)", source, re.M)
    if constant:
        return frozenset(re.findall(r'"(holdout\d*)"', constant.group(1)))
    named = re.search(r"held-out sets? \(((?:``holdout\d*``(?:,|,? and)?\s*)+)", source)
    if named:
        return frozenset(re.findall(r"``(holdout\d*)``", named.group(1)))
    return frozenset({"holdout"}) if "holdout" in source else frozenset()


def _git(*args: str, stdin: str | None = None) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], input=stdin, capture_output=True, text=True, check=True
    ).stdout


def release_points(sets: Iterable[str] = SETS, branch: str = "main") -> dict[str, ReleasePoint]:
    """Return, for each set, the first commit of ``branch``'s history that released it and its parent.

    A commit releases a set when its first parent's ``bench/wild.py`` holds the set out and its own
    does not (while still listing it); of several (branches released it twice), the oldest counts.
    """
    commits = [
        line.split()
        for line in _git("rev-list", "--reverse", "--topo-order", "--parents", branch).splitlines()
    ]
    blobs = _git("cat-file", "--batch-check", stdin="".join(f"{c[0]}:bench/wild.py\n" for c in commits))
    blob_of = {
        c[0]: "" if line.endswith("missing") else line.split()[0]
        for c, line in zip(commits, blobs.splitlines(), strict=True)
    }
    held: dict[str, frozenset[str]] = {}
    listed: dict[str, str] = {}

    def held_at(commit: str) -> frozenset[str]:
        blob = blob_of[commit]
        if blob not in held:
            source = _git("cat-file", "-p", blob) if blob else ""
            held[blob], listed[blob] = held_out_in(source), source
        return held[blob]

    wanted = set(sets)
    points: dict[str, ReleasePoint] = {}
    for commit, *parents in commits:
        if not parents:
            continue
        before, now = held_at(parents[0]), held_at(commit)
        for split in sorted((before - now) & wanted - set(points)):
            if f'"{split}"' in listed[blob_of[commit]] or f"``{split}``" in listed[blob_of[commit]]:
                points[split] = ReleasePoint(split, commit, parents[0])
    return points


def run_engine(commit: str, documents: Sequence[WildDocument]) -> list[dict[str, Any]]:
    """Return what the engine at ``commit`` reads from ``documents`` (see :mod:`bench.firstcontact_worker`),
    run in its own process from a temporary worktree that is removed afterwards."""
    folder = Path(tempfile.gettempdir()) / f"fc-{commit[:10]}"
    _git("worktree", "add", "-f", "--detach", str(folder), commit)
    try:
        payload = json.dumps([{"stem": d.stem, "text": d.text} for d in documents])
        done = subprocess.run(
            [sys.executable, str(WORKER)],
            input=payload,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"},
            cwd=folder,
        )
        answer = json.loads(done.stdout)
        if not str(answer["package"]).startswith(str(folder)):  # another councilkg would answer
            raise RuntimeError(f"the worker read with {answer['package']}, not the checkout at {folder}")
        documents_read: list[dict[str, Any]] = answer["documents"]
        return documents_read
    finally:
        _git("worktree", "remove", "--force", str(folder))
        shutil.rmtree(folder, ignore_errors=True)


def to_items(rows: Sequence[Sequence[Any]]) -> list[Item]:
    """Return the worker's item rows as :class:`bench.wild.Item`, old rule names mapped to today's."""
    return [
        Item(k, label, ref, line, RENAMED.get(rule, rule), conf) for k, label, ref, line, rule, conf in rows
    ]


def matched_flags(document: WildDocument, items: Sequence[Item]) -> list[bool]:
    """Return, for each item read from ``document``, whether it matches one of today's labels."""
    matched = {j for _, j in match_items(document.expected, items)}
    return [j in matched for j in range(len(items))]


Counts = dict[str, list[int]]  # name -> [matched, read, documents]


def tally(read: Iterable[tuple[Sequence[Item], Sequence[bool]]]) -> tuple[Counts, Counts]:
    """Return per rule and per confidence the [matched, read, documents] counts over documents' items
    and flags (each pair one document's).

    Example:
        >>> items = [Item("a", "a", rule="r", confidence=0.6), Item("a", "b", rule="r", confidence=0.9)]
        >>> tally([(items, [True, False])])
        ({'r': [1, 2, 1]}, {'0.60': [1, 1, 1], '0.90': [0, 1, 1]})
    """
    rules: Counts = {}
    confidences: Counts = {}
    for items, flags in read:
        seen: set[tuple[int, str]] = set()
        for item, right in zip(items, flags, strict=True):
            for place, (counts, key) in enumerate(
                (
                    (rules, item.rule or "(no rule)"),
                    (confidences, f"{item.confidence:.2f}" if item.confidence is not None else "(none)"),
                )
            ):
                entry = counts.setdefault(key, [0, 0, 0])
                entry[0] += right
                entry[1] += 1
                if (place, key) not in seen:
                    seen.add((place, key))
                    entry[2] += 1
    return rules, confidences


def calibration(
    rules: Mapping[str, Sequence[int]], min_items: int = MIN_ITEMS, min_documents: int = MIN_DOCUMENTS
) -> dict[str, dict[str, Any]]:
    """Return each rule's confidence: its first-contact precision, with its counts, for the rules
    read at least ``min_items`` times in ``min_documents`` documents on first contact (the others keep
    their module's).

    The precision is taken as (right + 1) / (read + 2) (Laplace's rule of succession), to two places:
    a rule right 11 times in 11 is likely, not certain, to be right the twelfth time.

    Example:
        >>> table = calibration({"a": [9, 12, 5], "b": [3, 4, 2], "c": [11, 11, 4], "d": [0, 22, 2],
        ...                      "(no rule)": [1, 20, 9]})
        >>> table["a"], table["c"]["confidence"], sorted(table)
        ({'confidence': 0.71, 'matched': 9, 'read': 12, 'documents': 5}, 0.92, ['a', 'c'])
    """
    return {
        rule: {
            "confidence": round((hits + 1) / (read + 2), 2),
            "matched": hits,
            "read": read,
            "documents": documents,
        }
        for rule, (hits, read, documents) in sorted(rules.items())
        if read >= min_items and documents >= min_documents and not rule.startswith("(")
    }


def is_read(expected: int, flags: Sequence[bool]) -> bool:
    """True when a document counts as read (``bench/wild.py``'s floors) given its expected items and
    which of the items read match one.

    Example:
        >>> is_read(2, [True, True, False]), is_read(0, []), is_read(0, [False])
        (False, True, False)
    """
    return verdict(expected, len(flags), sum(flags))[2]


def refusal_trade(
    read: Iterable[tuple[WildDocument, Sequence[Item], Sequence[bool]]], low: Iterable[str]
) -> dict[str, int]:
    """Return what refusing each plan whose every item comes from a ``low`` rule would do: documents
    refused, of them negatives (no expected item: refusing them is right), documents read before and
    lost, and the right and wrong items dropped.

    Example:
        >>> doc = WildDocument("d", {}, "", "dev", [], [])
        >>> refusal_trade([(doc, [Item("action", "x", rule="r")], [False])], {"r"})
        {'documents': 1, 'negatives': 1, 'read_lost': 0, 'right_dropped': 0, 'wrong_dropped': 1}
    """
    low_rules = set(low)
    trade = {"documents": 0, "negatives": 0, "read_lost": 0, "right_dropped": 0, "wrong_dropped": 0}
    for document, items, flags in read:
        if not items or any(item.rule not in low_rules for item in items):
            continue
        trade["documents"] += 1
        trade["negatives"] += not document.expected
        trade["read_lost"] += is_read(len(document.expected), flags)
        trade["right_dropped"] += sum(flags)
        trade["wrong_dropped"] += len(flags) - sum(flags)
    return trade


def low_rules(rules: Mapping[str, Sequence[int]], min_items: int = MIN_ITEMS) -> set[str]:
    """Return the rules read at least ``min_items`` times whose precision is below :data:`LOW_PRECISION`.

    Example:
        >>> sorted(low_rules({"a": [2, 10, 4], "b": [9, 10, 4], "c": [0, 3, 1]}))
        ['a']
    """
    return {
        rule for rule, (hits, read, *_) in rules.items() if read >= min_items and hits / read < LOW_PRECISION
    }


def rule_names_in(package: Path = ROOT / "councilkg") -> set[str]:
    """Return every string constant of the package's modules: a rule the engine uses is named by one
    (a table's rule is ``"table: "`` and its shape, both constants)."""
    names: set[str] = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                names.add(node.value)
    return names


def is_rule_today(rule: str, constants: set[str]) -> bool:
    """True when today's engine names ``rule``: a string constant, or ``table: `` and a constant.

    Example:
        >>> is_rule_today("table: delimited", {"table: ", "delimited"}), is_rule_today("gone", set())
        (True, False)
    """
    if rule in constants:
        return True
    shape = rule.removeprefix("table: ")
    return shape != rule and shape in constants


def first_contact(sets: Sequence[str] = SETS) -> dict[str, Any]:
    """Return the first-contact figures: per set where it was measured and how it was read, per rule
    and per confidence the counts summed over the sets, and each document's rules and flags."""
    corpus = read_corpus()
    points = release_points(sets)
    per_set: dict[str, Any] = {}
    documents: list[dict[str, Any]] = []
    for split in sets:
        point = points.get(split)
        chosen = [d for d in corpus if d.split == split]
        if point is None or not chosen or split in HELD_OUT:
            continue
        answers = {answer["stem"]: answer for answer in run_engine(point.engine, chosen)}
        read = matched = extracted = 0
        for document in chosen:
            items = to_items(answers[document.stem]["items"])
            flags = matched_flags(document, items)
            read += is_read(len(document.expected), flags)
            matched, extracted = matched + sum(flags), extracted + len(items)
            documents.append(
                {
                    "stem": document.stem,
                    "split": split,
                    "expected": len(document.expected),
                    "items": [
                        [item.rule, item.confidence, flag] for item, flag in zip(items, flags, strict=True)
                    ],
                }
            )
        per_set[split] = {
            "release": point.release[:10],
            "engine": point.engine[:10],
            "engine_subject": _git("log", "-1", "--format=%ad %s", "--date=short", point.engine)[
                :120
            ].strip(),
            "documents": len(chosen),
            "read": read,
            "extracted": extracted,
            "matched": matched,
        }
    return {"sets": per_set, "documents": documents}


def released_today(corpus: Sequence[WildDocument]) -> list[tuple[WildDocument, list[Item], list[bool]]]:
    """Return, for each released document, what today's engine reads from it and which items match."""
    read = []
    for document in corpus:
        if document.split in HELD_OUT:
            continue
        items, _ = extracted_items(document)
        read.append((document, items, matched_flags(document, items)))
    return read


def leave_one_set_out(rows: Sequence[tuple[WildDocument, list[Item], list[bool]]]) -> dict[str, int]:
    """Return the refusal's trade on first contact with each set's low rules taken from the other sets
    only (so no set judges the rules by its own items); summed over the sets."""
    total: dict[str, int] = {}
    for split in sorted({document.split for document, _, _ in rows}):
        others, _ = tally((items, flags) for document, items, flags in rows if document.split != split)
        trade = refusal_trade([row for row in rows if row[0].split == split], low_rules(others))
        for key, value in trade.items():
            total[key] = total.get(key, 0) + value
    return total


def brier_scores(rows: Sequence[tuple[WildDocument, list[Item], list[bool]]]) -> dict[str, float]:
    """Return how well confidences foretell a first-contact item's being right (mean squared gap,
    lower is better): the hand-set ones, the measured ones with each set's table taken from the other
    sets only, and one figure for all items (the share right) for scale.

    Example:
        >>> doc = WildDocument("d", {}, "", "holdout", [], [])
        >>> brier_scores([(doc, [Item("a", "x", rule="r", confidence=1.0)], [False])])["hand_set"]
        1.0
    """
    squares = {"hand_set": 0.0, "measured_leave_one_set_out": 0.0, "share_right": 0.0}
    items = [
        (document.split, item, right)
        for document, found, flags in rows
        for item, right in zip(found, flags, strict=True)
    ]
    if not items:
        return squares
    share = sum(right for _, _, right in items) / len(items)
    for split in sorted({split for split, _, _ in items}):
        others, _ = tally((found, flags) for document, found, flags in rows if document.split != split)
        table = {rule: figures["confidence"] for rule, figures in calibration(others).items()}
        for _, item, right in (entry for entry in items if entry[0] == split):
            hand = item.confidence if item.confidence is not None else share
            squares["hand_set"] += (hand - right) ** 2
            squares["measured_leave_one_set_out"] += (table.get(item.rule or "", hand) - right) ** 2
            squares["share_right"] += (share - right) ** 2
    return {name: round(total / len(items), 4) for name, total in squares.items()}


def earlier_readings(path: Path) -> dict[str, Any]:
    """Return the first-contact readings (each set's engine and figures, each document's items) of an
    earlier results file, to compute the table again without running the old engines."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"sets": data["sets"], "documents": data["documents"]}


def _table(table: Mapping[str, Any], sets: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "about": "Each rule's confidence: its precision on first contact (bench/firstcontact.py), for the "
        f"rules read at least {MIN_ITEMS} times there; the others keep their module's confidence.",
        "sets": {split: figures["engine"] for split, figures in sets.items()},
        "min_items": MIN_ITEMS,
        "rules": table,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Measure first contact, print the rule table, write the results (and the table); returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=list(SETS), help="The released sets to measure")
    parser.add_argument("--write-table", action="store_true", help=f"Write {TABLE.relative_to(ROOT)}")
    parser.add_argument("--no-write", action="store_true", help="Do not write bench/results/")
    parser.add_argument(
        "--readings",
        type=Path,
        help="Take the first-contact readings from an earlier results file (the old engines not run again)",
    )
    args = parser.parse_args(argv)
    figures = earlier_readings(args.readings) if args.readings else first_contact(args.sets)
    corpus = read_corpus()
    by_stem = {d.stem: d for d in corpus}
    rows = [
        (
            by_stem[entry["stem"]],
            [Item("", "", rule=rule, confidence=conf) for rule, conf, _ in entry["items"]],
            [flag for _, _, flag in entry["items"]],
        )
        for entry in figures["documents"]
    ]
    rules, confidences = tally((items, flags) for _, items, flags in rows)
    today = released_today(corpus)
    in_sample, _ = tally((items, flags) for _, items, flags in today)
    constants = rule_names_in()
    table = calibration(rules)
    low = low_rules(rules)
    figures.update(
        {
            "rules": {
                rule: {
                    "matched": hits,
                    "read": read,
                    "documents": documents,
                    "precision": round(hits / read, 3),
                    "in_sample": in_sample.get(rule, [0, 0, 0])[:2],
                }
                for rule, (hits, read, documents) in sorted(
                    rules.items(), key=lambda kv: (kv[1][0] / kv[1][1], -kv[1][1])
                )
            },
            "confidences": {c: {"matched": h, "read": n} for c, (h, n, _) in sorted(confidences.items())},
            "unmapped": sorted(
                rule for rule in rules if not is_rule_today(rule, constants) and rule[0] != "("
            ),
            "calibration": table,
            "brier": brier_scores(rows),
            "low_rules": sorted(low),
            "refusal": {
                "first_contact": refusal_trade(rows, low),
                "first_contact_leave_one_set_out": leave_one_set_out(rows),
                "released_today": refusal_trade(today, low),
                "released_today_documents": len(today),
                "released_today_read": sum(is_read(len(d.expected), f) for d, _, f in today),
            },
        }
    )
    for rule, counts in figures["rules"].items():
        hits, read = counts["in_sample"]
        today_precision = f"{hits / read:.2f}" if read else "  - "
        mark = "" if is_rule_today(rule, constants) or rule[0] == "(" else "  [not in today's engine]"
        first = f"{counts['matched']:5d} / {counts['read']:<5d} {counts['precision']:.2f}"
        print(f"{first}  (today {today_precision})  {rule}{mark}")
    print(
        json.dumps(
            {name: figures[name] for name in ("sets", "unmapped", "brier", "low_rules", "refusal")}, indent=1
        )
    )
    if args.write_table:
        write_results(_table(table, figures["sets"]), TABLE)
        print(f"wrote {TABLE.relative_to(ROOT)}")
    if not args.no_write:
        out = write_results(figures, results_path("first-contact"), indent=1)
        print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
