"""How an IRI is spelt in SPARQL text: escaped prefixed names that read back as the IRI, and the one
line that names the spellings that work for ``id:person/x``."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from councilkg.ontology.vocab import PREFIXES
from councilkg.queries import expand_iri, parse_term
from councilkg.queries.names import slash_hint, sparql_name, syntax_message, unescape_local
from councilkg.store.terms import compact_iri

ID = PREFIXES["id"]
ALEX = ID + "person/alex-kubeyinje"


def read_back(spelling: str) -> str:
    """Return the IRI Oxigraph reads ``spelling`` as, in the object of a triple pattern."""
    store = ox.Store()
    solutions = store.query(f"SELECT ?o WHERE {{ BIND({spelling} AS ?o) }}", prefixes=PREFIXES)
    assert isinstance(solutions, ox.QuerySolutions)
    value = next(iter(solutions))["o"]
    assert isinstance(value, ox.NamedNode)
    return value.value


@pytest.mark.parametrize(
    "iri, spelling",
    [
        (ALEX, r"id:person\/alex-kubeyinje"),
        (
            ID + "plan/lambeth/childrens-directorate-plan-2020-21/action/cska12",
            r"id:plan\/lambeth\/childrens-directorate-plan-2020-21\/action\/cska12",
        ),
        (PREFIXES["ckg"] + "Action", "ckg:Action"),
        (ID + "graph/appraisals/lambeth", r"id:graph\/appraisals\/lambeth"),
        (ID + "-x/-lead.", r"id:\-x\/-lead\."),
        (ID + "0.0.0", r"id:0\.0\.0"),
        (ID + "a%20b", "id:a%20b"),
        ("http://example.org/elsewhere", "<http://example.org/elsewhere>"),
        (ID + "x²", f"<{ID}x²>"),
    ],
)
def test_sparql_name_reads_back_as_the_iri(iri: str, spelling: str) -> None:
    """Each spelling is the one expected, and Oxigraph reads it back as the IRI it was made from."""
    assert sparql_name(iri) == spelling
    assert read_back(spelling) == iri


_LOCAL = st.text(alphabet="abz09_-.~/#?@%!$&'()*+,;=:é²", min_size=1, max_size=20)


@given(_LOCAL)
def test_any_local_name_round_trips(local: str) -> None:
    """Whatever characters follow a namespace, the spelling parses back to the same IRI (property)."""
    iri = ID + local
    try:
        ox.NamedNode(iri)
    except ValueError:
        return  # not an IRI at all
    assert read_back(sparql_name(iri)) == iri


def test_the_cli_spelling_is_what_param_and_lookups_read() -> None:
    """A table cell's spelling is read back by ``--param`` and by every command taking an IRI."""
    shown = compact_iri(ALEX)
    assert shown == r"id:person\/alex-kubeyinje"
    assert parse_term(shown) == ox.NamedNode(ALEX)
    assert expand_iri(shown) == ALEX
    assert parse_term("id:person/alex-kubeyinje") == ox.NamedNode(ALEX)  # the unescaped form still works
    assert compact_iri("CSKA12") == "CSKA12"
    assert unescape_local(r"a\/b\.c\-d") == "a/b.c-d"


@pytest.mark.parametrize(
    "query, written, escaped, full",
    [
        (
            "SELECT ?l { id:person/alex-kubeyinje rdfs:label ?l }",
            "id:person/alex-kubeyinje",
            r"id:person\/alex-kubeyinje",
            f"<{ALEX}>",
        ),
        (
            "SELECT ?i { ?i ckg:owner id:person/alex-kubeyinje . }",
            "id:person/alex-kubeyinje",
            r"id:person\/alex-kubeyinje",
            f"<{ALEX}>",
        ),
        ("PREFIX p: <http://x/> SELECT * { ?s ?q p:a/b/c }", "p:a/b/c", r"p:a\/b\/c", "<http://x/a/b/c>"),
        ("PREFIX : <http://x/> ASK { :a/b ?p ?o }", ":a/b", r":a\/b", "<http://x/a/b>"),
        ("ASK { ?s nope:x/y ?o }", "nope:x/y", r"nope:x\/y", "the full <…> IRI"),
    ],
)
def test_slash_hint_names_both_spellings(query: str, written: str, escaped: str, full: str) -> None:
    """A prefixed name with "/" gets the one line naming the escaped name and the full IRI."""
    hint = slash_hint(query)
    assert hint is not None
    assert hint.startswith(f"{written} is not a SPARQL name")
    assert hint.endswith(f"write {escaped} or {full}")
    assert "\n" not in hint


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?o { ?s ckg:owner/rdfs:label ?o }",  # a property path of two prefixed names
        "SELECT ?o { ?s ckg:owner/^ckg:owner ?o }",
        "SELECT ?t { ?s ckg:owner/a ?t }",  # a path through rdf:type
        'SELECT ?o { ?s rdfs:label "id:person/alex" }',  # in a string
        "SELECT ?o { ?s ?p <https://w3id.org/councilkg/id/person/alex> }",  # in an IRI
        "SELECT ?o { ?s ?p ?o } # id:person/alex",  # in a comment
        r"SELECT ?o { ?s ?p id:person\/alex }",
    ],
)
def test_slash_hint_leaves_other_text_alone(query: str) -> None:
    """Paths, strings, IRIs, comments and escaped names get no hint."""
    assert slash_hint(query) is None


def test_syntax_message_is_the_parser_first_line_otherwise() -> None:
    """Without a slashed name the message is the parser's own first line."""
    assert (
        syntax_message("ASK {", "error at 1:6: expected '}'\nmore")
        == "invalid SPARQL: error at 1:6: expected '}'"
    )
