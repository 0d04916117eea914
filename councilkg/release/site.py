"""``councilkg site DIR``: the pages ``councilkg serve`` answers for ``/id/...``, written as static
files to publish without a server, with a release of the data beside them.

The site's layout, inside ``DIR``::

    index.html                     the authorities and their plans (the served /id/)
    id/<path>.html                 the page of https://w3id.org/councilkg/id/<path>
    id/<path>.ttl                  the same item's statements as Turtle (the served ?format=turtle)
    data/                          a release of the public graphs (councilkg release): dumps, VoID,
                                   DCAT, CSV tables, README, SHA256SUMS

An IRI's page is a ``.html`` file named by its IRI's path, not an ``index.html`` in a folder, so a
plan's page (``id/plan/lambeth/cypp-2010.html``) and its items' folder (``id/plan/lambeth/cypp-2010/``)
sit side by side, and a web server that tries ``$uri.html`` first (nginx ``try_files $uri.html $uri
=404;``) answers the IRIs' own paths. Every link between pages is a
relative file link (``../../person/alex-kubeyinje.html``), so the site reads the same from a disk,
a file server or any folder of a web site. An IRI whose path cannot be a file name (an empty,
``.`` or ``..`` segment, one too long for a file system, or a file name another IRI needs as a
folder) has no page: links to it show it as text. Every page is written from the public graphs only:
private appraisal data never appears.

The site is written into a new folder beside ``DIR`` (each file by :func:`councilkg.files.write_file`),
flushed to the disk whole (:func:`councilkg.files.sync_tree`) and renamed into place at the end
(:func:`councilkg.files.replace_folder`), so a failure leaves no half-written site; a previous site
in ``DIR`` is replaced, and a folder holding anything else is refused.
"""

from __future__ import annotations

import posixpath
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from councilkg.analysis.authorities import authorities
from councilkg.analysis.describe import describe_item
from councilkg.analysis.overviews import overview_of
from councilkg.errors import CouncilKGError, SiteError, first_line
from councilkg.files import new_folder_beside, replace_folder, sync_tree, write_file
from councilkg.ontology.vocab import ID_IRI, PREFIXES
from councilkg.queries import named_queries
from councilkg.release.write import CATALOG_FILE, README_FILE, ReleaseSummary, plan_records, write_release
from councilkg.store.base import Store
from councilkg.views.pages import PageLinks, index_page, item_page

SITE_INDEX = "index.html"
"""The site's index of authorities and plans, at its top."""
PAGES_FOLDER = "id"
"""The folder of the items' pages, named as the IRIs' path is (``https://w3id.org/councilkg/id/``)."""
DATA_FOLDER = "data"
"""The folder of the release written beside the pages."""
PAGE_SUFFIX, DATA_SUFFIX = ".html", ".ttl"
MAX_SEGMENT_BYTES = 200
"""The longest segment of an IRI's path a page's file or folder is named by (file systems allow 255
bytes, less the suffix and the safe write's temporary name)."""
_SAFE_IN_HREF = "/:@!$&'()*+,;=-._~"
# id: is left out: Turtle would escape every "/" of an instance IRI's local name (id:plan\/lambeth\/...)
_PREFIXES = {name: iri for name, iri in PREFIXES.items() if name != "id"}

Progress = Callable[[int, int], None]
"""Called with (pages done, pages in all) as the site is written."""


@dataclass(frozen=True)
class SiteSummary:
    """What a site holds: its folder, the pages written (the index aside), the IRIs given no page
    (their path names no safe file), the release beside the pages, and the seconds it took."""

    folder: Path
    pages: int
    without_page: tuple[str, ...]
    release: ReleaseSummary
    seconds: float


def page_file(iri: str) -> str | None:
    """Return the file of ``iri``'s page inside a site (``id/<path>.html``), or ``None`` when the
    project did not mint ``iri`` or its path cannot name a file safely.

    Example:
        >>> page_file("https://w3id.org/councilkg/id/plan/lambeth/cypp-2010/action/a1")
        'id/plan/lambeth/cypp-2010/action/a1.html'
        >>> page_file("https://w3id.org/councilkg/id/plan/x/../../etc"), page_file("http://example.org/a")
        (None, None)
    """
    if not iri.startswith(ID_IRI) or len(iri) == len(ID_IRI):
        return None
    segments = iri[len(ID_IRI) :].split("/")
    for segment in segments:
        if (
            segment in {"", ".", ".."}
            or "\x00" in segment
            or len(segment.encode("utf-8")) > MAX_SEGMENT_BYTES
        ):
            return None
    return posixpath.join(PAGES_FOLDER, *segments) + PAGE_SUFFIX


def page_files(iris: Iterable[str]) -> tuple[dict[str, str], tuple[str, ...]]:
    """Return the file of each IRI's page (by IRI), and the IRIs given none: those :func:`page_file`
    refuses, and any whose file is a folder another page's file needs (``id/x.html`` when an IRI
    ``…/id/x.html/y`` exists).

    Example:
        >>> files, refused = page_files([ID_IRI + "a", ID_IRI + "a.html/b", ID_IRI + "a.html", ID_IRI + "."])
        >>> sorted(files.values()), [iri.removeprefix(ID_IRI) for iri in refused]
        (['id/a.html.html', 'id/a.html/b.html'], ['.', 'a'])
    """
    files: dict[str, str] = {}
    refused: list[str] = []
    for iri in iris:
        path = page_file(iri)
        if path is None:
            refused.append(iri)
        else:
            files[iri] = path
    folders: set[str] = set()
    for path in files.values():
        folder = posixpath.dirname(path)
        while folder and folder not in folders:
            folders.add(folder)
            folder = posixpath.dirname(folder)
    for iri in [iri for iri, path in files.items() if path in folders]:
        refused.append(iri)
        del files[iri]
    return files, tuple(sorted(refused))


def relative_href(from_file: str, to_file: str) -> str:
    """Return the link from the page ``from_file`` to the file ``to_file`` (both inside the site),
    relative and percent-encoded so it resolves on a disk and on a web server alike.

    Example:
        >>> relative_href("id/plan/x/p/action/a.html", "id/person/bob.html")
        '../../../../person/bob.html'
        >>> relative_href("index.html", "id/plan/x/p/action/a?b#c%.html")
        'id/plan/x/p/action/a%3Fb%23c%25.html'
    """
    return quote(posixpath.relpath(to_file, posixpath.dirname(from_file) or "."), safe=_SAFE_IN_HREF)


def site_links(page: str, files: dict[str, str]) -> PageLinks:
    """Return how the page at ``page`` (a file inside the site) links: to each IRI's page in
    ``files`` relatively, to its own Turtle beside it, to the index and the data release."""

    def href(iri: str | None) -> str | None:
        target = files.get(iri) if iri is not None else None
        return relative_href(page, target) if target is not None else None

    own_data = ((relative_href(page, _data_file(page)), "Turtle"),) if page != SITE_INDEX else ()
    return PageLinks(
        href,
        relative_href(page, SITE_INDEX),
        None,
        own_data,
        (relative_href(page, posixpath.join(DATA_FOLDER, README_FILE)), "the data release"),
    )


def write_site(
    store: Store,
    folder: str | Path,
    *,
    endpoint_url: str | None = None,
    issued: date | None = None,
    progress: Progress | None = None,
) -> SiteSummary:
    """Write the static site of ``store``'s public graphs into ``folder``; see the module's doc.

    Args:
        store: the store to publish (its private appraisal graphs are never read).
        folder: the site's folder: new, empty, or a previous site (replaced).
        endpoint_url: a SPARQL endpoint serving the same graphs, for the release's VoID.
        issued: the release's date (default: today).
        progress: called with (pages done, pages in all) after each page; what it raises stops
            the site, leaving nothing behind.

    Returns:
        What was written.

    Raises:
        SiteError: ``folder`` is in the way (a file, a link, a folder holding something else than a
            site), the store holds no plans, or a file of the site cannot be written; nothing is
            written then, and a previous site in ``folder`` is as it was.
    """
    started = time.monotonic()
    target = Path(folder)
    check_site_target(target)
    if not plan_records(store):
        raise SiteError(f"store {store.location} holds no plans; build or load plans before writing a site")
    iris = [
        term.value for (term,) in store.query(named_queries()["site-pages"].text).rows if term is not None
    ]
    files, without_page = page_files(iris)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        work = new_folder_beside(target)
    except OSError as error:
        raise SiteError(f"cannot write the site {target}: {error.strerror or error}") from error
    try:
        index = index_page(authorities(store), site_links(SITE_INDEX, files))
        write_file(work / SITE_INDEX, index, durable=False)
        written = 0
        for done, (iri, path) in enumerate(files.items(), start=1):
            written += _write_page(store, work, iri, path, files)
            if progress is not None:
                progress(done, len(files))
        release = write_release(store, work / DATA_FOLDER, endpoint_url=endpoint_url, issued=issued)
        sync_tree(work)
        replace_folder(work, target)
    except BaseException as error:
        shutil.rmtree(work, ignore_errors=True)
        if isinstance(error, OSError):
            raise SiteError(
                f"cannot write the site {target}: {error.strerror or error}; nothing was written"
            ) from error
        if isinstance(error, CouncilKGError) and not isinstance(error, SiteError):
            raise SiteError(f"{first_line(str(error))}; the site {target} was not written") from error
        raise
    return SiteSummary(target, written, without_page, release, time.monotonic() - started)


def check_site_target(target: Path) -> None:
    """Refuse a site's folder that is a link or a file, or a folder holding something else than a
    previous site; returns nothing.

    Raises:
        SiteError: ``target`` is in the way, naming what is there and what to do.
    """
    if target.is_symlink():
        raise SiteError(f"{target} is a symbolic link; give the site a folder of its own")
    if not target.exists():
        return
    if not target.is_dir():
        raise SiteError(f"{target} is a file, not a folder; give the site a new or empty folder")
    if any(target.iterdir()) and not is_site(target):
        raise SiteError(
            f"{target} is not empty and is not a councilkg site (no {SITE_INDEX}, {PAGES_FOLDER}/ and "
            f"{DATA_FOLDER}/{CATALOG_FILE}); choose a new or empty folder"
        )


def is_site(folder: Path) -> bool:
    """Return whether ``folder`` holds a site :func:`write_site` wrote (which it may replace)."""
    return (
        (folder / SITE_INDEX).is_file()
        and (folder / PAGES_FOLDER).is_dir()
        and (folder / DATA_FOLDER / CATALOG_FILE).is_file()
    )


def _write_page(store: Store, work: Path, iri: str, path: str, files: dict[str, str]) -> int:
    """Write the page of ``iri`` and its Turtle into the site being written in ``work``; return 1, or
    0 when the public graphs no longer mention it."""
    try:
        item = describe_item(store, iri)
        if item is None:
            return 0
        page = item_page(item, overview_of(store, item), site_links(path, files))
    except CouncilKGError as error:
        raise SiteError(f"cannot write the page of <{iri}>: {first_line(str(error))}") from error
    write_file(work / path, page, make_folders=True, durable=False)
    turtle = ox.serialize(list(item.triples), format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES) or b""
    write_file(work / _data_file(path), turtle, durable=False)
    return 1


def _data_file(page: str) -> str:
    """Return the Turtle file beside a page (``id/x.html``: ``id/x.ttl``)."""
    return page.removesuffix(PAGE_SUFFIX) + DATA_SUFFIX
