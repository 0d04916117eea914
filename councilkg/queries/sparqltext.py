"""Reading the text of a SPARQL query just enough to send it to another server.

The embedded store binds parameters as terms (SEP-0007). A SPARQL 1.1 server has no such
parameter, so :func:`substitute` writes each bound term in place of its variable: terms
serialised by pyoxigraph, which escapes them, so a bound value can never change the query's shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Literal as TypingLiteral

import pyoxigraph as ox

from councilkg.errors import QueryError

QueryForm = TypingLiteral["select", "ask", "construct", "describe"]

# Strings (long and short, either quote), IRIs, comments, then the rest a token at a time.
_TOKENS = re.compile(
    r'(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r"|(?P<iri><[^<>\"{}|^`\\\s]*>)"
    r"|(?P<comment>#[^\n]*)"
    r"|(?P<open>\{)|(?P<close>\})"
    r"|(?P<var>[?$][A-Za-z0-9_]+)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_-]*)"
    r"|(?P<other>\S)",
    re.DOTALL,
)
_FORMS: dict[str, QueryForm] = {
    "select": "select",
    "ask": "ask",
    "construct": "construct",
    "describe": "describe",
}


def _tokens(text: str) -> Iterator[tuple[str, str, int]]:
    """Yield ``(kind, text, offset)`` of each token outside whitespace."""
    for match in _TOKENS.finditer(text):
        kind = match.lastgroup or "other"
        yield kind, match.group(), match.start()


def query_form(text: str) -> QueryForm:
    """Return whether a query is a SELECT, ASK, CONSTRUCT or DESCRIBE.

    Example:
        >>> query_form("PREFIX a: <http://a/> # select\\nASK { ?s a:p 'select' }")
        'ask'

    Raises:
        QueryError: no query form is found (an update, or not SPARQL).
    """
    in_declaration = False
    for kind, token, _ in _tokens(text):
        if kind == "comment":
            continue
        if in_declaration:
            in_declaration = kind != "iri"  # a declaration ends with its IRI
        elif kind == "word" and token.lower() in {"prefix", "base"}:
            in_declaration = True
        elif kind == "word" and token.lower() in _FORMS:
            return _FORMS[token.lower()]
        else:
            break
    raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")


def mentions_graph(text: str) -> bool:
    """Return whether the query uses ``GRAPH`` (outside strings, IRIs and comments).

    Example:
        >>> mentions_graph("SELECT * { ?s ?p 'GRAPH' }"), mentions_graph("SELECT * { GRAPH ?g { } }")
        (False, True)
    """
    return any(kind == "word" and token.upper() == "GRAPH" for kind, token, _ in _tokens(text))


def names_dataset(text: str) -> bool:
    """Return whether the query names its own graphs with ``FROM`` or ``FROM NAMED``.

    Example:
        >>> names_dataset("SELECT * FROM <http://x/g> { ?s ?p ?o }"), names_dataset("SELECT * { ?s ?p 1 }")
        (True, False)
    """
    return any(kind == "word" and token.upper() == "FROM" for kind, token, _ in _tokens(text))


def substitute(text: str, bindings: Mapping[str, ox.NamedNode | ox.Literal | ox.BlankNode]) -> str:
    r"""Return the query with each bound variable replaced by its term, as the embedded store binds it.

    Like SEP-0007, a bound variable becomes a constant everywhere in the query, and a projected one
    is kept as a column: ``SELECT ?x`` becomes ``SELECT (<term> AS ?x)``. Terms are serialised by
    pyoxigraph, which escapes them, so no value can change the query's shape.

    The embedded store's hot paths use this too: Oxigraph 0.5 joins ``substitutions`` with the result
    of the unbound query instead of starting from them, which reads the whole store (``owned-items``
    for one person: 160 ms bound that way on a 1M-triple store, 8 ms with the person written in).

    Example:
        >>> substitute("SELECT ?s ?n WHERE { ?s ?p ?n } ORDER BY ?s", {"s": ox.NamedNode("http://x/a")})
        'SELECT (<http://x/a> AS ?s) ?n WHERE { <http://x/a> ?p ?n } ORDER BY (<http://x/a>)'
        >>> substitute("SELECT ?o { ?s ?p ?o }", {"o": ox.Literal('" } ; DROP ALL ; #')})
        'SELECT ("\\" } ; DROP ALL ; #" AS ?o) { ?s ?p "\\" } ; DROP ALL ; #" }'

    Raises:
        QueryError: a name is not a variable name, or the text is not a query.
    """
    if not bindings:
        return text
    for name in bindings:
        if not re.fullmatch(r"[A-Za-z0-9_]+", name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
    query_form(text)
    pieces: list[str] = []
    done = 0
    clause = ""  # "select" in a projection, "modifier" after GROUP BY / ORDER BY, else ""
    previous = ""
    for kind, token, offset in _tokens(text):
        upper = token.upper() if kind == "word" else ""
        if upper == "SELECT":
            clause = "select"
        elif upper in {"WHERE", "FROM"} or kind == "open":
            clause = ""
        elif upper == "BY" and previous in {"GROUP", "ORDER"}:
            clause = "modifier"
        elif upper in {"HAVING", "LIMIT", "OFFSET", "VALUES"} or kind == "close":
            clause = ""
        elif kind == "var" and token[1:] in bindings and previous != "AS":
            term = str(bindings[token[1:]])
            replacement = {"select": f"({term} AS ?{token[1:]})", "modifier": f"({term})"}.get(clause, term)
            pieces += [text[done:offset], replacement]
            done = offset + len(token)
        previous = upper or token
    pieces.append(text[done:])
    return "".join(pieces)
