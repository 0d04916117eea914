"""Plans side by side: ``compare``, ``similarity``, ``indicator`` and ``suggest-matches``."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import click
from rich.table import Table

from councilkg import api
from councilkg.analysis.compare import (
    ComparedItem,
)
from councilkg.analysis.matches import suggest_matches
from councilkg.cli.options import (
    StoreChoice,
    errors_as_messages,
    output_options,
    record_format_option,
    store_option,
)
from councilkg.cli.render import console, print_json, render_rows
from councilkg.store.terms import shorten
from councilkg.views.plots import check_plot_file, plot_comparison, plot_series

COMPARE_BY = tuple(api.COMPARISONS)

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


@click.command(name="compare")
@click.argument("plans", nargs=-1)
@click.option("--by", "by", type=click.Choice(COMPARE_BY), default="outcome", show_default=True, help="Rows")
@click.option(
    "--plot",
    "plot_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also draw the comparison (.png, .svg or .pdf; needs matplotlib): item counts by outcome or "
    "theme, each shared indicator's outturns and targets by indicator",
)
@store_option()
@record_format_option
@errors_as_messages
def compare_command(
    plans: tuple[str, ...], by: str, plot_file: Path | None, store: StoreChoice, output_format: str
) -> None:
    """Plans side by side: per outcome, theme or crosswalked indicator.

    PLANS are plan names, IRIs or authorities (all their plans); none means every plan loaded.
    --by outcome puts each plan's priorities (and the number of actions and indicators) under the
    five Every Child Matters outcomes; --by theme under each theme; --by indicator gives each
    authority's outturns and targets for the indicators the crosswalk links. --plot FILE also draws
    it: a grid of item counts by outcome or theme, a panel per shared indicator by indicator.

    \b
    Example:
        councilkg compare --by outcome
        councilkg compare lambeth herefordshire --by theme --format json
        councilkg compare --by indicator --plot shared-indicators.png
    """
    if plot_file is not None:
        check_plot_file(plot_file)
    with store.open() as opened:
        # Only a plot draws the observations: a table and JSON say them as text.
        comparison = api.compare(
            opened, plans, cast(api.CompareBy, by), with_observations=plot_file is not None
        )
    _render_comparison(comparison, by, output_format)
    if plot_file is not None:
        written = plot_comparison(comparison, plot_file, f"Plans compared by {by}")
        click.echo(f"wrote {written}", err=True)


def _render_comparison(comparison: api.Comparison, by: str, output_format: str) -> None:
    """Print a comparison as JSON, CSV or a table of rows against plans."""
    if output_format == "json":
        print_json(comparison.to_dict())
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
    console().print(table)


@click.command(name="similarity")
@click.argument("plans", nargs=-1)
@click.option(
    "--by",
    "by",
    type=click.Choice(["theme", "indicator"]),
    default="theme",
    show_default=True,
    help="Features",
)
@store_option()
@output_options
@errors_as_messages
def similarity_command(plans: tuple[str, ...], by: str, store: StoreChoice, output_format: str) -> None:
    """How alike each pair of plans is (Jaccard similarity of themes or indicators).

    networkx over the plan–theme (or plan–national indicator) bipartite graph; indicators the
    crosswalk declares equivalent (exact or close match) count as one. PLANS are plan names or
    authorities; none means every plan loaded.

    \b
    Example:
        councilkg similarity --by theme
        councilkg similarity lambeth --by indicator --format json
    """
    with store.open() as opened:
        pairs = api.similarity(opened, plans, "theme" if by == "theme" else "indicator")
    columns = ["plan", "other plan", "jaccard", "shared", "union", "shared " + by + "s"]
    rows = [
        [p.first.short, p.second.short, round(p.jaccard, 3), len(p.shared), p.union, "; ".join(p.shared)]
        for p in pairs
    ]
    if output_format == "table":
        rows = [[*row[:5], shorten(str(row[5]), 80)] for row in rows]
    render_rows(columns, rows, output_format, title=f"Plan similarity by {by}")


@click.command(name="indicator")
@click.argument("code")
@click.option(
    "--plot",
    "plot_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also draw outturns and targets over time (.png, .svg or .pdf; needs matplotlib)",
)
@store_option()
@record_format_option
@errors_as_messages
def indicator_command(code: str, plot_file: Path | None, store: StoreChoice, output_format: str) -> None:
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
    with store.open() as opened:
        series = api.indicator(opened, code)
    if output_format == "json":
        print_json([s.to_dict() for s in series])
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


@click.command(name="suggest-matches")
@click.option(
    "--min-score", type=click.FloatRange(0, 1), default=0.35, show_default=True, help="Lowest score shown"
)
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the best N suggestions")
@store_option()
@output_options
@errors_as_messages
def suggest_matches_command(
    min_score: float, limit: int | None, store: StoreChoice, output_format: str
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
    with store.open() as opened:
        suggestions = suggest_matches(opened, min_score, limit)
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


COMMANDS: tuple[click.Command, ...] = (
    compare_command,
    similarity_command,
    indicator_command,
    suggest_matches_command,
)
"""The commands this module adds to ``councilkg``."""
