"""Minting the deterministic, readable IRIs of instance data (the contract's ``id:`` patterns)."""

from __future__ import annotations

import re

from rdflib import URIRef

from councilkg.ontology.vocab import ID
from councilkg.text import slugify


def authority_iri(authority: str) -> URIRef:
    """Return ``id:authority/<slug>``."""
    return ID[f"authority/{authority}"]


def plan_iri(authority: str, plan_slug: str) -> URIRef:
    """Return ``id:plan/<authority>/<plan>``, which is also the plan's named graph."""
    return ID[f"plan/{authority}/{plan_slug}"]


_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f]')
"""Characters an IRI may not hold (RFC 3987); a key holding one is slugified."""


def item_iri(plan: URIRef, kind: str, key: str) -> URIRef:
    """Return ``<plan>/<kind>/<key>``, e.g. ``id:plan/lambeth/…-2020-21/action/cska12``.

    A key that could not stand in an IRI (a reference printed with a space, say) is slugified,
    so that a plan's odd reference never stops its graph being written.
    """
    if _NOT_IN_IRI.search(key):
        key = slugify(key)
    return URIRef(f"{plan}/{kind}/{key}")


def child_iri(parent: URIRef, *parts: str) -> URIRef:
    """Return ``<parent>/<part>/<part>…`` with each part slugified."""
    return URIRef("/".join([str(parent), *(slugify(part) for part in parts)]))


def person_iri(name: str) -> URIRef:
    """Return ``id:person/<slug of name>``; people are shared across an authority's plans."""
    return ID[f"person/{slugify(name)}"]


def post_iri(authority: str, title: str) -> URIRef:
    """Return ``id:authority/<authority>/post/<slug of title>``."""
    return ID[f"authority/{authority}/post/{slugify(title)}"]


def unit_iri(authority: str, name: str) -> URIRef:
    """Return ``id:authority/<authority>/unit/<slug of name>``."""
    return ID[f"authority/{authority}/unit/{slugify(name)}"]


def partner_iri(authority: str, name: str) -> URIRef:
    """Return ``id:authority/<authority>/partner/<slug of name>``."""
    return ID[f"authority/{authority}/partner/{slugify(name)}"]


def framework_iri(scheme: str) -> URIRef:
    """Return ``id:framework/<scheme>``, an outcome framework (concept scheme)."""
    return ID[f"framework/{scheme}"]


def outcome_iri(scheme: str, key: str) -> URIRef:
    """Return ``id:framework/<scheme>/<key>``, e.g. ``id:framework/ecm/stay-safe``."""
    return ID[f"framework/{scheme}/{key}"]


def national_indicator_iri(indicator_set: str, code: str) -> URIRef:
    """Return ``id:indicator-set/<set>/<code>``, e.g. ``id:indicator-set/ni/59``."""
    return ID[f"indicator-set/{indicator_set}/{code.lower()}"]


def national_set_iri(indicator_set: str) -> URIRef:
    """Return ``id:indicator-set/<set>``, a national indicator set (NI, BVPI, PAF) as a concept scheme."""
    return ID[f"indicator-set/{indicator_set}"]
