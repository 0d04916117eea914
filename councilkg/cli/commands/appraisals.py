"""``appraisals``: load, list and remove staff appraisal objectives (private graphs)."""

from __future__ import annotations

from pathlib import Path

import click

from councilkg import api
from councilkg.build.appraisals import appraisal_graphs, load_appraisals, remove_appraisals
from councilkg.cli.options import (
    StoreChoice,
    errors_as_messages,
    output_options,
    plan_option,
    store_option,
)
from councilkg.cli.render import render_rows


@click.group(name="appraisals")
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
@store_option(writes=True)
@output_options
@errors_as_messages
def appraisals_load_command(
    file: Path, plan_name: str | None, store: StoreChoice, output_format: str
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
    with store.open() as opened:
        loads = load_appraisals(opened, file, api.plan_iri(opened, plan_name))
    rows = [[x.authority, x.objectives, x.people, x.triples, str(x.graph), x.file] for x in loads]
    render_rows(["authority", "objectives", "people", "triples", "graph", "file"], rows, output_format)


@appraisals_group.command(name="list")
@store_option()
@output_options
@errors_as_messages
def appraisals_list_command(store: StoreChoice, output_format: str) -> None:
    """List the authorities with appraisal objectives loaded, and how many.

    "unresolved" counts objectives whose action or priority no loaded plan states any more
    (the plan was reloaded without it); `councilkg gaps` lists them.

    \b
    Example:
        councilkg appraisals list
    """
    with store.open() as opened:
        graphs = appraisal_graphs(opened)
    rows = [[g.authority, g.objectives, g.people, g.unresolved, g.file, str(g.graph)] for g in graphs]
    render_rows(["authority", "objectives", "people", "unresolved", "file", "graph"], rows, output_format)


@appraisals_group.command(name="remove")
@click.argument("authority")
@store_option(writes=True)
@errors_as_messages
def appraisals_remove_command(authority: str, store: StoreChoice) -> None:
    """Remove an authority's appraisal objectives from the store.

    \b
    Example:
        councilkg appraisals remove lambeth
    """
    with store.open() as opened:
        removed = remove_appraisals(opened, authority)
    click.echo(f"removed {removed.objectives} appraisal objective(s) of {removed.authority}")


COMMANDS: tuple[click.Command, ...] = (appraisals_group,)
"""The commands this module adds to ``councilkg``."""
