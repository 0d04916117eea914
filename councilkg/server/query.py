"""What the endpoint needs to know about a query's text before running it.

A small lexer finds the query form, the dataset clause (``FROM`` / ``FROM NAMED``) and any
``SERVICE`` clause. The lexer mirrors Oxigraph's terminals (IRIs with ``\\u`` escapes, the four
string forms, comments ending at CR or LF, escaped characters in prefixed names). Only ``<`` is
ambiguous: Oxigraph reads ``FILTER(?a<2)SERVICE#>`` as a less-than followed by a ``SERVICE``
keyword and a comment, where a lexer that tries IRIs first sees one IRI. So wherever an IRI could
hide code (its text holds ``#``, ``'`` or the word ``SERVICE``) the lexer also reads on with that
``<`` as an operator, and a query is refused when any reading shows a ``SERVICE`` clause.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin

from councilkg.ontology.vocab import PREFIXES
from councilkg.server.errors import ForbiddenQueryError

_NAME_START = (
    r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\uFFFD"
)
_NAME_CHAR = _NAME_START + r"_\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_TOKEN = re.compile(
    rf"""
    (?P<string>\"\"\"(?:(?:\"|\"\")?(?:[^\"\\]|\\.))*\"\"\"
              |'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
              |\"(?:[^\"\\\n\r]|\\.)*\"
              |'(?:[^'\\\n\r]|\\.)*')
    |(?P<iri><(?:[^<>\"{{}}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}})*>)
    |(?P<comment>\#[^\n\r]*)
    |(?P<var>[?$][{_NAME_CHAR}]+)
    |(?P<pname>(?:[{_NAME_START}](?:[{_NAME_CHAR}.]*[{_NAME_CHAR}])?)?:
               (?:[{_NAME_CHAR}:.]|%[0-9A-Fa-f]{{2}}|\\[_~.\-!$&'()*+,;=/?\#@%])*)
    |(?P<word>[{_NAME_START}_][{_NAME_CHAR}]*)
    |(?P<space>\s+)
    |(?P<escape>\\.)
    |(?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
# A bare SERVICE is harmless (a syntax error) unless what follows could be its IRI or variable.
_SERVICE_TARGET = re.compile(rf"(?:\s|\#[^\n\r]*)*[<?$:{_NAME_START}_]")
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
    tokens = [
        (kind, value)
        for kind, value in ((m.lastgroup or "other", m.group()) for m in _TOKEN.finditer(text))
        if kind not in {"space", "comment"}
    ]
    declared: dict[str, str] = {}
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
                declared[following[0][1].rstrip(":")] = _iri_value(following[1][1], base)
        elif keyword in _FORMS and form is None:
            form = _FORMS[keyword]
        elif keyword == "FROM" and following:
            named = following[0][0] == "word" and following[0][1].upper() == "NAMED"
            target = following[1] if named and len(following) > 1 else following[0]
            iri = _resolve(target, base, {**prefixes, **declared})
            if iri is not None:
                graphs[named].append(iri)
    return QueryShape(form, tuple(graphs[False]), tuple(graphs[True]))


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
    visited: set[int] = set()
    starts = [0]
    readings = 0
    while starts:
        position = starts.pop()
        readings += 1
        if readings > _MAX_READINGS:
            # Too tangled to follow every reading: refuse any SERVICE-like word at all.
            return re.search(rf"(?<![{_NAME_CHAR}:?$])service(?![{_NAME_CHAR}:])", text, re.I) is not None
        while position < len(text) and position not in visited:
            visited.add(position)
            match = _TOKEN.match(text, position)
            if match is None:  # pragma: no cover - ``other`` matches any character
                break
            kind, value = match.lastgroup, match.group()
            if kind == "word" and value.upper() == "SERVICE" and _SERVICE_TARGET.match(text, match.end()):
                return True
            if kind == "iri" and _HIDING_IRI.search(value):
                starts.append(match.start() + 1)  # the same text with this "<" read as less-than
            position = match.end()
    return False
