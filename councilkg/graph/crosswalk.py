"""The indicator crosswalk: reviewed SKOS mappings between indicator sets and plans' own indicators.

Plans measure the same things under different regimes: Lambeth 2007-10 prints PAF and BVPI codes,
Herefordshire 2009-11 the National Indicator Set, Lambeth 2020/21 local codes. The crosswalk
(``councilkg/ontology/crosswalk.csv``, columns ``from,to,match,basis``) links them, one reviewed row
each. A cell names a national concept by its code (``NI 65``, ``BVPI 43a``, ``PAF C68``) or a plan's
own indicator as ``<bundled plan file stem>:<ref or label as printed>``
(``lambeth-childrens-directorate-plan-2020-21:RI.56``). Each row becomes, in the reference graph,

- ``<from> skos:exactMatch|skos:closeMatch|skos:relatedMatch <to>`` for SPARQL, and
- one ``ckg:Mapping`` node keeping the reviewer's reason (``ckg:basis``), the CSV line and the CSV
  itself (``prov:wasDerivedFrom``, a ``ckg:SourceDocument``), so a researcher sees why two
  indicators are linked.

:func:`suggest_matches` proposes rows still to review: plan indicators with neither a national code
nor a crosswalk row, scored against every national concept's title by a weighted overlap of
normalised words (lower case, light stemming, stop words dropped, synonyms such as "LAC" and
"children in care" folded together).
"""

from __future__ import annotations

import csv
import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from councilkg.data import bundled_plans
from councilkg.errors import CrosswalkError
from councilkg.graph.mint import item_iri, national_indicator_iri, plan_iri
from councilkg.ontology import ontology_path
from councilkg.ontology.vocab import CKG, ID
from councilkg.queries import named_queries
from councilkg.text import national_code, slugify

if TYPE_CHECKING:
    from councilkg.graph.store import PlanStore

CROSSWALK_FILE = "crosswalk.csv"
INDICATOR_SETS_FILE = "reference/indicator-sets.ttl"
HEADER = ("from", "to", "match", "basis")
MATCH_TYPES: dict[str, URIRef] = {
    "exactMatch": SKOS.exactMatch,
    "closeMatch": SKOS.closeMatch,
    "relatedMatch": SKOS.relatedMatch,
}
CROSSWALK_SOURCE = ID["crosswalk/source"]
"""The crosswalk CSV as a ``ckg:SourceDocument``; every mapping is ``prov:wasDerivedFrom`` it."""
_CROSSWALK_PREFIX = str(ID["crosswalk/"])
_NATIONAL_PREFIX = str(ID["indicator-set/"])
_PLAN_PREFIX = str(ID["plan/"])


def crosswalk_path() -> Path:
    """Return the path of the shipped crosswalk CSV, ``councilkg/ontology/crosswalk.csv``."""
    return ontology_path(CROSSWALK_FILE)


@dataclass(frozen=True)
class CrosswalkRow:
    """One row of the crosswalk: ``source`` and ``target`` resolved to IRIs, ``match`` a SKOS match name.

    ``source_code`` and ``target_code`` keep the cells as written in the CSV.
    """

    line: int
    source: URIRef
    target: URIRef
    match: str
    basis: str
    source_code: str = ""
    target_code: str = ""

    @property
    def predicate(self) -> URIRef:
        """Return the SKOS property the row states (``skos:exactMatch``, ``closeMatch``, ``relatedMatch``)."""
        return MATCH_TYPES[self.match]


def resolve_code(text: str) -> URIRef:
    """Return the IRI a crosswalk cell names: a national concept or a bundled plan's indicator.

    A national code resolves as the loaders resolve it (``mint.national_indicator_iri``); a local
    indicator ``<plan file stem>:<ref or label>`` resolves to ``<plan>/indicator/<slug>``, the key
    the loaders give an indicator (a slug of its printed reference, or of its label when it has none).

    Example:
        >>> str(resolve_code("PAF C68"))
        'https://w3id.org/councilkg/id/indicator-set/paf/c68'
        >>> str(resolve_code("lambeth-childrens-directorate-plan-2020-21:RI.56"))
        'https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21/indicator/ri-56'

    Raises:
        CrosswalkError: the cell is neither form, or names a plan that is not bundled.
    """
    cell = " ".join(text.split())
    national = national_code(cell)
    if national is not None:
        return national_indicator_iri(*national)
    stem, colon, ref = cell.partition(":")
    if not colon:
        raise CrosswalkError(
            f"{cell!r} is neither a national code (NI 65, BVPI 43a, PAF C68) nor <plan>:<ref>, "
            "e.g. lambeth-childrens-directorate-plan-2020-21:RI.56"
        )
    plans = {plan.path.stem: plan for plan in bundled_plans()}
    plan = plans.get(stem.strip())
    if plan is None or not plan.path.stem.startswith(f"{plan.authority}-"):
        raise CrosswalkError(f"{stem.strip()!r} is not a bundled plan; use one of {', '.join(sorted(plans))}")
    if not ref.strip():
        raise CrosswalkError(f"{cell!r} names no indicator after the colon; give its ref or label as printed")
    iri = plan_iri(plan.authority, plan.path.stem.removeprefix(f"{plan.authority}-"))
    return item_iri(iri, "indicator", slugify(ref.strip()))


def read_crosswalk(path: str | Path | None = None) -> list[CrosswalkRow]:
    """Return the rows of a crosswalk CSV (the shipped one by default), each resolved and checked.

    Args:
        path: a CSV with the header ``from,to,match,basis``; ``None`` reads
            ``councilkg/ontology/crosswalk.csv``.

    Returns:
        The rows in file order.

    Raises:
        CrosswalkError: the file cannot be read, its header is wrong, or a row has the wrong number
            of cells, an unknown match type, a cell in no known code format, an empty basis, maps a
            code to itself, or repeats the pair of an earlier row (either way round). The message
            names the file and line.
    """
    where = Path(path) if path is not None else crosswalk_path()
    try:
        text = where.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CrosswalkError(f"cannot read crosswalk {where}: {error}") from error
    reader = csv.reader(text.splitlines(keepends=True))
    rows: list[CrosswalkRow] = []
    seen: dict[frozenset[URIRef], int] = {}
    header_read = False
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if not header_read:
            if tuple(cell.strip().lower() for cell in cells) != HEADER:
                raise CrosswalkError(
                    f"{where}:{line}: the header must be {','.join(HEADER)}, not {','.join(cells)}"
                )
            header_read = True
            continue
        row = _row(where, line, cells)
        pair = frozenset((row.source, row.target))
        if pair in seen:
            raise CrosswalkError(
                f"{where}:{line}: {row.source_code} and {row.target_code} are already mapped on line "
                f"{seen[pair]}; keep one row per pair"
            )
        seen[pair] = line
        rows.append(row)
    if not header_read:
        raise CrosswalkError(f"{where}: empty crosswalk; the first line must be {','.join(HEADER)}")
    return rows


def _row(where: Path, line: int, cells: list[str]) -> CrosswalkRow:
    if len(cells) != len(HEADER):
        raise CrosswalkError(
            f"{where}:{line}: {len(cells)} cells, expected {len(HEADER)} ({','.join(HEADER)}); "
            "quote a cell that holds a comma"
        )
    source_code, target_code, match, basis = (" ".join(cell.split()) for cell in cells)
    if match not in MATCH_TYPES:
        raise CrosswalkError(
            f"{where}:{line}: unknown match type {match!r}; use one of {', '.join(MATCH_TYPES)}"
        )
    if not basis:
        raise CrosswalkError(f"{where}:{line}: the basis is empty; say why a reviewer accepts this match")
    try:
        source, target = resolve_code(source_code), resolve_code(target_code)
    except CrosswalkError as error:
        raise CrosswalkError(f"{where}:{line}: {error}") from error
    if source == target:
        raise CrosswalkError(f"{where}:{line}: {source_code} is mapped to itself; map it to another code")
    return CrosswalkRow(line, source, target, match, basis, source_code, target_code)


def mapping_iri(source: URIRef, target: URIRef) -> URIRef:
    """Return ``id:crosswalk/<from>/<to>``, the IRI of the mapping node of one crosswalk row.

    Example:
        >>> str(mapping_iri(resolve_code("PAF C68"), resolve_code("NI 66")))
        'https://w3id.org/councilkg/id/crosswalk/paf-c68/ni-66'
    """
    return URIRef(f"{_CROSSWALK_PREFIX}{_mapping_key(source)}/{_mapping_key(target)}")


def _mapping_key(iri: URIRef) -> str:
    """Return ``paf-c68`` for a national concept, ``lambeth-<plan>-<key>`` for a plan's indicator."""
    relative = str(iri)
    for prefix in (_NATIONAL_PREFIX, _PLAN_PREFIX):
        relative = relative.removeprefix(prefix)
    return relative.replace("/indicator/", "-").replace("/", "-")


def crosswalk_graph(rows: Iterable[CrosswalkRow], path: str | Path | None = None) -> Graph:
    """Return the triples of the crosswalk: the SKOS matches, one ``ckg:Mapping`` per row, and the CSV.

    Args:
        rows: rows from :func:`read_crosswalk`.
        path: the CSV the rows were read from (the shipped one by default), described as the
            ``ckg:SourceDocument`` each mapping is ``prov:wasDerivedFrom``.

    Returns:
        A graph for the reference graph.
    """
    where = Path(path) if path is not None else crosswalk_path()
    data = where.read_bytes()
    graph = Graph()
    graph.add((CROSSWALK_SOURCE, RDF.type, CKG.SourceDocument))
    graph.add((CROSSWALK_SOURCE, RDFS.label, Literal(where.name)))
    graph.add((CROSSWALK_SOURCE, CKG.fileName, Literal(where.name)))
    graph.add((CROSSWALK_SOURCE, CKG.sha256, Literal(hashlib.sha256(data).hexdigest())))
    graph.add((CROSSWALK_SOURCE, CKG.lineCount, Literal(len(data.decode("utf-8").splitlines()))))
    for row in rows:
        graph.add((row.source, row.predicate, row.target))
        node = mapping_iri(row.source, row.target)
        label = f"{row.source_code or row.source} {row.match} {row.target_code or row.target}"
        graph.add((node, RDF.type, CKG.Mapping))
        graph.add((node, RDFS.label, Literal(label)))
        graph.add((node, CKG.mapsFrom, row.source))
        graph.add((node, CKG.mapsTo, row.target))
        graph.add((node, CKG.matchType, row.predicate))
        graph.add((node, CKG.basis, Literal(row.basis)))
        graph.add((node, CKG.sourceLine, Literal(row.line)))
        graph.add((node, PROV.wasDerivedFrom, CROSSWALK_SOURCE))
    return graph


def shipped_crosswalk_graph() -> Graph:
    """Return :func:`crosswalk_graph` of the shipped CSV, as the store adds it to the reference graph.

    Raises:
        CrosswalkError: the shipped CSV is malformed.
    """
    return crosswalk_graph(read_crosswalk())


# -- suggestions -------------------------------------------------------------------------------

# Words that tell titles apart no better than chance: grammar, measure words ("percentage", "rate"),
# and the words every children's indicator shares ("children", "young people").
_STOP_WORDS = frozenset(
    """a an and any are as at be been by due during for from had has have in into is it its of on or than
    that the their this through to under was were which who whose with within
    percentage proportion number rate total average ratio per population level year years old olds aged age
    child children young people pupil pupils resident""".split()  # noqa: SIM905 - a word list reads better as text
)

# Phrase -> concept tokens, applied in order to lower-cased text. One name for the many ways plans
# and national titles say the same thing ("LAC", "children in care", "looked after children").
_SYNONYMS: tuple[tuple[str, str], ...] = (
    (
        r"\bnot in education,? (?:employment|training),? (?:or|and) (?:training|employment)\b|\bneets?\b",
        "neet",
    ),
    (
        r"\b(?:education|employment|training),? (?:education|employment|training),? (?:or|and) "
        r"(?:education|employment|training)\b|\beet\b|\bete\b",
        "eet",
    ),
    (r"\bcare leavers?\b|\bleaving care\b|\bformer relevant\b", "careleaver"),
    (
        r"\blooked after children\b|\bchildren looked after\b|\blooked after\b|\bchild(?:ren)? in care\b"
        r"|\blac\b|\bcla\b",
        "lookedafter",
    ),
    (r"\bchild protection\b|\bcpp?\b", "childprotection"),
    (r"\bsecond or subsequent\b|\bre ?registrations?\b|\brepeat\b", "repeat"),
    (
        r"\bteenage (?:pregnanc(?:y|ies)|conceptions?)\b|\bpregnanc(?:y|ies)\b|\bconceptions?\b",
        "teenpregnancy",
    ),
    (r"\bre ?offend\w*", "reoffending"),
    (r"\bfirst time entrants?\b|\bftes?\b", "firsttimeentrant"),
    (
        r"\byouth justice(?: system)?\b|\byjs\b|\byouth offending(?: service| team)?s?\b|\byos\b|\byot\b"
        r"|\b(?:young )?offenders?\b",
        "youthjustice",
    ),
    (r"\bfree school meals?\b|\bfsm\b", "fsm"),
    (r"\beducation,? health and care plans?\b|\behc ?plans?\b|\behcps?\b", "ehcp sen"),
    (r"\bspecial educational needs?\b|\bsen\b", "sen"),
    (r"\ba\* ?(?:-|to) ?c\b|\bgrades? 9 (?:-|to) 4\b|\b9 (?:-|to) 4\b", "goodgcse"),
    (r"\bearly years foundation stage(?: profile)?\b|\beyfsp?\b", "eyfs"),
    (r"\bgood levels? of development\b|\bgld\b", "gld"),
    (r"\bcamhs?\b|\bchild(?:ren)? and adolescents? mental health\b", "camhs mentalhealth"),
    (r"\bmental health\b|\bemotional (?:and behavioural )?health\b", "mentalhealth"),
    (r"\b(?:initial |annual )?health assessments?\b|\bhealth checks?\b", "health healthassessment"),
    (r"\bstability of placements?\b|\bplacement stability\b", "placementstability"),
    (r"\bpermanent(?:ly)? exclu\w*", "permanentexclusion"),
    (r"\bpersistent(?:ly)? absen\w*", "persistentabsence"),
    (r"\bsickness\b", "sickness"),
    (r"\bchildren in need\b|\bcin\b", "childreninneed"),
    (r"\bearly help\b|\bcommon assessment framework\b|\bcafs?\b", "earlyhelp"),
    (r"\bpersonal education plans?\b|\bpeps?\b", "pep"),
    (r"\bserious youth violence\b|\bsyv\b", "youthviolence"),
    (r"\badopt\w*", "adoption"),
    (r"\bblack and minority ethnic\b|\bbme\b|\bblack caribbean\b|\bethnic\w*", "ethnic"),
    (r"\bsure start\b|\bchildren'?s? centres?\b", "childrenscentre"),
    (r"\bsubstance misuse\b|\bdrugs?\b|\balcohol\b|\bvolatile substances?\b", "substancemisuse"),
    (r"\bbull(?:y|ied|ying)\b", "bullying"),
    (r"\bobes\w*|\bhealthy weight\b|\boverweight\b", "obesity"),
    (r"\bcore assessments?\b", "coreassessment"),
    (r"\binitial assessments?\b", "initialassessment"),
    (r"\btimescales?\b|\btimeliness\b|\btimely\b|\bon time\b", "timely"),
    (r"\bmaths?\b|\bmathematics\b", "maths"),
    (r"\battainment\b|\bachiev\w*|\bperformance\b", "attainment"),
    (r"\bgaps?\b|\binequality\b|\bnarrowing\b", "gap"),
)
_SYNONYM_PATTERNS = tuple((re.compile(pattern), tokens) for pattern, tokens in _SYNONYMS)
_CONCEPT_TOKENS = frozenset(token for _, tokens in _SYNONYMS for token in tokens.split())
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4"}
_KEY_STAGE = re.compile(r"\bkey stage (\d|one|two|three|four)\b|\bks ?(\d)\b")
_WORD = re.compile(r"\b[a-z][a-z0-9]*\b")


def _stem(word: str) -> str:
    """Return ``word`` without a plural or -ing/-ed ending; short words and concept tokens are kept."""
    if word in _CONCEPT_TOKENS or len(word) <= 4:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def label_tokens(text: str) -> frozenset[str]:
    """Return the normalised words of an indicator's title, for matching it against others.

    Lower case; synonyms folded into one token (``lookedafter``, ``childprotection``, ``teenpregnancy``,
    ``neet``, ``eet``...); key stages kept as ``keystage2``; other numbers, punctuation and stop words
    (including words every children's indicator shares, such as "children" and "percentage") dropped;
    plurals and -ing/-ed endings stemmed.

    Example:
        >>> sorted(label_tokens("Stability of placements of looked after children: number of moves"))
        ['lookedafter', 'move', 'placementstability']
        >>> label_tokens("Under 18 conception rate") == label_tokens("Teenage Pregnancies")
        True
    """
    lowered = text.lower().replace("&", " and ").replace("\u2013", "-").replace("\u2019", "'")
    lowered = re.sub(r"'s\b", "", lowered)
    lowered = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", lowered)
    lowered = _KEY_STAGE.sub(
        lambda m: f" keystage{_NUMBER_WORDS.get(m.group(1) or '', m.group(1) or m.group(2))} ", lowered
    )
    for pattern, tokens in _SYNONYM_PATTERNS:
        lowered = pattern.sub(f" {tokens} ", lowered)
    words = (_stem(word) for word in _WORD.findall(lowered) if word not in _STOP_WORDS)
    return frozenset(word for word in words if word not in _STOP_WORDS)


@dataclass(frozen=True)
class LabelMatch:
    """How well one national concept's title matches a text: the label matched, score and shared words."""

    concept: URIRef
    label: str
    score: float
    shared: tuple[str, ...]


class LabelIndex:
    """National concepts' titles, tokenised once, to rank against a plan's wording.

    Words are weighted by their rarity among the titles (inverse document frequency), so sharing
    "child protection" counts for more than sharing "school"; a score is the weighted Jaccard
    overlap of the two token sets, between 0 and 1 (see :meth:`score`).
    """

    def __init__(self, labels: Mapping[URIRef, Sequence[str]]) -> None:
        """Index ``labels``: each concept's title first, then any other wordings (altLabels)."""
        self._labels = {
            concept: [(label, label_tokens(label)) for label in texts] for concept, texts in labels.items()
        }
        frequency: Counter[str] = Counter()
        for entries in self._labels.values():
            frequency.update(set().union(*(tokens for _, tokens in entries)) if entries else set())
        self._concepts = max(len(self._labels), 1)
        self._frequency = frequency

    def weight(self, token: str) -> float:
        """Return the weight of a token: higher the fewer concepts' titles hold it."""
        return math.log(1 + self._concepts / (1 + self._frequency.get(token, 0)))

    def score(self, left: frozenset[str], right: frozenset[str]) -> float:
        """Return the weighted Jaccard overlap of two token sets (0 when either is empty).

        One shared word is thin evidence ("children in need" is in "Ethnicity of children in need"
        and in "Children in need per 10,000 population"), so its score is halved unless the two
        sets are the same.
        """
        union = sum(self.weight(token) for token in left | right)
        overlap = sum(self.weight(token) for token in left & right) / union if union else 0.0
        return overlap / 2 if len(left & right) == 1 and left != right else overlap

    def rank(self, text: str, min_score: float = 0.0) -> list[LabelMatch]:
        """Return the concepts whose best label scores at least ``min_score`` against ``text``, best first.

        Ties are broken by the concept's IRI, so the order is the same on every run.
        """
        tokens = label_tokens(text)
        matches: list[LabelMatch] = []
        for concept, entries in self._labels.items():
            scored = [
                (self.score(tokens, label_tokens_), label, label_tokens_) for label, label_tokens_ in entries
            ]
            if not scored:
                continue
            best, label, best_tokens = max(scored, key=lambda entry: entry[0])
            if best >= min_score and best > 0:
                matches.append(
                    LabelMatch(concept, label, round(best, 3), tuple(sorted(tokens & best_tokens)))
                )
        return sorted(matches, key=lambda match: (-match.score, str(match.concept)))


def shipped_concept_labels() -> dict[URIRef, list[str]]:
    """Return each concept of the shipped ``indicator-sets.ttl`` with its prefLabel then altLabels."""
    graph = Graph().parse(ontology_path(INDICATOR_SETS_FILE), format="turtle")
    return {
        concept: [
            str(graph.value(concept, SKOS.prefLabel)),
            *sorted(str(alt) for alt in graph.objects(concept, SKOS.altLabel)),
        ]
        for concept in sorted(c for c in graph.subjects(RDF.type, SKOS.Concept) if isinstance(c, URIRef))
    }


@dataclass(frozen=True)
class Suggestion:
    """A plan indicator outside the crosswalk and a national concept whose title resembles its label."""

    source: URIRef
    source_label: str
    target: URIRef
    target_label: str
    score: float
    reason: str
    source_ref: str = ""
    target_notation: str = ""
    plan: str = ""


def suggest_matches(
    store: PlanStore, min_score: float = 0.35, limit: int | None = None, per_indicator: int = 3
) -> list[Suggestion]:
    """Return candidate crosswalk rows for a reviewer: plan indicators scored against national titles.

    Only plan indicators with neither a ``ckg:nationalCode`` nor a crosswalk row are considered;
    each is scored against every national concept's prefLabel (and the plan wordings kept as
    altLabels) with :class:`LabelIndex`.

    Args:
        store: a store holding plans and the reference graph.
        min_score: the lowest score kept, from 0 to 1.
        limit: keep only the best ``limit`` suggestions overall.
        per_indicator: keep at most this many concepts for one indicator.

    Returns:
        Suggestions, best score first, then by plan, indicator and concept.
    """
    concepts: dict[URIRef, list[str]] = {}
    notations: dict[URIRef, str] = {}
    for concept, notation, label, alt in _rows(store, "crosswalk-concepts"):
        iri = URIRef(concept)
        entry = concepts.setdefault(iri, [label])
        notations[iri] = notation
        if alt and alt not in entry:
            entry.append(alt)
    index = LabelIndex(concepts)
    suggestions: list[Suggestion] = []
    for indicator, label, ref, _plan_iri, plan in _rows(store, "crosswalk-unmatched"):
        for match in index.rank(label, min_score)[:per_indicator]:
            reason = f"shares {', '.join(_display(token) for token in match.shared)} with {match.label!r}"
            suggestions.append(
                Suggestion(
                    URIRef(indicator),
                    label,
                    match.concept,
                    concepts[match.concept][0],
                    match.score,
                    reason,
                    ref,
                    notations.get(match.concept, ""),
                    plan,
                )
            )
    suggestions.sort(key=lambda s: (-s.score, s.plan, s.source_ref, s.source_label, str(s.target)))
    return suggestions[:limit] if limit is not None else suggestions


_DISPLAY = {
    "lookedafter": "looked after children",
    "childprotection": "child protection",
    "repeat": "second or subsequent",
    "teenpregnancy": "teenage pregnancy",
    "careleaver": "care leavers",
    "youthjustice": "youth justice",
    "firsttimeentrant": "first time entrants",
    "placementstability": "placement stability",
    "healthassessment": "health assessment",
    "goodgcse": "A*-C / 9-4",
    "childreninneed": "children in need",
    "earlyhelp": "early help",
    "mentalhealth": "mental health",
    "permanentexclusion": "permanent exclusion",
    "persistentabsence": "persistent absence",
    "coreassessment": "core assessment",
    "initialassessment": "initial assessment",
    "youthviolence": "serious youth violence",
    "substancemisuse": "substance misuse",
    "childrenscentre": "children's centres",
}


_ACRONYMS = frozenset({"neet", "eet", "sen", "ehcp", "fsm", "eyfs", "gld", "pep", "camhs"})


def _display(token: str) -> str:
    """Return a reader's name for a normalised token (``lookedafter`` -> "looked after children")."""
    if token.startswith("keystage"):
        return f"key stage {token.removeprefix('keystage')}"
    return _DISPLAY.get(token, token.upper() if token in _ACRONYMS else token)


def _rows(store: PlanStore, name: str) -> list[tuple[str, ...]]:
    """Return the rows of a named query as strings ("" for an unbound cell)."""
    result = store.query(named_queries()[name].text)
    return [tuple(_text(term) for term in row) for row in result.rows]


def _text(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str:
    return "" if term is None else term.value
