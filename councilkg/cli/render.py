"""How commands print: rows as a rich table, JSON, CSV or TSV, and text made safe for a terminal."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click
import pyoxigraph as ox
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from councilkg.csvtext import spreadsheet_safe
from councilkg.files import is_stdout, write_file
from councilkg.ontology.vocab import PREFIXES
from councilkg.store.terms import compact_iri

OUTPUT_FORMATS = ("table", "json", "csv", "tsv")
"""What rows can be printed as: a rich table for people, JSON objects, CSV or TSV for scripts."""
RECORD_FORMATS = ("table", "json", "csv")
"""What nested records (an owner's report, a comparison, gaps) can be printed as: tables, JSON, flat CSV."""

_XSD = PREFIXES["xsd"]


def console() -> Console:
    return Console(soft_wrap=False, width=max(Console().width, 120))


def python_value(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> Any:
    """Return a JSON-friendly value for an RDF term: numbers as numbers, IRIs as strings."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype == _XSD + "integer" or (
            datatype == _XSD + "decimal" and re.fullmatch(r"[-+]?\d+", term.value)
        ):
            # a whole number of over 4,300 digits is refused by int(): shown as the text it is
            return int(term.value) if len(term.value) <= 4000 else term.value
        if datatype == _XSD + "decimal":
            return float(term.value)
        if datatype in (_XSD + "double", _XSD + "float"):
            return float(term.value)
        if datatype == _XSD + "boolean":
            return term.value == "true"
        return term.value
    return term.value


def _cell(value: Any) -> Any:
    """Return a value for CSV/TSV: booleans as SPARQL writes them, nothing as empty."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def _compact(value: Any) -> str:
    """Return a value for a table cell: IRIs shortened with the known prefixes, control characters
    shown escaped and Rich markup taken literally (plan text must not drive the terminal)."""
    if value is None or isinstance(value, bool):
        return str(_cell(value))
    return escape(terminal_safe(compact_iri(str(value))))


#: C0 and C1 control characters but tab and newline: ESC sequences, carriage returns, bells.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    r"""Return ``text`` with control characters shown as escapes, so printing it cannot drive the terminal.

    Example:
        >>> terminal_safe("Audit\x1b[2J plans\r")
        'Audit\\x1b[2J plans\\r'
    """
    return _CONTROL.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


#: Set to 1 to write CSV/TSV cells exactly as stored, for pipelines that do their own quoting.
RAW_CSV_ENV = "COUNCILKG_RAW_CSV"


def render_rows(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], output_format: str, title: str | None = None
) -> None:
    """Print rows as a rich table, JSON objects, CSV or TSV; returns nothing."""
    if output_format == "json":
        click.echo(
            json.dumps([dict(zip(columns, row, strict=True)) for row in rows], indent=2, ensure_ascii=False)
        )
    elif output_format in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if output_format == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        safe = (lambda value: value) if os.environ.get(RAW_CSV_ENV) == "1" else spreadsheet_safe
        writer.writerows([[safe(_cell(v)) for v in row] for row in rows])
        click.echo(buffer.getvalue(), nl=False)
    else:
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(_compact(value) for value in row))
        console().print(table)


def print_json(data: Any, ascii_only: bool = False) -> None:
    """Print ``data`` as indented JSON (non-ASCII characters as themselves unless ``ascii_only``)."""
    click.echo(json.dumps(data, indent=2, ensure_ascii=ascii_only))


def print_text(text: str, output: Path | None, what: str) -> None:
    """Print ``text``, or write it to ``output`` (``-``: standard output) and note ``what → output``
    on standard error; returns nothing."""
    if output is None:
        click.echo(text, nl=False)
        return
    write_file(output, text)
    if not is_stdout(output):
        click.echo(f"{what} → {output}", err=True)
