"""The vocabulary's reference (docs/vocabulary.md and .html): current, complete, linked and escaped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import OWL

from councilkg.api import example_store
from councilkg.cli.vocabulary import (
    HTML_FILE,
    MARKDOWN_FILE,
    main,
    reference_documents,
    render,
    vocabulary,
)
from councilkg.ontology import ontology_path
from councilkg.ontology.vocab import CKG_IRI
from councilkg.queries import named_queries
from councilkg.store.base import Store

DOCS = Path(__file__).resolve().parents[2] / "docs"
DECLARING_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
    OWL.NamedIndividual,
)


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    """Yield the catalogue's store: the bundled plans and the example appraisals."""
    with example_store() as built:
        yield built


@pytest.fixture(scope="module")
def documents(store: Store) -> dict[str, str]:
    """Return the reference as ``make docs`` would write it today."""
    return reference_documents(store)


def _declared_terms() -> set[str]:
    """Return the local name of every class, property and individual councilkg.ttl declares."""
    graph = Graph().parse(ontology_path(), format="turtle")
    return {
        str(s)[len(CKG_IRI) :]
        for kind in DECLARING_TYPES
        for s in graph.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(CKG_IRI)
    }


class _Anchors(HTMLParser):
    """Collects the ids and the ``href`` values of an HTML page, and the tags it uses."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            self.attributes.append((name, value or ""))
            if name == "id" and value:
                self.ids.append(value)
            if name == "href" and value:
                self.hrefs.append(value)


def _html_anchors(text: str) -> _Anchors:
    parser = _Anchors()
    parser.feed(text)
    parser.close()
    return parser


@pytest.mark.parametrize("name", [MARKDOWN_FILE, HTML_FILE])
def test_committed_reference_is_current(documents: dict[str, str], name: str) -> None:
    """docs/vocabulary.md and .html are what ``make docs`` writes from today's Turtle; run ``make docs``."""
    assert (DOCS / name).read_text(encoding="utf-8") == documents[name], "run `make docs`"


def test_every_declared_term_has_a_section(documents: dict[str, str]) -> None:
    """Each class, property and individual of councilkg.ttl has one section, anchored by its name."""
    declared = _declared_terms()
    assert len(declared) > 100
    html_ids = _html_anchors(documents[HTML_FILE]).ids
    md_ids = re.findall(r'^<a id="([^"]+)"></a>$', documents[MARKDOWN_FILE], re.MULTILINE)
    for ids in (html_ids, md_ids):
        assert len(ids) == len(set(ids)), "an anchor is used twice"
        assert declared <= set(ids), sorted(declared - set(ids))
    sections = re.findall(r'<section class="term" id="([^"]+)">', documents[HTML_FILE])
    assert sorted(sections) == sorted(declared)
    headings = re.findall(r"^### .* \(`ckg:(\w+)`\)$", documents[MARKDOWN_FILE], re.MULTILINE)
    assert sorted(headings) == sorted(declared)


@pytest.mark.parametrize("name", [MARKDOWN_FILE, HTML_FILE])
def test_every_internal_link_resolves(documents: dict[str, str], name: str) -> None:
    """Every ``#anchor`` link of the page names an anchor the page has."""
    text = documents[name]
    if name == HTML_FILE:
        anchors = _html_anchors(text)
        ids, links = set(anchors.ids), [h[1:] for h in anchors.hrefs if h.startswith("#")]
    else:
        ids = set(re.findall(r'<a id="([^"]+)"></a>', text))
        links = re.findall(r"\]\(#([^)]+)\)", text)
    assert len(links) > 300
    assert not [link for link in links if link not in ids]


def test_html_is_self_contained(documents: dict[str, str]) -> None:
    """The page loads nothing: no scripts, stylesheets, fonts, images or frames from anywhere."""
    text = documents[HTML_FILE]
    anchors = _html_anchors(text)
    assert not anchors.tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert not [value for name, value in anchors.attributes if name in {"src", "srcset"}]
    assert "@import" not in text and "url(" not in text and "@font-face" not in text


def test_terms_carry_their_facts(store: Store) -> None:
    """Labels, domains, alignment, constraints, examples and queries are read from the sources."""
    terms = {term.name: term for term in vocabulary(store).terms()}
    post = terms["Post"]
    assert [(a.relation, a.target.text, a.vocabulary) for a in post.alignments] == [
        ("sub-class of", "org:Post", "ORG")
    ]
    supports = terms["supports"]
    assert {ref.text for ref in supports.domain} == {"ckg:Action", "ckg:AppraisalObjective"}
    assert {c.shape for c in supports.constraints} == {"ckgsh:ActionShape", "ckgsh:AppraisalObjectiveShape"}
    assert "thread-edges" in supports.queries
    plan_shape = {note.name: note for note in terms["Plan"].shapes}["ckgsh:PlanShape"]
    start = {c.path: c for c in plan_shape.constraints}["ckg:startYear"]
    assert (start.cardinality, start.values) == ("at most 1", "datatype xsd:gYear")
    assert terms["Project"].parents[0].anchor == "Action"
    for term in terms.values():
        for query in term.queries:
            text = named_queries()[query].text
            assert f"ckg:{term.name}" in text or term.iri in text
        if term.example is None:
            continue
        example = term.example
        if term.kind == "Class":
            assert (example.predicate, example.object) == ("a", term.curie)
        elif term.kind == "Named individual":
            assert example.object == term.curie
        else:
            assert example.predicate == term.curie
    assert terms["Action"].example is not None
    assert terms["Action"].example.graph.startswith("id:plan/")


def test_hostile_text_is_escaped(store: Store) -> None:
    """A label or definition holding markup is shown as text in both files, never as markup."""
    model = vocabulary(store)
    section = model.sections[0]
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    bad = replace(section.terms[0], label=hostile, comment=hostile + " | a & b")
    model = replace(model, sections=(replace(section, terms=(bad, *section.terms[1:])), *model.sections[1:]))
    html = render(model, HTML_FILE)
    markdown = render(model, MARKDOWN_FILE)
    for text in (html, markdown):
        assert "<script" not in text and "<img" not in text
    assert "&lt;script&gt;" in html
    assert "&lt;script&gt;" in markdown and "\\| a &amp; b" in markdown


def test_main_writes_both_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m councilkg.cli.vocabulary FOLDER`` writes the two files and says so."""
    assert main([str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / HTML_FILE).read_text(encoding="utf-8") == (DOCS / HTML_FILE).read_text(
        encoding="utf-8"
    )
    assert "wrote" in capsys.readouterr().out


def test_main_reports_an_unwritable_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder that is a file gets a one-line error and exit 2, and nothing half-written."""
    blocker = tmp_path / "docs"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main([str(blocker)]) == 2
    error = capsys.readouterr().err.strip()
    assert error == f"Error: cannot write {blocker / MARKDOWN_FILE}: {blocker} is not a folder"
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]
