"""Crosswalk suggestions: rows of ``crosswalk.csv`` still to review, proposed from the store.

:func:`suggest_matches` takes plan indicators with neither a national code nor a crosswalk row and
scores each against every national concept's title by a weighted overlap of normalised words (lower
case, light stemming, stop words dropped, synonyms such as "LAC" and "children in care" folded
together). See :mod:`councilkg.build.crosswalk` for the crosswalk itself.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from councilkg.ontology import ontology_path
from councilkg.queries import named_queries
from councilkg.store.base import Store

INDICATOR_SETS_FILE = "reference/indicator-sets.ttl"

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
    """Return ``word`` without its plural and -ing/-ed endings; short words and concept tokens are kept.

    Endings are cut until none is left, so a stem stems to itself ("increased" and "increas" both
    give "increa") and tokens read back from a label give the same tokens.
    """
    while (shorter := _stem_once(word)) != word:
        word = shorter
    return word


def _stem_once(word: str) -> str:
    """Return ``word`` with one plural or -ing/-ed ending cut, or ``word`` itself when it has none."""
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
    store: Store, min_score: float = 0.35, limit: int | None = None, per_indicator: int = 3
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


def _rows(store: Store, name: str) -> list[tuple[str, ...]]:
    """Return the rows of a named query as strings ("" for an unbound cell)."""
    result = store.query(named_queries()[name].text)
    return [tuple(_text(term) for term in row) for row in result.rows]


def _text(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str:
    return "" if term is None else term.value
