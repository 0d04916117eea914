"""The ``councilkg`` command line: a thin shell over the library. The only module that prints."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar

import click
import pyoxigraph as ox
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn
from rich.table import Table

from councilkg.data import bundled_plans
from councilkg.errors import CouncilKGError, ValidationFailedError
from councilkg.graph.build import PlanBuild, build
from councilkg.graph.store import EXPORT_FORMATS, MEMORY, STORE_ENV, PlanStore
from councilkg.graph.validate import validate_store
from councilkg.loaders import get_loader, loader_names
from councilkg.ontology.vocab import PREFIXES
from councilkg.queries import check_params, named_queries, parse_param, resolve_query

F = TypeVar("F", bound=Callable[..., Any])
OUTPUT_FORMATS = ("table", "json", "csv", "tsv")
_XSD = PREFIXES["xsd"]


def _console() -> Console:
    return Console(soft_wrap=False, width=max(Console().width, 120))


def _errors_as_messages(command: F) -> F:
    """Turn domain errors into one ``Error: ...`` line with the error's exit code."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CouncilKGError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(error.exit_code)

    return wrapper  # type: ignore[return-value]


def store_option(command: F) -> F:
    """Add ``--store PATH`` (default ``$COUNCILKG_STORE`` or ``./.councilkg/store``)."""
    return click.option(
        "--store",
        "store_location",
        envvar=STORE_ENV,
        default=None,
        metavar="PATH",
        help=f"Store folder, or {MEMORY} [env: {STORE_ENV}; default: ./.councilkg/store]",
    )(command)


def output_options(command: F) -> F:
    """Add ``--format table|json|csv|tsv`` for tabular output."""
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(OUTPUT_FORMATS),
        default="table",
        show_default=True,
        help="Output: a table for people, json/csv/tsv for scripts",
    )(command)


def _python_value(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> Any:
    """Return a JSON-friendly value for an RDF term: numbers as numbers, IRIs as strings."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype == _XSD + "integer":
            return int(term.value)
        if datatype == _XSD + "decimal":
            return int(term.value) if re.fullmatch(r"[-+]?\d+", term.value) else float(term.value)
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
    """Return a value for a table cell, IRIs shortened with the known prefixes."""
    if value is None or isinstance(value, bool):
        return str(_cell(value))
    text = str(value)
    for prefix, namespace in PREFIXES.items():
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace) :]}"
    return text


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
        writer.writerows([[_cell(v) for v in row] for row in rows])
        click.echo(buffer.getvalue(), nl=False)
    else:
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(_compact(value) for value in row))
        _console().print(table)


@click.group()
@click.version_option(version("councilkg"), prog_name="councilkg")
def cli() -> None:
    """councilkg: a knowledge graph of English councils' children's-services plans."""


@cli.command(name="build")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@store_option
@_errors_as_messages
def build_command(files: tuple[Path, ...], store_location: str | None) -> None:
    """Extract plans and load each into its own named graph of the store.

    With no FILES, builds the four bundled plans; a bundled plan whose layout no loader reads yet
    is reported as skipped. Each plan is replaced in one transaction.

    \b
    Example:
        councilkg build
        councilkg build my-plan.txt --store /data/ckg
    """
    with PlanStore.open(store_location) as store:
        errors = Console(stderr=True)
        progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            console=errors,
            transient=True,
            disable=not errors.is_terminal,
        )
        total = len(files) or len(bundled_plans())
        with progress:
            task = progress.add_task("building", total=total * 2)

            def advance(stage: str, path: Path) -> None:
                progress.update(task, description=f"{stage} {path.name}", advance=1 if stage != "skip" else 0)

            results = build(store, list(files) or None, advance)
        _print_build_summary(results, store.location)


def _print_build_summary(results: list[PlanBuild], location: str) -> None:
    columns = ["plan", "priorities", "actions", "indicators", "observations", "risks", "people", "warnings"]
    table = Table(title=f"councilkg build → {location}")
    for column in columns:
        table.add_column(column, justify="left" if column == "plan" else "right")
    for result in results:
        if result.skipped:
            table.add_row(f"{result.file.name} [dim](skipped: {result.skipped})[/dim]", *[""] * 7)
            continue
        counts = result.counts
        table.add_row(
            result.title or result.file.name,
            *(str(counts.get(column, 0)) for column in columns[1:-1]),
            str(len(result.warnings)),
        )
    _console().print(table)
    loaded = [r for r in results if not r.skipped]
    click.echo(
        f"{len(loaded)} plan(s) loaded, {sum(r.triples for r in loaded)} triples; "
        f"{len(results) - len(loaded)} skipped."
    )
    for result in loaded:
        for warning in result.warnings:
            click.echo(f"warning: {result.file.name}:{warning.line}: {warning.message}", err=True)


@cli.command(name="plans")
@store_option
@output_options
@_errors_as_messages
def plans_command(store_location: str | None, output_format: str) -> None:
    """List the plans loaded in the store.

    \b
    Example:
        councilkg plans --format json
    """
    with PlanStore.open(store_location, read_only=True) as store:
        result = store.query(named_queries()["plans"].text)
        rows = [[_python_value(v) for v in row] for row in result.rows]
        render_rows(result.variables, rows, output_format, title="Plans")


@cli.command(name="query")
@click.argument("source")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help='Bind ?NAME to a term: <iri>, prefix:local, 42, "text"',
)
@store_option
@output_options
@_errors_as_messages
def query_command(
    source: str, params: tuple[str, ...], store_location: str | None, output_format: str
) -> None:
    """Run SPARQL (text, a .rq file, or a named query) over the store.

    Parameters are bound as RDF terms, never pasted into the query text. Known prefixes (ckg:, id:,
    org:, skos:, prov:, qb:, dcterms:, foaf:, rdfs:, xsd: ...) need no PREFIX lines.

    \b
    Example:
        councilkg query "SELECT ?a WHERE { ?a ckg:ref ?ref }" --param ref=CSKA12
        councilkg query owned-items --param owner=id:person/alex-kubeyinje
    """
    sparql = resolve_query(source)
    bindings = dict(parse_param(spec) for spec in params)
    check_params(sparql, list(bindings))
    with PlanStore.open(store_location, read_only=True) as store:
        result = store.query(sparql, bindings)
    if result.kind == "ask":
        render_rows(["result"], [[result.boolean]], output_format)
    elif result.kind == "construct":
        click.echo(
            (ox.serialize(list(result.triples), format=ox.RdfFormat.N_TRIPLES) or b"").decode(), nl=False
        )
    else:
        rows = [[_python_value(v) for v in row] for row in result.rows]
        render_rows(result.variables, rows, output_format)


@cli.command(name="queries")
@output_options
def queries_command(output_format: str) -> None:
    """List the named queries shipped with councilkg.

    \b
    Example:
        councilkg queries
    """
    rows = [[q.name, q.title, q.parameters] for q in named_queries().values()]
    render_rows(["name", "title", "parameters"], rows, output_format, title="Named queries")


@cli.command(name="export")
@click.option(
    "--format",
    "export_format",
    type=click.Choice(list(EXPORT_FORMATS)),
    default="nquads",
    show_default=True,
    help="RDF serialisation",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: stdout)",
)
@store_option
@_errors_as_messages
def export_command(export_format: str, output: Path | None, store_location: str | None) -> None:
    """Write the store's graphs as RDF, in a stable order.

    N-Quads, TriG and JSON-LD keep each plan's named graph; Turtle and N-Triples write the merge.

    \b
    Example:
        councilkg export --format nquads -o plans.nq
    """
    with PlanStore.open(store_location, read_only=True) as store:
        data = store.export(export_format)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            output.write_bytes(data)
        except OSError as error:
            raise click.ClickException(f"cannot write {output}: {error.strerror or error}") from error
        click.echo(f"wrote {len(data)} bytes to {output}", err=True)


@cli.command(name="validate")
@store_option
@output_options
def validate_command(store_location: str | None, output_format: str) -> None:
    """Check the store against councilkg's SHACL shapes.

    Exit codes: 0 conforms, 1 violations (listed), 2 the store could not be loaded.

    \b
    Example:
        councilkg validate
    """
    try:
        with PlanStore.open(store_location, read_only=True) as store:
            report = validate_store(store)
    except CouncilKGError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(2)
    if report.conforms:
        click.echo("Conforms: the store satisfies every SHACL shape.")
        return
    rows = [[v.severity, v.focus, v.path, v.source_line, v.message] for v in report.violations]
    render_rows(
        ["severity", "focus", "path", "line", "message"], rows, output_format, title="SHACL violations"
    )
    click.echo(f"Error: {len(report.violations)} SHACL violation(s)", err=True)
    sys.exit(ValidationFailedError.exit_code)


@cli.command(name="stats")
@store_option
@output_options
@_errors_as_messages
def stats_command(store_location: str | None, output_format: str) -> None:
    """Count triples per named graph and instances per class.

    \b
    Example:
        councilkg stats --format json
    """
    with PlanStore.open(store_location, read_only=True) as store:
        queries = named_queries()
        graphs = store.query(queries["graph-counts"].text)
        classes = store.query(queries["class-counts"].text)
    graph_rows = [[_python_value(v) for v in row] for row in graphs.rows]
    class_rows = [[_python_value(v) for v in row] for row in classes.rows]
    if output_format == "json":
        click.echo(
            json.dumps(
                {
                    "graphs": [dict(zip(graphs.variables, r, strict=True)) for r in graph_rows],
                    "classes": [dict(zip(classes.variables, r, strict=True)) for r in class_rows],
                },
                indent=2,
            )
        )
        return
    render_rows(graphs.variables, graph_rows, output_format, title="Triples per graph")
    render_rows(classes.variables, class_rows, output_format, title="Instances per class")


@cli.command(name="loaders")
@output_options
def loaders_command(output_format: str) -> None:
    """List the registered plan loaders.

    \b
    Example:
        councilkg loaders
    """
    rows = [[name, get_loader(name).description] for name in loader_names()]
    render_rows(["name", "description"], rows, output_format, title="Loaders")


def main() -> None:
    """Run the CLI; the console-script entry point."""
    cli()
