"""Score the reading engine on the wild corpus: real excerpts of councils' plans, labelled by hand.

For each document of ``tests/corpus/wild/`` the excerpt is read as a user's ``councilkg load``
reads it (no profile, no loader named) and the items extracted are matched against the
hand-checked ``<stem>.expected.json``. An extracted item matches an expected one when their kinds
agree (outcome and priority count as one) and their labels share at least half of each one's
distinctive words, or their refs are equal; each expected item is matched at most once.

Writes ``bench/results/<date>-wild.json`` and prints one line a document. ``--split dev`` scores
only the development documents; the held-out sets (:data:`HELD_OUT`; the earlier sets were released
to development after being scored at slice ends) are scored when a slice of the engine is done.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``bench`` and ``councilkg`` importable
    sys.path.insert(0, str(ROOT))

from bench.results import results_path, write_results  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "wild"
RECALL_FLOOR = 0.6
PRECISION_FLOOR = 0.8

#: Words too common in these plans to tell two items apart.
COMMON_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "as",
        "into",
        "within",
        "across",
        "their",
        "our",
        "its",
        "this",
        "that",
        "these",
        "those",
        "be",
        "is",
        "are",
        "will",
        "we",
        "all",
        "more",
        "most",
        "who",
        "which",
        "whom",
        "what",
        "when",
        "how",
        "they",
        "them",
        "it",
        "be",
        "been",
        "being",
        "have",
        "has",
        "children",
        "child",
        "childrens",
        "young",
        "people",
        "peoples",
        "person",
        "service",
        "services",
        "improve",
        "improving",
        "improved",
        "ensure",
        "ensuring",
        "support",
        "supporting",
        "increase",
        "increasing",
        "develop",
        "developing",
        "continue",
        "continued",
        "provide",
        "providing",
        "families",
        "family",
        "work",
        "working",
        "through",
        "including",
    ]
)
KIND_GROUP = {
    "outcome": "priority",
    "priority": "priority",
    "action": "action",
    "indicator": "indicator",
    "risk": "risk",
}


@dataclass(frozen=True)
class Item:
    """One plan item: kind, label and ref (what matching looks at), and where it starts."""

    kind: str
    label: str
    ref: str | None = None
    line: int | None = None
    rule: str | None = None  # the engine's rule that read it (extracted items only; not matched on)
    confidence: float | None = None  # how sure the rule is (extracted items only; not matched on)


@dataclass
class WildDocument:
    """A corpus document: its header fields, its excerpt text and the items a careful reader lists."""

    stem: str
    header: dict[str, str]
    text: str
    split: str
    shapes: list[str]
    expected: list[Item]


@dataclass
class Score:
    """How one document was read: counts, recall, precision, and what was missed or extra."""

    stem: str
    split: str
    shapes: list[str]
    expected: int
    extracted: int
    matched: int
    recall: float
    precision: float
    passed: bool
    error: str | None = None
    missed: list[dict[str, object]] = field(default_factory=list)
    extra: list[dict[str, object]] = field(default_factory=list)


#: The corpus's splits: development, the first twenty-eight held-out sets (released to development after
#: being scored at slice ends) and the twenty-ninth to forty-first, each collected and labelled by a
#: separate session before the engine read it.
SPLITS = (
    "dev",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
    "holdout26",
    "holdout27",
    "holdout28",
    "holdout29",
    "holdout30",
    "holdout31",
    "holdout32",
    "holdout33",
    "holdout34",
    "holdout35",
    "holdout36",
    "holdout37",
    "holdout38",
    "holdout39",
    "holdout40",
    "holdout41",
)
#: The held-out sets: scored at slice ends, never used to develop or check a rule.
HELD_OUT = frozenset(
    {
        "holdout29",
        "holdout30",
        "holdout31",
        "holdout32",
        "holdout33",
        "holdout34",
        "holdout35",
        "holdout36",
        "holdout37",
        "holdout38",
        "holdout39",
        "holdout40",
        "holdout41",
    }
)


def read_corpus(folder: Path = CORPUS) -> list[WildDocument]:
    """Return every document of the wild corpus (a ``.txt`` with its ``.expected.json``), by stem."""
    documents: list[WildDocument] = []
    for path in sorted(folder.glob("*.txt")):
        labels = path.with_suffix(".expected.json")
        if not labels.exists():
            continue
        header, text = split_header(path.read_text(encoding="utf-8"))
        data = json.loads(labels.read_text(encoding="utf-8"))
        expected = [
            Item(item["kind"], item["label"], item.get("ref"), item.get("line")) for item in data["items"]
        ]
        documents.append(
            WildDocument(path.stem, header, text, data.get("split", "dev"), data.get("shapes", []), expected)
        )
    return documents


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Return a corpus file's ``% key: value`` header and the excerpt after its blank line.

    Example:
        >>> split_header("% council: X\\n% year: 2010\\n\\nPriority 1\\n")
        ({'council': 'X', 'year': '2010'}, 'Priority 1\\n')
    """
    header: dict[str, str] = {}
    lines = text.split("\n")
    position = 0
    while position < len(lines) and lines[position].startswith("% "):
        key, _, value = lines[position][2:].partition(":")
        header[key.strip()] = value.strip()
        position += 1
    if position < len(lines) and not lines[position].strip():
        position += 1
    return header, "\n".join(lines[position:])


def distinctive_words(label: str) -> set[str]:
    """Return the words of a label that tell it apart: lower-cased, common plan words left out.

    Example:
        >>> sorted(distinctive_words("Improve the health of Children and Young People"))
        ['health']
    """
    words = re.findall(r"[a-z0-9]+", label.casefold().replace("’", "").replace("'", ""))
    return {word for word in words if word not in COMMON_WORDS}


def _ref_key(ref: str | None) -> str:
    return re.sub(r"[^a-z0-9.]", "", (ref or "").casefold()).strip(".")


def labels_match(expected: str, extracted: str) -> bool:
    """True when two labels share at least half of each one's distinctive words (or are the same text).

    Example:
        >>> labels_match("Reduce teenage conceptions", "Reduce the rate of teenage conceptions by 2010")
        True
        >>> labels_match("Reduce teenage conceptions", "Teenage pregnancy strategy, reduce conceptions, "
        ...              "sexual health services, contraception in schools, youth workers")
        False
    """
    a, b = distinctive_words(expected), distinctive_words(extracted)
    if not a or not b:
        return " ".join(expected.casefold().split()) == " ".join(extracted.casefold().split())
    shared = len(a & b)
    return 2 * shared >= len(a) and 2 * shared >= len(b)


def items_match(expected: Item, extracted: Item) -> bool:
    """True when an extracted item is the expected one: same kind group, and labels or refs agree."""
    if KIND_GROUP.get(expected.kind) != KIND_GROUP.get(extracted.kind):
        return False
    if expected.ref and extracted.ref and _ref_key(expected.ref) == _ref_key(extracted.ref):
        return True
    return labels_match(expected.label, extracted.label)


def match_items(expected: Sequence[Item], extracted: Sequence[Item]) -> list[tuple[int, int]]:
    """Return (expected index, extracted index) pairs, each item matched at most once.

    Pairs are taken in order of label overlap, so a close match is not taken by a looser one.
    """
    candidates: list[tuple[float, int, int]] = []
    for i, want in enumerate(expected):
        for j, got in enumerate(extracted):
            if items_match(want, got):
                a, b = distinctive_words(want.label), distinctive_words(got.label)
                overlap = len(a & b) / max(len(a | b), 1)
                near = -abs((want.line or 0) - (got.line or 0)) / 1000
                candidates.append((overlap + near, i, j))
    taken_i: set[int] = set()
    taken_j: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in sorted(candidates, reverse=True):
        if i not in taken_i and j not in taken_j:
            taken_i.add(i)
            taken_j.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def extracted_items(document: WildDocument) -> tuple[list[Item], str | None]:
    """Return the items councilkg reads from a document as ``load`` would, or the error it gives."""
    from councilkg.build.plans import extract
    from councilkg.documents.document import read_document
    from councilkg.errors import CouncilKGError

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{document.stem}.txt"
        path.write_text(document.text, encoding="utf-8")
        try:
            extraction = extract(read_document(path))
        except CouncilKGError as error:
            return [], str(error).replace(str(path), path.name)

    def item(kind: str, label: str, ref: str | None, line: int, read: object) -> Item:
        reading = getattr(read, "reading", None)
        if reading is None:
            return Item(kind, label, ref, line)
        return Item(kind, label, ref, line, reading.rule, reading.confidence)

    items = [item("outcome", o.label, o.notation, o.source_line, o) for o in extraction.outcomes]
    items += [item("priority", p.label, p.ref, p.source_line, p) for p in extraction.priorities]
    items += [item("action", a.label, a.ref, a.source_line, a) for a in extraction.actions]
    items += [item("indicator", i.label, i.ref, i.source_line, i) for i in extraction.indicators]
    items += [item("risk", r.label, r.ref, r.source_line, r) for r in extraction.risks]
    return items, None


def rule_precision(documents: Sequence[WildDocument]) -> dict[str, tuple[int, int]]:
    """Return, for each rule of the engine, how many of the items it read match a label and how many
    it read (matched, read) over ``documents``: which rules fire wrongly across the corpus."""
    return _precision_by(documents, lambda item: item.rule or "(no rule)")


def confidence_precision(documents: Sequence[WildDocument]) -> dict[str, tuple[int, int]]:
    """Return, for each confidence the engine gives an item, how many of the items read with it match
    a label and how many were read (matched, read) over ``documents``: what a user who keeps only the
    items at or above a confidence would keep, and how much of it is right."""
    return _precision_by(documents, lambda item: f"{item.confidence:.2f}" if item.confidence else "(none)")


def _precision_by(
    documents: Sequence[WildDocument], key: Callable[[Item], str]
) -> dict[str, tuple[int, int]]:
    counts: dict[str, tuple[int, int]] = {}
    for document in documents:
        got, _ = extracted_items(document)
        matched = {j for _, j in match_items(document.expected, got)}
        for j, item in enumerate(got):
            hits, read = counts.get(key(item), (0, 0))
            counts[key(item)] = (hits + (j in matched), read + 1)
    return counts


def verdict(expected: int, extracted: int, matched: int) -> tuple[float, float, bool]:
    """Return a document's recall, precision and whether it counts as read (both at their floors),
    from how many items it expects, how many were extracted and how many of those match.

    A document with no items read and none expected (a negative refused) scores 1 and 1.

    Example:
        >>> verdict(2, 3, 2), verdict(0, 0, 0), verdict(0, 1, 0)
        ((1.0, 0.6666666666666666, False), (1.0, 1.0, True), (0.0, 0.0, False))
    """
    recall = matched / expected if expected else (1.0 if not extracted else 0.0)
    precision = matched / extracted if extracted else (1.0 if not expected else 0.0)
    return recall, precision, recall >= RECALL_FLOOR and precision >= PRECISION_FLOOR


def score(document: WildDocument) -> Score:
    """Return how the engine reads one corpus document against its expected items."""
    got, error = extracted_items(document)
    pairs = match_items(document.expected, got)
    matched_expected = {i for i, _ in pairs}
    matched_extracted = {j for _, j in pairs}
    expected, extracted = len(document.expected), len(got)
    recall, precision, passed = verdict(expected, extracted, len(pairs))
    return Score(
        stem=document.stem,
        split=document.split,
        shapes=document.shapes,
        expected=expected,
        extracted=extracted,
        matched=len(pairs),
        recall=round(recall, 3),
        precision=round(precision, 3),
        passed=passed,
        error=error,
        missed=[asdict(item) for i, item in enumerate(document.expected) if i not in matched_expected],
        extra=[asdict(item) for j, item in enumerate(got) if j not in matched_extracted],
    )


def score_corpus(split: str | None = None, folder: Path = CORPUS) -> list[Score]:
    """Return the scores of every corpus document (of one split, when given)."""
    return [score(doc) for doc in read_corpus(folder) if split is None or doc.split == split]


def summary(scores: Sequence[Score]) -> dict[str, object]:
    """Return the corpus-wide figures: documents passed, and micro-averaged recall and precision."""
    expected = sum(s.expected for s in scores)
    extracted = sum(s.extracted for s in scores)
    matched = sum(s.matched for s in scores)
    return {
        "documents": len(scores),
        "passed": sum(s.passed for s in scores),
        "passed_share": round(sum(s.passed for s in scores) / len(scores), 3) if scores else 0.0,
        "recall": round(matched / expected, 3) if expected else 1.0,
        "precision": round(matched / extracted, 3) if extracted else 1.0,
        "expected": expected,
        "extracted": extracted,
        "matched": matched,
    }


#: Long inputs of each shape, to show the engine's time grows with a plan's length, not its square.
SPEED_INPUTS: dict[str, str] = {
    "one cell per line, 100k rows": "Action\nLead\n" + "Audit plans\nHead of X\n" * 100_000,
    "delimited, 200k rows": "Action / Lead\n" + "Audit plans / Head of X\n" * 200_000,
    "space-aligned, 200k rows": "Action      Lead\n" + "Audit plans      Head of X\n" * 200_000,
    "bullets under a priority, 200k": "Priority 1: X\n" + "• Audit the plan\n" * 200_000,
    "numbered paragraphs, 100k": "".join(f"{i % 99}. Item {i}\n" for i in range(100_000)),
    "contents entries under a kind, 100k": "4. Priorities for action ...... 9\n"
    + "".join(f"Entry {i} ...... 9\n" for i in range(100_000)),
    "sentences after a lead-in, 100k": "Strategic Outcomes:\n" + "Children are safe at home.\n" * 100_000,
    "a 1 MB line of spaces": "Action  " + " " * 1_000_000 + "x\n",
    "a 1 MB line of dots": "Priority 1 " + "." * 1_000_000 + "x\n",
}


def engine_speed() -> dict[str, dict[str, float]]:
    """Return, for each long input, its size in MB and the seconds the engine takes to read it."""
    from councilkg.documents.document import Document
    from councilkg.errors import CouncilKGError
    from councilkg.loaders.generic.engine import read_plan

    figures: dict[str, dict[str, float]] = {}
    for name, text in SPEED_INPUTS.items():
        started = time.perf_counter()
        with contextlib.suppress(CouncilKGError):  # a refusal is an answer too; its time counts the same
            read_plan(Document.from_text("speed.txt", text))
        figures[name] = {
            "mb": round(len(text.encode("utf-8")) / 1e6, 2),
            "seconds": round(time.perf_counter() - started, 2),
        }
    return figures


def _lines(scores: Sequence[Score]) -> Iterator[str]:
    for s in scores:
        mark = "pass" if s.passed else "FAIL"
        note = f"  ({s.error})" if s.error else ""
        yield (
            f"{mark} {s.split:7} R={s.recall:.2f} P={s.precision:.2f} {s.matched:3}/{s.expected:3} exp "
            f"{s.extracted:3} got  {s.stem}{note}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Score the corpus, print a line a document and the summary, write the results; returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=list(SPLITS), default=None)
    parser.add_argument("--verbose", action="store_true", help="List each document's misses and extras")
    parser.add_argument("--no-write", action="store_true", help="Do not write bench/results/")
    parser.add_argument("--speed", action="store_true", help="Also time the engine on long inputs")
    parser.add_argument(
        "--rules",
        action="store_true",
        help="Print each rule's precision over the documents outside the held-out sets",
    )
    parser.add_argument(
        "--confidence",
        action="store_true",
        help="Print the precision of the items read at each confidence and at or above it (the documents "
        "outside the held-out sets, or --split's)",
    )
    args = parser.parse_args(argv)
    if args.rules or args.confidence:
        documents = [
            doc
            for doc in read_corpus()
            if (doc.split == args.split if args.split else doc.split not in HELD_OUT)
        ]
        if args.rules:
            counts = rule_precision(documents)
            for name, (hits, read) in sorted(counts.items(), key=lambda kv: kv[1][0] / kv[1][1]):
                print(f"{hits:5d} / {read:<5d} {hits / read:.2f}  {name}")
        else:
            counts = confidence_precision(documents)
            kept, right = 0, 0
            for name, (hits, read) in sorted(counts.items(), reverse=True):
                kept, right = kept + read, right + hits
                above = f"at or above: {right} / {kept} {right / kept:.2f}"
                print(f"{name:>6}  {hits:5d} / {read:<5d} {hits / read:.2f}   {above}")
        return 0
    scores = score_corpus(args.split)
    for line, s in zip(_lines(scores), scores, strict=True):
        print(line)
        if args.verbose and not s.passed:
            for item in s.missed:
                print(f"      missed {item['kind']:9} l{item['line']}: {str(item['label'])[:90]}")
            for item in s.extra:
                print(f"      extra  {item['kind']:9} l{item['line']}: {str(item['label'])[:90]}")
    by_split = {name: summary([s for s in scores if s.split == name]) for name in SPLITS}
    total = summary(scores)
    print(json.dumps({"all": total, **by_split}))
    speed = engine_speed() if args.speed else None
    if speed:
        for name, figure in speed.items():
            print(f"speed: {name}: {figure['mb']} MB in {figure['seconds']} s")
    if not args.no_write:
        out = write_results(
            {"summary": {"all": total, **by_split}, "speed": speed, "documents": [asdict(s) for s in scores]},
            results_path("wild"),
            indent=1,
        )
        print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
