"""``view``: interactive HTML views of golden threads."""

from __future__ import annotations

from pathlib import Path

import click
import networkx as nx

from councilkg.cli.commands.threads import thread_direction, thread_of
from councilkg.cli.options import (
    StoreChoice,
    authority_option,
    errors_as_messages,
    include_private_option,
    output_option,
    plan_option,
    store_option,
)
from councilkg.errors import LookupFailedError
from councilkg.graph.lookup import resolve_agent, resolve_plan
from councilkg.graph.threads import (
    find_gaps,
    load_thread_graph,
    mark_gaps,
    owner_graph,
    plan_graph,
    thread_down,
    thread_up,
)
from councilkg.graph.views import write_html

output_file_option = output_option("HTML file to write (folders are created)", required=True)
"""``-o/--output FILE`` for an HTML view."""

view_private_option = include_private_option("Draw staff appraisal objectives (private graphs)")


@click.group(name="view")
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
        graph, found = thread_of(opened, item, plan_name, include_private)
    direction = thread_direction(graph, found.iri, up)
    view = thread_up(graph, found.iri) if direction == "up" else thread_down(graph, found.iri)
    _write_view(view, output, f"Golden thread {direction} from {found.describe()}", found.iri)


@view_group.command(name="plan")
@click.argument("plan")
@output_file_option
@view_private_option
@store_option()
@errors_as_messages
def view_plan_command(plan: str, output: Path, include_private: bool, store: StoreChoice) -> None:
    """Write every thread of one plan as an interactive HTML page.

    \b
    Example:
        councilkg view plan lambeth-childrens-directorate-plan-2020-21 -o demo/plan-lambeth-2020-21.html
    """
    with store.open() as opened:
        found = resolve_plan(opened, plan)
        graph = load_thread_graph(opened, include_private, plans=[found.iri])
    mark_gaps(graph, find_gaps(graph))
    _write_view(plan_graph(graph, found.iri), output, f"{found.title} ({found.authority})", None)


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
        agent = resolve_agent(opened, name, authority)
        graph = load_thread_graph(opened, include_private)
    if agent.iri not in graph:
        raise LookupFailedError(f"{agent.describe()} owns nothing on a golden thread")
    mark_gaps(graph, find_gaps(graph))
    _write_view(owner_graph(graph, agent.iri), output, f"What {agent.describe()} owns", agent.iri)


COMMANDS: tuple[click.Command, ...] = (view_group,)
"""The commands this module adds to ``councilkg``."""
