"""Commands over the store as a whole: ``plans``, ``query``, ``queries``, ``export``, ``push``,
``validate`` and ``stats``."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import pyoxigraph as ox

from councilkg import api
from councilkg.analysis.validate import validate_store
from councilkg.cli.options import (
    StoreChoice,
    apply_options,
    errors_as_messages,
    include_private_option,
    one_line,
    output_option,
    output_options,
    private_option,
    server_options,
    store_folder_option,
    store_option,
)
from councilkg.cli.render import print_json, python_value, render_rows
from councilkg.errors import CouncilKGError, ValidationFailedError
from councilkg.files import STDOUT, is_stdout, write_file
from councilkg.queries import named_queries
from councilkg.store.base import EXPORT_FORMATS, export_format_for
from councilkg.store.location import default_location
from councilkg.store.push import push
from councilkg.store.sparql import Endpoint, SparqlStore
from councilkg.text import plan_name


@click.group(name="plans", invoke_without_command=True)
@store_option()
@output_options
@errors_as_messages
@click.pass_context
def plans_command(context: click.Context, store: StoreChoice, output_format: str) -> None:
    """List the plans loaded in the store; `plans remove` removes one.

    \b
    Example:
        councilkg plans --format json
        councilkg plans remove northmoor-children-and-young-peoples-plan-2010-13
    """
    if context.invoked_subcommand is not None:
        return
    with store.open() as opened:
        result = opened.query(named_queries()["plans"].text)
        rows = [[python_value(v) for v in row] for row in result.rows]
        render_rows(result.variables, rows, output_format, title="Plans")


@plans_command.command(name="remove")
@click.argument("plan")
@store_option(writes=True)
@errors_as_messages
def plans_remove_command(plan: str, store: StoreChoice) -> None:
    """Remove a plan, its share of the reference graph and its extracted text from the store.

    PLAN is the plan's name (as `councilkg plans` lists it), its IRI or words of its title. The
    other plans are kept, and what they state of shared people, posts and authorities too; the
    store is unchanged when PLAN names no plan or several.

    \b
    Example:
        councilkg plans remove northmoor-children-and-young-peoples-plan-2010-13
    """
    with store.open() as opened:
        removed = api.remove_plan(opened, plan)
    click.echo(f"removed {removed.describe()}")


@click.command(name="authorities")
@store_option()
@output_options
@errors_as_messages
def authorities_command(store: StoreChoice, output_format: str) -> None:
    """List the councils the store knows, with GSS codes and plans.

    A plan whose council is named another way ("Northmoor", "Northmoor Borough Council") or has
    the same GSS code joins the authority already here; `councilkg load` says when it does.

    \b
    Example:
        councilkg authorities
        councilkg authorities --format json
    """
    with store.open() as opened:
        found = api.authorities(opened)
    if output_format == "json":
        print_json([authority.to_dict() for authority in found])
        return
    rows = [
        [
            a.label,
            a.gss,
            len(a.plans),
            "\n".join(plan_name(a.label, p.title) or p.name for p in a.plans)
            if output_format == "table"
            else "; ".join(p.name for p in a.plans),
            a.iri,
        ]
        for a in found
    ]
    render_rows(["authority", "gss", "plans", "plan names", "iri"], rows, output_format, title="Authorities")


@click.command(name="query")
@click.argument("source")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help='Bind ?NAME to a term: <iri>, prefix:local, 42, "text"',
)
@private_option
@store_option()
@output_options
@errors_as_messages
def query_command(
    source: str,
    params: tuple[str, ...],
    include_private: bool,
    store: StoreChoice,
    output_format: str,
) -> None:
    """Run SPARQL (text, a .rq file, or a named query) over the store.

    Parameters are bound as RDF terms, never pasted into the query text. Known prefixes (ckg:, id:,
    org:, skos:, prov:, qb:, dcterms:, foaf:, rdfs:, xsd: ...) need no PREFIX lines. Staff
    appraisal objectives (private graphs) are left out unless --include-private is given.

    \b
    Example:
        councilkg query "SELECT ?a WHERE { ?a ckg:ref ?ref }" --param ref=CSKA12
        councilkg query owned-items --param owner=id:person/alex-kubeyinje
    """
    prepared = api.prepare_query(source, params)
    with store.open() as opened:
        result = api.query(opened, prepared, include_private=include_private)
    if result.kind == "ask":
        render_rows(["result"], [[result.boolean]], output_format)
    elif result.kind == "construct":
        click.echo(
            (ox.serialize(list(result.triples), format=ox.RdfFormat.N_TRIPLES) or b"").decode(), nl=False
        )
    else:
        rows = [[python_value(v) for v in row] for row in result.rows]
        render_rows(result.variables, rows, output_format)


@click.command(name="queries")
@output_options
def queries_command(output_format: str) -> None:
    """List the named queries shipped with councilkg.

    Those without "used by" are the researchers' library; docs/queries.md shows each with its
    output on the bundled plans.

    \b
    Example:
        councilkg queries
    """
    rows = [[q.name, q.title, q.parameters, q.used_by] for q in named_queries().values()]
    render_rows(["name", "title", "parameters", "used by"], rows, output_format, title="Named queries")


@click.command(name="export")
@click.option(
    "--format",
    "export_format",
    type=click.Choice(list(EXPORT_FORMATS)),
    default=None,
    help="RDF serialisation [default: from -o FILE's extension (.nq .trig .ttl .nt .jsonld), else nquads]",
)
@output_option("File to write (default: stdout)")
@private_option
@store_option()
@errors_as_messages
def export_command(
    export_format: str | None, output: Path | None, include_private: bool, store: StoreChoice
) -> None:
    """Write the store's graphs as RDF, in a stable order.

    N-Quads, TriG and JSON-LD keep each plan's named graph; Turtle and N-Triples write the merge.
    The format is the one -o FILE's extension names (.nq, .trig, .ttl, .nt, .jsonld), else --format,
    else N-Quads; a --format the extension contradicts is refused. Staff appraisal objectives
    (private graphs) are left out unless --include-private is given.

    \b
    Example:
        councilkg export -o plans.nq
        councilkg export -o plans.ttl
    """
    if output is not None and not is_stdout(output):
        export_format = export_format_for(str(output), export_format)
    with store.open() as opened:
        chunks = opened.export_chunks(export_format or "nquads", include_private=include_private)
        if output is None:
            output = Path(STDOUT)
        written = write_file(output, chunks)
    if is_stdout(output):
        return
    click.echo(f"wrote {written} bytes to {output}", err=True)


@click.command(name="push")
@store_folder_option("The store to copy")
@apply_options(server_options("The SPARQL 1.1 server to copy the store to", required=True))
@private_option
@errors_as_messages
def push_command(
    store_location: str | None,
    endpoint: str,
    update_endpoint: str | None,
    user: str | None,
    password: str | None,
    include_private: bool,
) -> None:
    """Copy the store's plans to a SPARQL server, each plan in one update.

    Each plan's graph (and its share of the reference graph) replaces the one of the same name on
    the server; plans only the server holds are kept. Private appraisal graphs are copied only
    with --include-private. Afterwards every command takes --endpoint URL to use the server.

    \b
    Example:
        councilkg push --endpoint http://localhost:8890/sparql \\
            --update-endpoint http://localhost:8890/sparql-auth --user dba --password dba
    """
    target = SparqlStore.connect(Endpoint(endpoint, update_endpoint, user, password))
    with StoreChoice(store_location or default_location()).open() as source:
        if isinstance(source, SparqlStore):
            raise CouncilKGError("push copies a store folder to a server: give the folder with --store")
        report = push(source, target, include_private, lambda graph: None)
    click.echo(
        f"pushed {report.plans} plan(s) and {report.private_graphs} private graph(s), "
        f"{report.triples} triples, to {endpoint}"
    )


@click.command(name="validate")
@store_option()
@include_private_option("Also check the private appraisal graphs", negatable=False)
@output_options
def validate_command(store: StoreChoice, include_private: bool, output_format: str) -> None:
    """Check the store against councilkg's SHACL shapes.

    Exit codes: 0 conforms, 1 violations (listed), 2 the store could not be loaded.

    \b
    Example:
        councilkg validate
        councilkg validate --include-private
    """
    try:
        with store.open() as opened:
            report = validate_store(opened, include_private)
    except CouncilKGError as error:
        click.echo(f"Error: {one_line(error)}", err=True)
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


@click.command(name="stats")
@store_option()
@output_options
@errors_as_messages
def stats_command(store: StoreChoice, output_format: str) -> None:
    """Count triples per named graph and instances per class.

    \b
    Example:
        councilkg stats --format json
    """
    with store.open() as opened:
        queries = named_queries()
        graphs = opened.query(queries["graph-counts"].text)
        classes = opened.query(queries["class-counts"].text)
    graph_rows = [[python_value(v) for v in row] for row in graphs.rows]
    class_rows = [[python_value(v) for v in row] for row in classes.rows]
    if output_format == "json":
        print_json(
            {
                "graphs": [dict(zip(graphs.variables, r, strict=True)) for r in graph_rows],
                "classes": [dict(zip(classes.variables, r, strict=True)) for r in class_rows],
            },
            ascii_only=True,
        )
        return
    render_rows(graphs.variables, graph_rows, output_format, title="Triples per graph")
    render_rows(classes.variables, class_rows, output_format, title="Instances per class")


COMMANDS: tuple[click.Command, ...] = (
    plans_command,
    authorities_command,
    query_command,
    queries_command,
    export_command,
    push_command,
    validate_command,
    stats_command,
)
"""The commands this module adds to ``councilkg``."""
