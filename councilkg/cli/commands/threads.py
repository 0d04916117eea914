"""The golden thread: ``thread`` (through one item) and ``gaps`` (where each plan's thread breaks)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import networkx as nx
from rich.markup import escape
from rich.tree import Tree

from councilkg.cli.options import (
    StoreChoice,
    errors_as_messages,
    format_option,
    include_private_option,
    plan_iri,
    plan_option,
    record_format_option,
    store_option,
)
from councilkg.cli.render import console, print_json, render_rows
from councilkg.errors import LookupFailedError
from councilkg.graph.lookup import Item, resolve_item
from councilkg.graph.store import PlanStore
from councilkg.graph.terms import shorten
from councilkg.graph.threads import (
    GAP_KINDS,
    Direction,
    ThreadNode,
    completeness,
    find_gaps,
    load_thread_graph,
    mark_gaps,
    thread_down,
    thread_plans,
    thread_tree,
    thread_up,
)
from councilkg.graph.views import write_html

UP_BY_DEFAULT = frozenset({"action", "project", "indicator", "objective"})


def thread_of(
    store: PlanStore, item_text: str, plan_name: str | None, include_private: bool
) -> tuple[nx.DiGraph, Item]:
    """Return the thread graph of the plans the item's thread reaches (gaps marked), and the item."""
    plan = plan_iri(store, plan_name)
    item = resolve_item(store, item_text, plan, include_private)
    graph = load_thread_graph(store, include_private, plans=thread_plans(store, item.iri, include_private))
    if item.iri not in graph:
        raise LookupFailedError(
            f"{item.describe()} is not on a golden thread; threads run through outcomes, priorities, "
            "actions, projects, indicators and appraisal objectives"
        )
    mark_gaps(graph, find_gaps(graph))
    return graph, item


def thread_direction(graph: nx.DiGraph, iri: str, up: bool | None) -> Direction:
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
        graph, found = thread_of(opened, item, plan_name, include_private)
    direction = thread_direction(graph, found.iri, up)
    tree = thread_tree(graph, found.iri, direction)
    if output_format == "json":
        print_json(tree.to_dict())
    else:
        console().print(_rich_tree(tree))
    if html_file is not None:
        view = thread_up(graph, found.iri) if direction == "up" else thread_down(graph, found.iri)
        written = write_html(view, html_file, f"Golden thread {direction} from {found.describe()}", found.iri)
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
        plan = plan_iri(opened, plan_name)
        graph = load_thread_graph(opened, include_private, plans=[plan] if plan else None)
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


COMMANDS: tuple[click.Command, ...] = (
    thread_command,
    gaps_command,
)
"""The commands this module adds to ``councilkg``."""
