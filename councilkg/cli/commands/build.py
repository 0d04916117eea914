"""``build`` and ``load``: extract plans and write each into its own named graph of the store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn
from rich.table import Table

from councilkg import api
from councilkg.build.plans import PlanBuild, resolve_plan_file
from councilkg.cli.options import (
    StoreChoice,
    apply_options,
    budget_options,
    errors_as_messages,
    loader_option,
    output_options,
    profile_from_option,
    profile_option,
    store_option,
)
from councilkg.cli.render import console, render_rows
from councilkg.data import bundled_plans
from councilkg.documents.extract import DEFAULT_BUDGET, ExtractionBudget
from councilkg.errors import CouncilKGError, LoaderError, TextNotSavedError
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.parsing.identity import (
    PlanIdentity,
    check_gss,
    check_plan_type,
    parse_years,
    read_manifest,
)
from councilkg.ontology.vocab import PLAN_TYPES
from councilkg.text import plan_name

T = TypeVar("T")


reading_options = apply_options(
    [
        store_option(writes=True),
        loader_option,
        profile_option,
        budget_options,
        output_options,
        errors_as_messages,
    ]
)
"""The options of the commands that read plan files into the store (``build``, ``load``)."""


@click.command(name="build")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--manifest",
    type=click.Path(path_type=Path),
    default=None,
    help="Build the plan files a manifest.json lists, with each one's council, title, type and years",
)
@reading_options
def build_command(
    files: tuple[Path, ...],
    manifest: Path | None,
    store: StoreChoice,
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
    profile = profile_from_option(profile_path, loader_name)
    _build(files, store, loader_name, output_format, identities, profile, budget)


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


@click.command(name="load")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--council", default=None, metavar="NAME", help="The council that published the plan")
@click.option("--gss", default=None, metavar="CODE", help="The council's ONS code")
@click.option("--title", default=None, metavar="T", help="The plan's title as printed")
@click.option(
    "--type", "plan_type", default=None, metavar="T", help=f"The plan's type: {', '.join(PLAN_TYPES)}"
)
@click.option("--years", default=None, metavar="Y-Y", help="Its period, e.g. 2009-2011")
@click.option(
    "--replace",
    "replace",
    default=None,
    metavar="PLAN",
    help="Replace this plan (its name, IRI or title words) with the one loaded, though named differently",
)
@reading_options
def load_command(
    files: tuple[Path, ...],
    council: str | None,
    gss: str | None,
    title: str | None,
    plan_type: str | None,
    years: str | None,
    replace: str | None,
    store: StoreChoice,
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
    the loader read or guessed; --title and --years name one plan, so one file. --replace PLAN
    loads one file in place of a plan already in the store that it names differently (a corrected
    council, title or years): the old plan goes in the transaction that writes the new one, and
    the store is unchanged if anything fails.

    \b
    Example:
        councilkg load southwark-cypp-2010-13
        councilkg load northmoor-plan.pdf --council "Northmoor" --gss E06000099
        councilkg load my-plan.docx --profile my-layout.toml
        councilkg load northmoor-plan.pdf --council "Northmoor" --years 2010-2013 \\
            --replace northmoor-children-and-young-peoples-plan-2010-11
        councilkg load shropshire.txt --loader herefordshire-directorate-2009 \\
            --council Shropshire --gss E06000051 --years 2009-2011
    """
    identities: dict[Path, PlanIdentity] = {}
    if replace is not None and len(files) > 1:
        raise CouncilKGError("--replace puts one plan in place of another: load one file at a time")
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
    profile = profile_from_option(profile_path, loader_name)
    _build(files, store, loader_name, output_format, identities, profile, budget, replace)


def _build(
    files: tuple[Path, ...],
    store: StoreChoice,
    loader_name: str | None,
    output_format: str,
    identities: dict[Path, PlanIdentity] | None = None,
    profile: Profile | None = None,
    budget: ExtractionBudget = DEFAULT_BUDGET,
    replace: str | None = None,
) -> None:
    with store.open() as opened:
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

            results = api.load_plans(
                opened,
                files,
                loader=loader_name,
                identities=identities,
                profile=profile,
                budget=budget,
                progress=advance,
                replace=replace,
            )
        _print_build_summary(results, opened.location, output_format)
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
    columns += ["triples", "skipped", "council"]
    rows = []
    for result in results:
        coverage = result.coverage
        rows.append(
            [
                plan_name(result.council, result.title),
                result.file.name,
                result.loader,
                *(result.counts.get(name) if not result.skipped else None for name in _SUMMARY_COUNTS),
                None if result.skipped else len(result.warnings),
                round(coverage.percent, 1) if coverage else None,
                len(coverage.unplaced_table_rows) if coverage else None,
                None if result.skipped else result.triples,
                result.skipped,
                result.council,
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
            table.add_row(str(row[0]), *(str(v) for v in row[3:10]), f"{placed:.0f}%")
        console().print(table)
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
        if result.replaced is not None:
            click.echo(f"note: {result.file.name}: replaced {result.replaced}", err=True)
        if result.authority_match is not None:
            click.echo(f"note: {result.file.name}: {result.authority_match.describe()}", err=True)
        matched_code = result.authority_match is not None and result.authority_match.authority.gss
        if "council" in result.guessed and not matched_code:
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


COMMANDS: tuple[click.Command, ...] = (
    build_command,
    load_command,
)
"""The commands this module adds to ``councilkg``."""
