"""Who owns what: ``owner``, ``who-owns`` and ``owners``."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from councilkg import api
from councilkg.analysis.ownership import type_rank
from councilkg.cli.options import (
    StoreChoice,
    at_option,
    authority_option,
    errors_as_messages,
    output_options,
    plan_option,
    record_format_option,
    store_option,
)
from councilkg.cli.render import print_json, render_rows
from councilkg.store.terms import shorten


@click.command(name="owner")
@click.argument("name")
@authority_option
@plan_option
@at_option
@store_option()
@record_format_option
@errors_as_messages
def owner_command(
    name: str,
    authority: str | None,
    plan_name: str | None,
    at: date | None,
    store: StoreChoice,
    output_format: str,
) -> None:
    """Everything a person or post owns, across plans and years, grouped by plan.

    NAME is all or part of a person's name or a post's title (case ignored), or an IRI. Items a
    person owns through a post they hold are included, with the post named under "via". Each item
    shows the roles in which it is owned: responsible, accountable, leadManager, leadMember,
    indicatorOwner, riskOwner, or plain owner.

    A plan that names a post's holder dates the holding to the plan's period (1 April of its first
    year to 31 March of its last), so a person owns a post's items only in the plan years they held
    it, and is followed from post to post. --at DATE answers as of that day.

    \b
    Example:
        councilkg owner "Alex Kubeyinje" --format json
        councilkg owner "Head of Community Operations"
        councilkg owner kubeyinje --plan lambeth-childrens-directorate-plan-2020-21
        councilkg owner "Yashi Shah" --at 2008-06-01
    """
    with store.open() as opened:
        report = api.owner(opened, name, authority=authority, plan=plan_name, at=at)
    agent = report.owner
    if output_format == "json":
        print_json(report.to_dict())
        return
    columns = ["plan", "type", "ref", "label", "roles", "via", "due", "line", "item"]
    rows = [
        [i.plan_name, i.type, i.ref, i.label, ", ".join(i.roles), i.via, i.due, i.line, i.iri]
        for i in report.items
    ]
    if output_format == "csv":
        render_rows(columns, rows, "csv")
        return
    held = report.posts or report.holders
    relation = "holds" if report.posts else "held by"
    if report.at is not None:
        relation = f"on {report.at.isoformat()} {relation}"
    click.echo(f"{agent.describe()}" + (f" — {relation} {'; '.join(held)}" if held else ""))
    held_when = report.tenures
    if held_when:
        dated = [[t.begins.isoformat(), t.ends.isoformat(), t.person_label, t.post_label] for t in held_when]
        render_rows(["from", "to", "person", "post"], dated, "table", title="Who held which post when")
    for title, items in report.by_plan().items():
        table_rows = [
            [i.type, i.ref or "", shorten(i.label, 70), ", ".join(i.roles), i.via or "", i.due or "", i.line]
            for i in items
        ]
        render_rows(["type", "ref", "label", "roles", "via", "due", "line"], table_rows, "table", title=title)
    plans = len(report.by_plan())
    if report.items:
        click.echo(f"{len(report.items)} item(s) in {plans} plan(s)")
    else:
        click.echo(f"Owns nothing stated{' on ' + report.at.isoformat() if report.at else ''}.")


@click.command(name="who-owns")
@click.argument("query")
@plan_option
@at_option
@store_option()
@record_format_option
@errors_as_messages
def who_owns_command(
    query: str, plan_name: str | None, at: date | None, store: StoreChoice, output_format: str
) -> None:
    """The owners of an item, given by reference or by words of its label.

    QUERY is a reference as printed (CSKA12, NI 59, CYP1; case and spaces ignored), words of the
    item's label ("teenage pregnancy"), or an IRI. A reference that matches wins over words. Words
    that match several items list each with its plan, line and id: pass an id back for that one.
    A post's holders are those the item's plan names (the plan's years), or with --at DATE those
    of that day.

    \b
    Example:
        councilkg who-owns CSKA12
        councilkg who-owns "teenage pregnancy" --format json
        councilkg who-owns "increase adoption" --at 2008-06-01
    """
    with store.open() as opened:
        found = api.owners_of(opened, query, plan=plan_name, at=at)
    items = [item for item, _ in found]
    owners = {item.iri: owned_by for item, owned_by in found}
    if output_format == "json":
        data = [
            {
                "item": {
                    k: getattr(i, k)
                    for k in ("iri", "type", "ref", "label", "plan", "plan_title", "council", "line")
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
        print_json(data)
        return
    columns = ["item", "type", "plan", "line", "owner", "kind", "roles", "held by", "id"]
    rows: list[list[Any]] = []
    for item in items:
        where = [item.ref or shorten(item.label, 60), item.type, item.plan_name, item.line]
        if not owners[item.iri]:
            rows.append([*where, "(no owner stated)", "", "", "", item.iri])
        for o in owners[item.iri]:
            rows.append([*where, o.label, o.kind, ", ".join(o.roles), ", ".join(o.holders), item.iri])
    if output_format == "csv":
        render_rows(columns, rows, "csv")
        return
    render_rows(columns[:-1], [row[:-1] for row in rows], "table", title=f"Who owns {query!r}")
    if len(items) > 1:
        click.echo(f"{len(items)} items match {query!r}; for one of them, pass its id back:")
        for item in items:
            click.echo(f"  {item.candidate()}")


@click.command(name="owners")
@plan_option
@store_option()
@output_options
@errors_as_messages
def owners_command(plan_name: str | None, store: StoreChoice, output_format: str) -> None:
    """Every owner with counts of what they own by item type, heaviest load first.

    Counts items an owner is named for directly (a post's items are the post's, not its holder's).

    \b
    Example:
        councilkg owners
        councilkg owners --plan herefordshire-cyp-directorate-plan-2009-11 --format csv
    """
    with store.open() as opened:
        loads = api.owner_loads(opened, plan=plan_name)
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


COMMANDS: tuple[click.Command, ...] = (
    owner_command,
    who_owns_command,
    owners_command,
)
"""The commands this module adds to ``councilkg``."""
