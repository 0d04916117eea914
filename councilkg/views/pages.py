"""The pages of the graph's items: static, server-rendered HTML with no script and no external asset.

Each page is rendered by a jinja2 template (``templates/pages/``) with autoescaping on, so every
label, value and IRI from the store is text, never markup. Links to other items point at their own
pages: on the served site the path of their IRI (``/id/...``; :func:`item_href`, :data:`SERVED`), on a
static site a relative file link (:class:`PageLinks`, made by :mod:`councilkg.release.site`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import quote, unquote

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context

from councilkg.analysis.authorities import AuthorityPlans
from councilkg.analysis.describe import ItemDescription, Statement
from councilkg.analysis.gaps import GAP_KINDS
from councilkg.analysis.overviews import CodeOverview, Overviewed, PlanOverview
from councilkg.analysis.ownership import OwnerReport
from councilkg.ontology.vocab import ID_IRI, PREFIXES
from councilkg.views.chart import observation_chart

PAGE_FORMATS = (("turtle", "Turtle"), ("ntriples", "N-Triples"), ("jsonld", "JSON-LD"))
"""The RDF formats a page links to (``?format=`` name, shown name)."""

PROPERTY_NAMES = {
    PREFIXES["rdf"] + "type": "kind",
    PREFIXES["rdfs"] + "label": "label",
    PREFIXES["rdfs"] + "comment": "comment",
    PREFIXES["skos"] + "prefLabel": "preferred label",
    PREFIXES["skos"] + "notation": "notation",
    PREFIXES["skos"] + "altLabel": "also called",
    PREFIXES["skos"] + "editorialNote": "note",
    PREFIXES["skos"] + "inScheme": "in scheme",
    PREFIXES["skos"] + "broader": "broader",
    PREFIXES["skos"] + "topConceptOf": "top concept of",
    PREFIXES["skos"] + "hasTopConcept": "top concept",
    PREFIXES["skos"] + "exactMatch": "exact match",
    PREFIXES["skos"] + "closeMatch": "close match",
    PREFIXES["skos"] + "relatedMatch": "related match",
    PREFIXES["dcterms"] + "title": "title",
    PREFIXES["dcterms"] + "description": "description",
    PREFIXES["dcterms"] + "format": "format",
    PREFIXES["prov"] + "wasDerivedFrom": "derived from",
    PREFIXES["org"] + "heldBy": "held by",
    PREFIXES["org"] + "postIn": "post in",
    PREFIXES["org"] + "subOrganizationOf": "part of",
    PREFIXES["foaf"] + "name": "name",
    PREFIXES["owl"] + "sameAs": "same as",
}
"""Names for the properties of other vocabularies (the ontology graph labels councilkg's own)."""

_KIND_NAMES = {
    "OrganisationalUnit": "Organisational unit",
    "SourceDocument": "Source document",
    "OriginalDocument": "Original document",
    "ThemeAssignment": "Theme assignment",
    "OutcomeFramework": "Outcome framework",
    "AppraisalObjective": "Appraisal objective",
}
LINKS_LISTED = 200
"""Most links of one property a page lists; the rest are counted (the page's RDF has every one)."""
_LAST = ("in plan", "derived from")
"""Link groups listed last: every item has them, and they say least about it."""


def item_href(iri: str | None) -> str | None:
    """Return the path of ``iri``'s page on the served site (``/id/...``), or ``None`` for an IRI
    the project did not mint (it has no page there).

    Example:
        >>> item_href("https://w3id.org/councilkg/id/person/alex-kubeyinje")
        '/id/person/alex-kubeyinje'
        >>> item_href("https://w3id.org/councilkg/id/plan/x/p/action/a?b#c"), item_href("http://example.org/")
        ('/id/plan/x/p/action/a%3Fb%23c', None)
    """
    if iri is None or not iri.startswith(ID_IRI) or len(iri) == len(ID_IRI):
        return None
    return "/id/" + quote(iri[len(ID_IRI) :], safe="/:@!$&'()*+,;=-._~")


@dataclass(frozen=True)
class PageLinks:
    """Where a page's links lead: served pages link by path (:data:`SERVED`), a static site's pages by
    relative file links, one :class:`PageLinks` per page."""

    href: Callable[[str | None], str | None]
    """The link to an IRI's page, or ``None`` when it has none (the IRI is shown as text)."""
    home: str
    """The index of authorities and plans."""
    query: str | None
    """The SPARQL query page, or ``None`` when there is none (a static site)."""
    data: tuple[tuple[str, str], ...]
    """The page's own statements as RDF: ``(link, format shown)``, the first listing every link."""
    data_home: tuple[str, str] | None = None
    """A static site's data release: ``(link to its README, text)``."""


SERVED = PageLinks(item_href, "/id/", "/", tuple((f"?format={name}", label) for name, label in PAGE_FORMATS))
"""The links of the pages ``councilkg serve`` answers: ``/id/...`` paths and ``?format=`` for the RDF."""


def iri_of_path(path: str) -> str:
    """Return the IRI whose page is at ``path`` (``/id/...``, percent-encoded as :func:`item_href` writes it).

    Example:
        >>> iri_of_path("/id/plan/x/p/action/a%3Fb%23c")
        'https://w3id.org/councilkg/id/plan/x/p/action/a?b#c'

    Raises:
        ValueError: ``path`` is not under ``/id/``, or its percent-encoding is not UTF-8.
    """
    if not path.startswith("/id/") or len(path) == len("/id/"):
        raise ValueError(f"{path[:200]!r} is not the page of an IRI (/id/...)")
    return ID_IRI + unquote(path[len("/id/") :], errors="strict")


def property_name(statement: Statement) -> str:
    """Return how a page names a statement's property: the ontology's label, a name for another
    vocabulary's property, else the IRI's prefixed name."""
    if statement.property_label:
        return statement.property_label
    if statement.property in PROPERTY_NAMES:
        return PROPERTY_NAMES[statement.property]
    for prefix, namespace in PREFIXES.items():
        if statement.property.startswith(namespace):
            return f"{prefix}:{statement.property[len(namespace) :]}"
    return statement.property


def kind_name(kind: str) -> str:
    """Return how a page names a councilkg class ("OrganisationalUnit": "Organisational unit")."""
    return _KIND_NAMES.get(kind, kind)


def _measure_order(measure: str) -> tuple[int, str]:
    """Return the sort key of a measure: outturns, then targets, then the rest by name."""
    order = {"Outturn": 0, "Target": 1}
    return order.get(measure, 2), measure


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if abs(value) < 1e15 else str(value)


def _grouped(
    statements: Iterable[Statement], most: int = LINKS_LISTED
) -> list[tuple[str, list[Statement], int]]:
    """Return statements grouped by their property's name, as ``(name, the first ``most`` of the group,
    how many more)``: groups in name order (``in plan`` and ``derived from`` last), each group's
    nodes by kind and label."""
    groups: dict[str, list[Statement]] = {}
    for statement in statements:
        groups.setdefault(property_name(statement), []).append(statement)
    ordered = sorted(groups, key=lambda name: (name in _LAST, name.lower()))
    listed = []
    for name in ordered:
        group = sorted(
            groups[name], key=lambda s: (s.other.kind or "", s.other.text.lower(), s.other.iri or "")
        )
        listed.append((name, group[:most], max(0, len(group) - most)))
    return listed


@cache
def _environment() -> Environment:
    folder = Path(str(resources.files("councilkg.views") / "templates"))
    environment = Environment(
        loader=FileSystemLoader(folder),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(href=_href, kind_name=kind_name, property_name=property_name, number=_number)
    return environment


@pass_context
def _href(context: Context, iri: str | None) -> str | None:
    """Return the link to ``iri``'s page as the page being rendered links (its ``links``)."""
    links: PageLinks = context["links"]
    return links.href(iri)


_OVERVIEW_TEMPLATES: dict[type, str] = {
    PlanOverview: "pages/plan.html",
    AuthorityPlans: "pages/authority.html",
    OwnerReport: "pages/owner.html",
    CodeOverview: "pages/code.html",
}


def item_page(item: ItemDescription, overviewed: Overviewed | None = None, links: PageLinks = SERVED) -> str:
    """Return the HTML page of one item: its label, kind, plan and council, its overview (a plan's
    tree and gaps, an authority's plans, what an owner owns, a code's values across authorities),
    facts, observations (indicators: a table and a chart of values and targets by period), links
    out and in (each to its own page as ``links`` leads; those the overview lists left out), and
    the plan lines it was read from."""
    observations_shown = bool(item.observations)
    covered = overviewed.covered if overviewed is not None else frozenset()
    links_in = [
        s
        for s in item.links_in
        if not (observations_shown and s.other.kind == "Observation") and s.other.iri not in covered
    ]
    overview = overviewed.overview if overviewed is not None else None
    measures: list[str] = []
    if isinstance(overview, CodeOverview):
        measures = sorted({o.measure for s in overview.series for o in s.observations}, key=_measure_order)
    template = _environment().get_template("pages/item.html")
    return template.render(
        item=item,
        overview=overview,
        overview_template=_OVERVIEW_TEMPLATES.get(type(overview)) if overview is not None else None,
        gap_meanings=GAP_KINDS,
        measures=measures,
        facts=sorted(
            item.facts, key=lambda s: (property_name(s) not in {"label", "title"}, property_name(s))
        ),
        observations=item.observations,
        chart=observation_chart(item.observations),
        links_out=_grouped(item.links_out),
        links_in=_grouped(links_in),
        links=links,
    )


def index_page(known: Sequence[AuthorityPlans], links: PageLinks = SERVED) -> str:
    """Return the index of the pages (``/id/`` served, ``index.html`` of a static site): each authority
    with loaded plans and its plans by year, then how many more authorities the store knows (the
    shipped reference data)."""
    with_plans = [authority for authority in known if authority.plans]
    return (
        _environment()
        .get_template("pages/index.html")
        .render(authorities=with_plans, others=len(known) - len(with_plans), links=links)
    )


def not_found_page(iri: str) -> str:
    """Return the HTML page for an IRI the store states nothing about."""
    return _environment().get_template("pages/not-found.html").render(iri=iri, links=SERVED)
