"""The examples the query page offers: every named query, ready to run as it is.

A named query (:mod:`councilkg.queries`) leans on the prefixes every councilkg query may use
undeclared, and takes its parameters as bindings (``--param``). On the page a reader sees and edits
plain SPARQL, so each example declares the prefixes it uses and, when it has ``# example:`` values,
binds them by a ``VALUES`` clause opening its ``WHERE`` block (a test checks that every example
gives the rows its query gives with the values bound as ``--param`` binds them).
"""

from __future__ import annotations

import re
from typing import TypedDict

from councilkg.ontology.vocab import PREFIXES
from councilkg.queries import NamedQuery, named_queries

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
RESEARCHERS = "For researchers"
COMMANDS = "Behind the commands"


class Example(TypedDict):
    """One example of the page: the query's name, title, question, group and runnable text."""

    name: str
    title: str
    question: str
    group: str
    text: str


def _used_prefixes(body: str) -> list[str]:
    # a name followed by ":" and not inside an IRI (<...>) or a string; a declared prefix too
    # many costs nothing, so the strings' insides are not parsed out
    bare = re.sub(r"<[^<>\s]*>", " ", body)
    return [name for name in PREFIXES if re.search(rf"(?<![\w.:-]){re.escape(name)}:", bare)]


def prefix_lines(names: list[str]) -> str:
    """Return the ``PREFIX`` declarations of the named prefixes, one a line.

    Example:
        >>> print(prefix_lines(["ckg", "rdfs"]))
        PREFIX ckg: <https://w3id.org/councilkg#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    """
    return "\n".join(f"PREFIX {name}: <{PREFIXES[name]}>" for name in names)


def runnable_text(query: NamedQuery) -> str:
    """Return ``query`` as a reader can run it anywhere: its comment header, the ``PREFIX`` lines
    it needs, its body and, when it has example values, a ``VALUES`` clause binding them."""
    lines = query.text.rstrip().splitlines()
    header = [line for line in lines if line.startswith("#")]
    body = "\n".join(line for line in lines if not line.startswith("#")).strip()
    parts = ["\n".join(header)] if header else []
    used = _used_prefixes(body)
    if used:
        parts.append(prefix_lines(used))
    parts.append(body)
    bindings = query.example_bindings()
    if bindings:
        names = " ".join(f"?{name}" for name in bindings)
        terms = " ".join(str(term) for term in bindings.values())
        values = f"VALUES ({names}) {{ ({terms}) }}"
        where = _WHERE.search(parts[-1])
        if where is None:  # pragma: no cover - every shipped query has a WHERE keyword
            raise ValueError(f"named query {query.name} has no WHERE block to bind its example in")
        parts[-1] = f"{parts[-1][: where.end()]}\n  {values}{parts[-1][where.end() :]}"
    return "\n".join(parts) + "\n"


def examples() -> list[Example]:
    """Return the page's examples: the researchers' library first, then the queries behind commands."""
    queries = list(named_queries().values())
    ordered = [q for q in queries if not q.used_by] + [q for q in queries if q.used_by]
    return [
        Example(
            name=q.name,
            title=q.title,
            question=q.question,
            group=COMMANDS if q.used_by else RESEARCHERS,
            text=runnable_text(q),
        )
        for q in ordered
    ]
