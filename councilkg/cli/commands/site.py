"""``site``: the item pages written as a static site, with a release of the data beside them."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from councilkg.cli.options import StoreChoice, errors_as_messages, store_option
from councilkg.cli.render import render_rows
from councilkg.release.site import DATA_FOLDER, PAGES_FOLDER, SITE_INDEX, write_site


@click.command(name="site")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option(
    "--endpoint-url", default=None, metavar="URL", help="A SPARQL endpoint serving the same graphs (for VoID)"
)
@store_option()
@errors_as_messages
def site_command(folder: Path, endpoint_url: str | None, store: StoreChoice) -> None:
    """Write every item's page as a static site, with the data release beside it.

    The pages `councilkg serve` answers for /id/...: one per item, plan, authority, person, post and
    indicator code, FOLDER/index.html listing the authorities and their plans, each page's
    statements as Turtle beside it (id/PATH.html, id/PATH.ttl), and the files of `councilkg
    release` in FOLDER/data. Links between pages are relative files, so the site reads the same
    from a disk or any web server. Private appraisal data never appears. FOLDER must be new,
    empty or a previous site (which is replaced); the site is written beside it and renamed into
    place, so a failure leaves nothing behind.

    \b
    Example:
        councilkg site public
        councilkg site public --endpoint-url https://example.org/sparql
    """
    errors = Console(stderr=True)
    progress = Progress(
        TextColumn("pages"),
        BarColumn(),
        MofNCompleteColumn(),
        console=errors,
        transient=True,
        disable=not errors.is_terminal,
    )
    with store.open() as opened, progress:
        task = progress.add_task("pages", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        summary = write_site(opened, folder, endpoint_url=endpoint_url, progress=advance)
    release = summary.release
    rows = [
        [SITE_INDEX, "the authorities and their plans", 1],
        [f"{PAGES_FOLDER}/", "a page (.html) and its statements (.ttl) per item", summary.pages],
        [f"{DATA_FOLDER}/", "the release: dumps, VoID, DCAT, CSV tables, README", len(release.files)],
    ]
    render_rows(["path", "what", "count"], rows, "table", title=f"Site {summary.folder}")
    for iri in summary.without_page:
        click.echo(f"no page for <{iri}>: its path cannot name a file", err=True)
    click.echo(
        f"{summary.pages} page(s) of {release.plans} plan(s); open {summary.folder / SITE_INDEX}; "
        f"written in {summary.seconds:.1f} s",
        err=True,
    )


COMMANDS: tuple[click.Command, ...] = (site_command,)
"""The commands this module adds to ``councilkg``."""
