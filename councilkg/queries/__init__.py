"""Named SPARQL queries shipped as ``.rq`` files, and binding of ``--param`` values as RDF terms.

Each file starts with a comment block: ``# title:``, ``# question:``, ``# parameters:``; and
optionally ``# example:`` (parameter values that return rows on the bundled plans, as
``name=value`` words, quoted when they hold spaces) and ``# used by:`` (the commands that run it;
queries without it are the researchers' library).
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from councilkg.errors import QueryError, shortened
from councilkg.ontology.vocab import PREFIXES
from councilkg.queries.names import unescape_local

_XSD = PREFIXES["xsd"]
_QUERY_WORDS = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class NamedQuery:
    """A shipped query: its name (the file's stem), header fields and text."""

    name: str
    title: str
    question: str
    parameters: str
    text: str
    example: str = ""
    used_by: str = ""

    def example_bindings(self) -> dict[str, ox.NamedNode | ox.Literal]:
        """Return the ``# example:`` parameter values as bound terms (empty when there are none)."""
        return dict(parse_param(spec) for spec in shlex.split(self.example))


def _header(text: str, field: str) -> str:
    match = re.search(rf"^#\s*{field}:\s*(.+)$", text, re.MULTILINE)
    return match.group(1).strip() if match else ""


def named_queries() -> dict[str, NamedQuery]:
    """Return the shipped queries keyed by name, sorted by name (a new dict each call; the files are
    read once per process, as a page or a release runs some queries thousands of times)."""
    return dict(_shipped_queries())


@cache
def _shipped_queries() -> dict[str, NamedQuery]:
    """Return the shipped queries as read from their files, once."""
    folder = Path(str(resources.files(__name__)))
    queries: dict[str, NamedQuery] = {}
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        queries[path.stem] = NamedQuery(
            path.stem,
            _header(text, "title"),
            _header(text, "question"),
            _header(text, "parameters"),
            text,
            _header(text, "example"),
            _header(text, "used by"),
        )
    return queries


def resolve_query(source: str) -> str:
    """Return SPARQL text for ``source``: a named query, a ``.rq`` file, or SPARQL itself.

    Raises:
        QueryError: ``source`` is none of these.
    """
    queries = named_queries()
    if source in queries:
        return queries[source].text
    if source.endswith(".rq") or ("\n" not in source and _is_file(source)):
        path = Path(source)
        if not path.is_file():
            raise QueryError(f"query file {source} not found")
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise QueryError(f"cannot read query file {source}: {error}") from error
    if _QUERY_WORDS.search(source):
        return source
    names = ", ".join(queries)
    raise QueryError(f"{source!r} is not SPARQL, a .rq file or a named query (named queries: {names})")


def _is_file(source: str) -> bool:
    """Return whether ``source`` names an existing file; a name the OS refuses (too long...) does not."""
    try:
        return Path(source).is_file()
    except (OSError, ValueError):
        return False


def parse_param(spec: str) -> tuple[str, ox.NamedNode | ox.Literal]:
    """Return ``(variable name, RDF term)`` for a ``--param name=value`` option.

    ``<iri>`` and ``prefix:local`` (known prefixes; ``id:person/x`` and ``id:person\\/x`` alike) are
    IRIs; whole numbers and decimals are ``xsd:integer``/``xsd:decimal``; ``"text"`` or
    ``"text"@lang`` are string literals; anything else is a plain string.

    Example:
        >>> parse_param("ref=CSKA12")
        ('ref', <Literal value=CSKA12 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>)
        >>> parse_param("owner=id:person/alex-kubeyinje")[1]
        <NamedNode value=https://w3id.org/councilkg/id/person/alex-kubeyinje>
        >>> parse_param(r"owner=id:person\\/alex-kubeyinje")[1]
        <NamedNode value=https://w3id.org/councilkg/id/person/alex-kubeyinje>

    Raises:
        QueryError: the option is not ``name=value`` or the IRI is malformed.
    """
    name, equals, value = spec.partition("=")
    name = name.strip().lstrip("?$")
    if not equals or not _NAME.match(name):
        raise QueryError(f"--param {spec!r} must be NAME=VALUE with NAME a SPARQL variable name")
    return name, parse_term(value)


MAX_INTEGER_DIGITS = 18
"""The longest whole number a ``--param`` value may be (a store's integers are 64-bit)."""


def parse_term(value: str) -> ox.NamedNode | ox.Literal:
    """Return the RDF term a parameter value denotes (see :func:`parse_param`)."""
    try:
        if value.startswith("<") and value.endswith(">"):
            return ox.NamedNode(value[1:-1])
        prefixed = re.fullmatch(r"([A-Za-z][\w-]*):(\S*)", value)
        if prefixed and prefixed.group(1) in PREFIXES:
            return ox.NamedNode(PREFIXES[prefixed.group(1)] + unescape_local(prefixed.group(2)))
    except ValueError as error:
        raise QueryError(f"--param value {value!r} is not a valid IRI: {error}") from error
    quoted = re.fullmatch(r'"(.*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*))?', value, re.DOTALL)
    if quoted:
        if quoted.group(2):
            return ox.Literal(quoted.group(1), language=quoted.group(2))
        return ox.Literal(quoted.group(1))
    if re.fullmatch(r"[-+]?\d+", value):
        if len(value.lstrip("+-")) > MAX_INTEGER_DIGITS:  # int() refuses 4,300 digits with a traceback
            raise QueryError(
                f"--param value {shortened(value)} is too long for an integer "
                f"(at most {MAX_INTEGER_DIGITS} digits)"
            )
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(_XSD + "integer"))
    if re.fullmatch(r"[-+]?\d*\.\d+", value):
        try:
            return ox.Literal(str(Decimal(value)), datatype=ox.NamedNode(_XSD + "decimal"))
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            pass
    return ox.Literal(value)


def expand_iri(text: str) -> str | None:
    """Return the IRI ``text`` writes (``<...>``, ``http(s)://...`` or ``prefix:local``), else ``None``.

    Example:
        >>> expand_iri("id:person/alex-kubeyinje")
        'https://w3id.org/councilkg/id/person/alex-kubeyinje'
        >>> expand_iri("CSKA12") is None
        True

    Raises:
        ValueError: ``text`` is written as an IRI but is not a valid one (a space, a bad character).
    """
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        value = text[1:-1].strip()
    elif text.lower().startswith(("http://", "https://")):
        value = text
    else:
        prefix, colon, local = text.partition(":")
        if not colon or prefix not in PREFIXES:
            return None
        value = PREFIXES[prefix] + unescape_local(local)
    if any(character.isspace() for character in value):
        raise ValueError(f"an IRI has no spaces: {value!r}")
    ox.NamedNode(value)  # raises ValueError for any other invalid IRI
    return value


def check_params(sparql: str, names: list[str]) -> None:
    """Raise :class:`QueryError` when a parameter names no variable of the query; returns nothing."""
    for name in names:
        if not re.search(rf"[?$]{re.escape(name)}\b", sparql):
            raise QueryError(f"--param {name}: the query has no variable ?{name}")
