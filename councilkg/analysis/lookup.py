"""Finding what a user means: people and posts by name, plan items by reference or words, plans by name.

Every lookup runs a named query with the user's text bound as a term (never spliced into the
query), then ranks the candidates in Python: an exact match beats a partial one, and a partial
match must contain every word given. When nothing matches, the error suggests the closest names;
when several do, it lists them.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import pyoxigraph as ox

from councilkg.errors import LookupFailedError
from councilkg.ontology.vocab import PREFIXES
from councilkg.queries import expand_iri, named_queries
from councilkg.queries.sparqltext import with_values
from councilkg.store.base import Store
from councilkg.store.names import INDEXED_CLASSES, NameIndex
from councilkg.store.terms import compact_iri, local_name, shorten, term_int, term_text
from councilkg.text import normalise_name, plan_name

T = TypeVar("T")
_CKG = PREFIXES["ckg"]
KINDS = {"Person": "person", "Post": "post", "OrganisationalUnit": "unit", "Partner": "partner"}
AGENT_CLASSES = tuple(_CKG + name for name in KINDS)
"""The classes of people, posts, units and partners (IRIs)."""
LISTED_CANDIDATES = 8


def match_names(query: str, candidates: Sequence[T], name_of: Callable[[T], str]) -> list[T]:
    """Return the candidates whose name matches ``query``, best kind of match only.

    Exact names (case, spacing and punctuation ignored) win; otherwise a name matches when each
    word of the query starts a word of the name, so "Kubeyinje" and "head community ops" match.

    Example:
        >>> match_names("kathy", ["Kathy O'Mahony", "Kathy Roberts", "Cathy Twist"], str)
        ["Kathy O'Mahony", 'Kathy Roberts']
        >>> match_names("Cathy Twist", ["Cathy Twist", "Cathy Twist-Jones"], str)
        ['Cathy Twist']
    """
    key = normalise_name(query)
    if not key:
        return []
    exact = [c for c in candidates if normalise_name(name_of(c)) == key]
    if exact:
        return exact
    words = key.split()

    def starts_words(name: str) -> bool:
        name_words = normalise_name(name).split()
        return all(any(w.startswith(word) for w in name_words) for word in words)

    return [c for c in candidates if starts_words(name_of(c))]


def closest_names(query: str, names: Iterable[str], limit: int = 5) -> list[str]:
    """Return up to ``limit`` names that look most like ``query`` (whole names, or any one word).

    Example:
        >>> closest_names("Kubeyinji", ["Alex Kubeyinje", "Abi Onaboye", "Cathy Twist"])
        ['Alex Kubeyinje']
    """
    key = normalise_name(query)
    scored: dict[str, float] = {}
    for name in set(names):
        normal = normalise_name(name)
        ratio = _similarity(key, normal, 0.75)
        for word in normal.split():
            for part in key.split():
                ratio = max(ratio, _similarity(part, word, 0.8) - 0.05)
        if ratio >= 0.75:
            scored[name] = ratio
    return sorted(scored, key=lambda n: (-scored[n], n))[:limit]


def _similarity(a: str, b: str, floor: float) -> float:
    """Return difflib's ratio of ``a`` and ``b``, or 0 when its cheap upper bound is below ``floor``.

    The bound (from the lengths alone) keeps a very long query from costing seconds per name.
    """
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.ratio() if matcher.real_quick_ratio() >= floor else 0.0


def _listed(names: Sequence[str]) -> str:
    shown = "; ".join(names[:LISTED_CANDIDATES])
    more = len(names) - LISTED_CANDIDATES
    return f"{shown}; and {more} more" if more > 0 else shown


# -- owners (people, posts, units, partners) ------------------------------------------------------


@dataclass(frozen=True)
class Agent:
    """A person, post, unit or partner that can own plan items."""

    iri: str
    kind: str
    label: str
    authorities: tuple[str, ...]
    """Labels of the authorities whose plans name it ("Lambeth"), sorted."""

    def describe(self) -> str:
        """Return e.g. ``"Alex Kubeyinje (person, Lambeth)"``."""
        where = ", ".join(self.authorities)
        return f"{self.label} ({self.kind}{', ' + where if where else ''})"

    def candidate(self) -> str:
        """Return the agent as one of several a name matches, with the id that names it alone: e.g.
        ``"Kathy Roberts (person, Lambeth) → id:person/kathy-roberts"``."""
        return f"{self.describe()} → {compact_iri(self.iri)}"


def agents(store: Store) -> list[Agent]:
    """Return every person, post, unit and partner in the store, sorted by label."""
    result = store.query(named_queries()["owner-candidates"].text)
    found: dict[str, tuple[str, str, set[str]]] = {}
    for agent, cls, label, _authority, authority_name in result.rows:
        assert agent is not None and cls is not None and label is not None
        kind = KINDS[local_name(cls.value)]
        entry = found.setdefault(agent.value, (kind, label.value, set()))
        if authority_name is not None:
            entry[2].add(authority_name.value)
    return sorted(
        (Agent(iri, kind, label, tuple(sorted(where))) for iri, (kind, label, where) in found.items()),
        key=lambda a: (a.label.lower(), a.iri),
    )


def find_agents(store: Store, name: str, authority: str | None = None) -> list[Agent]:
    """Return the people, posts, units and partners ``name`` denotes (an IRI, or all or part of a name).

    Args:
        store: the store to search.
        name: ``"Alex Kubeyinje"``, ``"kubeyinje"``, ``"Head of Community Operations"``, or an IRI.
        authority: keep only agents named in this authority's plans (its name, e.g. "Lambeth").
    """
    iri = _iri_or_none(name)
    index = store.name_index()
    indexed = _indexed_agent_labels(index, name, iri) if index is not None else None
    if indexed is not None:
        # The index gives every agent the name can match (each word starts a word of a label):
        # only those are asked where they are named, so neither list reads every plan.
        if authority is None:
            chosen = (
                [a for a in indexed if a[0] == iri] if iri is not None else match_names(name, indexed, _label)
            )
            return [_agent_with_authorities(store, agent) for agent in chosen]
        return _matching(
            name, iri, _in_authority([_agent_with_authorities(store, a) for a in indexed], authority)
        )
    if authority is None:
        # Match the name against the agents' labels first and ask where only the few matches are
        # named: the full list of :func:`agents` reads every plan of a large store.
        labels = _agent_labels(store)
        matched = [a for a in labels if a[0] == iri] if iri is not None else match_names(name, labels, _label)
        if len(matched) <= LISTED_CANDIDATES:
            return [_agent_with_authorities(store, agent) for agent in matched]
    candidates = agents(store)
    return _matching(name, iri, candidates if authority is None else _in_authority(candidates, authority))


def _in_authority(candidates: list[Agent], authority: str) -> list[Agent]:
    """Return the agents named in the plans of ``authority`` (its name, in any spelling)."""
    wanted = normalise_name(authority)
    return [a for a in candidates if wanted in {normalise_name(w) for w in a.authorities}]


def _matching(name: str, iri: str | None, candidates: list[Agent]) -> list[Agent]:
    """Return the agent ``iri`` names, or (no IRI) those :func:`match_names` finds for ``name``."""
    if iri is not None:
        return [a for a in candidates if a.iri == iri]
    return match_names(name, candidates, lambda a: a.label)


def _label(agent: tuple[str, str, str]) -> str:
    return agent[2]


def _agent_labels(store: Store) -> list[tuple[str, str, str]]:
    """Return ``(IRI, kind, label)`` of every agent, one per agent, sorted as :func:`agents` sorts."""
    rows = []
    for agent, cls, label in store.query(named_queries()["agent-labels"].text).rows:
        assert agent is not None and cls is not None and label is not None
        rows.append((agent.value, cls.value, label.value))
    return _one_label_each(rows)


def _indexed_agent_labels(index: NameIndex, name: str, iri: str | None) -> list[tuple[str, str, str]] | None:
    """Return what :func:`_agent_labels` returns for the agents that can match ``name`` (or are
    ``iri``): those a word of whose label each word of the name starts, found in the name index;
    ``None`` when the index cannot be read."""
    found = index.by_iri([iri], AGENT_CLASSES) if iri is not None else index.find(name, AGENT_CLASSES)
    return None if found is None else _one_label_each((n.iri, n.cls, n.label) for n in found)


def _one_label_each(rows: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Return ``(IRI, kind, label)`` per agent of ``(IRI, class IRI, label)`` rows, sorted by label; an
    agent named two ways (in two plans) goes by the label that sorts first."""
    found: dict[str, tuple[str, str, str]] = {}
    for iri, cls, label in sorted(rows, key=lambda r: (r[2].lower(), r[2], r[1], r[0])):
        found.setdefault(iri, (iri, KINDS[local_name(cls)], label))
    return sorted(found.values(), key=lambda a: (a[2].lower(), a[0]))


def _agent_with_authorities(store: Store, agent: tuple[str, str, str]) -> Agent:
    """Return one agent as :class:`Agent`, with the authorities whose plans name it."""
    iri, kind, label = agent
    rows = store.query(named_queries()["agent-authorities"].text, {"agent": ox.NamedNode(iri)}).rows
    where = {name.value for _agent, name in rows if name is not None}
    return Agent(iri, kind, label, tuple(sorted(where)))


def resolve_agent(store: Store, name: str, authority: str | None = None) -> Agent:
    """Return the one person, post, unit or partner ``name`` denotes.

    Raises:
        LookupFailedError: nothing matches (the closest names are suggested), or several do
            (they are listed, with how to choose).
    """
    if authority is not None:
        known = sorted({p.authority for p in plans_in(store)})
        if normalise_name(authority) not in {normalise_name(k) for k in known}:
            raise LookupFailedError(
                f"no authority {authority!r} in the store; known: {', '.join(known) or 'none'}"
            )
    matches = find_agents(store, name, authority)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        names = [a.label for a in agents(store)]
        suggestions = closest_names(name, names)
        hint = f"; did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        where = f" in {authority}" if authority else ""
        raise LookupFailedError(f"no person or post named {name!r}{where}{hint} (see `councilkg owners`)")
    choose = "" if authority else ", or --authority"
    raise LookupFailedError(
        f"{name!r} matches {len(matches)} owners: {_listed([a.candidate() for a in matches])}; "
        f"give one's id, more of the name{choose}"
    )


# -- plan items ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """A plan item (or outcome) found by reference or words."""

    iri: str
    type: str
    ref: str | None
    label: str
    plan: str | None
    plan_title: str | None
    line: int | None
    match: str
    """How it matched: "iri", "ref", "national code" or "label"."""
    council: str | None = None
    """The name of the plan's council ("Lambeth")."""

    @property
    def plan_name(self) -> str | None:
        """Return the plan's council and title, e.g. "Lambeth — Children's Directorate Plan 2020/21"."""
        return plan_name(self.council, self.plan_title)

    def describe(self) -> str:
        """Return e.g. ``"CSKA12 (Action, Lambeth — Children's Directorate Plan 2020/21)"``."""
        name = self.label if self.type == "Outcome" else self.ref or shorten(self.label, 50)
        where = f", {self.plan_name}" if self.plan_name else ""
        return f"{name} ({self.type}{where})"

    def candidate(self) -> str:
        """Return the item as one of several a text matches: what it is, its plan (council and title),
        its source line, and the id that names it alone, e.g. ``"Stay Safe (Indicator, Herefordshire —
        Children and Young People's Directorate Plan 2009-2011, line 651) → id:plan/herefordshire/…"``."""
        name = self.label if self.type == "Outcome" or not self.ref else f"{self.ref} {self.label}"
        where = [self.type, *([self.plan_name] if self.plan_name else [])]
        where += [f"line {self.line}"] if self.line is not None else []
        return f"{shorten(name, 60)} ({', '.join(where)}) → {compact_iri(self.iri)}"


def _iri_or_none(text: str) -> str | None:
    """Return :func:`expand_iri` of ``text``, a malformed IRI being a :class:`LookupFailedError`."""
    try:
        return expand_iri(text)
    except ValueError as error:
        raise LookupFailedError(f"{text.strip()!r} is not a valid IRI: {error}") from error


def find_items(store: Store, text: str, plan: str | None = None, include_private: bool = False) -> list[Item]:
    """Return the items ``text`` denotes: an IRI, a reference (``CSKA12``, ``NI 59``) or words of a label.

    References win over words: "NI 59" returns the indicators printed or coded NI 59, not labels
    that mention it. Words match whole words of the label ("SS" does not match "assess").

    Args:
        store: the store to search.
        text: what the user typed.
        plan: keep only items of this plan (an IRI); when none of its items match, outcomes (which
            any plan may serve) and items of no plan.
        include_private: also search appraisal objectives in the private graphs.
    """
    if not text.strip():
        return []
    iri = _iri_or_none(text)
    if iri is not None:
        return _item_by_iri(store, iri, include_private)
    index = store.name_index()
    indexed = _indexed_items(store, index, text, include_private) if index is not None else None
    items = indexed if indexed is not None else _searched_items(store, text, include_private)
    phrase = r"\b" + r"\W+".join(re.escape(w) for w in normalise_name(text).split()) + r"\b"

    def best(candidates: list[Item]) -> list[Item]:
        by_ref = [i for i in candidates if i.match in ("ref", "national code")]
        return by_ref or [i for i in candidates if re.search(phrase, normalise_name(i.label))]

    if plan is None:
        return best(list(items.values()))
    # An outcome (of Every Child Matters, of a borough plan) is the plan's to serve whichever plan
    # states it: with a plan given, the plan's own items win, and outcomes and items of no plan come next.
    return best([i for i in items.values() if i.plan == plan]) or best(
        [i for i in items.values() if i.plan is None or i.type == "Outcome"]
    )


#: The classes of plan items (and outcomes) an item search finds (IRIs): the index's, but agents'.
ITEM_CLASSES = tuple(c for c in INDEXED_CLASSES if c not in AGENT_CLASSES and c != _CKG + "Authority")
#: Beyond this many items matching a text, each is not looked up from the index (the scan is no slower).
MAX_INDEXED_ITEMS = 200


def _indexed_items(
    store: Store, index: NameIndex, text: str, include_private: bool
) -> dict[str, Item] | None:
    """Return the items whose reference, national code or label ``text`` matches, as ``item-search.rq``
    finds them, from the name index and one lookup an item; ``None`` when the index cannot answer
    (then the labels are scanned)."""
    refs = index.find_refs(text, ITEM_CLASSES, include_private)
    names = index.find(text, ITEM_CLASSES, include_private)
    if refs is None or names is None:
        return None
    wanted = text.strip().lower()
    matched = dict.fromkeys((n.iri for n in names if wanted in n.label.lower()), "label")
    matched.update(refs)
    if len(matched) > MAX_INDEXED_ITEMS:
        return None
    found = [
        dataclasses.replace(item, match=how)
        for iri, how in matched.items()
        for item in _item_by_iri(store, iri, include_private)
    ]
    # in item-search.rq's order (?match ?plan ?type ?ref ?label ?item, an unbound value first)
    found.sort(key=lambda i: (i.match, i.plan_title or "", i.type, i.ref or "", i.label, i.iri))
    return {item.iri: item for item in found}


def _searched_items(store: Store, text: str, include_private: bool) -> dict[str, Item]:
    """Return the items ``item-search.rq`` finds for ``text``: every label and reference scanned."""
    bindings = {"text": ox.Literal(text.strip())}
    rows = store.query(named_queries()["item-search"].text, bindings, include_private=include_private).rows
    items: dict[str, Item] = {}
    for _text_term, item, type_, ref, label, plan_iri, plan_title, council, line, match in rows:
        assert item is not None and type_ is not None and label is not None and match is not None
        found = Item(
            item.value,
            type_.value,
            term_text(ref),
            label.value,
            term_text(plan_iri),
            term_text(plan_title),
            term_int(line),
            match.value,
            term_text(council),
        )
        items.setdefault(found.iri, found)
    return items


def _item_by_iri(store: Store, iri: str, include_private: bool) -> list[Item]:
    """Return the item with IRI ``iri`` as :class:`Item`, or nothing when the store lacks it."""
    rows = store.query(
        named_queries()["item-by-iri"].text, {"item": ox.NamedNode(iri)}, include_private=include_private
    ).rows
    return [
        Item(
            iri,
            type_.value,
            term_text(ref),
            label.value,
            term_text(plan),
            term_text(title),
            term_int(line),
            "iri",
            term_text(council),
        )
        for _item, type_, ref, label, plan, title, council, line, _authority in rows[:1]
        if type_ is not None and label is not None
    ]


def resolve_item(store: Store, text: str, plan: str | None = None, include_private: bool = True) -> Item:
    """Return the one item ``text`` denotes (see :func:`find_items`).

    Raises:
        LookupFailedError: nothing matches, or several items do (they are listed).
    """
    matches = find_items(store, text, plan, include_private)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise LookupFailedError(
            f"no item with reference or words {text!r}{' in that plan' if plan else ''}; "
            "give a reference as printed (CSKA12, NI 59), words of its label, or its IRI"
        )
    choose = ", or --plan" if plan is None else ""
    raise LookupFailedError(
        f"{text!r} matches {len(matches)} items: {_listed([m.candidate() for m in matches])}; "
        f"give one's id, a reference, more words{choose}"
    )


# -- plans -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanRef:
    """A plan in the store."""

    iri: str
    title: str
    authority: str
    name: str
    """The bundled-plan style name: ``<authority slug>-<plan slug>``."""
    start_year: int | None = None
    end_year: int | None = None

    def describe(self) -> str:
        """Return e.g. ``"lambeth-childrens-directorate-plan-2020-21 (Lambeth — Children's Directorate Plan
        2020/21)"``: the name to pass back, then the council and title."""
        return f"{self.name} ({plan_name(self.authority, self.title)})"

    @property
    def short(self) -> str:
        """Return e.g. ``"Lambeth 2007-10"``: the authority and the plan's years."""
        if self.start_year is None:
            return f"{self.authority} {self.title}"
        end = f"-{str(self.end_year)[-2:]}" if self.end_year and self.end_year != self.start_year else ""
        return f"{self.authority} {self.start_year}{end}"


def plans_in(store: Store, iris: Iterable[str] | None = None) -> list[PlanRef]:
    """Return the plans loaded in the store (or those of them with the IRIs ``iris``), sorted by
    authority, start year and title."""
    rows = store.query(with_values(named_queries()["plans"].text, "plan", iris)).rows
    plans: dict[str, PlanRef] = {}
    for plan, authority, title, start, end, *_rest in rows:
        assert plan is not None and authority is not None and title is not None
        parts = plan.value.rstrip("/").split("/")
        plans.setdefault(
            plan.value,
            PlanRef(plan.value, title.value, authority.value, "-".join(parts[-2:]), _year(start), _year(end)),
        )
    return sorted(plans.values(), key=lambda p: (p.authority, p.start_year or 0, p.title, p.iri))


def authority_plan_iris(store: Store, name: str) -> set[str] | None:
    """Return the IRIs of the plans of the authority whose label is ``name`` (normalised), found
    through the store's name index without listing every plan; an empty set when no authority has
    that label, ``None`` when the store keeps no index."""
    index = store.name_index()
    names = index.find(name, [_CKG + "Authority"]) if index is not None else None
    if names is None:
        return None
    wanted = normalise_name(name)
    authorities = {n.iri for n in names if normalise_name(n.label) == wanted}
    if not authorities:
        return set()
    text = with_values(named_queries()["authority-plans"].text, "authority", authorities)
    return {str(term_text(plan)) for _authority, plan in store.query(text).rows}


def _year(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> int | None:
    return int(term.value[:4]) if term is not None and term.value[:4].isdigit() else None


def resolve_plan(store: Store, text: str) -> PlanRef:
    """Return the plan ``text`` denotes: its IRI, its name (a bundled file's stem), or words of its title.

    Raises:
        LookupFailedError: no plan or several plans match (the loaded plans are listed).
    """
    iri = _iri_or_none(text)
    if iri is not None and len(named := plans_in(store, [iri])) == 1:
        return named[0]  # an IRI names one plan: no need to list them all (1,100 at 5M, 45 ms)
    plans = plans_in(store)
    stem = re.sub(r"\.(txt|md|html?)$", "", text.strip().rsplit("/", 1)[-1], flags=re.IGNORECASE)
    # an IRI names one plan; a stem may end several authorities' IRIs ("…/cyp-directorate-plan-2011-13")
    exact = [p for p in plans if p.iri == iri] or [
        p for p in plans if p.name == stem or p.iri.endswith("/" + stem)
    ]
    matches = exact or match_names(text, plans, lambda p: f"{p.authority} {p.title}")
    if len(matches) == 1:
        return matches[0]
    listed = _listed([p.describe() for p in (matches or plans)])
    if not matches:
        raise LookupFailedError(f"no plan {text!r} in the store; loaded plans: {listed or 'none'}")
    raise LookupFailedError(f"{text!r} matches {len(matches)} plans: {listed}; give the plan's name")
