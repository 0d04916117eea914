"""The ``councilkg`` command line: a thin shell over the library. The only module that prints."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import io
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from importlib.metadata import version
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click
import networkx as nx
import pyoxigraph as ox
from click.core import ParameterSource
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn
from rich.table import Table
from rich.tree import Tree

from councilkg.csvtext import spreadsheet_safe
from councilkg.data import bundled_plans
from councilkg.documents.document import read_document
from councilkg.documents.extract import DEFAULT_BUDGET, ExtractionBudget
from councilkg.errors import (
    CouncilKGError,
    LoaderError,
    LookupFailedError,
    TextNotSavedError,
    ValidationFailedError,
)
from councilkg.files import STDOUT, describe_os_error, is_stdout, write_file
from councilkg.graph.appraisals import appraisal_graphs, load_appraisals, remove_appraisals
from councilkg.graph.build import PlanBuild, build, extract, resolve_plan_file
from councilkg.graph.compare import (
    ComparedItem,
    compare_by_indicator,
    compare_by_outcome,
    compare_by_theme,
    select_plans,
)
from councilkg.graph.crosswalk import suggest_matches
from councilkg.graph.indicators import check_plot_file, indicator_series, plot_series, resolve_indicator
from councilkg.graph.lookup import Item, find_items, resolve_agent, resolve_item, resolve_plan
from councilkg.graph.ownership import item_owners, owner_loads, owner_report, type_rank
from councilkg.graph.release import write_release
from councilkg.graph.remote import (
    ENDPOINT_ENV,
    PASSWORD_ENV,
    UPDATE_ENDPOINT_ENV,
    USER_ENV,
    Endpoint,
    RemoteStore,
    push,
)
from councilkg.graph.similarity import plan_similarity
from councilkg.graph.store import EXPORT_FORMATS, MEMORY, STORE_ENV, PlanStore, default_location
from councilkg.graph.terms import compact_iri, shorten
from councilkg.graph.threads import (
    GAP_KINDS,
    Direction,
    ThreadNode,
    completeness,
    find_gaps,
    load_thread_graph,
    mark_gaps,
    owner_graph,
    plan_graph,
    thread_down,
    thread_plans,
    thread_tree,
    thread_up,
)
from councilkg.graph.validate import validate_store
from councilkg.graph.views import write_html
from councilkg.loaders import get_loader, loader_names
from councilkg.loaders.coverage import Coverage, coverage_of, coverage_report
from councilkg.loaders.generic.engine import LOOKED_FOR, Inspection, inspect_plan
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.generic.profilefile import read_profile
from councilkg.loaders.generic.profileinit import initial_profile
from councilkg.loaders.model import Extraction
from councilkg.loaders.parsing.identity import (
    PlanIdentity,
    check_gss,
    check_plan_type,
    parse_years,
    read_manifest,
)
from councilkg.loaders.parsing.userpatterns import lines_named
from councilkg.ontology.vocab import PLAN_TYPES, PREFIXES
from councilkg.queries import check_params, named_queries, parse_param, resolve_query
from councilkg.server import make_server

F = TypeVar("F", bound=Callable[..., Any])
StoreLocation = str | Endpoint
"""What ``--store``/``--endpoint`` give a command: a store folder, or a SPARQL server."""
T = TypeVar("T")
OUTPUT_FORMATS = ("table", "json", "csv", "tsv")
_XSD = PREFIXES["xsd"]


def _console() -> Console:
    return Console(soft_wrap=False, width=max(Console().width, 120))


def _one_line(message: object) -> str:
    """Return the message with its line breaks escaped, so a hostile file name cannot forge output lines."""
    return str(message).replace("\r", "\\r").replace("\n", "\\n")


def _fail(error: CouncilKGError) -> NoReturn:
    """Print ``Error: ...`` on one line and exit with the error's exit code."""
    click.echo(f"Error: {_one_line(error)}", err=True)
    sys.exit(error.exit_code)


def _errors_as_messages(command: F) -> F:
    """Turn domain errors into one ``Error: ...`` line with the error's exit code."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = command(*args, **kwargs)
            sys.stdout.flush()  # a full disk behind a redirection fails here, not at exit
            return result
        except CouncilKGError as error:
            _fail(error)
        except OSError as error:
            _fail_output(error)

    return wrapper  # type: ignore[return-value]


def _fail_output(error: OSError) -> NoReturn:
    """Report a failed write (standard output on a full disk, say) on one line and exit 2.

    What standard output still buffers is dropped, so that Python's exit does not fail on it again.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    where = f"{error.filename}: " if error.filename else "cannot write: "
    _fail(CouncilKGError(f"{where}{describe_os_error(error)}"))


def store_option(command: F) -> F:
    """Add ``--store PATH`` (default ``$COUNCILKG_STORE`` or ``./.councilkg/store``) and the options of a
    SPARQL server as the store (``--endpoint URL``, ``--update-endpoint URL``, ``--user``, ``--password``).

    The command receives one ``store_location``: the folder, or an
    :class:`~councilkg.graph.remote.Endpoint` when ``--endpoint`` (or ``$COUNCILKG_ENDPOINT``) names one.
    ``--store`` given on the command line wins over ``$COUNCILKG_ENDPOINT``.
    """

    @wraps(command)
    def wrapper(
        *args: Any,
        endpoint: str | None = None,
        update_endpoint: str | None = None,
        user: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> Any:
        context = click.get_current_context()
        from_line = {ParameterSource.COMMANDLINE, ParameterSource.PROMPT}
        store_given = context.get_parameter_source("store_location") in from_line
        endpoint_given = context.get_parameter_source("endpoint") in from_line
        if store_given and endpoint_given:
            _fail(CouncilKGError("give --store or --endpoint, not both"))
        if endpoint and (endpoint_given or not store_given):
            kwargs["store_location"] = Endpoint(endpoint, update_endpoint, user, password)
        return command(*args, **kwargs)

    options = [
        _store_folder_option(f"Store folder, or {MEMORY}"),
        *_server_options("Use this SPARQL 1.1 server as the store instead"),
    ]
    decorated: Any = wrapper
    for option in reversed(options):
        decorated = option(decorated)
    return decorated


def _store_folder_option(help_text: str) -> Callable[[F], F]:
    """Return the ``--store PATH`` option (``$COUNCILKG_STORE``, else ``./.councilkg/store``)."""
    return click.option(
        "--store",
        "store_location",
        envvar=STORE_ENV,
        default=None,
        metavar="PATH",
        help=f"{help_text} [env: {STORE_ENV}; default: ./.councilkg/store]",
    )


def _apply(decorators: Sequence[Callable[[F], F]]) -> Callable[[F], F]:
    """Return one decorator applying ``decorators`` as if stacked in that order."""

    def decorate(command: F) -> F:
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return decorate


def _server_options(endpoint_help: str, required: bool = False) -> list[Callable[[F], F]]:
    """Return the options naming a SPARQL server: --endpoint, --update-endpoint, --user and --password."""
    return [
        click.option(
            "--endpoint",
            envvar=ENDPOINT_ENV,
            default=None,
            required=required,
            metavar="URL",
            help=f"{endpoint_help} [env: {ENDPOINT_ENV}]",
        ),
        click.option(
            "--update-endpoint",
            envvar=UPDATE_ENDPOINT_ENV,
            default=None,
            metavar="URL",
            help=f"Its SPARQL Update URL, when not the same [env: {UPDATE_ENDPOINT_ENV}]",
        ),
        click.option(
            "--user", envvar=USER_ENV, default=None, help=f"User name at the server [env: {USER_ENV}]"
        ),
        click.option(
            "--password", envvar=PASSWORD_ENV, default=None, help=f"Its password [env: {PASSWORD_ENV}]"
        ),
    ]


def format_option(choices: Sequence[str], help_text: str) -> Callable[[F], F]:
    """Return a decorator adding ``--format`` with ``choices`` (the first is the default)."""

    def decorate(command: F) -> F:
        return click.option(
            "--format",
            "output_format",
            type=click.Choice(list(choices)),
            default=choices[0],
            show_default=True,
            help=help_text,
        )(command)

    return decorate


output_options = format_option(OUTPUT_FORMATS, "Output: a table for people, json/csv/tsv for scripts")
"""``--format table|json|csv|tsv`` for tabular output."""


def include_private_option(help_text: str) -> Callable[[F], F]:
    """Return a decorator adding ``--include-private/--no-private`` (off by default) to a planner's command.

    Appraisal objectives are personal data, so every command leaves them out unless asked.
    """
    return click.option(
        "--include-private/--no-private", "include_private", default=False, show_default=True, help=help_text
    )


def _python_value(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> Any:
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
        _console().print(table)


@click.group()
@click.version_option(version("councilkg"), prog_name="councilkg")
def cli() -> None:
    """councilkg: a knowledge graph of English councils' children's-services plans."""


def private_option(command: F) -> F:
    """Add ``--include-private``: also read the private appraisal graphs (personal data)."""
    return click.option(
        "--include-private",
        is_flag=True,
        help="Also read the private appraisal graphs (staff appraisal objectives are personal data)",
    )(command)


def output_option(help_text: str, required: bool = False) -> Callable[[F], F]:
    """Return a decorator adding ``-o/--output FILE`` (a path; ``None`` when not given)."""
    return click.option(
        "-o",
        "--output",
        "output",
        required=required,
        default=None,
        type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
        help=f"{help_text}; - for standard output",
    )


def profile_option(command: F) -> F:
    """Add ``--profile P.toml``: read files with the generic loader as a layout profile says."""
    return click.option(
        "--profile",
        "profile_path",
        default=None,
        type=click.Path(path_type=Path, dir_okay=False),
        metavar="P.toml",
        help="Read with the generic loader as this layout profile says (see docs/profiles.md)",
    )(command)


def _read_profile(profile_path: Path | None, loader_name: str | None) -> Profile | None:
    """Return the layout profile at ``profile_path``, or ``None`` for no profile.

    Raises:
        CouncilKGError: both --profile and --loader are given.
        LoaderError: the profile cannot be read or is not valid.
    """
    if profile_path is None:
        return None
    if loader_name is not None:
        raise CouncilKGError("--profile is read by the generic loader: give --profile or --loader, not both")
    return read_profile(profile_path)


def budget_options(command: F) -> F:
    """Add the extraction budget's options (``--max-chars``, ``--max-pages``, ``--max-seconds``,
    ``--max-memory``) to a command that reads documents; the command receives one ``budget``."""
    defaults = DEFAULT_BUDGET

    @wraps(command)
    def wrapper(
        *args: Any, max_chars: int, max_pages: int, max_seconds: float, max_memory: int, **kwargs: Any
    ) -> Any:
        budget = ExtractionBudget(max_chars, max_pages, max_seconds, max_memory)
        return command(*args, budget=budget, **kwargs)

    per_file = "one PDF, Word or HTML file"
    specs: list[tuple[str, float, click.ParamType, str, str]] = [
        (
            "--max-chars",
            defaults.max_chars,
            click.IntRange(1),
            "N",
            f"Most characters of text read from {per_file}",
        ),
        ("--max-pages", defaults.max_pages, click.IntRange(1), "N", "Most pages read from one PDF"),
        (
            "--max-seconds",
            defaults.max_seconds,
            click.FloatRange(0, min_open=True),
            "S",
            f"Most seconds reading {per_file}",
        ),
        (
            "--max-memory",
            defaults.max_memory_mb,
            click.IntRange(1),
            "MB",
            f"Most memory (MB) reading {per_file} may add",
        ),
    ]
    options = [
        click.option(name, default=default, show_default=True, type=kind, metavar=metavar, help=help_text)
        for name, default, kind, metavar, help_text in specs
    ]
    return _apply(options)(wrapper)  # type: ignore[return-value]


def loader_option(command: F) -> F:
    """Add ``--loader NAME`` to read files with a named loader instead of the one that sniffs them."""
    return click.option(
        "--loader",
        "loader_name",
        default=None,
        metavar="NAME",
        help="Read with this loader (see `councilkg loaders`) instead of the one that recognises the layout",
    )(command)


@cli.command(name="build")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--manifest",
    type=click.Path(path_type=Path),
    default=None,
    help="Build the plan files a manifest.json lists, with each one's council, title, type and years",
)
@store_option
@loader_option
@profile_option
@budget_options
@output_options
@_errors_as_messages
def build_command(
    files: tuple[Path, ...],
    manifest: Path | None,
    store_location: StoreLocation | None,
    loader_name: str | None,
    profile_path: Path | None,
    budget: ExtractionBudget,
    output_format: str,
) -> None:
    """Extract plans and load each into its own named graph of the store.

    With no FILES, builds the four bundled plans; a bundled plan whose layout no loader reads yet
    is reported as skipped. Each plan is replaced in one transaction. The summary gives each
    plan's coverage: the share of its non-blank lines placed in an extracted item (see
    `councilkg report`).

    A manifest is a JSON list with an object per file: file (relative to the manifest), council,
    and optionally authority, gss, title, slug, plan_type, start_year, end_year and loader, in the
    shape of the bundled corpus's manifest.json.

    \b
    Example:
        councilkg build
        councilkg build my-plan.txt --store /data/ckg
        councilkg build --manifest corpus/manifest.json --store /data/ckg
    """
    identities: dict[Path, PlanIdentity] = {}
    if manifest is not None:
        if files:
            raise CouncilKGError("give FILES or --manifest, not both")
        identities = dict(read_manifest(manifest))
        if not identities:
            raise LoaderError(manifest, "the manifest lists no plan files")
        files = tuple(identities)
    profile = _read_profile(profile_path, loader_name)
    _build(files, store_location, loader_name, output_format, identities, profile, budget)


def _option_value(option: str, value: str | None, check: Callable[[str], T]) -> T | None:
    """Return ``check(value)``, or ``None`` for no value; a ValueError becomes an error naming the option.

    Raises:
        CouncilKGError: the value is not valid for the option.
    """
    if value is None:
        return None
    try:
        return check(value)
    except ValueError as error:
        raise CouncilKGError(f"{option}: {error}") from error


@cli.command(name="load")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--council", default=None, metavar="NAME", help="The council that published the plan")
@click.option("--gss", default=None, metavar="CODE", help="The council's ONS code")
@click.option("--title", default=None, metavar="T", help="The plan's title as printed")
@click.option(
    "--type", "plan_type", default=None, metavar="T", help=f"The plan's type: {', '.join(PLAN_TYPES)}"
)
@click.option("--years", default=None, metavar="Y-Y", help="Its period, e.g. 2009-2011")
@store_option
@loader_option
@profile_option
@budget_options
@output_options
@_errors_as_messages
def load_command(
    files: tuple[Path, ...],
    council: str | None,
    gss: str | None,
    title: str | None,
    plan_type: str | None,
    years: str | None,
    store_location: StoreLocation | None,
    loader_name: str | None,
    profile_path: Path | None,
    budget: ExtractionBudget,
    output_format: str,
) -> None:
    """Load plan files into the store, replacing each one's graph if already there.

    FILES are paths, or the names of bundled plans: text (.txt, .md), PDF, Word (.docx) or HTML;
    the text of a PDF, Word or HTML file is extracted (see `councilkg extract`) and saved beside
    the store, and source lines count its lines. Nothing is written unless every file extracts;
    the other plans in the store are kept.

    A plan in a layout no loader names is read by the generic loader, which finds its tables
    (actions, indicators, risks) by their headers and guesses whose plan it is, saying what it
    guessed; --profile says how to read a layout it gets wrong (see `councilkg profile init`).
    --council, --gss, --title, --type and --years say whose plan it is and what, instead of what
    the loader read or guessed; --title and --years name one plan, so one file.

    \b
    Example:
        councilkg load southwark-cypp-2010-13
        councilkg load northmoor-plan.pdf --council "Northmoor" --gss E06000099
        councilkg load my-plan.docx --profile my-layout.toml
        councilkg load shropshire.txt --loader herefordshire-directorate-2009 \\
            --council Shropshire --gss E06000051 --years 2009-2011
    """
    identities: dict[Path, PlanIdentity] = {}
    if (title or years) and len(files) > 1:
        raise CouncilKGError("--title and --years describe one plan: load one file at a time")
    if (gss or title or plan_type or years) and not council:
        raise CouncilKGError("--gss, --title, --type and --years need --council")
    if council:
        start, end = _option_value("--years", years, parse_years) or (None, None)
        identity = PlanIdentity(
            council=council,
            gss=_option_value("--gss", gss, check_gss),
            title=title,
            plan_type=_option_value("--type", plan_type, check_plan_type),
            start_year=start,
            end_year=end,
        )
        identities = {resolve_plan_file(file): identity for file in files}
    profile = _read_profile(profile_path, loader_name)
    _build(files, store_location, loader_name, output_format, identities, profile, budget)


def _build(
    files: tuple[Path, ...],
    store_location: StoreLocation | None,
    loader_name: str | None,
    output_format: str,
    identities: dict[Path, PlanIdentity] | None = None,
    profile: Profile | None = None,
    budget: ExtractionBudget = DEFAULT_BUDGET,
) -> None:
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

            results = build(store, list(files) or None, advance, loader_name, identities, profile, budget)
        _print_build_summary(results, store.location, output_format)
    unsaved = [result for result in results if result.unsaved_text is not None]
    if unsaved:
        loaded = [result.file.name for result in results if result.plan is not None]
        failed = "; ".join(f"{result.file.name}: {result.unsaved_text}" for result in unsaved)
        raise TextNotSavedError(
            f"{len(loaded)} plan(s) written to the store ({', '.join(loaded)}); the extracted text of "
            f"{len(unsaved)} was not saved beside it ({failed}); `councilkg extract FILE` shows that text"
        )


_SUMMARY_COUNTS = ("priorities", "actions", "indicators", "observations", "risks", "people")


def _print_build_summary(results: list[PlanBuild], location: str, output_format: str) -> None:
    columns = ["plan", "file", "loader", *_SUMMARY_COUNTS, "warnings", "placed", "unplaced table rows"]
    columns += ["triples", "skipped"]
    rows = []
    for result in results:
        coverage = result.coverage
        rows.append(
            [
                result.title,
                result.file.name,
                result.loader,
                *(result.counts.get(name) if not result.skipped else None for name in _SUMMARY_COUNTS),
                None if result.skipped else len(result.warnings),
                round(coverage.percent, 1) if coverage else None,
                len(coverage.unplaced_table_rows) if coverage else None,
                None if result.skipped else result.triples,
                result.skipped,
            ]
        )
    if output_format != "table":
        render_rows(columns, rows, output_format)
    else:
        table = Table(title=f"councilkg build → {location}")
        table.add_column("plan")
        for name in [*_SUMMARY_COUNTS, "warnings", "placed"]:
            table.add_column(name, justify="right")
        for result, row in zip(results, rows, strict=True):
            if result.skipped:
                table.add_row(f"{result.file.name} [dim](skipped: {result.skipped})[/dim]")
                continue
            placed = row[columns.index("placed")]
            table.add_row(str(result.title), *(str(v) for v in row[3:10]), f"{placed:.0f}%")
        _console().print(table)
        loaded = [r for r in results if not r.skipped]
        click.echo(
            f"{len(loaded)} plan(s) loaded, {sum(r.triples for r in loaded)} triples; "
            f"{len(results) - len(loaded)} skipped."
        )
    for result in results:
        for note in result.notes:
            click.echo(f"note: {result.file.name}: {note}", err=True)
        if result.saved_text is not None:
            click.echo(
                f"note: {result.file.name}: source lines count the lines of {result.saved_text}", err=True
            )
        if result.guessed:
            guesses = "; ".join(f"{key} {guess}" for key, guess in result.guessed.items())
            click.echo(
                f"guessed: {result.file.name}: {guesses}; "
                "state them with --council, --title, --type, --years",
                err=True,
            )
        if "council" in result.guessed:
            click.echo(
                f"warning: {result.file.name}: the council's ONS GSS code is not known, so "
                "`councilkg validate` reports its authority; load it with --council NAME --gss CODE",
                err=True,
            )
        for warning in result.warnings:
            click.echo(f"warning: {result.file.name}:{warning.line}: {warning.message}", err=True)
        unplaced = result.coverage.unplaced_table_rows if result.coverage else ()
        if unplaced:
            click.echo(
                f"warning: {result.file.name}: {len(unplaced)} table row(s) not placed in any item, first "
                f"at line {unplaced[0].line}; see `councilkg report {result.file.name}`",
                err=True,
            )


@cli.command(name="report")
@click.argument("plan")
@loader_option
@format_option(("table", "json"), "Output: a summary and the unplaced lines for people, json for scripts")
@click.option("--strict", is_flag=True, help="Exit 1 when a table row is not placed in any item")
@budget_options
@_errors_as_messages
def report_command(
    plan: str, loader_name: str | None, output_format: str, strict: bool, budget: ExtractionBudget
) -> None:
    """Report what a loader recognised in a plan and which lines it could not place.

    PLAN is a file or the name of a bundled plan. Every non-blank line is either placed (an
    extracted item starts on it, or the loader read it as a heading, header row, continuation...)
    or listed as unplaced with its number; unplaced table rows are flagged. Nothing is written.

    \b
    Example:
        councilkg report herefordshire-cyp-directorate-plan-2009-11
        councilkg report my-plan.txt --format json
    """
    path = resolve_plan_file(plan)
    document = read_document(path, budget)
    extraction = extract(document, loader_name)
    coverage = coverage_of(extraction, document)
    if output_format == "json":
        click.echo(json.dumps(coverage_report(extraction, coverage), indent=2, ensure_ascii=False))
    else:
        _print_coverage(extraction, coverage)
    if strict and coverage.unplaced_table_rows:
        raise SystemExit(1)


@cli.command(name="inspect")
@click.argument("file")
@profile_option
@format_option(("table", "json"), "Output: tables for people, json for scripts")
@budget_options
@_errors_as_messages
def inspect_command(
    file: str, profile_path: Path | None, output_format: str, budget: ExtractionBudget
) -> None:
    """Show how the reading engine reads a plan, table by table and item by item.

    FILE is a plan file (.txt, .md, .pdf, .docx, .html) or a bundled plan's name. Each table found
    is listed with how it was printed (tab-separated, one cell per line, space-aligned, delimited),
    its header cells and the role each was read as; each item with the rule that read it and its
    confidence. A plan with no items is shown too, then refused (exit 2). Nothing is written.

    \b
    Example:
        councilkg inspect my-plan.pdf
        councilkg inspect my-plan.txt --format json
    """
    document = read_document(resolve_plan_file(file), budget)
    profile = _read_profile(profile_path, None)
    with lines_named(document.path, document.lines):
        seen = inspect_plan(document, profile)
    if output_format == "json":
        click.echo(json.dumps(dataclasses.asdict(seen), indent=2, ensure_ascii=False))
    else:
        _print_inspection(seen)
    if seen.refused:
        raise LoaderError(document.path, "no plan items found", hint=LOOKED_FOR)


def _print_inspection(seen: Inspection) -> None:
    click.echo(
        f"{seen.file}: {len(seen.tables)} table(s), {len(seen.items)} item(s), "
        f"{len(seen.unplaced)} line(s) unplaced"
    )
    for table in seen.tables:
        columns = " | ".join(f"{column.heading} → {column.role or '?'}" for column in table.columns)
        read_as = table.read_as or "not read"
        where = f"lines {table.header_line}-{table.end_line}"
        click.echo(f"table, {where} ({table.shape}, {table.rows} rows, {read_as}): {columns}")
    for line, why in seen.unsettled:
        click.echo(f"table, line {line}: {why}")
    rows = [
        [item.line, item.kind, item.ref or "", shorten(item.label, 70), item.rule or "", item.confidence]
        for item in seen.items
    ]
    render_rows(["line", "kind", "ref", "label", "read by", "confidence"], rows, "table", title="Items")
    unplaced = [[number, shorten(text, 100)] for number, text in seen.unplaced]
    render_rows(["line", "text"], unplaced, "table", title="Unplaced lines")


@cli.command(name="extract")
@click.argument("file", type=click.Path(path_type=Path))
@output_option("Write the text to this file instead of standard output")
@budget_options
@_errors_as_messages
def extract_command(file: Path, output: Path | None, budget: ExtractionBudget) -> None:
    """Show the text councilkg reads from a plan file: the lines source lines count.

    A PDF's, Word file's or HTML file's text is extracted as `load` extracts it: a line per
    paragraph or heading (a PDF's wrapped lines joined), a tab-separated line per table row. The
    ckg:sourceLine of every fact loaded from FILE is a line number of this text; for a PDF, Word
    or HTML file its SHA-256 digest is the ckg:sha256 of the plan's source document (extraction is
    deterministic), so any answer can be checked against it. A text file is shown as decoded (UTF-8, UTF-16 or
    Windows-1252) with LF line ends. Nothing is written to a store.

    \b
    Example:
        councilkg extract plan.pdf -o plan.pdf.txt
        councilkg extract plan.docx | grep -n "Lead officer"
    """
    document = read_document(file, budget)
    text = "".join(line + "\n" for line in document.lines)
    if output is None:
        click.echo(text, nl=False)
        return
    write_file(output, text)
    if not is_stdout(output):
        click.echo(f"{file.name}: {len(document.lines)} lines → {output}", err=True)


@cli.group(name="profile")
def profile_group() -> None:
    """Write layout profiles: how the generic loader should read a plan's layout.

    \b
    Example:
        councilkg profile init my-plan.txt -o my-layout.toml
    """


@profile_group.command(name="init")
@click.argument("file")
@output_option("Write the profile to this file instead of standard output")
@profile_option
@budget_options
@_errors_as_messages
def profile_init_command(
    file: str, output: Path | None, profile_path: Path | None, budget: ExtractionBudget
) -> None:
    """Write a starting layout profile from what the generic loader sees in a plan.

    FILE is a plan file (text, PDF, Word or HTML) or a bundled plan's name. The profile (TOML) lists
    the headings the generic loader took as sections and each table's header with the role it gave
    every column, unread headers as comments; edit it and load the plan with --profile (see
    docs/profiles.md). With --profile, starts from that profile instead.

    \b
    Example:
        councilkg profile init my-plan.pdf -o my-layout.toml
        councilkg load my-plan.pdf --profile my-layout.toml
    """
    profile = _read_profile(profile_path, None)
    document = read_document(resolve_plan_file(file), budget)
    with lines_named(document.path, document.lines):
        text = initial_profile(document, profile)
    if output is None:
        click.echo(text, nl=False)
        return
    write_file(output, text)
    if not is_stdout(output):
        click.echo(f"profile of {Path(file).name} → {output}", err=True)


def _print_coverage(extraction: Extraction, coverage: Coverage) -> None:
    click.echo(
        f"{coverage.file_name} ({extraction.loader}): {coverage.placed} of {coverage.nonblank} non-blank "
        f"lines placed ({coverage.percent:.1f}%); {len(coverage.unplaced)} unplaced, "
        f"{len(coverage.unplaced_table_rows)} of them table rows"
    )
    render_rows(["read as", "lines"], sorted(coverage.placed_as.items()), "table", title="Placed lines")
    rows = [
        [line.line, "table row" if line.table_row else "", shorten(line.text, 100)]
        for line in coverage.unplaced
    ]
    render_rows(["line", "kind", "text"], rows, "table", title="Unplaced lines")
    for warning in sorted(extraction.warnings, key=lambda w: w.line):
        click.echo(f"warning: {coverage.file_name}:{warning.line}: {warning.message}")


@cli.command(name="plans")
@store_option
@output_options
@_errors_as_messages
def plans_command(store_location: StoreLocation | None, output_format: str) -> None:
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
@private_option
@store_option
@output_options
@_errors_as_messages
def query_command(
    source: str,
    params: tuple[str, ...],
    include_private: bool,
    store_location: StoreLocation | None,
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
    sparql = resolve_query(source)
    bindings = dict(parse_param(spec) for spec in params)
    check_params(sparql, list(bindings))
    with PlanStore.open(store_location, read_only=True) as store:
        result = store.query(sparql, bindings, include_private=include_private)
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

    Those without "used by" are the researchers' library; docs/queries.md shows each with its
    output on the bundled plans.

    \b
    Example:
        councilkg queries
    """
    rows = [[q.name, q.title, q.parameters, q.used_by] for q in named_queries().values()]
    render_rows(["name", "title", "parameters", "used by"], rows, output_format, title="Named queries")


@cli.command(name="export")
@click.option(
    "--format",
    "export_format",
    type=click.Choice(list(EXPORT_FORMATS)),
    default="nquads",
    show_default=True,
    help="RDF serialisation",
)
@output_option("File to write (default: stdout)")
@private_option
@store_option
@_errors_as_messages
def export_command(
    export_format: str, output: Path | None, include_private: bool, store_location: StoreLocation | None
) -> None:
    """Write the store's graphs as RDF, in a stable order.

    N-Quads, TriG and JSON-LD keep each plan's named graph; Turtle and N-Triples write the merge.
    Staff appraisal objectives (private graphs) are left out unless --include-private is given.

    \b
    Example:
        councilkg export --format nquads -o plans.nq
    """
    with PlanStore.open(store_location, read_only=True) as store:
        chunks = store.export_chunks(export_format, include_private=include_private)
        if output is None:
            output = Path(STDOUT)
        written = write_file(output, chunks)
    if is_stdout(output):
        return
    click.echo(f"wrote {written} bytes to {output}", err=True)


@cli.command(name="push")
@_store_folder_option("The store to copy")
@_apply(_server_options("The SPARQL 1.1 server to copy the store to", required=True))
@private_option
@_errors_as_messages
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
    target = RemoteStore.connect(Endpoint(endpoint, update_endpoint, user, password))
    with PlanStore.open(store_location or default_location(), read_only=True) as source:
        if isinstance(source, RemoteStore):
            raise CouncilKGError("push copies a store folder to a server: give the folder with --store")
        report = push(source, target, include_private, lambda graph: None)
    click.echo(
        f"pushed {report.plans} plan(s) and {report.private_graphs} private graph(s), "
        f"{report.triples} triples, to {endpoint}"
    )


@cli.command(name="serve")
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on")
@click.option("--port", default=8000, show_default=True, type=int, help="Port; 0 picks a free one")
@click.option("--allow-remote", is_flag=True, help="Allow a --host that is not a loopback address")
@click.option("--timeout", "timeout_s", default=30.0, show_default=True, type=float, help="Seconds per query")
@click.option("--max-rows", default=10_000, show_default=True, type=int, help="Rows (or triples) per answer")
@click.option("--max-answer-bytes", default=100_000_000, show_default=True, type=int, help="Bytes per answer")
@click.option("--max-request-bytes", default=1_000_000, show_default=True, type=int, help="Largest request")
@click.option(
    "--max-memory-mb", default=1024, show_default=True, type=int, help="Megabytes of heap per query worker"
)
@click.option(
    "--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN", help="Browser origin allowed ('*': any)"
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help="Host name requests may use besides the address (and localhost)",
)
@click.option("--max-connections", default=64, show_default=True, type=int, help="Connections open at once")
@click.option("--workers", default=2, show_default=True, type=int, help="Query worker processes")
@click.option("--quiet", is_flag=True, help="No log line per request")
@_errors_as_messages
def serve_command(
    store_location: StoreLocation | None,
    host: str,
    port: int,
    allow_remote: bool,
    timeout_s: float,
    max_rows: int,
    max_answer_bytes: int,
    max_request_bytes: int,
    max_memory_mb: int,
    cors_origins: tuple[str, ...],
    allow_hosts: tuple[str, ...],
    max_connections: int,
    workers: int,
    quiet: bool,
) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol, with a query page.

    GET/POST /sparql answer JSON, XML, CSV or TSV (Turtle, N-Triples or JSON-LD for CONSTRUCT) by
    the Accept header. Updates, SERVICE and private appraisal graphs are refused; a query running
    past --timeout or needing more than --max-memory-mb is stopped; answers are streamed and cut
    at --max-rows or --max-answer-bytes (header X-Councilkg-Truncated, or a note at the end of a
    long answer). Only loopback unless --allow-remote; requests naming another Host than the
    address (or --allow-host) and queries from other sites' pages are refused unless --cors-origin.

    \b
    Example:
        councilkg serve --port 8000
        curl -H 'Accept: text/csv' 'http://127.0.0.1:8000/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%203'
    """
    if isinstance(store_location, Endpoint):
        raise CouncilKGError(
            "serve answers from a store folder; a SPARQL server already has its own endpoint"
        )
    location = store_location or default_location()
    server = make_server(
        location,
        host,
        port,
        allow_remote=allow_remote,
        timeout_s=timeout_s,
        max_rows=max_rows,
        max_answer_bytes=max_answer_bytes,
        max_request_bytes=max_request_bytes,
        memory_mb=max_memory_mb,
        cors_origins=cors_origins,
        allow_hosts=allow_hosts,
        max_connections=max_connections,
        workers=workers,
        log=not quiet,
    )
    click.echo(f"Serving {location} at {server.url} (Ctrl-C to stop)", err=True)
    if not server.sandboxed:
        click.echo("note: query workers are not network-sandboxed on this platform", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()


@cli.command(name="validate")
@store_option
@click.option("--include-private", is_flag=True, help="Also check the private appraisal graphs")
@output_options
def validate_command(store_location: StoreLocation | None, include_private: bool, output_format: str) -> None:
    """Check the store against councilkg's SHACL shapes.

    Exit codes: 0 conforms, 1 violations (listed), 2 the store could not be loaded.

    \b
    Example:
        councilkg validate
        councilkg validate --include-private
    """
    try:
        with PlanStore.open(store_location, read_only=True) as store:
            report = validate_store(store, include_private)
    except CouncilKGError as error:
        click.echo(f"Error: {_one_line(error)}", err=True)
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
def stats_command(store_location: StoreLocation | None, output_format: str) -> None:
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


def plan_option(command: F) -> F:
    """Add ``--plan P``: a plan's name (bundled file stem), IRI or title words."""
    return click.option(
        "--plan",
        "plan_name",
        default=None,
        metavar="PLAN",
        help="Only this plan: its name (e.g. lambeth-childrens-directorate-plan-2020-21), IRI or title words",
    )(command)


def _plan_iri(store: PlanStore, plan_name: str | None) -> str | None:
    return resolve_plan(store, plan_name).iri if plan_name else None


RECORD_FORMATS = ("table", "json", "csv")


record_format_option = format_option(
    RECORD_FORMATS, "Output: tables for people, json (nested) or csv (flat) for scripts"
)
"""``--format table|json|csv`` for commands whose JSON is nested."""


@cli.command(name="owner")
@click.argument("name")
@click.option("--authority", default=None, metavar="A", help="Only owners named in this authority's plans")
@plan_option
@store_option
@record_format_option
@_errors_as_messages
def owner_command(
    name: str,
    authority: str | None,
    plan_name: str | None,
    store_location: StoreLocation | None,
    output_format: str,
) -> None:
    """Everything a person or post owns, across plans and years, grouped by plan.

    NAME is all or part of a person's name or a post's title (case ignored), or an IRI. Items a
    person owns through a post they hold are included, with the post named under "via". Each item
    shows the roles in which it is owned: responsible, accountable, leadManager, leadMember,
    indicatorOwner, riskOwner, or plain owner.

    \b
    Example:
        councilkg owner "Alex Kubeyinje" --format json
        councilkg owner "Head of Community Operations"
        councilkg owner kubeyinje --plan lambeth-childrens-directorate-plan-2020-21
    """
    with PlanStore.open(store_location, read_only=True) as store:
        agent = resolve_agent(store, name, authority)
        report = owner_report(store, agent, _plan_iri(store, plan_name))
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
        return
    columns = ["plan", "type", "ref", "label", "roles", "via", "due", "line", "item"]
    rows = [
        [i.plan_title, i.type, i.ref, i.label, ", ".join(i.roles), i.via, i.due, i.line, i.iri]
        for i in report.items
    ]
    if output_format == "csv":
        render_rows(columns, rows, "csv")
        return
    held = report.posts or report.holders
    relation = "holds" if report.posts else "held by"
    click.echo(f"{agent.describe()}" + (f" — {relation} {'; '.join(held)}" if held else ""))
    for title, items in report.by_plan().items():
        table_rows = [
            [i.type, i.ref or "", shorten(i.label, 70), ", ".join(i.roles), i.via or "", i.due or "", i.line]
            for i in items
        ]
        render_rows(["type", "ref", "label", "roles", "via", "due", "line"], table_rows, "table", title=title)
    plans = len(report.by_plan())
    click.echo(f"{len(report.items)} item(s) in {plans} plan(s)" if report.items else "Owns nothing stated.")


@cli.command(name="who-owns")
@click.argument("query")
@plan_option
@store_option
@record_format_option
@_errors_as_messages
def who_owns_command(
    query: str, plan_name: str | None, store_location: StoreLocation | None, output_format: str
) -> None:
    """The owners of an item, given by reference or by words of its label.

    QUERY is a reference as printed (CSKA12, NI 59, CYP1; case and spaces ignored), words of the
    item's label ("teenage pregnancy"), or an IRI. A reference that matches wins over words.

    \b
    Example:
        councilkg who-owns CSKA12
        councilkg who-owns "teenage pregnancy" --format json
    """
    with PlanStore.open(store_location, read_only=True) as store:
        plan = _plan_iri(store, plan_name)
        items = find_items(store, query, plan)
        if not items:
            raise LookupFailedError(
                f"no item with reference or words {query!r}; give a reference as printed (CSKA12, NI 59), "
                "words of its label, or its IRI"
            )
        owners = {item.iri: item_owners(store, item) for item in items}
    if output_format == "json":
        data = [
            {
                "item": {
                    k: getattr(i, k) for k in ("iri", "type", "ref", "label", "plan", "plan_title", "line")
                },
                "owners": [
                    {
                        "iri": o.iri,
                        "kind": o.kind,
                        "label": o.label,
                        "roles": list(o.roles),
                        "held_by": list(o.holders),
                    }
                    for o in owners[i.iri]
                ],
            }
            for i in items
        ]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    columns = ["item", "type", "plan", "line", "owner", "kind", "roles", "held by"]
    rows: list[list[Any]] = []
    for item in items:
        where = [item.ref or shorten(item.label, 60), item.type, item.plan_title, item.line]
        if not owners[item.iri]:
            rows.append([*where, "(no owner stated)", "", "", ""])
        for o in owners[item.iri]:
            rows.append([*where, o.label, o.kind, ", ".join(o.roles), ", ".join(o.holders)])
    render_rows(
        columns, rows, output_format if output_format == "csv" else "table", title=f"Who owns {query!r}"
    )


@cli.command(name="owners")
@plan_option
@store_option
@output_options
@_errors_as_messages
def owners_command(plan_name: str | None, store_location: StoreLocation | None, output_format: str) -> None:
    """Every owner with counts of what they own by item type, heaviest load first.

    Counts items an owner is named for directly (a post's items are the post's, not its holder's).

    \b
    Example:
        councilkg owners
        councilkg owners --plan herefordshire-cyp-directorate-plan-2009-11 --format csv
    """
    with PlanStore.open(store_location, read_only=True) as store:
        loads = owner_loads(store, _plan_iri(store, plan_name))
    types = sorted({t for load in loads for t in load.counts}, key=type_rank)
    columns = ["owner", "kind", "total", *types, "plans", "iri"]
    rows = [
        [
            load.label,
            load.kind,
            load.total,
            *(load.counts.get(t, 0) for t in types),
            len(load.plans),
            load.iri,
        ]
        for load in loads
    ]
    if output_format == "table":
        render_rows(columns[:-1], [row[:-1] for row in rows], "table", title="Owners by load")
    else:
        render_rows(columns, rows, output_format)


UP_BY_DEFAULT = frozenset({"action", "project", "indicator", "objective"})


def _thread_of(
    store: PlanStore, item_text: str, plan_name: str | None, include_private: bool
) -> tuple[nx.DiGraph, Item]:
    """Return the thread graph of the plans the item's thread reaches (gaps marked), and the item."""
    plan = _plan_iri(store, plan_name)
    item = resolve_item(store, item_text, plan, include_private)
    graph = load_thread_graph(store, include_private, plans=thread_plans(store, item.iri, include_private))
    if item.iri not in graph:
        raise LookupFailedError(
            f"{item.describe()} is not on a golden thread; threads run through outcomes, priorities, "
            "actions, projects, indicators and appraisal objectives"
        )
    mark_gaps(graph, find_gaps(graph))
    return graph, item


def _direction(graph: nx.DiGraph, iri: str, up: bool | None) -> Direction:
    if up is None:
        return "up" if graph.nodes[iri]["kind"] in UP_BY_DEFAULT else "down"
    return "up" if up else "down"


def _tree_text(node: ThreadNode) -> str:
    """Return one line of the terminal tree for ``node``, as rich markup."""
    name = f"[bold]{escape(node.ref)}[/bold] " if node.ref else ""
    parts = [f"[cyan]{node.kind}[/cyan] {name}{escape(shorten(node.label, 90))}"]
    if node.owners:
        owners = []
        for owner in node.owners:
            held = f" — {', '.join(owner.held_by)}" if owner.held_by else ""
            owners.append(f"{owner.label}{held} ({', '.join(owner.roles)})")
        parts.append(f"[green]owner: {escape('; '.join(owners))}[/green]")
    if node.due:
        parts.append(f"due {escape(node.due)}")
    if node.line:
        where = "CSV line" if node.kind == "objective" else "line"
        parts.append(f"[dim]{where} {node.line}[/dim]")
    if node.gaps:
        parts.append(f"[bold red]gap: {', '.join(node.gaps)}[/bold red]")
    return " · ".join(parts)


def _rich_tree(node: ThreadNode, tree: Tree | None = None) -> Tree:
    branch = Tree(_tree_text(node)) if tree is None else tree.add(_tree_text(node))
    for child in node.children:
        _rich_tree(child, branch)
    return branch


@cli.command(name="thread")
@click.argument("item")
@click.option(
    "--up/--down", "up", default=None, help="Follow the thread up to outcomes, or down to objectives"
)
@plan_option
@format_option(("tree", "json"), "Output: a tree for people, json for scripts")
@click.option(
    "--html", "html_file", type=click.Path(dir_okay=False, path_type=Path), help="Also write an HTML view"
)
@include_private_option("Show staff appraisal objectives (private graphs)")
@store_option
@_errors_as_messages
def thread_command(
    item: str,
    up: bool | None,
    plan_name: str | None,
    output_format: str,
    html_file: Path | None,
    include_private: bool,
    store_location: StoreLocation | None,
) -> None:
    """The golden thread through an item: up to outcomes or down to objectives.

    ITEM is a reference (CSKA12, CSOB05, NI 59), words of a label, or an IRI. Without --up or
    --down, actions, projects, indicators and objectives are followed up to the outcomes they
    serve, and outcomes and priorities down to everything that delivers them. Each step shows
    its owners with their roles (and who holds a post), its due date, its source line, and any
    gap in red.

    \b
    Example:
        councilkg thread CSKA12
        councilkg thread CSOB05 --down
        councilkg thread "Goal 3.3" --down --html goal-3-3.html
    """
    with PlanStore.open(store_location, read_only=True) as store:
        graph, found = _thread_of(store, item, plan_name, include_private)
    direction = _direction(graph, found.iri, up)
    tree = thread_tree(graph, found.iri, direction)
    if output_format == "json":
        click.echo(json.dumps(tree.to_dict(), indent=2, ensure_ascii=False))
    else:
        _console().print(_rich_tree(tree))
    if html_file is not None:
        view = thread_up(graph, found.iri) if direction == "up" else thread_down(graph, found.iri)
        written = write_html(view, html_file, f"Golden thread {direction} from {found.describe()}", found.iri)
        click.echo(f"wrote {written}", err=True)


@cli.command(name="gaps")
@plan_option
@click.option(
    "--kind", "kinds", multiple=True, type=click.Choice(list(GAP_KINDS)), help="Only gaps of this kind"
)
@include_private_option("Check staff appraisal objectives (private graphs) too")
@click.option("--summary", is_flag=True, help="Only each plan's completeness and gap counts")
@store_option
@record_format_option
@_errors_as_messages
def gaps_command(
    plan_name: str | None,
    kinds: tuple[str, ...],
    include_private: bool,
    summary: bool,
    store_location: StoreLocation | None,
    output_format: str,
) -> None:
    """Where each plan's golden thread breaks, and how complete its threads are.

    Gaps: actions with no owner or no priority or no way on to an outcome; priorities with no
    action or no indicator; indicators linked to nothing, with no numeric target or no owner;
    posts with no holder; appraisal objectives linked to nothing. Completeness is the share of a
    plan's actions with an owner and an unbroken path to an outcome.

    \b
    Example:
        councilkg gaps
        councilkg gaps --plan lambeth-childrens-directorate-plan-2020-21 --kind action-without-priority
        councilkg gaps --summary
        councilkg gaps --format json
    """
    with PlanStore.open(store_location, read_only=True) as store:
        plan = _plan_iri(store, plan_name)
        graph = load_thread_graph(store, include_private, plans=[plan] if plan else None)
    gaps = [g for g in find_gaps(graph, plan) if not kinds or g.kind in kinds]
    scores = [c for c in completeness(graph) if plan is None or c.plan == plan]
    counts: dict[str, dict[str, int]] = {}
    for gap in gaps:
        by_kind = counts.setdefault(gap.plan or "", {})
        by_kind[gap.kind] = by_kind.get(gap.kind, 0) + 1
    if output_format == "json":
        plans = [{**c.to_dict(), "gaps": counts.get(c.plan, {})} for c in scores]
        click.echo(
            json.dumps({"plans": plans, "gaps": [g.to_dict() for g in gaps]}, indent=2, ensure_ascii=False)
        )
        return
    columns = ["plan", "kind", "ref", "label", "line", "detail", "item"]
    rows = [[g.plan_title, g.kind, g.ref, g.label, g.line, g.detail, g.item] for g in gaps]
    if output_format == "csv":
        render_rows(columns, rows, "csv")
        return
    if not summary:
        render_rows(
            ["plan", "kind", "ref", "label", "line", "detail"],
            [[g.plan_title, g.kind, g.ref, shorten(g.label, 50), g.line, g.detail] for g in gaps],
            "table",
            title="Gaps in the golden thread",
        )
    scored = [
        [
            c.plan_title,
            f"{c.complete}/{c.actions}",
            f"{c.score:.0%}",
            ", ".join(f"{kind} {n}" for kind, n in counts.get(c.plan, {}).items()),
        ]
        for c in scores
    ]
    render_rows(["plan", "complete threads", "score", "gaps"], scored, "table", title="Thread completeness")


output_file_option = output_option("HTML file to write (folders are created)", required=True)
"""``-o/--output FILE`` for an HTML view."""


view_private_option = include_private_option("Draw staff appraisal objectives (private graphs)")


@cli.group(name="view")
def view_group() -> None:
    """Write interactive HTML views of golden threads (offline).

    Views are laid out from outcomes at the top, through priorities, indicators and actions, to
    appraisal objectives at the bottom, with owners below what they own. Colours show the kind
    of node; hovering shows the full text, owners, due date and source line; gaps are red.

    \b
    Example:
        councilkg view thread CSOB05 -o csob05.html
        councilkg view plan lambeth-childrens-directorate-plan-2020-21 -o plan.html
        councilkg view owner "Alex Kubeyinje" -o alex.html
    """


def _write_view(graph: nx.DiGraph, output: Path, title: str, focus: str | None) -> None:
    written = write_html(graph, output, title, focus)
    click.echo(f"wrote {written} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} links)")


@view_group.command(name="thread")
@click.argument("item")
@click.option("--up/--down", "up", default=None, help="Up to outcomes, or down to objectives")
@plan_option
@output_file_option
@view_private_option
@store_option
@_errors_as_messages
def view_thread_command(
    item: str,
    up: bool | None,
    plan_name: str | None,
    output: Path,
    include_private: bool,
    store_location: StoreLocation | None,
) -> None:
    """Write the golden thread through an item as an interactive HTML page.

    ITEM and the direction are as for `councilkg thread`.

    \b
    Example:
        councilkg view thread "Goal 3.3" -o demo/thread-goal-3-3.html
    """
    with PlanStore.open(store_location, read_only=True) as store:
        graph, found = _thread_of(store, item, plan_name, include_private)
    direction = _direction(graph, found.iri, up)
    view = thread_up(graph, found.iri) if direction == "up" else thread_down(graph, found.iri)
    _write_view(view, output, f"Golden thread {direction} from {found.describe()}", found.iri)


@view_group.command(name="plan")
@click.argument("plan")
@output_file_option
@view_private_option
@store_option
@_errors_as_messages
def view_plan_command(
    plan: str, output: Path, include_private: bool, store_location: StoreLocation | None
) -> None:
    """Write every thread of one plan as an interactive HTML page.

    \b
    Example:
        councilkg view plan lambeth-childrens-directorate-plan-2020-21 -o demo/plan-lambeth-2020-21.html
    """
    with PlanStore.open(store_location, read_only=True) as store:
        found = resolve_plan(store, plan)
        graph = load_thread_graph(store, include_private, plans=[found.iri])
    mark_gaps(graph, find_gaps(graph))
    _write_view(plan_graph(graph, found.iri), output, f"{found.title} ({found.authority})", None)


@view_group.command(name="owner")
@click.argument("name")
@click.option("--authority", default=None, metavar="A", help="Only owners named in this authority's plans")
@output_file_option
@view_private_option
@store_option
@_errors_as_messages
def view_owner_command(
    name: str,
    authority: str | None,
    output: Path,
    include_private: bool,
    store_location: StoreLocation | None,
) -> None:
    """Write what a person or post owns, and the threads above it, as an interactive HTML page.

    \b
    Example:
        councilkg view owner "Alex Kubeyinje" -o alex-kubeyinje.html
    """
    with PlanStore.open(store_location, read_only=True) as store:
        agent = resolve_agent(store, name, authority)
        graph = load_thread_graph(store, include_private)
    if agent.iri not in graph:
        raise LookupFailedError(f"{agent.describe()} owns nothing on a golden thread")
    mark_gaps(graph, find_gaps(graph))
    _write_view(owner_graph(graph, agent.iri), output, f"What {agent.describe()} owns", agent.iri)


COMPARE_BY = ("outcome", "theme", "indicator")
CELL_ITEMS = 6


def _cell_text(items: tuple[ComparedItem, ...], by: str) -> str:
    """Return a table cell: priorities (or indicators) named, the rest counted."""
    if not items:
        return ""
    named_type = "Indicator" if by == "indicator" else "Priority"
    named = [i for i in items if i.type == named_type] or list(items)
    lines = [
        f"{i.ref + ' ' if i.ref else ''}{shorten(i.label, 40)}{' — ' + i.detail if i.detail else ''}"
        for i in named[:CELL_ITEMS]
    ]
    if len(named) > CELL_ITEMS:
        lines.append(f"… {len(named) - CELL_ITEMS} more")
    counts: dict[str, int] = {}
    for item in items:
        if item not in named:
            counts[item.type] = counts.get(item.type, 0) + 1
    if counts:
        lines.append(
            "+ " + ", ".join(f"{n} {t.lower()}{'s' if n > 1 else ''}" for t, n in sorted(counts.items()))
        )
    return "\n".join(lines)


@cli.command(name="compare")
@click.argument("plans", nargs=-1)
@click.option("--by", "by", type=click.Choice(COMPARE_BY), default="outcome", show_default=True, help="Rows")
@store_option
@record_format_option
@_errors_as_messages
def compare_command(
    plans: tuple[str, ...], by: str, store_location: StoreLocation | None, output_format: str
) -> None:
    """Plans side by side: per outcome, theme or crosswalked indicator.

    PLANS are plan names, IRIs or authorities (all their plans); none means every plan loaded.
    --by outcome puts each plan's priorities (and the number of actions and indicators) under the
    five Every Child Matters outcomes; --by theme under each theme; --by indicator gives each
    authority's outturns and targets for the indicators the crosswalk links.

    \b
    Example:
        councilkg compare --by outcome
        councilkg compare lambeth herefordshire --by theme --format json
    """
    with PlanStore.open(store_location, read_only=True) as store:
        chosen = select_plans(store, plans)
        comparison = COMPARISONS[by](store, chosen)
    if output_format == "json":
        click.echo(json.dumps(comparison.to_dict(), indent=2, ensure_ascii=False))
        return
    if output_format == "csv":
        columns = [by, "plan", "type", "ref", "label", "line", "detail", "item"]
        rows = [
            [row.label, plan.name, i.type, i.ref, i.label, i.line, i.detail, i.iri]
            for row in comparison.rows
            for plan in comparison.plans
            for i in row.cells.get(plan.iri, ())
        ]
        render_rows(columns, rows, "csv")
        return
    table = Table(title=f"Plans compared by {by}", show_lines=True)
    table.add_column(by, overflow="fold")
    for plan in comparison.plans:
        table.add_column(plan.short, overflow="fold")
    for row in comparison.rows:
        table.add_row(row.label, *(_cell_text(row.cells.get(p.iri, ()), by) for p in comparison.plans))
    _console().print(table)


@cli.command(name="similarity")
@click.argument("plans", nargs=-1)
@click.option(
    "--by",
    "by",
    type=click.Choice(["theme", "indicator"]),
    default="theme",
    show_default=True,
    help="Features",
)
@store_option
@output_options
@_errors_as_messages
def similarity_command(
    plans: tuple[str, ...], by: str, store_location: StoreLocation | None, output_format: str
) -> None:
    """How alike each pair of plans is (Jaccard similarity of themes or indicators).

    networkx over the plan–theme (or plan–national indicator) bipartite graph; indicators the
    crosswalk declares equivalent (exact or close match) count as one. PLANS are plan names or
    authorities; none means every plan loaded.

    \b
    Example:
        councilkg similarity --by theme
        councilkg similarity lambeth --by indicator --format json
    """
    with PlanStore.open(store_location, read_only=True) as store:
        pairs = plan_similarity(store, select_plans(store, plans), "theme" if by == "theme" else "indicator")
    columns = ["plan", "other plan", "jaccard", "shared", "union", "shared " + by + "s"]
    rows = [
        [p.first.short, p.second.short, round(p.jaccard, 3), len(p.shared), p.union, "; ".join(p.shared)]
        for p in pairs
    ]
    if output_format == "table":
        rows = [[*row[:5], shorten(str(row[5]), 80)] for row in rows]
    render_rows(columns, rows, output_format, title=f"Plan similarity by {by}")


@cli.command(name="indicator")
@click.argument("code")
@click.option(
    "--plot",
    "plot_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also draw outturns and targets over time (.png, .svg or .pdf; needs matplotlib)",
)
@store_option
@record_format_option
@_errors_as_messages
def indicator_command(
    code: str, plot_file: Path | None, store_location: StoreLocation | None, output_format: str
) -> None:
    """Every observation of an indicator and its crosswalk matches, by authority.

    CODE is a national code (NI 65, BVPI 49, PAF C68), a plan's own reference (RI.56) or words of
    an indicator's label. Each plan indicator linked to it is listed with how it is linked: coded
    with it ("direct"), or an exact, close or related match in the crosswalk, with the crosswalk's
    basis.

    \b
    Example:
        councilkg indicator "NI 65"
        councilkg indicator "PAF C68" --plot lac-reviews.png
    """
    if plot_file is not None:
        check_plot_file(plot_file)
    with PlanStore.open(store_location, read_only=True) as store:
        iri = resolve_indicator(store, code)
        series = indicator_series(store, iri)
    if not series:
        raise LookupFailedError(
            f"no plan in the store tracks {code!r} or an indicator the crosswalk links to it"
        )
    if output_format == "json":
        click.echo(json.dumps([s.to_dict() for s in series], indent=2, ensure_ascii=False))
    else:
        columns = [
            "authority",
            "plan",
            "ref",
            "indicator",
            "match",
            "measure",
            "period",
            "value",
            "raw",
            "line",
        ]
        rows: list[list[Any]] = []
        for one in series:
            about = [one.authority, one.plan_short, one.ref, one.label, one.match]
            if not one.observations:
                rows.append([*about, "", "", None, "(no values printed)", None])
            for o in one.observations:
                measure = o.measure + (f" ({o.group})" if o.group else "")
                value = int(o.value) if o.value is not None and o.value.is_integer() else o.value
                rows.append([*about, measure, o.period, value, o.raw, o.line])
        if output_format == "table":
            rows = [[*r[:3], shorten(str(r[3]), 45), *r[4:]] for r in rows]
        render_rows(columns, rows, output_format, title=f"Indicator {code}")
    if plot_file is not None:
        written = plot_series(series, plot_file, f"{code}: outturns and targets by authority")
        click.echo(f"wrote {written}", err=True)


@cli.command(name="suggest-matches")
@click.option(
    "--min-score", type=click.FloatRange(0, 1), default=0.35, show_default=True, help="Lowest score shown"
)
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the best N suggestions")
@store_option
@output_options
@_errors_as_messages
def suggest_matches_command(
    min_score: float, limit: int | None, store_location: StoreLocation | None, output_format: str
) -> None:
    """Propose crosswalk rows for indicators no mapping covers.

    Each plan indicator without a match is scored against every national indicator's title by
    shared words, after normalising text and expanding synonyms ("conception rate" ~ "teenage
    pregnancies", "LAC" ~ "children in care"). The reason lists the shared words. Review each
    suggestion before adding it, with a match type and basis, to councilkg/ontology/crosswalk.csv.

    \b
    Example:
        councilkg suggest-matches
        councilkg suggest-matches --min-score 0.2 --format csv
    """
    with PlanStore.open(store_location, read_only=True) as store:
        suggestions = suggest_matches(store, min_score, limit)
    columns = ["plan", "ref", "indicator", "national", "title", "score", "reason"]
    rows = [
        [s.plan, s.source_ref, s.source_label, s.target_notation, s.target_label, s.score, s.reason]
        for s in suggestions
    ]
    if output_format == "table":
        rows = [
            [
                s.plan,
                s.source_ref,
                shorten(s.source_label, 40),
                s.target_notation,
                shorten(s.target_label, 40),
                s.score,
                shorten(s.reason, 50),
            ]
            for s in suggestions
        ]
    if not suggestions and output_format == "table":
        click.echo(f"No unmatched indicator scores {min_score} or more; try a lower --min-score.")
        return
    render_rows(columns, rows, output_format, title=f"Suggested crosswalk rows (score ≥ {min_score})")


@cli.group(name="appraisals")
def appraisals_group() -> None:
    """Load, list and remove staff appraisal objectives (private).

    Appraisal objectives are personal data: each authority's live in a private named graph
    (id:graph/appraisals/<authority>) that `query` and `export` leave out unless
    --include-private is given.

    \b
    Example:
        councilkg appraisals load objectives.csv
        councilkg appraisals list
    """


@appraisals_group.command(name="load")
@click.argument("file", type=click.Path(path_type=Path))
@plan_option
@store_option
@output_options
@_errors_as_messages
def appraisals_load_command(
    file: Path, plan_name: str | None, store_location: StoreLocation | None, output_format: str
) -> None:
    """Load a CSV of appraisal objectives (replaces the authority's).

    FILE has the columns person, post, objective, supports, review_date; `supports` is the
    reference (CSKA12, CSOB05) or IRI of the action or priority the objective delivers, and the
    authority is that item's. A CSV is an authority's full set: loading one replaces what was
    loaded before. Any bad row (unknown reference, missing column, duplicate) is an error naming
    the CSV line, and nothing is loaded.

    \b
    Example:
        councilkg appraisals load councilkg/data/appraisals/lambeth-2020-21-example.csv
        councilkg appraisals load team.csv --plan lambeth-childrens-directorate-plan-2020-21
    """
    with PlanStore.open(store_location) as store:
        loads = load_appraisals(store, file, _plan_iri(store, plan_name))
    rows = [[x.authority, x.objectives, x.people, x.triples, str(x.graph), x.file] for x in loads]
    render_rows(["authority", "objectives", "people", "triples", "graph", "file"], rows, output_format)


@appraisals_group.command(name="list")
@store_option
@output_options
@_errors_as_messages
def appraisals_list_command(store_location: StoreLocation | None, output_format: str) -> None:
    """List the authorities with appraisal objectives loaded, and how many.

    "unresolved" counts objectives whose action or priority no loaded plan states any more
    (the plan was reloaded without it); `councilkg gaps` lists them.

    \b
    Example:
        councilkg appraisals list
    """
    with PlanStore.open(store_location, read_only=True) as store:
        graphs = appraisal_graphs(store)
    rows = [[g.authority, g.objectives, g.people, g.unresolved, g.file, str(g.graph)] for g in graphs]
    render_rows(["authority", "objectives", "people", "unresolved", "file", "graph"], rows, output_format)


@appraisals_group.command(name="remove")
@click.argument("authority")
@store_option
@_errors_as_messages
def appraisals_remove_command(authority: str, store_location: StoreLocation | None) -> None:
    """Remove an authority's appraisal objectives from the store.

    \b
    Example:
        councilkg appraisals remove lambeth
    """
    with PlanStore.open(store_location) as store:
        removed = remove_appraisals(store, authority)
    click.echo(f"removed {removed.objectives} appraisal objective(s) of {removed.authority}")


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


@cli.command(name="release")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Replace a previous release in FOLDER")
@click.option(
    "--endpoint-url", default=None, metavar="URL", help="A SPARQL endpoint serving the same graphs (for VoID)"
)
@store_option
@_errors_as_messages
def release_command(
    folder: Path, force: bool, endpoint_url: str | None, store_location: StoreLocation | None
) -> None:
    """Write a citable release of the store's public graphs into a new folder.

    N-Quads, TriG and Turtle of the public graphs, their VoID description, a DCAT catalogue (a
    dataset per plan, a distribution per file with its size and SHA-256), the SHACL report, CSVs of
    items, indicators with observations and owners, a README and SHA256SUMS. Private appraisal
    graphs are never included. FOLDER must be new or empty (--force replaces a previous release);
    the release is written beside it and renamed into place, so a failure leaves nothing behind.

    \b
    Example:
        councilkg release release-2026-01
        councilkg release site/data --force --endpoint-url https://example.org/sparql
    """
    with PlanStore.open(store_location, read_only=True) as store:
        summary = write_release(store, folder, force=force, endpoint_url=endpoint_url)
    rows = [[f.path, f.byte_size, f.media_type] for f in summary.files]
    render_rows(["file", "bytes", "media type"], rows, "table", title=f"Release {summary.folder}")
    verdict = "conforms to the shapes" if summary.conforms else "has SHACL violations (see validation.ttl)"
    click.echo(
        f"{summary.plans} plan(s), {summary.graphs} graph(s), {summary.triples} triples "
        f"({summary.quads} quads); the graph {verdict}; written in {summary.seconds:.1f} s",
        err=True,
    )


COMPARISONS = {"outcome": compare_by_outcome, "theme": compare_by_theme, "indicator": compare_by_indicator}


def main() -> None:
    """Run the CLI; the console-script entry point."""
    cli()
