"""Commands that read a plan document without a store: ``report``, ``inspect``, ``extract``,
``profile init`` and ``loaders``."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click

from councilkg.build.plans import extract, resolve_plan_file
from councilkg.cli.options import (
    budget_options,
    errors_as_messages,
    format_option,
    loader_option,
    output_option,
    output_options,
    profile_from_option,
    profile_option,
)
from councilkg.cli.render import print_json, print_text, render_rows
from councilkg.documents.document import read_document
from councilkg.documents.extract import ExtractionBudget
from councilkg.errors import LoaderError
from councilkg.loaders import get_loader, loader_names
from councilkg.loaders.coverage import Coverage, coverage_of, coverage_report
from councilkg.loaders.generic.engine import LOOKED_FOR, Inspection, inspect_plan
from councilkg.loaders.generic.profileinit import initial_profile
from councilkg.loaders.model import Extraction
from councilkg.loaders.parsing.userpatterns import lines_named
from councilkg.store.terms import shorten
from councilkg.text import plan_name


@click.command(name="report")
@click.argument("plan")
@loader_option
@format_option(("table", "json"), "Output: a summary and the unplaced lines for people, json for scripts")
@click.option("--strict", is_flag=True, help="Exit 1 when a table row is not placed in any item")
@budget_options
@errors_as_messages
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
        print_json(coverage_report(extraction, coverage))
    else:
        _print_coverage(extraction, coverage)
    if strict and coverage.unplaced_table_rows:
        raise SystemExit(1)


def _print_coverage(extraction: Extraction, coverage: Coverage) -> None:
    name = plan_name(extraction.plan.council, extraction.plan.title)
    click.echo(
        f"{name} ({coverage.file_name}, {extraction.loader}): {coverage.placed} of {coverage.nonblank} "
        f"non-blank lines placed ({coverage.percent:.1f}%); {len(coverage.unplaced)} unplaced, "
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


@click.command(name="inspect")
@click.argument("file")
@profile_option
@format_option(("table", "json"), "Output: tables for people, json for scripts")
@budget_options
@errors_as_messages
def inspect_command(
    file: str, profile_path: Path | None, output_format: str, budget: ExtractionBudget
) -> None:
    """Show how the reading engine reads a plan, table by table and item by item.

    FILE is a plan file (.txt, .md, .pdf, .docx, .html) or a bundled plan's name. Each table found
    is listed with how it was printed (tab-separated, one cell per line, space-aligned, delimited),
    its header cells and the role each was read as; the headings a PDF, Word or HTML file marks,
    with their levels; each item with the rule that read it and its confidence. A plan with no
    items is shown too, then refused (exit 2). Nothing is written.

    \b
    Example:
        councilkg inspect my-plan.pdf
        councilkg inspect my-plan.txt --format json
    """
    document = read_document(resolve_plan_file(file), budget)
    profile = profile_from_option(profile_path, None)
    with lines_named(document.path, document.lines):
        seen = inspect_plan(document, profile)
    if output_format == "json":
        print_json(dataclasses.asdict(seen))
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
    if seen.headings:
        marked = [[line, level, shorten(text, 100)] for line, level, text in seen.headings]
        render_rows(["line", "level", "text"], marked, "table", title="Headings the file marks")
    rows = [
        [item.line, item.kind, item.ref or "", shorten(item.label, 70), item.rule or "", item.confidence]
        for item in seen.items
    ]
    render_rows(["line", "kind", "ref", "label", "read by", "confidence"], rows, "table", title="Items")
    unplaced = [[number, shorten(text, 100)] for number, text in seen.unplaced]
    render_rows(["line", "text"], unplaced, "table", title="Unplaced lines")


@click.command(name="extract")
@click.argument("file", type=click.Path(path_type=Path))
@output_option("Write the text to this file instead of standard output")
@budget_options
@errors_as_messages
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
    print_text(text, output, f"{file.name}: {len(document.lines)} lines")


@click.group(name="profile")
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
@errors_as_messages
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
    profile = profile_from_option(profile_path, None)
    document = read_document(resolve_plan_file(file), budget)
    with lines_named(document.path, document.lines):
        text = initial_profile(document, profile)
    print_text(text, output, f"profile of {Path(file).name}")


@click.command(name="loaders")
@output_options
def loaders_command(output_format: str) -> None:
    """List the registered plan loaders.

    \b
    Example:
        councilkg loaders
    """
    rows = [[name, get_loader(name).description] for name in loader_names()]
    render_rows(["name", "description"], rows, output_format, title="Loaders")


COMMANDS: tuple[click.Command, ...] = (
    report_command,
    inspect_command,
    extract_command,
    profile_group,
    loaders_command,
)
"""The commands this module adds to ``councilkg``."""
