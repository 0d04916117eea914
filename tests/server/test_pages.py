"""``GET /id/...`` on a live server over the bundled plans (and the private example appraisals):
an HTML page for a browser, RDF for a client, 404 for what the store does not know, nothing private."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDFS, Graph, Literal, URIRef

from councilkg.ontology.vocab import CKG, ID
from councilkg.server import SparqlServer
from councilkg.store.embedded import EmbeddedStore
from tests.server.serving import serve
from tests.server.test_server import request

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
LAMBETH_2020 = "plan/lambeth/childrens-directorate-plan-2020-21"
CSKA12 = f"/id/{LAMBETH_2020}/action/cska12"
CSOB05 = f"/id/{LAMBETH_2020}/priority/csob05"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser

PRIVATE_MARKERS = ("sam example", "sam-example", "stay conversations", "appraisal")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [value or "" for name, value in attrs if name == "href"]


def _links(body: bytes) -> _Links:
    parser = _Links()
    parser.feed(body.decode("utf-8"))
    return parser


def test_a_browser_gets_the_items_page(server: SparqlServer) -> None:
    status, headers, body = request(server, path=CSKA12, headers={"Accept": BROWSER})
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert "script-src" not in headers["content-security-policy"]
    assert headers["content-security-policy"].startswith("default-src 'none'")
    assert headers["vary"].startswith("Accept")
    text = body.decode("utf-8")
    assert "Delivering the CSC and YOS workforce strategy" in text and "CSKA12" in text
    assert "Line 120 of lambeth-childrens-directorate-plan-2020-21.txt" in text
    hrefs = _links(body).hrefs
    assert CSOB05 in hrefs and "/id/person/alex-kubeyinje" in hrefs and "/id/authority/lambeth" in hrefs


def test_every_link_of_an_items_page_resolves(server: SparqlServer) -> None:
    """Each page the action links to answers 200, and so does each page those link to (one level on,
    the plan's page aside: it links to every item of the plan)."""
    _, _, body = request(server, path=CSKA12, headers={"Accept": BROWSER})
    first = {href for href in _links(body).hrefs if href.startswith("/id/")}
    assert len(first) >= 10
    second: set[str] = set()
    for href in sorted(first):
        status, _, page = request(server, path=href, headers={"Accept": BROWSER})
        assert status == 200, href
        if href != f"/id/{LAMBETH_2020}":
            second |= {link for link in _links(page).hrefs if link.startswith("/id/")}
    for href in sorted(second - first)[:60]:
        assert request(server, path=href, headers={"Accept": BROWSER})[0] == 200, href


@pytest.mark.parametrize(
    ("accept", "rdflib_format", "content_type"),
    [
        ("text/turtle", "turtle", "text/turtle; charset=utf-8"),
        ("application/n-triples", "nt", "application/n-triples"),
        ("application/ld+json", "json-ld", "application/ld+json"),
        ("*/*", "turtle", "text/turtle; charset=utf-8"),
    ],
)
def test_an_rdf_client_gets_the_items_statements(
    server: SparqlServer, accept: str, rdflib_format: str, content_type: str
) -> None:
    status, headers, body = request(server, path=CSKA12, headers={"Accept": accept})
    assert (status, headers["content-type"]) == (200, content_type)
    graph = Graph().parse(data=body, format=rdflib_format)
    item = URIRef(str(ID[f"{LAMBETH_2020}/action/cska12"]))
    assert (item, CKG.supports, URIRef(str(ID[f"{LAMBETH_2020}/priority/csob05"]))) in graph
    assert (item, CKG.sourceLine, Literal(120)) in graph
    assert (item, CKG.ref, Literal("CSKA12")) in graph


def test_the_format_parameter_overrides_the_accept_header(server: SparqlServer) -> None:
    status, headers, body = request(server, {"format": "ntriples"}, path=CSKA12, headers={"Accept": BROWSER})
    assert (status, headers["content-type"]) == (200, "application/n-triples")
    assert b'<https://w3id.org/councilkg#ref> "CSKA12"' in body
    status, headers, _ = request(server, {"format": "html"}, path=CSKA12, headers={"Accept": "text/turtle"})
    assert (status, headers["content-type"]) == (200, "text/html; charset=utf-8")
    assert request(server, {"format": "csv"}, path=CSKA12)[0] == 400
    assert request(server, path=CSKA12, headers={"Accept": "application/json"})[0] == 406


def test_an_unknown_iri_is_a_404_page_for_a_browser_and_a_line_for_a_client(server: SparqlServer) -> None:
    status, headers, body = request(server, path="/id/person/nobody-at-all", headers={"Accept": BROWSER})
    assert (status, headers["content-type"]) == (404, "text/html; charset=utf-8")
    assert "Nothing is known of this IRI" in body.decode("utf-8")
    status, _, body = request(server, path="/id/person/nobody-at-all", headers={"Accept": "text/turtle"})
    assert (status, body) == (
        404,
        b"nothing is known of <https://w3id.org/councilkg/id/person/nobody-at-all> in this store\n",
    )
    assert request(server, path="/id/plan/%FF")[0] == 400
    assert request(server, path="/id/", headers={"Accept": "text/turtle"})[0] == 404


def test_private_appraisals_never_appear_on_a_page(server: SparqlServer) -> None:
    """CSOB05 is supported by an example objective held in the private graph: no page shows it."""
    for accept in (BROWSER, "text/turtle", "application/ld+json"):
        status, _, body = request(server, path=CSOB05, headers={"Accept": accept})
        assert status == 200
        assert [m for m in PRIVATE_MARKERS if m in body.decode("utf-8").lower()] == []
    for path in ("/id/person/sam-example", "/id/authority/lambeth/appraisal/sam-example/2"):
        assert request(server, path=path, headers={"Accept": BROWSER})[0] == 404


def test_head_answers_as_get_without_a_body(server: SparqlServer) -> None:
    status, headers, body = request(server, path=CSKA12, method="HEAD", headers={"Accept": BROWSER})
    assert (status, body) == (200, b"") and int(headers["content-length"]) > 1000


HOSTILE = '<script>alert("owned")</script>'


@pytest.fixture(scope="module")
def hostile_server(
    built_store_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SparqlServer]:
    """A server over a copy of the bundled store where CSKA12's label and a linked person's are markup."""
    path = tmp_path_factory.mktemp("hostile-pages") / "store"
    shutil.copytree(built_store_path, path)
    plan = ox.NamedNode(str(ID[LAMBETH_2020]))
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    with EmbeddedStore.open(path) as store:
        for iri in (f"{LAMBETH_2020}/action/cska12", "person/alex-kubeyinje"):
            subject = ox.NamedNode(str(ID[iri]))
            for quad in list(store.ox_store.quads_for_pattern(subject, label, None, None)):
                store.ox_store.remove(quad)
            for graph in (plan, ox.DefaultGraph()):
                store.ox_store.add(ox.Quad(subject, label, ox.Literal(HOSTILE), graph))
    yield from serve(path, workers=1)


def test_a_hostile_label_in_the_store_cannot_inject_markup(hostile_server: SparqlServer) -> None:
    for path in (CSKA12, "/id/person/alex-kubeyinje", CSOB05):
        status, _, body = request(hostile_server, path=path, headers={"Accept": BROWSER})
        assert status == 200
        assert "script" not in _links(body).tags
        assert b"<script>" not in body
        assert b"&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in body
    status, _, body = request(hostile_server, path=CSKA12, headers={"Accept": "application/ld+json"})
    item = URIRef(str(ID[f"{LAMBETH_2020}/action/cska12"]))
    assert status == 200 and (item, RDFS.label, Literal(HOSTILE)) in Graph().parse(
        data=body, format="json-ld"
    )


def _page(server: SparqlServer, path: str) -> str:
    status, _, body = request(server, path=path, headers={"Accept": BROWSER})
    assert status == 200, path
    assert b'href="None"' not in body, path  # a link to something without a page
    return body.decode("utf-8")


def test_a_plans_page_shows_its_tree_and_gaps(server: SparqlServer) -> None:
    text = _page(server, f"/id/{LAMBETH_2020}")
    assert "36 of 37 actions (97%) have an owner and a path to an outcome." in text
    assert "<td>indicator-without-target</td>" in text
    hrefs = set(_links(text.encode()).hrefs)
    assert CSKA12 in hrefs and CSOB05 in hrefs and "/id/authority/lambeth" in hrefs
    # The tree lists the plan's items; the links in list only the rest (savings, risks, observations...).
    in_plan = text[text.index("<h3>in plan → this</h3>") :]
    in_plan = in_plan[: in_plan.index("</ul>")]
    assert f'href="{CSKA12}"' not in in_plan and "/saving/" in in_plan
    assert [m for m in PRIVATE_MARKERS if m in text.lower()] == []


def test_an_authoritys_page_lists_its_plans(server: SparqlServer) -> None:
    text = _page(server, "/id/authority/lambeth")
    assert "ONS code E09000022." in text
    assert (
        f'<td>2020–2021</td><td><a href="/id/{LAMBETH_2020}">Children&#39;s Directorate Plan 2020/21</a>'
        in text
    )


def test_a_persons_page_lists_what_they_own(server: SparqlServer) -> None:
    text = _page(server, "/id/person/alex-kubeyinje")
    assert "What Alex Kubeyinje owns" in text and "Holds Director, Children&#39;s Social Care." in text
    assert f'<a href="{CSKA12}">Delivering the CSC and YOS workforce strategy' in text


def test_a_national_codes_page_sets_authorities_side_by_side(server: SparqlServer) -> None:
    text = _page(server, "/id/indicator-set/ni/59")
    assert "<th>2009/10</th>" in text and "<th>2019/20</th>" in text
    assert "Herefordshire 2009-11" in text and "Lambeth 2020-21" in text
    assert "<div>target 65%</div>" in text and "<div>outturn 93.71%</div>" in text
    assert f'<a href="/id/{LAMBETH_2020}">Lambeth 2020-21</a>' in text and 'href="None"' not in text


def test_the_index_lists_the_authorities_with_plans_and_the_query_page_links_to_it(
    server: SparqlServer,
) -> None:
    text = _page(server, "/id/")
    assert '<a href="/id/authority/lambeth">Lambeth</a>' in text
    assert f'2020–2021: <a href="/id/{LAMBETH_2020}">Children&#39;s Directorate Plan 2020/21</a>' in text
    assert "Herefordshire" in text and "Southwark" in text
    assert text.count("<h2>") == 3  # Herefordshire, Lambeth, Southwark
    assert (
        b'<a href="id/">authorities and plans</a>'
        in request(server, path="/", headers={"Accept": BROWSER})[2]
    )
