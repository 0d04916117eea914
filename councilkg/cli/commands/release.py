"""``release``: a citable release of the store's public graphs."""

from __future__ import annotations

from pathlib import Path

import click

from councilkg.cli.options import StoreChoice, errors_as_messages, store_option
from councilkg.cli.render import render_rows
from councilkg.release.write import write_release


@click.command(name="release")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Replace a previous release in FOLDER")
@click.option(
    "--endpoint-url", default=None, metavar="URL", help="A SPARQL endpoint serving the same graphs (for VoID)"
)
@store_option()
@errors_as_messages
def release_command(folder: Path, force: bool, endpoint_url: str | None, store: StoreChoice) -> None:
    """Write a citable release of the store's public graphs into a new folder.

    N-Quads, TriG and Turtle of the public graphs, their VoID description, a DCAT catalogue (a
    dataset per plan, a distribution per file with its size and SHA-256), the SHACL report, CSVs of
    items, indicators with observations and owners, a README and SHA256SUMS. Private appraisal
    graphs are never included. FOLDER must be new or empty (--force replaces a previous release);
    the release is written beside it and renamed into place, so a failure leaves nothing behind.

    \b
    Example:
        councilkg release release-2026-01
        councilkg release site/data --force --endpoint-url https://example.org/sparql
    """
    with store.open() as opened:
        summary = write_release(opened, folder, force=force, endpoint_url=endpoint_url)
    rows = [[f.path, f.byte_size, f.media_type] for f in summary.files]
    render_rows(["file", "bytes", "media type"], rows, "table", title=f"Release {summary.folder}")
    verdict = "conforms to the shapes" if summary.conforms else "has SHACL violations (see validation.ttl)"
    click.echo(
        f"{summary.plans} plan(s), {summary.graphs} graph(s), {summary.triples} triples "
        f"({summary.quads} quads); the graph {verdict}; written in {summary.seconds:.1f} s",
        err=True,
    )


COMMANDS: tuple[click.Command, ...] = (release_command,)
"""The commands this module adds to ``councilkg``."""
