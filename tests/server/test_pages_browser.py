"""Item pages opened in a real headless Chromium from a live ``councilkg serve``: each page loads with
no console message (no script error, no resource or Content-Security-Policy refusal), and every
link of an item's page leads to a page that exists.

Skipped when no Chromium is installed (``.ci/run`` installs Debian's ``chromium``). Chromium logs
the page's console to stderr (``--enable-logging=stderr``); ``--dump-dom`` prints the page loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from councilkg.build.plans import build
from councilkg.server import SparqlServer
from councilkg.store.embedded import EmbeddedStore
from tests.render_plan import render_html
from tests.server.serving import serve
from tests.views.test_views_browser import CHROMIUM, chromium

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary (chromium, chromium-browser)")

LAMBETH_2020 = "/id/plan/lambeth/childrens-directorate-plan-2020-21"
CSKA12 = f"{LAMBETH_2020}/action/cska12"
NORTHMOOR = Path(__file__).resolve().parent.parent / "data" / "generic" / "northmoor-cypp-2010-13.txt"
NORTHMOOR_ACTION = (
    "/id/plan/northmoor/children-and-young-peoples-plan-2010-13/action/"
    "extend-the-reading-recovery-programme-to-all-key-stage-1"
)
_CONSOLE = re.compile(r":CONSOLE[^\]]*\] (.*)")
NOT_FOUND = "Nothing is known of this IRI"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs += [value or "" for name, value in attrs if name == "href"]


def open_page(server: SparqlServer, path: str, profile: Path) -> tuple[str, list[str]]:
    """Return the DOM of ``path`` as Chromium loaded it from ``server``, and its console messages."""
    done = chromium(
        ["--enable-logging=stderr", "--v=0", "--dump-dom", f"http://127.0.0.1:{server.port}{path}"], profile
    )
    assert "<html" in done.stdout, f"no page (exit {done.returncode}); stderr: {done.stderr[-2000:]}"
    return done.stdout, _CONSOLE.findall(done.stderr)


def links(dom: str) -> list[str]:
    """Return the ``/id/`` links of a page, in page order, each once."""
    parser = _Links()
    parser.feed(dom)
    return list(dict.fromkeys(href for href in parser.hrefs if href.startswith("/id/")))


def test_an_items_page_and_every_page_it_links_to_load_cleanly(server: SparqlServer, tmp_path: Path) -> None:
    dom, console = open_page(server, CSKA12, tmp_path / "profile")
    assert console == []
    assert "Delivering the CSC and YOS workforce strategy" in dom and NOT_FOUND not in dom
    linked = links(dom)
    assert f"{LAMBETH_2020}/priority/csob05" in linked and "/id/person/alex-kubeyinje" in linked
    for path in linked:
        page, messages = open_page(server, path, tmp_path / "profile")
        assert messages == [], path
        assert NOT_FOUND not in page and "<h1>" in page, path


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        (LAMBETH_2020, "36 of 37 actions (97%) have an owner and a path to an outcome."),
        ("/id/authority/lambeth", "ONS code E09000022."),
        ("/id/person/alex-kubeyinje", "What Alex Kubeyinje owns"),
        ("/id/indicator-set/ni/59", "Across authorities"),
        ("/id/person/nobody-at-all", NOT_FOUND),
        ("/id/", "Authorities and plans"),
    ],
)
def test_plan_authority_owner_code_and_missing_pages_load_cleanly(
    server: SparqlServer, tmp_path: Path, path: str, shown: str
) -> None:
    dom, console = open_page(server, path, tmp_path / "profile")
    assert console == []
    assert shown in dom


@pytest.fixture(scope="module")
def html_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    """A server over a folder store holding the Northmoor plan loaded from HTML (its text kept)."""
    folder = tmp_path_factory.mktemp("pages-html")
    plan = render_html(NORTHMOOR.read_text(encoding="utf-8"), folder / "northmoor.html")
    with EmbeddedStore.open(folder / "store") as store:
        build(store, [plan])
    yield from serve(folder / "store", workers=1)


def test_the_source_text_is_shown_with_its_line_highlighted(
    html_server: SparqlServer, tmp_path: Path
) -> None:
    dom, console = open_page(html_server, NORTHMOOR_ACTION, tmp_path / "profile")
    assert console == []
    here = re.search(r'<tr class="here"><td class="line">23</td><td>(.*?)</td></tr>', dom, re.DOTALL)
    assert here is not None
    assert here.group(1).startswith("Extend the reading recovery programme to all Key Stage 1 classes")
    assert "extracted from northmoor.html" in dom
