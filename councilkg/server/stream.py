"""Answers written batch by batch: each format's head, rows, foot, and the note that ends a cut answer.

A worker serialises a batch of rows at a time with the functions of :mod:`~councilkg.server.formats`
and strips what each batch repeats (CSV and TSV header lines, the XML and JSON envelopes, Turtle's
``@prefix`` lines), so the batches joined are one document. Whatever ends the answer early (the row
or byte cap, the time limit, the memory limit) is stated at the end in the format's own way: a
comment line in CSV, TSV, Turtle and N-Triples, an XML comment in the XML formats, a last field in
SPARQL JSON and a last (empty) node in JSON-LD. The server writes those endings itself, since a
worker killed mid-answer cannot, so they depend on the format's name alone.

Example:
    >>> cut_ending("csv", "cut at 10 rows", after_rows=True)
    b'# cut at 10 rows\\r\\n'
    >>> cut_ending("jsonld", "stopped", after_rows=False)
    b'{"x-councilkg-truncated":"stopped"}]'
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import pyoxigraph as ox

from councilkg.server.formats import FORMATS, serialize_solutions, serialize_triples

NOTE_FIELD = "x-councilkg-truncated"
"""The JSON field (SPARQL JSON) or node key (JSON-LD) that states why an answer was cut."""

_RDF_XML_END = b"</rdf:RDF>"
_FOOTS = {
    "json": b"]}}",
    "xml": b"</results></sparql>",
    "jsonld": b"]",
    "rdfxml": _RDF_XML_END,
}


def foot(name: str) -> bytes:
    """Return what ends a whole answer in the format called ``name`` after its last batch."""
    return _FOOTS.get(name, b"")


def cut_ending(name: str, note: str, *, after_rows: bool) -> bytes:
    """Return what ends an answer cut short in the format ``name``: the foot with ``note`` in it.

    ``after_rows`` says whether any row was written (JSON-LD then needs a comma before the note).
    """
    line = " ".join(note.split())  # one line, whatever the note holds
    comment = line.replace("--", "- -")  # "--" may not appear in an XML comment
    quoted = json.dumps(line, ensure_ascii=False)
    endings = {
        "json": f']}},"{NOTE_FIELD}":{quoted}}}',
        "xml": f"</results><!-- {comment} --></sparql>",
        "csv": _csv_line(f"# {line}"),
        "jsonld": f'{"," if after_rows else ""}{{"{NOTE_FIELD}":{quoted}}}]',
        "rdfxml": f"<!-- {comment} -->\n{_RDF_XML_END.decode()}",
    }
    return endings.get(name, f"# {line}\n").encode()


def _csv_line(cell: str) -> str:
    """Return one CSV row of one cell, quoted when it holds a comma or a quote."""
    if any(c in cell for c in ',"'):
        cell = '"' + cell.replace('"', '""') + '"'
    return cell + "\r\n"


class SolutionBatches:
    """SELECT rows in a solutions format, a batch at a time (see the module's doc)."""

    def __init__(self, name: str, variables: Sequence[str]) -> None:
        self.name = name
        self.variables = list(variables)
        self._empty = serialize_solutions(self.variables, [], FORMATS[name])

    def head(self) -> bytes:
        """Return the answer's start: the header line, or the envelope up to the first row."""
        return self._empty[: len(self._empty) - len(foot(self.name))]

    def batch(self, rows: Sequence[ox.QuerySolution], first: bool) -> bytes:
        """Return ``rows`` serialised, to follow the head (``first``) or the batch before."""
        if not rows:
            return b""
        whole = serialize_solutions(self.variables, rows, FORMATS[self.name])
        body = whole[len(self.head()) : len(whole) - len(foot(self.name))]
        return (b"," if self.name == "json" and not first else b"") + body


class TripleBatches:
    """CONSTRUCT or DESCRIBE triples in a graph format, a batch at a time (see the module's doc)."""

    def __init__(self, name: str, prefixes: dict[str, str]) -> None:
        self.name = name
        self.prefixes = prefixes

    def head(self) -> bytes:
        """Return the answer's start (Turtle's prefixes come with its first batch)."""
        if self.name == "jsonld":
            return b"["
        if self.name == "rdfxml":
            empty = serialize_triples([], FORMATS[self.name], self.prefixes)
            return empty[: len(empty) - len(_RDF_XML_END)]
        return b""

    def batch(self, triples: Sequence[ox.Triple], first: bool) -> bytes:
        """Return ``triples`` serialised, to follow the head (``first``) or the batch before."""
        if not triples:
            return b""
        whole = serialize_triples(triples, FORMATS[self.name], self.prefixes)
        if self.name == "jsonld":
            return (b"" if first else b",") + whole[1:-1]
        if self.name == "rdfxml":
            return whole[len(self.head()) : len(whole) - len(_RDF_XML_END)]
        if self.name == "turtle" and not first:
            while whole.startswith(b"@prefix "):
                whole = whole[whole.index(b"\n") + 1 :]
        return whole
