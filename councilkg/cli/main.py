"""The ``councilkg`` command group and its entry point; the commands live in :mod:`councilkg.cli.commands`."""

from __future__ import annotations

from importlib.metadata import version

import click

from councilkg.cli.commands import (
    appraisals,
    build,
    changes,
    compare,
    documents,
    owners,
    release,
    serve,
    site,
    store,
    threads,
    views,
)


@click.group()
@click.version_option(version("councilkg"), prog_name="councilkg")
def cli() -> None:
    """councilkg: a knowledge graph of English councils' children's-services plans."""


for _module in (
    appraisals,
    build,
    changes,
    compare,
    documents,
    owners,
    release,
    serve,
    site,
    store,
    threads,
    views,
):
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    """Run the CLI; the console-script entry point."""
    cli()
