"""One authority per council: a plan naming its council differently joins the authority the store has.

A plan guessed as "Northmoor" and one loaded with ``--council "Northmoor Borough Council"`` are one
council's. Before a plan's triples are made, its council is looked for among the authorities the
store (and the shipped reference data) knows: first by ONS GSS code, then by name compared in
:func:`~councilkg.text.authority_key` form ("Borough Council", "London Borough of", "&"/"and"...
ignored). A match files the plan under the existing authority's IRI, and the build says so.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SKOS

from councilkg.errors import CouncilKGError
from councilkg.loaders.model import PlanInfo
from councilkg.ontology import reference_paths
from councilkg.ontology.vocab import CKG, ID
from councilkg.queries import named_queries
from councilkg.store.base import Store
from councilkg.text import authority_key

_AUTHORITY_PREFIX = f"{ID}authority/"


@dataclass(frozen=True)
class KnownAuthority:
    """An authority a store or the shipped reference data describes."""

    slug: str
    """The last part of its IRI, ``id:authority/<slug>``."""
    label: str
    names: tuple[str, ...]
    """Its label and other names (skos:altLabel), sorted."""
    gss: str | None = None

    def name_keys(self) -> set[str]:
        """Return the :func:`~councilkg.text.authority_key` of each of its names and of its slug."""
        return {authority_key(name) for name in (*self.names, self.slug.replace("-", " "))}


@dataclass(frozen=True)
class AuthorityMatch:
    """A plan filed under an authority the store already had, though the plan named it differently."""

    authority: KnownAuthority
    given: str
    """The council's name as the plan (or the user) gave it."""
    by: str
    """What matched: ``"GSS code"`` or ``"name"``."""

    def describe(self) -> str:
        """Return e.g. ``"filed under the existing authority Northmoor (id:authority/northmoor): the name
        'Northmoor Borough Council' matches"``."""
        what = "its GSS code" if self.by == "GSS code" else f"the name {self.given!r}"
        return (
            f"filed under the existing authority {self.authority.label} "
            f"(id:authority/{self.authority.slug}): {what} matches"
        )


def known_authorities(store: Store) -> tuple[KnownAuthority, ...]:
    """Return the authorities ``store`` describes, with those the package ships, sorted by slug."""
    names: dict[str, tuple[str, set[str], set[str]]] = {}
    for authority, label, alt_label, gss in store.query(named_queries()["authority-names"].text).rows:
        if authority is None or label is None or not authority.value.startswith(_AUTHORITY_PREFIX):
            continue
        slug = authority.value.removeprefix(_AUTHORITY_PREFIX)
        entry = names.setdefault(slug, (label.value, set(), set()))
        entry[1].update(name.value for name in (label, alt_label) if name is not None)
        if gss is not None:
            entry[2].add(gss.value)
    found = {
        slug: KnownAuthority(slug, label, tuple(sorted(all_names)), min(codes) if codes else None)
        for slug, (label, all_names, codes) in names.items()
        if "/" not in slug
    }
    for shipped in _shipped_authorities():
        found.setdefault(shipped.slug, shipped)
    return tuple(found[slug] for slug in sorted(found))


@cache
def _shipped_authorities() -> tuple[KnownAuthority, ...]:
    """Return the authorities of the shipped reference data (``ontology/reference/``), read once."""
    graph = Graph()
    for path in reference_paths():
        graph.parse(path, format="turtle")
    shipped = []
    for authority in sorted(graph.subjects(RDF.type, CKG.Authority), key=str):
        label = graph.value(authority, RDFS.label)
        if label is None or not str(authority).startswith(_AUTHORITY_PREFIX):
            continue
        names = {str(label), *(str(alt) for alt in graph.objects(authority, SKOS.altLabel))}
        gss = graph.value(authority, CKG.gssCode)
        slug = str(authority).removeprefix(_AUTHORITY_PREFIX)
        shipped.append(KnownAuthority(slug, str(label), tuple(sorted(names)), str(gss) if gss else None))
    return tuple(shipped)


def match_authority(
    info: PlanInfo, known: tuple[KnownAuthority, ...]
) -> tuple[PlanInfo, AuthorityMatch | None]:
    """Return the plan's identity filed under the known authority its council is, and the match.

    An authority with the plan's GSS code wins; else one whose names or slug have the same
    :func:`~councilkg.text.authority_key` as the plan's council (the one with the plan's own slug
    first). The plan then takes that authority's slug, label and code. Without a match, or when
    the plan already names the authority as the store does, the identity is returned unchanged
    with no match.

    Raises:
        CouncilKGError: the council's name matches an authority with another GSS code.
    """
    given = info.authority_label or info.council
    chosen: KnownAuthority | None = None
    by = "name"
    if info.gss:
        chosen = next((k for k in known if k.gss == info.gss), None)
        by = "GSS code"
    if chosen is None:
        key = authority_key(given)
        same = sorted(
            (k for k in known if key in k.name_keys()), key=lambda k: (k.slug != info.authority, k.slug)
        )
        chosen = same[0] if same else None
        by = "name"
        if chosen is not None and info.gss and chosen.gss and chosen.gss != info.gss:
            raise CouncilKGError(
                f"council {given!r} is the store's authority {chosen.label} (id:authority/{chosen.slug}), "
                f"whose GSS code is {chosen.gss}, not {info.gss}; give its code, or another --council name"
            )
    if chosen is None:
        return info, None
    if chosen.slug == info.authority and (
        info.authority_label is None or info.authority_label == chosen.label
    ):
        return info, None
    matched = replace(info, authority=chosen.slug, authority_label=chosen.label, gss=chosen.gss or info.gss)
    return matched, AuthorityMatch(chosen, given, by)
