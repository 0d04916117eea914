"""The vocabulary's reference: every term of ``councilkg.ttl`` as ``docs/vocabulary.md`` and ``.html``.

Each class, property and named individual gets a section with its label, definition, domain and
range, super-terms, alignment to ORG, SKOS, PROV, qb, DCAT, FOAF and Dublin Core terms, the SHACL
constraints of ``shapes.ttl`` that apply to it, one real triple using it from a store of the bundled
plans, and the named queries that mention it. ``make docs`` runs
``python -m councilkg.cli.vocabulary docs``; a test regenerates both files and fails when the
checked-in ones are out of date.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from jinja2 import Environment, PackageLoader, StrictUndefined
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH
from rdflib.term import Node

from councilkg.api import example_store
from councilkg.errors import CouncilKGError
from councilkg.files import write_file
from councilkg.ontology import SHAPES_FILE, ontology_path
from councilkg.ontology.graphs import PRIVATE_GRAPH_PREFIX, REFERENCE_GRAPH
from councilkg.ontology.vocab import CKG_IRI, PREFIXES
from councilkg.queries import NamedQuery, named_queries
from councilkg.store.base import Store

ONTOLOGY_IRI = URIRef(CKG_IRI.rstrip("#"))
SHAPES_IRI = "https://w3id.org/councilkg/shapes#"
MARKDOWN_FILE, HTML_FILE = "vocabulary.md", "vocabulary.html"
EXAMPLE_WIDTH = 90
"""Characters of a literal shown in an example triple before it is cut short."""

KINDS: tuple[tuple[URIRef, str, str], ...] = (
    (OWL.Class, "Classes", "Class"),
    (OWL.ObjectProperty, "Object properties", "Object property"),
    (OWL.DatatypeProperty, "Datatype properties", "Datatype property"),
    (OWL.AnnotationProperty, "Annotation properties", "Annotation property"),
    (RDF.Property, "Other properties", "Property"),
    (OWL.NamedIndividual, "Named individuals", "Named individual"),
)
"""The sections of the reference, in order: a term is in the first whose type it has."""

ALIGNED_VOCABULARIES = {
    "org": "ORG",
    "skos": "SKOS",
    "prov": "PROV",
    "qb": "RDF Data Cube",
    "dcat": "DCAT",
    "foaf": "FOAF",
    "dcterms": "Dublin Core",
}
_ALIGNING = (
    (OWL.equivalentClass, "equivalent class"),
    (OWL.equivalentProperty, "equivalent property"),
    (RDFS.subClassOf, "sub-class of"),
    (RDFS.subPropertyOf, "sub-property of"),
    (RDFS.seeAlso, "see also"),
)
_NAMES = {**PREFIXES, "ckgsh": SHAPES_IRI, "dcat": "http://www.w3.org/ns/dcat#"}


@dataclass(frozen=True)
class Ref:
    """A term as shown: its compact name, the anchor of its section (ckg terms) and its IRI."""

    text: str
    anchor: str = ""
    iri: str = ""


@dataclass(frozen=True)
class Alignment:
    """A link from a ckg term to a term of another vocabulary."""

    relation: str
    target: Ref
    vocabulary: str


@dataclass(frozen=True)
class Constraint:
    """One SHACL property constraint: the shape it is in, the focus class, path and what it demands."""

    owner: str
    shape: str
    via: str
    focus: tuple[Ref, ...]
    path: str
    cardinality: str
    values: str
    message: str


@dataclass(frozen=True)
class ShapeNote:
    """A node shape that targets a class, with its description and property constraints."""

    name: str
    comment: str
    constraints: tuple[Constraint, ...]


@dataclass(frozen=True)
class Example:
    """One triple using a term, as compact text, and the graph it was found in."""

    subject: str
    predicate: str
    object: str
    graph: str


@dataclass(frozen=True)
class Term:
    """Everything the reference says about one term."""

    name: str
    curie: str
    iri: str
    kind: str
    label: str
    comment: str
    types: tuple[Ref, ...]
    domain: tuple[Ref, ...]
    range: tuple[Ref, ...]
    parents: tuple[Ref, ...]
    children: tuple[Ref, ...]
    alignments: tuple[Alignment, ...]
    shapes: tuple[ShapeNote, ...]
    constraints: tuple[Constraint, ...]
    example: Example | None
    queries: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    """A kind of term and its terms, sorted by name."""

    title: str
    anchor: str
    terms: tuple[Term, ...]


@dataclass(frozen=True)
class Vocabulary:
    """The ontology's header and its sections."""

    iri: str
    title: str
    description: str
    version: str
    sections: tuple[Section, ...]

    def terms(self) -> list[Term]:
        """Return every documented term, section by section."""
        return [term for section in self.sections for term in section.terms]


def compact(node: Node) -> str:
    """Return an IRI with a known namespace as ``prefix:local``, else in angle brackets; a literal as Turtle.

    Example:
        >>> compact(URIRef("https://w3id.org/councilkg#Action")), compact(URIRef("urn:x"))
        ('ckg:Action', '<urn:x>')
    """
    if isinstance(node, Literal):
        return _literal_text(
            node.value if isinstance(node.value, str) else str(node),
            node.language,
            str(node.datatype) if node.datatype else None,
        )
    if isinstance(node, BNode):
        return "[]"
    text = str(node)
    for prefix, namespace in _NAMES.items():
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace) :]}"
    return f"<{text}>"


def _literal_text(value: str, language: str | None, datatype: str | None) -> str:
    value = " ".join(value.split())
    if len(value) > EXAMPLE_WIDTH:
        value = value[: EXAMPLE_WIDTH - 1] + "…"
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if language:
        return f"{quoted}@{language}"
    if datatype and datatype != PREFIXES["xsd"] + "string":
        return f"{quoted}^^{compact(URIRef(datatype))}"
    return quoted


def _ref(node: Node) -> Ref:
    text = compact(node)
    anchor = text[4:] if text.startswith("ckg:") else ""
    return Ref(text, anchor, str(node) if isinstance(node, URIRef) else "")


def _refs(graph: Graph, nodes: Iterable[Node]) -> tuple[Ref, ...]:
    """Return the terms of ``nodes``, with an ``owl:unionOf`` class opened into its members."""
    found: list[Ref] = []
    for node in nodes:
        union = graph.value(node, OWL.unionOf) if isinstance(node, BNode) else None
        members = list(Collection(graph, union)) if union is not None else [node]
        found += [_ref(member) for member in members]
    return tuple(sorted(set(found), key=lambda ref: ref.text))


def _text(graph: Graph, node: Node, predicate: URIRef) -> str:
    values = sorted(str(v) for v in graph.objects(node, predicate) if isinstance(v, Literal))
    return " ".join(" ".join(values).split())


# SHACL ------------------------------------------------------------------------------------------


def _path_text(graph: Graph, path: Node) -> str:
    if isinstance(path, URIRef):
        return compact(path)
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path_text(graph, inverse)
    if graph.value(path, RDF.first) is not None:
        return " / ".join(_path_text(graph, step) for step in Collection(graph, path))
    return compact(path)


def _path_terms(graph: Graph, path: Node) -> set[Node]:
    """Return every IRI a SHACL path (a property, an inverse path, a sequence) goes through."""
    found: set[Node] = set()
    pending, visited = [path], set()
    while pending:
        node = pending.pop()
        if node in visited:
            continue
        visited.add(node)
        if isinstance(node, URIRef):
            found.add(node)
        else:
            pending += [o for p, o in graph.predicate_objects(node) if p != RDF.type]
    return found


def _cardinality(graph: Graph, shape: Node) -> str:
    low, high = graph.value(shape, SH.minCount), graph.value(shape, SH.maxCount)
    low_n = int(low) if isinstance(low, Literal) else 0
    high_n = int(high) if isinstance(high, Literal) else None
    if high_n is None:
        return f"at least {low_n}" if low_n else "any number"
    if low_n == high_n:
        return f"exactly {low_n}"
    return f"{low_n} to {high_n}" if low_n else f"at most {high_n}"


def _values(graph: Graph, shape: Node) -> str:
    """Return what a property shape demands of its values, as words (``class ckg:Post or ckg:Person``)."""
    parts: list[str] = []
    for predicate, word in ((SH["class"], "class"), (SH.datatype, "datatype")):
        parts += sorted(f"{word} {compact(v)}" for v in graph.objects(shape, predicate))
    for alternatives in graph.objects(shape, SH["or"]):
        options = [_values(graph, option) for option in Collection(graph, alternatives)]
        parts.append(" or ".join(option for option in options if option))
    kinds = {SH.IRI: "an IRI", SH.Literal: "a literal", SH.BlankNode: "a blank node"}
    parts += [
        kinds.get(kind, compact(kind))
        for kind in graph.objects(shape, SH.nodeKind)
        if isinstance(kind, URIRef)
    ]
    parts += [f"matching {pattern}" for pattern in graph.objects(shape, SH.pattern)]
    for listed in graph.objects(shape, SH["in"]):
        parts.append("one of " + ", ".join(compact(v) for v in Collection(graph, listed)))
    parts += [f"equal to {compact(other)}" for other in graph.objects(shape, SH.equals)]
    parts += [f"including {compact(value)}" for value in graph.objects(shape, SH.hasValue)]
    return "; ".join(parts)


def _constraint(graph: Graph, node_shape: Node | None, shape: Node, path: Node) -> Constraint:
    owner = node_shape if node_shape is not None else shape
    return Constraint(
        owner=compact(owner),
        shape=compact(owner) if isinstance(owner, URIRef) else "(an unnamed shape)",
        via=compact(shape) if node_shape is not None and isinstance(shape, URIRef) else "",
        focus=_refs(graph, graph.objects(owner, SH.targetClass)),
        path=_path_text(graph, path),
        cardinality=_cardinality(graph, shape),
        values=_values(graph, shape),
        message=_text(graph, shape, SH.message),
    )


@dataclass(frozen=True)
class _Shapes:
    """The shapes graph and its property constraints, each with the terms its path goes through."""

    graph: Graph
    constraints: tuple[tuple[frozenset[Node], Constraint], ...]

    @classmethod
    def read(cls, graph: Graph) -> _Shapes:
        """Return every property shape's constraint, once per node shape that uses it."""
        found: list[tuple[frozenset[Node], Constraint]] = []
        used: set[Node] = set()
        for node_shape, shape in graph.subject_objects(SH.property):
            path = graph.value(shape, SH.path)
            used.add(shape)
            if path is not None:
                found.append(
                    (frozenset(_path_terms(graph, path)), _constraint(graph, node_shape, shape, path))
                )
        for shape, path in graph.subject_objects(SH.path):
            # a property shape with a target of its own applies even when no node shape uses it
            if shape not in used and (shape, SH.targetClass, None) in graph:
                found.append((frozenset(_path_terms(graph, path)), _constraint(graph, None, shape, path)))
        return cls(graph, tuple(found))

    def on_property(self, term: URIRef) -> tuple[Constraint, ...]:
        """Return the constraints whose path goes through ``term``."""
        return tuple(
            sorted((c for terms, c in self.constraints if term in terms), key=lambda c: (c.shape, c.path))
        )

    def on_class(self, term: URIRef) -> tuple[ShapeNote, ...]:
        """Return the node shapes that target ``term``, each with its property constraints."""
        notes = []
        for shape in sorted(s for s in self.graph.subjects(SH.targetClass, term) if isinstance(s, URIRef)):
            name = compact(shape)
            own = sorted(
                (c for _terms, c in self.constraints if c.owner == name), key=lambda c: (c.path, c.via)
            )
            notes.append(ShapeNote(name, _text(self.graph, shape, RDFS.comment), tuple(own)))
        return tuple(notes)


# Examples and queries ---------------------------------------------------------------------------


def _example(store: Store, kind: URIRef, term: URIRef) -> Example | None:
    """Return the first triple using ``term`` in the store (the plans' graphs first, then the reference
    data, the private example appraisals and last the ontology), in a fixed order so every run picks
    the same one."""
    iri = f"<{term}>"
    if kind == OWL.Class:
        pattern, order = f"?s a {iri} . BIND(rdf:type AS ?p) BIND({iri} AS ?o)", "STR(?s)"
    elif kind == OWL.NamedIndividual:
        pattern, order = f"?s ?p {iri} . BIND({iri} AS ?o)", "STR(?p) STR(?s)"
    else:
        pattern, order = f"?s {iri} ?o . BIND({iri} AS ?p)", "STR(?s) STR(?o) LANG(?o)"
    sparql = f"""SELECT ?s ?p ?o ?g WHERE {{
  GRAPH ?g {{ {pattern} }}
  FILTER(!ISBLANK(?s))
  BIND(IF(STRSTARTS(STR(?g), "{PREFIXES["id"]}plan/"), 0, IF(?g = <{REFERENCE_GRAPH}>, 1,
       IF(STRSTARTS(STR(?g), "{PRIVATE_GRAPH_PREFIX}"), 2, 3))) AS ?rank)
}} ORDER BY ?rank STR(?g) {order} LIMIT 1"""
    rows = store.query(sparql, include_private=True).rows
    if not rows:
        return None
    s, p, o, g = (_from_ox(value) for value in rows[0])
    return Example(compact(s), "a" if p == RDF.type else compact(p), compact(o), compact(g))


def _from_ox(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        return Literal(
            term.value, lang=term.language, datatype=None if term.language else term.datatype.value
        )
    return BNode()


def _query_body(query: NamedQuery) -> str:
    return "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("#"))


def _queries_using(name: str, bodies: dict[str, str]) -> tuple[str, ...]:
    """Return the names of the named queries whose SPARQL (comments aside) mentions ``ckg:name``."""
    mention = re.compile(rf"(?<![\w:-])ckg:{re.escape(name)}(?![\w-])|<{re.escape(CKG_IRI + name)}>")
    return tuple(query for query, body in bodies.items() if mention.search(body))


# Building the model -----------------------------------------------------------------------------


@cache
def _graphs() -> tuple[Graph, Graph]:
    ontology = Graph().parse(ontology_path(), format="turtle")
    shapes = Graph().parse(ontology_path(SHAPES_FILE), format="turtle")
    return ontology, shapes


def vocabulary(store: Store) -> Vocabulary:
    """Return the reference's model of ``councilkg.ttl`` and ``shapes.ttl``, with examples from ``store``."""
    ontology, shapes_graph = _graphs()
    shapes = _Shapes.read(shapes_graph)
    bodies = {name: _query_body(query) for name, query in named_queries().items()}
    seen: set[URIRef] = set()
    sections: list[Section] = []
    for kind, title, _singular in KINDS:
        subjects = sorted(
            {s for s in ontology.subjects(RDF.type, kind) if isinstance(s, URIRef) and s.startswith(CKG_IRI)}
            - seen,
            key=lambda s: (s.lower(), str(s)),
        )
        seen.update(subjects)
        terms = tuple(_term(ontology, shapes, bodies, store, kind, s) for s in subjects)
        if terms:
            sections.append(Section(title, re.sub(r"\W+", "-", title.lower()), terms))
    dcterms = PREFIXES["dcterms"]
    return Vocabulary(
        iri=str(ONTOLOGY_IRI),
        title=_text(ontology, ONTOLOGY_IRI, URIRef(dcterms + "title")),
        description=_text(ontology, ONTOLOGY_IRI, URIRef(dcterms + "description")),
        version=_text(ontology, ONTOLOGY_IRI, OWL.versionInfo),
        sections=tuple(sections),
    )


def _alignments(ontology: Graph, term: URIRef) -> tuple[Alignment, ...]:
    """Return the links from ``term`` to ORG, SKOS, PROV, qb, DCAT, FOAF and Dublin Core terms."""
    found = []
    for relation, words in _ALIGNING:
        for target in ontology.objects(term, relation):
            prefix = compact(target).split(":", 1)[0]
            if prefix in ALIGNED_VOCABULARIES:
                found.append(Alignment(words, _ref(target), ALIGNED_VOCABULARIES[prefix]))
    return tuple(sorted(found, key=lambda a: (a.relation, a.target.text)))


def _own(nodes: Iterable[Node]) -> list[Node]:
    return [node for node in nodes if isinstance(node, URIRef) and node.startswith(CKG_IRI)]


def _term(
    ontology: Graph, shapes: _Shapes, bodies: dict[str, str], store: Store, kind: URIRef, term: URIRef
) -> Term:
    name = term[len(CKG_IRI) :]
    is_class = kind == OWL.Class
    up = RDFS.subClassOf if is_class else RDFS.subPropertyOf
    return Term(
        name=name,
        curie=f"ckg:{name}",
        iri=str(term),
        kind=next(singular for known, _title, singular in KINDS if known == kind),
        label=_text(ontology, term, RDFS.label),
        comment=_text(ontology, term, RDFS.comment),
        types=_refs(ontology, (t for t in _own(ontology.objects(term, RDF.type)) if t != kind)),
        domain=_refs(ontology, ontology.objects(term, RDFS.domain)),
        range=_refs(ontology, ontology.objects(term, RDFS.range)),
        parents=_refs(ontology, _own(ontology.objects(term, up))),
        children=_refs(ontology, _own(ontology.subjects(up, term))),
        alignments=_alignments(ontology, term),
        shapes=shapes.on_class(term) if is_class else (),
        constraints=() if is_class else shapes.on_property(term),
        example=_example(store, kind, term),
        queries=_queries_using(name, bodies),
    )


# Rendering --------------------------------------------------------------------------------------


def _markdown_text(text: str) -> str:
    """Return ``text`` safe as Markdown prose: no HTML tags, table bars or stray emphasis."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def _markdown_code(text: str) -> str:
    """Return ``text`` as a Markdown code span, fenced by more backticks than it holds."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


@cache
def _environment(autoescape: bool) -> Environment:
    environment = Environment(
        loader=PackageLoader("councilkg.ontology", "templates"),
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["md"] = _markdown_text
    environment.filters["code"] = _markdown_code
    return environment


def render(model: Vocabulary, template: str) -> str:
    """Return the reference rendered by ``template`` (``vocabulary.md`` or ``vocabulary.html``)."""
    environment = _environment(template.endswith(".html"))
    text = environment.get_template(template).render(vocabulary=model)
    return re.sub(r"\n{3,}", "\n\n", text).rstrip() + "\n"


def reference_documents(store: Store) -> dict[str, str]:
    """Return the reference's files by name: ``vocabulary.md`` and ``vocabulary.html``."""
    model = vocabulary(store)
    return {name: render(model, name) for name in (MARKDOWN_FILE, HTML_FILE)}


def _write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` with the package's one safe write (a failure leaves the old file whole)."""
    if path.parent.exists() and not path.parent.is_dir():
        raise CouncilKGError(f"cannot write {path}: {path.parent} is not a folder")
    write_file(path, text, make_folders=True)


def main(argv: list[str] | None = None) -> int:
    """Write ``vocabulary.md`` and ``vocabulary.html`` into the folder named in ``argv`` (default
    ``docs``); returns the exit code (2, with a one-line error, when a file cannot be written)."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0] if args else "docs")
    try:
        with example_store() as store:
            documents = reference_documents(store)
        for name, text in documents.items():
            _write_text(folder / name, text)
            print(f"wrote {folder / name}")
    except CouncilKGError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
