"""``view``: interactive HTML views of golden threads."""

from __future__ import annotations

from pathlib import Path

import click
import networkx as nx

from councilkg import api
from councilkg.cli.options import (
    StoreChoice,
    authority_option,
    errors_as_messages,
    include_private_option,
    output_option,
    plan_option,
    store_option,
)
from councilkg.views.network import starts_collapsed, write_html
from councilkg.views.outline import COLLAPSE_ABOVE, narrow

output_file_option = output_option("HTML file to write (folders are created)", required=True)
"""``-o/--output FILE`` for an HTML view."""

view_private_option = include_private_option("Draw staff appraisal objectives (private graphs)")


@click.group(name="view")
def view_group() -> None:
    """Write interactive HTML views of golden threads (offline).

    Views are laid out from outcomes at the top, through priorities, indicators and actions, to
    appraisal objectives at the bottom, with owners below what they own. Nodes show an item's
    code and the start of its words, colours its kind; hovering shows the full text, owners, due
    date and source line. Gaps are outlined in a colour for each kind, switched on and off in the
    legend. A whole plan opens collapsed to its outcomes and priorities: click one to open it.

    \b
    Example:
        councilkg view thread CSOB05 -o csob05.html
        councilkg view plan lambeth-childrens-directorate-plan-2020-21 -o plan.html
        councilkg view owner "Alex Kubeyinje" -o alex.html
    """


def _write_view(
    graph: nx.DiGraph, output: Path, title: str, focus: str | None, collapsed: bool | None = None
) -> None:
    written = write_html(graph, output, title, focus, collapsed)
    folded = ""
    if starts_collapsed(graph, focus, collapsed):
        overview = sum(1 for _, kind in graph.nodes(data="kind") if kind in ("outcome", "priority"))
        folded = f"; opens collapsed to {overview} outcomes and priorities, click one to open it"
    click.echo(f"wrote {written} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} links{folded})")


@view_group.command(name="thread")
@click.argument("item")
@click.option("--up/--down", "up", default=None, help="Up to outcomes, or down to objectives")
@plan_option
@output_file_option
@view_private_option
@store_option()
@errors_as_messages
def view_thread_command(
    item: str,
    up: bool | None,
    plan_name: str | None,
    output: Path,
    include_private: bool,
    store: StoreChoice,
) -> None:
    """Write the golden thread through an item as an interactive HTML page.

    ITEM and the direction are as for `councilkg thread`.

    \b
    Example:
        councilkg view thread "Goal 3.3" -o demo/thread-goal-3-3.html
    """
    with store.open() as opened:
        thread = api.thread(opened, item, up=up, plan=plan_name, include_private=include_private)
    title = f"Golden thread {thread.direction} from {thread.item.describe()}"
    _write_view(thread.graph, output, title, thread.item.iri)


@view_group.command(name="plan")
@click.argument("plan")
@click.option(
    "--outcome",
    "outcomes",
    multiple=True,
    metavar="TEXT",
    help="Only the threads below the outcomes whose code is TEXT or whose words hold it (repeatable)",
)
@click.option(
    "--owner",
    "owners",
    multiple=True,
    metavar="NAME",
    help="Only what the owners (people, posts, units) whose name holds NAME own, and the threads above",
)
@click.option(
    "--collapsed/--expanded",
    "collapsed",
    default=None,
    help="Open folded to outcomes and priorities, or all open "
    f"[default: folded above {COLLAPSE_ABOVE} nodes]",
)
@output_file_option
@view_private_option
@store_option()
@errors_as_messages
def view_plan_command(
    plan: str,
    outcomes: tuple[str, ...],
    owners: tuple[str, ...],
    collapsed: bool | None,
    output: Path,
    include_private: bool,
    store: StoreChoice,
) -> None:
    """Write every thread of one plan as an interactive HTML page.

    \b
    Example:
        councilkg view plan lambeth-childrens-directorate-plan-2020-21 -o demo/plan-lambeth-2020-21.html
        councilkg view plan herefordshire-cyp-directorate-plan-2009-11 --outcome "stay safe" -o safe.html
    """
    with store.open() as opened:
        found, graph = api.plan_view(opened, plan, include_private=include_private)
    title = f"{found.title} ({found.authority})"
    _write_view(narrow(graph, outcomes, owners), output, title, None, collapsed)


@view_group.command(name="owner")
@click.argument("name")
@authority_option
@output_file_option
@view_private_option
@store_option()
@errors_as_messages
def view_owner_command(
    name: str,
    authority: str | None,
    output: Path,
    include_private: bool,
    store: StoreChoice,
) -> None:
    """Write what a person or post owns, and the threads above it, as an interactive HTML page.

    \b
    Example:
        councilkg view owner "Alex Kubeyinje" -o alex-kubeyinje.html
    """
    with store.open() as opened:
        agent, graph = api.owner_view(opened, name, authority=authority, include_private=include_private)
    _write_view(graph, output, f"What {agent.describe()} owns", agent.iri)


COMMANDS: tuple[click.Command, ...] = (view_group,)
"""The commands this module adds to ``councilkg``."""
