"""What the endpoint needs to know about a query's text before running it.

A small lexer finds the query form, the dataset clause (``FROM`` / ``FROM NAMED``) and any
``SERVICE`` clause. The lexer mirrors Oxigraph's terminals (IRIs with ``\\u`` escapes, the four
string forms, comments ending at CR or LF, escaped characters in prefixed names). Only ``<`` is
ambiguous: Oxigraph reads ``FILTER(?a<2)SERVICE#>`` as a less-than followed by a ``SERVICE``
keyword and a comment, where a lexer that tries IRIs first sees one IRI. So wherever an IRI could
hide code (its text holds ``#``, ``'`` or the word ``SERVICE``) the lexer also reads on with that
``<`` as an operator, and a query is refused when any reading shows a ``SERVICE`` clause.

Lexing is linear in the query's length. A run of name characters and dots (``a.b.c``) is matched
once and split in one pass: whether a prefixed name starts inside it depends only on what ends the
run (a ``:`` after a character that is not a dot), so no position of the run is scanned twice (a
48 KB run of ``a.a.a.`` took 31 s when each word tried the rest of the run as a prefix).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import urljoin

from councilkg.ontology.vocab import PREFIXES
from councilkg.server.errors import ForbiddenQueryError

_NAME_START = (
    r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\uFFFD"
)
_NAME_CHAR = _NAME_START + r"_\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_LOCAL = rf"""(?:[{_NAME_CHAR}:.]|%[0-9A-Fa-f]{{2}}|\\[_~.\-!$&'()*+,;=/?\#@%])*"""
_TOKEN = re.compile(
    rf"""
    (?P<string>\"\"\"(?:(?:\"|\"\")?(?:[^\"\\]|\\.))*\"\"\"
              |'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
              |\"(?:[^\"\\\n\r]|\\.)*\"
              |'(?:[^'\\\n\r]|\\.)*')
    |(?P<iri><(?:[^<>\"{{}}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}})*>)
    |(?P<comment>\#[^\n\r]*)
    |(?P<var>[?$][{_NAME_CHAR}]+)
    |(?P<run>[{_NAME_START}_][{_NAME_CHAR}.]*)
    |(?P<pname>:{_LOCAL})
    |(?P<space>\s+)
    |(?P<escape>\\.)
    |(?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_LOCAL_PART = re.compile(_LOCAL)
_WORD = re.compile(rf"[{_NAME_START}_][{_NAME_CHAR}]*")
_PREFIX_START = re.compile(rf"[{_NAME_START}]")
# A bare SERVICE is harmless (a syntax error) unless what follows could be its IRI or variable.
# Atomic and possessive: a comment runs to the end of its line, so "SERVICE ####..." cannot backtrack.
_SERVICE_TARGET = re.compile(rf"(?>\s|\#[^\n\r]*)*+[<?$:{_NAME_START}_]")
_HIDING_IRI = re.compile(r"[#']|service", re.IGNORECASE)
_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "construct", "DESCRIBE": "describe"}
_MAX_READINGS = 256


@dataclass(frozen=True)
class QueryShape:
    """The query form (``select``, ``ask``, ``construct``, ``describe`` or ``None`` when not found)
    and the IRIs of its ``FROM`` and ``FROM NAMED`` clauses, in order."""

    form: str | None = None
    from_graphs: tuple[str, ...] = ()
    from_named_graphs: tuple[str, ...] = ()

    @property
    def has_dataset(self) -> bool:
        """Return whether the query states its own dataset (``FROM`` or ``FROM NAMED``)."""
        return bool(self.from_graphs or self.from_named_graphs)


def query_shape(text: str, prefixes: Mapping[str, str] = PREFIXES) -> QueryShape:
    """Return the form and dataset clause of a SPARQL query.

    Args:
        text: the query.
        prefixes: prefixes the query may use without declaring them.

    Raises:
        ForbiddenQueryError: the query has a ``SERVICE`` clause in any reading of its text.

    Example:
        >>> query_shape("SELECT ?s FROM <http://example.org/g> WHERE { ?s ?p ?o }")
        QueryShape(form='select', from_graphs=('http://example.org/g',), from_named_graphs=())
    """
    if _has_service(text):
        raise ForbiddenQueryError(
            "SERVICE (federated query) is not allowed: this endpoint never fetches other URLs"
        )
    tokens = [(kind, text[begin:end]) for kind, begin, end in _lex(text) if kind not in {"space", "comment"}]
    known = dict(prefixes)  # the query's own PREFIX lines are added as they come
    base: str | None = None
    form: str | None = None
    graphs: dict[bool, list[str]] = {False: [], True: []}
    for index, (kind, value) in enumerate(tokens):
        keyword = value.upper() if kind == "word" else ""
        following = tokens[index + 1 : index + 4]
        if keyword == "BASE" and following and following[0][0] == "iri":
            base = _iri_value(following[0][1], base)
        elif keyword == "PREFIX" and len(following) >= 2 and following[0][0] == "pname":
            if following[1][0] == "iri":
                known[following[0][1].rstrip(":")] = _iri_value(following[1][1], base)
        elif keyword in _FORMS and form is None:
            form = _FORMS[keyword]
        elif keyword == "FROM" and following:
            named = following[0][0] == "word" and following[0][1].upper() == "NAMED"
            target = following[1] if named and len(following) > 1 else following[0]
            iri = _resolve(target, base, known)
            if iri is not None:
                graphs[named].append(iri)
    return QueryShape(form, tuple(graphs[False]), tuple(graphs[True]))


def _lex(text: str, position: int = 0) -> Iterator[tuple[str, int, int]]:
    """Yield ``(kind, start, end)`` of each token from ``position``: ``string``, ``iri``, ``comment``,
    ``var``, ``pname``, ``word``, ``space``, ``escape`` or ``other`` (one character)."""
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:  # pragma: no cover - ``other`` matches any character
            return
        kind, end = match.lastgroup or "other", match.end()
        if kind == "run":
            for token in _split_run(text, position, end):
                yield token
                position = token[2]
        else:
            yield kind, position, end
            position = end


def _prefix_ends_run(text: str, end: int) -> bool:
    """Return whether the run of name characters and dots ending at ``end`` ends a prefix (``a.b:``)."""
    return end < len(text) and text[end] == ":" and text[end - 1] != "."


def _split_run(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """Yield the tokens of a run of name characters and dots, as a lexer trying a prefixed name,
    then a word, then one character at each position would (but in one pass).

    A prefixed name can start at any name-start character of the run, and only when the run is
    followed by ``:`` and does not end with a dot; it then takes the rest of the run and its local part.
    """
    prefixed = _prefix_ends_run(text, end)
    position = start
    while position < end:
        if prefixed and _PREFIX_START.match(text, position):
            yield "pname", position, _LOCAL_PART.match(text, end + 1).end()  # type: ignore[union-attr]
            return
        word = _WORD.match(text, position, end)
        if word:
            yield "word", position, word.end()
            position = word.end()
        else:
            yield "other", position, position + 1
            position += 1


def _iri_value(token: str, base: str | None) -> str:
    """Return the IRI written as ``<...>``, escapes decoded and resolved against ``base``."""
    value = re.sub(
        r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})",
        lambda m: chr(int(m.group(1) or m.group(2), 16)),
        token[1:-1],
    )
    return urljoin(base, value) if base else value


def _resolve(token: tuple[str, str], base: str | None, prefixes: Mapping[str, str]) -> str | None:
    """Return the IRI an IRI or prefixed-name token stands for (``None`` for other tokens)."""
    kind, value = token
    if kind == "iri":
        return _iri_value(value, base)
    if kind == "pname":
        prefix, _, local = value.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None


def _has_service(text: str) -> bool:
    """Return whether any reading of ``text`` has a ``SERVICE`` keyword followed by a possible target.

    Readings differ only after an ambiguous ``<``; a reading that reaches a point another reading
    has already lexed from stops there, so the work stays near one pass over the text.
    """
    visited = bytearray(len(text) + 1)  # token starts some reading has lexed from
    starts = [0]
    readings = 0
    while starts:
        position = starts.pop()
        readings += 1
        if readings > _MAX_READINGS:
            # Too tangled to follow every reading: refuse any SERVICE-like word at all.
            return re.search(rf"(?<![{_NAME_CHAR}:?$])service(?![{_NAME_CHAR}:])", text, re.I) is not None
        for kind, begin, end in _lex(text, position):
            if visited[begin]:
                break
            visited[begin] = 1
            value = text[begin:end]
            if kind == "word" and value.upper() == "SERVICE" and _SERVICE_TARGET.match(text, end):
                return True
            if kind == "iri" and _HIDING_IRI.search(value):
                starts.append(begin + 1)  # the same text with this "<" read as less-than
    return False
