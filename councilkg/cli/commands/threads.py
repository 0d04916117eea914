"""The golden thread: ``thread`` (through one item) and ``gaps`` (where each plan's thread breaks)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.tree import Tree

from councilkg import api
from councilkg.analysis.gaps import GAP_KINDS
from councilkg.analysis.threads import (
    ThreadNode,
)
from councilkg.cli.options import (
    StoreChoice,
    errors_as_messages,
    format_option,
    include_private_option,
    plan_option,
    record_format_option,
    store_option,
)
from councilkg.cli.render import console, print_json, render_rows
from councilkg.store.terms import shorten
from councilkg.views.network import write_html


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


@click.command(name="thread")
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
@store_option()
@errors_as_messages
def thread_command(
    item: str,
    up: bool | None,
    plan_name: str | None,
    output_format: str,
    html_file: Path | None,
    include_private: bool,
    store: StoreChoice,
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
    with store.open() as opened:
        thread = api.thread(opened, item, up=up, plan=plan_name, include_private=include_private)
    if output_format == "json":
        print_json(thread.tree.to_dict())
    else:
        console().print(_rich_tree(thread.tree))
    if html_file is not None:
        title = f"Golden thread {thread.direction} from {thread.item.describe()}"
        written = write_html(thread.graph, html_file, title, thread.item.iri)
        click.echo(f"wrote {written}", err=True)


@click.command(name="gaps")
@plan_option
@click.option(
    "--kind", "kinds", multiple=True, type=click.Choice(list(GAP_KINDS)), help="Only gaps of this kind"
)
@include_private_option("Check staff appraisal objectives (private graphs) too")
@click.option("--summary", is_flag=True, help="Only each plan's completeness and gap counts")
@store_option()
@record_format_option
@errors_as_messages
def gaps_command(
    plan_name: str | None,
    kinds: tuple[str, ...],
    include_private: bool,
    summary: bool,
    store: StoreChoice,
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
    with store.open() as opened:
        # The summary table needs only counts and scores: the plans' analytics, where kept.
        found = api.gaps(
            opened,
            plan=plan_name,
            kinds=kinds,
            include_private=include_private,
            summary=summary and output_format == "table",
        )
    gaps, scores, counts = found.gaps, found.plans, found.counts()
    if output_format == "json":
        plans = [{**c.to_dict(), "gaps": counts.get(c.plan, {})} for c in scores]
        print_json({"plans": plans, "gaps": [g.to_dict() for g in gaps]})
        return
    columns = ["plan", "kind", "ref", "label", "line", "detail", "item"]
    rows = [[g.plan_name, g.kind, g.ref, g.label, g.line, g.detail, g.item] for g in gaps]
    if output_format == "csv":
        render_rows(columns, rows, "csv")
        return
    if not summary:
        render_rows(
            ["plan", "kind", "ref", "label", "line", "detail"],
            [[g.plan_name, g.kind, g.ref, shorten(g.label, 50), g.line, g.detail] for g in gaps],
            "table",
            title="Gaps in the golden thread",
        )
    scored = [
        [
            c.plan_name,
            f"{c.complete}/{c.actions}",
            f"{c.score:.0%}",
            ", ".join(f"{kind} {n}" for kind, n in counts.get(c.plan, {}).items()),
        ]
        for c in scores
    ]
    render_rows(["plan", "complete threads", "score", "gaps"], scored, "table", title="Thread completeness")


COMMANDS: tuple[click.Command, ...] = (
    thread_command,
    gaps_command,
)
"""The commands this module adds to ``councilkg``."""
