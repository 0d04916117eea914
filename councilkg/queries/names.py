"""How an IRI is spelt in SPARQL text, and read back: prefixed names with their local part escaped.

SPARQL allows no ``/`` in a prefixed name: ``id:person/alex-kubeyinje`` is read as a property path
and fails to parse, and rewriting it would change the meaning of paths such as
``ckg:owner/rdfs:label``. The spellings that work are the escaped prefixed name
(``id:person\\/alex-kubeyinje``) and the full IRI (``<https://w3id.org/councilkg/id/person/...>``);
:func:`sparql_name` writes the first, and :func:`slash_hint` names both when a query's text holds
the first spelling.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from councilkg.ontology.vocab import PREFIXES

_ESCAPABLE = "_~.-!$&'()*+,;=/?#@%"
"""The characters SPARQL's ``PN_LOCAL_ESC`` lets a local name hold after a backslash."""
_ESCAPE = re.compile(r"\\([_~.\-!$&'()*+,;=/?#@%])")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


def _local_part(local: str) -> str | None:
    """Return ``local`` written as a SPARQL/Turtle ``PN_LOCAL``, escaped where it must be, or ``None``
    when a character cannot be written in a prefixed name (or is not ASCII: the full IRI is clearer)."""
    written: list[str] = []
    last = len(local) - 1
    index = 0
    while index <= last:
        character = local[index]
        # A dot is always escaped: the grammar allows one inside, but Oxigraph misreads "id:0.0.0".
        if (
            (character.isascii() and character.isalnum())
            or character in "_:"
            or (character == "-" and index > 0)
        ):
            written.append(character)
        elif character == "%" and _PERCENT.match(local, index):
            written.append(local[index : index + 3])
            index += 3
            continue
        elif character in _ESCAPABLE:
            written.append("\\" + character)
        else:
            return None
        index += 1
    return "".join(written)


def sparql_name(iri: str, prefixes: Mapping[str, str] = PREFIXES) -> str:
    """Return the spelling of ``iri`` that SPARQL and Turtle read back as it: a prefixed name with its
    local part escaped (``id:person\\/alex-kubeyinje``) when a known namespace starts it, else ``<iri>``.

    Example:
        >>> print(sparql_name("https://w3id.org/councilkg/id/person/alex-kubeyinje"))
        id:person\\/alex-kubeyinje
        >>> print(sparql_name("https://w3id.org/councilkg#Action"), sparql_name("http://example.org/a b"))
        ckg:Action <http://example.org/a b>
    """
    for prefix, namespace in sorted(prefixes.items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace) and len(iri) > len(namespace):
            local = _local_part(iri[len(namespace) :])
            if local is not None:
                return f"{prefix}:{local}"
    return f"<{iri}>"


def unescape_local(local: str) -> str:
    """Return a prefixed name's local part with its backslash escapes removed (``person\\/x`` → ``person/x``).

    Example:
        >>> unescape_local(r"person\\/alex-kubeyinje"), unescape_local("person/alex-kubeyinje")
        ('person/alex-kubeyinje', 'person/alex-kubeyinje')
    """
    return _ESCAPE.sub(r"\1", local)


# A prefixed name whose local part runs on through "/" into a name that is not itself a prefixed name
# (``id:person/alex``, not the path ``ckg:owner/rdfs:label``).
_SLASHED = re.compile(
    r"(?<![\w.:?$\\-])(?P<prefix>(?:[A-Za-z][\w.-]*)?):"
    r"(?P<local>(?:[\w%-]|\\.)(?:[\w.%-]|\\.)*(?:/(?:[\w.%-]|\\.)+)+)(?![\w.:\\%-])"
)
_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>\s]*)>", re.IGNORECASE)
_HIDDEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*',
    re.DOTALL,
)


def slash_hint(text: str, prefixes: Mapping[str, str] = PREFIXES) -> str | None:
    """Return one line naming the spellings that work when ``text`` writes a prefixed name with ``/`` in
    it (``id:person/alex-kubeyinje``), else ``None``. Strings, IRIs and comments are not looked in.

    Example:
        >>> print(slash_hint("SELECT ?l { id:person/x rdfs:label ?l }", {"id": "http://a/"}))
        id:person/x is not a SPARQL name ("/" cannot be in a prefixed name, it starts a property path): \
write id:person\\/x or <http://a/person/x>
        >>> slash_hint("SELECT ?o { ?s ckg:owner/rdfs:label ?o }") is None
        True
    """
    visible = _HIDDEN.sub(lambda match: " " * len(match.group()), text)
    for match in _SLASHED.finditer(visible):
        prefix, local = match.group("prefix"), match.group("local").rstrip(".")
        if any(step == "a" for step in local.split("/")[1:]):
            continue  # ``ckg:type/a`` is a path through rdf:type
        known = {**prefixes, **{name or "": iri for name, iri in _DECLARED.findall(text)}}
        escaped = local.replace("/", "\\/")
        written = f"{prefix}:{local}"
        namespace = known.get(prefix)
        full = f"<{namespace}{unescape_local(local)}>" if namespace else "the full <…> IRI"
        return (
            f'{written} is not a SPARQL name ("/" cannot be in a prefixed name, it starts a property path): '
            f"write {prefix}:{escaped} or {full}"
        )
    return None


def syntax_message(text: str, parser_message: str) -> str:
    """Return the one line that says why ``text`` did not parse: the spellings that work for a prefixed
    name with ``/`` in it, else the parser's first line.

    Example:
        >>> syntax_message("ASK { ?s ?p ?o", "error at 1:14: expected '}'\\nmore")
        "invalid SPARQL: error at 1:14: expected '}'"
    """
    hint = slash_hint(text)
    if hint is not None:
        return f"invalid SPARQL: {hint}"
    lines = parser_message.strip().splitlines()
    return f"invalid SPARQL: {lines[0] if lines else parser_message}"
