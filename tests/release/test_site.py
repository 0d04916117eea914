"""``councilkg site``: the item pages written as static files over the bundled plans (with the private
example appraisals and two hostile labels in the store): every internal link of every page resolves
to a written file, nothing private appears, a hostile label is text, and a site is written whole or
not at all, never over a folder that is not a site (issue 23)."""

from __future__ import annotations

import posixpath
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from rdflib import Graph, Literal, URIRef

from councilkg.build.appraisals import load_appraisals
from councilkg.cli.main import cli
from councilkg.data import example_appraisals
from councilkg.errors import SiteError
from councilkg.ontology.vocab import CKG, ID, ID_IRI
from councilkg.release.site import check_site_target, is_site, page_file, relative_href, write_site
from councilkg.store.embedded import EmbeddedStore
from tests.server.test_pages_browser import _CONSOLE
from tests.views.test_views_browser import CHROMIUM, chromium

LAMBETH_2020 = "plan/lambeth/childrens-directorate-plan-2020-21"
CSKA12 = f"id/{LAMBETH_2020}/action/cska12.html"
HOSTILE = '<script>alert("owned")</script>'
PRIVATE_MARKERS = ("sam example", "sam-example", "stay conversations")


class _Page(HTMLParser):
    """Collects a page's tags and every link or source it names."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.links += [value or "" for name, value in attrs if name in {"href", "src", "action"}]


def _parsed(path: Path) -> _Page:
    parser = _Page()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def site_store(built_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the bundled store with the example appraisals (private) and, on CSKA12 and a person,
    a label that is markup."""
    path = tmp_path_factory.mktemp("site-store") / "store"
    shutil.copytree(built_store_path, path)
    texts = built_store_path.with_name(built_store_path.name + ".extracted")
    if texts.is_dir():  # the plans' texts the store keeps, shown around each source line
        shutil.copytree(texts, path.with_name(path.name + ".extracted"))
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    with EmbeddedStore.open(path) as store:
        load_appraisals(store, example_appraisals())
        for iri in (f"{LAMBETH_2020}/action/cska12", "person/alex-kubeyinje"):
            subject = ox.NamedNode(str(ID[iri]))
            for quad in list(store.ox_store.quads_for_pattern(subject, label, None, None)):
                store.ox_store.remove(quad)
            for graph in (
                ox.NamedNode(str(ID[LAMBETH_2020])),
                ox.DefaultGraph(),
            ):  # the plan's, and the merge
                store.ox_store.add(ox.Quad(subject, label, ox.Literal(HOSTILE), graph))
    return path


@pytest.fixture(scope="module")
def site(site_store: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """The site of ``site_store``, written once by ``councilkg site`` (the CLI's run kept for its test)."""
    folder = tmp_path_factory.mktemp("site") / "public"
    result = CliRunner().invoke(cli, ["site", str(folder), "--store", str(site_store)])
    assert result.exit_code == 0, result.output
    return folder, result


def test_the_cli_writes_the_site_and_says_what_it_holds(site: tuple[Path, Result]) -> None:
    folder, result = site
    assert "Site " in result.stdout and "index.html" in result.stdout and "data/" in result.stdout
    pages = sorted(folder.glob("id/**/*.html"))
    assert f"{len(pages)} page(s) of 4 plan(s); open {folder / 'index.html'}" in result.stderr
    assert len(pages) > 2000
    assert is_site(folder)
    assert [p.name for p in folder.parent.iterdir()] == ["public"]  # no temporary folder left beside it


def test_every_internal_link_of_every_page_resolves_to_a_written_file(site: tuple[Path, Result]) -> None:
    folder, _ = site
    root = folder.resolve()
    pages = [folder / "index.html", *sorted(folder.glob("id/**/*.html"))]
    checked = 0
    for page in pages:
        parsed = _parsed(page)
        assert "script" not in parsed.tags, page
        for link in parsed.links:
            if link == "data:,":  # the empty icon, so a browser asks the site for none
                continue
            parts = urlsplit(link)
            assert not (parts.scheme or parts.netloc or parts.query), (page, link)
            assert parts.path and not parts.path.startswith("/"), (page, link)
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_relative_to(root) and target.is_file(), (page, link)
            checked += 1
    assert checked > 20_000


def test_each_kind_of_page_is_written_and_linked_from_the_index(site: tuple[Path, Result]) -> None:
    folder, _ = site
    index = _parsed(folder / "index.html").links
    for path in ("id/authority/lambeth.html", f"id/{LAMBETH_2020}.html"):
        assert path in index
    for path in (
        CSKA12,
        f"id/{LAMBETH_2020}/priority/csob05.html",
        "id/person/alex-kubeyinje.html",
        "id/indicator-set/ni/80.html",
        "id/plan/herefordshire/cyp-directorate-plan-2009-11/indicator/ni-80.html",
        "data/README.md",
        "data/catalog.ttl",
        "data/SHA256SUMS",
    ):
        assert (folder / path).is_file(), path
    plan = _parsed(folder / f"id/{LAMBETH_2020}.html").links
    assert "childrens-directorate-plan-2020-21/action/cska12.html" in plan
    assert "../../authority/lambeth.html" in plan
    indicator = (
        folder / "id/plan/herefordshire/cyp-directorate-plan-2009-11/indicator/ni-80.html"
    ).read_text()
    assert "<svg" in indicator and "Outturn 2008/09: 49.2%" in indicator


def test_each_page_has_its_statements_as_turtle_beside_it(site: tuple[Path, Result]) -> None:
    folder, _ = site
    graph = Graph().parse(folder / CSKA12.replace(".html", ".ttl"), format="turtle")
    item = URIRef(str(ID[f"{LAMBETH_2020}/action/cska12"]))
    assert (item, CKG.supports, URIRef(str(ID[f"{LAMBETH_2020}/priority/csob05"]))) in graph
    assert (item, CKG.sourceLine, Literal(120)) in graph
    assert 'href="cska12.ttl">Turtle</a>' in (folder / CSKA12).read_text()


def test_a_hostile_label_is_text_on_every_page_that_shows_it(site: tuple[Path, Result]) -> None:
    folder, _ = site
    for path in (CSKA12, "id/person/alex-kubeyinje.html", f"id/{LAMBETH_2020}/priority/csob05.html"):
        text = (folder / path).read_text()
        assert "<script>" not in text and "script" not in _parsed(folder / path).tags
        assert "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in text, path


def test_private_appraisals_never_appear_in_the_site(site: tuple[Path, Result]) -> None:
    folder, _ = site
    assert not list(folder.glob("id/**/*sam-example*"))
    for path in folder.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace").lower()
            assert [m for m in PRIVATE_MARKERS if m in text] == [], path


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary (chromium, chromium-browser)")
@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("index.html", "Authorities and plans"),
        (CSKA12, "Line 120 of lambeth-childrens-directorate-plan-2020-21.txt"),
        (f"id/{LAMBETH_2020}.html", "36 of 37 actions (97%) have an owner and a path to an outcome."),
        ("id/plan/herefordshire/cyp-directorate-plan-2009-11/indicator/ni-80.html", "<polyline"),
        ("id/indicator-set/ni/59.html", "Across authorities"),
    ],
)
def test_pages_open_cleanly_from_the_disk_in_chromium(
    site: tuple[Path, Result], tmp_path: Path, path: str, shown: str
) -> None:
    folder, _ = site
    done = chromium(
        ["--enable-logging=stderr", "--v=0", "--dump-dom", (folder / path).resolve().as_uri()],
        tmp_path / "profile",
    )
    assert "<html" in done.stdout, done.stderr[-2000:]
    assert _CONSOLE.findall(done.stderr) == []
    assert shown in done.stdout


def test_a_folder_that_is_not_a_site_is_refused_with_one_line(site_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "mine.txt").write_text("keep me")
    result = CliRunner().invoke(cli, ["site", str(folder), "--store", str(site_store)])
    assert result.exit_code != 0
    assert result.stderr.strip().splitlines() == [
        f"Error: {folder} is not empty and is not a councilkg site (no index.html, id/ and "
        "data/catalog.ttl); choose a new or empty folder"
    ]
    assert [p.name for p in folder.iterdir()] == ["mine.txt"] and (
        folder / "mine.txt"
    ).read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]
    file = tmp_path / "file.html"
    file.write_text("x")
    with pytest.raises(SiteError, match="is a file, not a folder"):
        check_site_target(file)
    link = tmp_path / "link"
    link.symlink_to(folder)
    with pytest.raises(SiteError, match="is a symbolic link"):
        check_site_target(link)


def test_a_previous_site_may_be_replaced(site: tuple[Path, Result]) -> None:
    folder, _ = site
    check_site_target(folder)  # no error: a site is replaced


def test_a_site_stopped_midway_leaves_the_previous_one_whole(site_store: Path, tmp_path: Path) -> None:
    """What the progress callback raises (a Ctrl-C, say) stops the site: the folder is as it was and
    nothing is left beside it."""
    folder = tmp_path / "public"
    folder.mkdir()
    for path in ("index.html", "data/catalog.ttl", "id/old.html"):
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text("previous")

    def stop(done: int, total: int) -> None:
        if done == 5:
            raise KeyboardInterrupt

    with EmbeddedStore.open(site_store, read_only=True) as store, pytest.raises(KeyboardInterrupt):
        write_site(store, folder, progress=stop)
    assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) == [
        "data/catalog.ttl",
        "id/old.html",
        "index.html",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["public"]


def test_a_store_with_no_plans_writes_no_site(tmp_path: Path) -> None:
    with EmbeddedStore.open(":memory:") as empty, pytest.raises(SiteError, match="holds no plans"):
        write_site(empty, tmp_path / "public")
    assert not (tmp_path / "public").exists()


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        ("person/alex-kubeyinje", "id/person/alex-kubeyinje.html"),
        ("plan/x/p/action/a?b#c", "id/plan/x/p/action/a?b#c.html"),
        ("plan/x/p/action/..", None),
        ("plan/x/p/action/.", None),
        ("plan/x//a", None),
        ("plan/x/" + "a" * 300, None),
        ("", None),
    ],
)
def test_an_iri_names_a_file_only_when_its_path_is_safe(local: str, expected: str | None) -> None:
    assert page_file(ID_IRI + local) == expected


def test_a_relative_link_names_the_file_again() -> None:
    page = "id/plan/x/p/action/a.html"
    target = "id/plan/x/p/action/odd name?#%é.html"
    href = relative_href(page, target)
    assert "?" not in href and "#" not in href and " " not in href
    assert posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(href))) == target
