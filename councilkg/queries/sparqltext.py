"""Binding parameters to a SPARQL query, the one way councilkg does it, and reading a query's text just
enough to send it to another server.

:func:`bind` checks a query as Oxigraph reads it, with the parameters bound as terms (SEP-0007), and
returns it with each bound term written in place of its variable (:func:`substitute`): terms
serialised by pyoxigraph, which escapes them, so a bound value can never change the query's shape.
Both stores bind this way: a SPARQL 1.1 server has no parameters, and Oxigraph plans a query with its
terms written in far better than one given ``substitutions``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Literal as TypingLiteral

import pyoxigraph as ox

from councilkg.errors import QueryError, first_line
from councilkg.ontology.vocab import PREFIXES
from councilkg.queries.names import syntax_message

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
_CHECKER = ox.Store()
"""An empty store, to check a query as Oxigraph reads it without running it on data."""
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
    is kept as a column: ``SELECT ?x`` becomes ``SELECT (<term> AS ?x)`` in the innermost query that
    selects it, and queries above it select that column as it is. Terms are serialised by
    pyoxigraph, which escapes them, so no value can change the query's shape.

    The embedded store's hot paths use this too: Oxigraph 0.5 joins ``substitutions`` with the result
    of the unbound query instead of starting from them, which reads the whole store (``owned-items``
    for one person: 160 ms bound that way on a 1M-triple store, 8 ms with the person written in).

    Example:
        >>> substitute("SELECT ?s ?n WHERE { ?s ?p ?n } ORDER BY ?s", {"s": ox.NamedNode("http://x/a")})
        'SELECT (<http://x/a> AS ?s) ?n WHERE { <http://x/a> ?p ?n } ORDER BY (<http://x/a>)'
        >>> substitute("SELECT ?o { ?s ?p ?o }", {"o": ox.Literal('" } ; DROP ALL ; #')})
        'SELECT ("\\" } ; DROP ALL ; #" AS ?o) { ?s ?p "\\" } ; DROP ALL ; #" }'
        >>> substitute("SELECT ?s ?n { { SELECT ?s (COUNT(?o) AS ?n) { ?s ?p ?o } GROUP BY ?s } }",
        ...            {"s": ox.NamedNode("x:a")})
        'SELECT ?s ?n { { SELECT (<x:a> AS ?s) (COUNT(?o) AS ?n) { <x:a> ?p ?o } GROUP BY (<x:a>) } }'

    Raises:
        QueryError: a name is not a variable name, or the text is not a query.
    """
    if not bindings:
        return text
    for name in bindings:
        if not re.fullmatch(r"[A-Za-z0-9_]+", name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
    tokens = _query_tokens(text)
    projected = _projected_below(tokens, bindings)
    pieces: list[str] = []
    done = 0
    clause = ""  # "select" in a projection, "modifier" after GROUP BY / ORDER BY, else ""
    previous = ""
    parens = 0  # open parentheses in a projection: a variable there is in an expression
    depth = 0
    queries: list[tuple[int, frozenset[str]]] = []  # (depth, variables a subquery selects) per query
    for index, (kind, token, offset) in enumerate(tokens):
        upper = token.upper() if kind == "word" else ""
        depth += (kind == "open") - (kind == "close")
        while queries and queries[-1][0] > depth:
            queries.pop()
        if upper == "SELECT":
            clause, parens = "select", 0
            queries.append((depth, projected.get(index, frozenset())))
        elif upper in {"WHERE", "FROM"} or kind == "open":
            clause = ""
        elif upper == "BY" and previous in {"GROUP", "ORDER"}:
            clause = "modifier"
        elif upper in {"HAVING", "LIMIT", "OFFSET", "VALUES"} or kind == "close":
            clause = ""
        elif clause == "select" and token in "()":
            parens += 1 if token == "(" else -1
        elif kind == "var" and token[1:] in bindings and previous != "AS":
            name, term = token[1:], str(bindings[token[1:]])
            if clause in {"select", "modifier"} and queries and name in queries[-1][1]:
                # A subquery below selects the bound value as a column: use that column as it is.
                replacement = token
            elif clause == "select" and parens == 0:
                replacement = f"({term} AS ?{name})"
            else:
                replacement = f"({term})" if clause == "modifier" else term
            pieces += [text[done:offset], replacement]
            done = offset + len(token)
        previous = upper or token
    pieces.append(text[done:])
    return "".join(pieces)


@lru_cache(maxsize=256)
def _query_tokens(text: str) -> tuple[tuple[str, str, int], ...]:
    """Return the tokens of a query after checking it is one; cached, as the same named query is
    bound again and again (an item's page runs several, a static site thousands).

    Raises:
        QueryError: the text is not a query (see :func:`query_form`).
    """
    query_form(text)
    return tuple(_tokens(text))


def _projected_below(
    tokens: Sequence[tuple[str, str, int]], bindings: Mapping[str, object]
) -> dict[int, frozenset[str]]:
    """Return, for each SELECT (by token index), the bound variables a subquery inside it selects.

    :func:`substitute` writes ``(<term> AS ?x)`` in the innermost projection of ``?x`` only: SPARQL
    refuses ``AS ?x`` where ``?x`` is already in scope, as it is above a subquery selecting it.
    """
    depths: list[int] = []
    depth = 0
    for kind, _, _ in tokens:
        depth -= kind == "close"
        depths.append(depth)
        depth += kind == "open"
    selects = [i for i, (kind, token, _) in enumerate(tokens) if kind == "word" and token.upper() == "SELECT"]
    own: dict[int, set[str]] = {}
    for index in selects:
        names: set[str] = set()
        parens = 0
        previous = ""
        for kind, token, _ in tokens[index + 1 :]:
            if kind == "open" or (kind == "word" and token.upper() in {"WHERE", "FROM"}):
                break
            if token in "()":
                parens += 1 if token == "(" else -1
            elif kind == "var" and token[1:] in bindings and (parens == 0 or previous == "AS"):
                names.add(token[1:])
            previous = token.upper()
        own[index] = names
    below: dict[int, frozenset[str]] = {}
    for index in selects:
        inner: set[str] = set()
        for other in selects:
            if other <= index:
                continue
            if any(depths[k] < depths[index] for k in range(index, other)):
                break  # the query of ``index`` ended before ``other``
            inner |= own[other]
        below[index] = frozenset(inner)
    return below


Binding = ox.NamedNode | ox.Literal


def bind(text: str, bindings: Mapping[str, Binding] | None = None) -> str:
    """Return the query with each bound term written in, after checking it as Oxigraph reads it.

    The check is the embedded store's: the query must parse (with the prefixes every query may use,
    :data:`~councilkg.ontology.vocab.PREFIXES`), and a bound variable must be selected (SEP-0007).

    Example:
        >>> bind("SELECT ?s WHERE { ?s ckg:ref ?ref }", {"s": ox.NamedNode("http://x/a")})
        'SELECT (<http://x/a> AS ?s) WHERE { <http://x/a> ckg:ref ?ref }'

    Raises:
        QueryError: the query is not valid SPARQL, or a bound variable is not selected.
    """
    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(name): term for name, term in (bindings or {}).items()
    }
    try:
        _CHECKER.query(text, prefixes=PREFIXES, substitutions=substitutions)  # lazy: nothing runs
    except SyntaxError as error:
        raise QueryError(syntax_message(text, str(error))) from error
    except (RuntimeError, ValueError) as error:
        if "projection" in str(error):
            names = ", ".join(f"?{name}" for name in bindings or {})
            raise QueryError(
                f"a bound parameter must be selected: add {names} to the SELECT clause"
            ) from error
        raise QueryError(f"query failed: {first_line(str(error))}") from error
    return substitute(text, bindings or {})


def with_values(text: str, variable: str, iris: Iterable[str] | None) -> str:
    """Return ``text`` with its ``?variable`` ranging over ``iris`` only: a ``VALUES`` block at the
    top of its ``WHERE`` (unchanged when ``iris`` is ``None`` or the query does not use the variable).

    IRIs are written as pyoxigraph serialises them, so none can change the query's shape.

    Example:
        >>> with_values("SELECT ?p WHERE { ?p a ?t }", "p", ["http://a/1"])
        'SELECT ?p WHERE {\\n  VALUES ?p { <http://a/1> } ?p a ?t }'
    """
    if iris is None or f"?{variable}" not in text:
        return text
    values = _values_block(variable, iris)
    return re.sub(r"\bWHERE\s*\{", lambda match: f"{match.group(0)}\n  {values}", text, count=1)


def _values_block(variable: str, iris: Iterable[str]) -> str:
    """Return ``VALUES ?variable { … }`` over ``iris``, sorted, written as pyoxigraph serialises them."""
    return f"VALUES ?{variable} {{ " + " ".join(str(ox.NamedNode(iri)) for iri in sorted(set(iris))) + " }"


def for_each_value(text: str, variable: str, iris: Iterable[str]) -> str:
    """Return ``text`` with its ``WHERE`` block evaluated once for each of ``iris`` as ``?variable``:
    a ``VALUES`` block at the top of the ``WHERE`` and the block's own patterns in a ``LATERAL``
    block after it (unchanged when the query does not use the variable).

    ``LATERAL`` is Oxigraph's extension of SPARQL 1.1 (SEP-0006): the patterns are looked up from
    each value, where :func:`with_values` joins the values with every match of the patterns (the
    links of 170 items in a reference graph of 1,100 plans: 1.5 ms, against 23 ms). Only a store
    whose ``lateral_joins`` is true reads it.

    Example:
        >>> for_each_value("SELECT ?p WHERE { ?p a ?t } LIMIT 1", "p", ["http://a/1"])
        'SELECT ?p WHERE {\\n  VALUES ?p { <http://a/1> }\\n  LATERAL { ?p a ?t }\\n} LIMIT 1'
    """
    if f"?{variable}" not in text:
        return text
    opening = closing = None
    depth = 0
    after_where = False
    for kind, token, offset in _tokens(text):
        if kind == "word":
            after_where = token.upper() == "WHERE"
        elif kind == "open" and (after_where or opening is not None):
            if opening is None:
                opening = offset
            depth += 1
            after_where = False
        elif kind == "close" and opening is not None:
            depth -= 1
            if depth == 0:
                closing = offset
                break
    if opening is None or closing is None:
        raise QueryError(f"cannot find the WHERE block of the query to evaluate per ?{variable}")
    values, body = _values_block(variable, iris), text[opening + 1 : closing].strip()
    return f"{text[: opening + 1]}\n  {values}\n  LATERAL {{ {body} }}\n{text[closing:]}"
