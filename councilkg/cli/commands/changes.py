"""Plan years compared: ``changes`` (what a council kept, dropped, added, re-worded) and ``targets``."""

from __future__ import annotations

from collections import Counter
from typing import Any

import click
from rich.markup import escape
from rich.table import Table

from councilkg import api
from councilkg.analysis.changes import KINDS, STATUSES, Change, PlanChanges, PlanItem
from councilkg.analysis.targets import TARGET_STATUSES, TargetCheck
from councilkg.cli.options import (
    StoreChoice,
    errors_as_messages,
    output_options,
    record_format_option,
    store_option,
)
from councilkg.cli.render import console, print_json, render_rows, terminal_safe
from councilkg.store.terms import shorten

_PLURAL = {"Priority": "priorities", "Action": "actions", "Indicator": "indicators"}


def _item_text(item: PlanItem | None, width: int = 60) -> str:
    if item is None:
        return ""
    line = f" (line {item.line})" if item.line is not None else ""
    return escape(terminal_safe(shorten(item.describe(), width) + line))


def _owners_text(change: Change) -> str:
    parts = [f"− {name}" for name in change.owners_dropped] + [f"+ {name}" for name in change.owners_added]
    return escape(terminal_safe("\n".join(parts)))


def _change_row(change: Change) -> list[Any]:
    before, after = change.before, change.after
    return [
        change.kind,
        change.status,
        before.ref if before else None,
        before.label if before else None,
        before.line if before else None,
        after.ref if after else None,
        after.label if after else None,
        after.line if after else None,
        change.matched_by or None,
        change.score,
        change.owners_changed,
        "; ".join(change.owners_dropped),
        "; ".join(change.owners_added),
        before.iri if before else None,
        after.iri if after else None,
    ]


CHANGE_COLUMNS = [
    "kind",
    "status",
    "before ref",
    "before label",
    "before line",
    "after ref",
    "after label",
    "after line",
    "matched by",
    "score",
    "owners changed",
    "owners dropped",
    "owners added",
    "before item",
    "after item",
]


def _print_changes(result: PlanChanges, kinds: tuple[str, ...], statuses: tuple[str, ...]) -> None:
    """Print one table per kind, its rows grouped by status."""
    out = console()
    before, after = result.before, result.after
    out.print(
        escape(terminal_safe(f"Changes from {before.short} ({before.name}) to {after.short} ({after.name})"))
    )
    for kind in kinds:
        counts = ", ".join(f"{result.count(kind, status)} {status}" for status in STATUSES)
        table = Table(title=f"{_PLURAL[kind].capitalize()}: {counts}", show_lines=False)
        for column in ("status", result.before.short, result.after.short, "matched by", "score", "owners"):
            table.add_column(escape(terminal_safe(column)), overflow="fold")
        for status in statuses:
            rows = [c for c in result.changes if c.kind == kind and c.status == status]
            for change in rows:
                table.add_row(
                    change.status,
                    _item_text(change.before),
                    _item_text(change.after),
                    escape(terminal_safe(change.matched_by)),
                    "" if change.score is None else f"{change.score:.2f}",
                    _owners_text(change),
                )
            if rows:
                table.add_section()
        out.print(table)


@click.command(name="changes")
@click.argument("plan_a")
@click.argument("plan_b")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice([k.lower() for k in KINDS]),
    help="Only these kinds of item (repeatable)",
)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice(STATUSES),
    help="Only items with this status (repeatable)",
)
@store_option()
@record_format_option
@errors_as_messages
def changes_command(
    plan_a: str,
    plan_b: str,
    kinds: tuple[str, ...],
    statuses: tuple[str, ...],
    store: StoreChoice,
    output_format: str,
) -> None:
    """What a council kept, dropped, added and re-worded between two plans.

    PLAN_A and PLAN_B are plan names, IRIs or words of a title, in either order (the earlier plan
    comes first). Priorities, actions and indicators are matched by national indicator code
    (crosswalk equivalents as one), then by wording, with a lower bar when both items carry a theme;
    each match says how it was made and its score (1 for a code or the same wording). For matched
    items, the owners one plan names and the other does not are listed (− dropped, + added).

    \b
    Example:
        councilkg changes lambeth-cyps-service-plan-2007-10 lambeth-childrens-directorate-plan-2020-21
        councilkg changes "Lambeth 2007" "Lambeth 2020" --kind indicator --format csv
    """
    with store.open() as opened:
        result = api.changes(opened, plan_a, plan_b)
    chosen_kinds = tuple(k for k in KINDS if not kinds or k.lower() in kinds)
    chosen_statuses = tuple(s for s in STATUSES if not statuses or s in statuses)
    if output_format == "table":
        _print_changes(result, chosen_kinds, chosen_statuses)
        return
    shown = [c for c in result.changes if c.kind in chosen_kinds and c.status in chosen_statuses]
    if output_format == "json":
        data = result.to_dict()
        data["changes"] = [c.to_dict() for c in shown]
        print_json(data)
    else:
        render_rows(CHANGE_COLUMNS, [_change_row(c) for c in shown], output_format)


def _number(value: float | None) -> float | int | None:
    return int(value) if value is not None and value.is_integer() else value


TARGET_COLUMNS = [
    "authority",
    "plan",
    "ref",
    "indicator",
    "period",
    "target",
    "outturn",
    "outturn plan",
    "status",
    "lower is better",
    "direction from",
    "direction basis",
    "matched by",
    "note",
    "target line",
    "outturn line",
    "item",
]


def _target_row(check: TargetCheck) -> list[Any]:
    return [
        check.authority,
        check.plan.name,
        check.ref,
        check.label,
        check.period,
        check.target_raw,
        check.outturn_raw,
        check.outturn_plan.name if check.outturn_plan else None,
        check.status,
        check.lower_is_better,
        check.direction_source,
        check.direction_basis,
        check.matched_by or None,
        check.note,
        check.line,
        check.outturn_line,
        check.indicator,
    ]


@click.command(name="targets")
@click.argument("plans", nargs=-1)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice(TARGET_STATUSES),
    help="Only targets with this status (repeatable)",
)
@store_option()
@output_options
@errors_as_messages
def targets_command(
    plans: tuple[str, ...], statuses: tuple[str, ...], store: StoreChoice, output_format: str
) -> None:
    """Each target a plan set, met or missed by the outturn a later plan reports.

    For every target (an indicator and a period) of PLANS — plan names, IRIs or authorities; none
    means every plan — the outturn a later plan of the same authority prints for the same indicator
    (same national code, crosswalk equivalents as one; else the same wording) and period decides:
    met, missed, or no data. Lower is better where the indicator's definition says so
    (ckg:lowerIsBetter), else where the plan's target is below its own baseline; otherwise higher is
    taken to be better; the "good" column says which way and where that comes from.

    \b
    Example:
        councilkg targets lambeth
        councilkg targets --status met --status missed --format csv
    """
    with store.open() as opened:
        checks = api.targets(opened, plans)
    shown = [c for c in checks if not statuses or c.status in statuses]
    if output_format == "json":
        print_json([c.to_dict() for c in shown])
        return
    if output_format in ("csv", "tsv"):
        render_rows(TARGET_COLUMNS, [_target_row(c) for c in shown], output_format)
        return
    counts: Counter[tuple[str, str]] = Counter((c.authority, c.status) for c in checks)
    summary = "; ".join(
        f"{authority}: " + ", ".join(f"{counts[(authority, s)]} {s}" for s in TARGET_STATUSES)
        for authority in sorted({c.authority for c in checks})
    )
    columns = [
        "plan",
        "ref",
        "indicator",
        "period",
        "target",
        "outturn",
        "reported in",
        "good",
        "status",
        "why",
    ]
    rows = [
        [
            c.plan.short,
            c.ref,
            shorten(c.label, 40),
            c.period,
            c.target_raw,
            c.outturn_raw,
            c.outturn_plan.short if c.outturn_plan else None,
            f"{'lower' if c.lower_is_better else 'higher'} ({c.direction_source})",
            c.status,
            shorten(c.note, 60) if c.status == "no data" else "",
        ]
        for c in shown
    ]
    if not any(c.status == "no data" for c in shown):  # the reason column says only why there is none
        columns, rows = columns[:-1], [row[:-1] for row in rows]
    render_rows(columns, rows, "table", title=f"Targets against later outturns — {summary or 'no targets'}")


COMMANDS: tuple[click.Command, ...] = (changes_command, targets_command)
"""The commands this module adds to ``councilkg``."""
