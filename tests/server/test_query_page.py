"""The query page's files over HTTP: YASGUI and the page's script served by the server itself, with
their types and caching; the page's data; its Content-Security-Policy; the form without JavaScript."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
from pathlib import Path

import pytest

import councilkg.server
from councilkg.ontology.vocab import ID_IRI, PREFIXES
from councilkg.queries import named_queries
from councilkg.server import SparqlServer, querypage
from councilkg.server.assets import CACHE_CONTROL, assets
from councilkg.server.querypage import GRIP_STYLE_HASH, QUERY_PAGE_CSP, script_json
from tests.server.test_server import post_form, request

STATIC = Path(councilkg.server.__file__).parent / "static"


def page_assets(server: SparqlServer) -> list[str]:
    """Return the URLs of the scripts and stylesheets the page names, in page order."""
    page = request(server, path="/")[2].decode()
    return re.findall(r'<(?:script|link rel="stylesheet")[^>]* (?:src|href)="(static/[^"]*)"', page)


def page_data(server: SparqlServer) -> dict[str, object]:
    """Return the JSON the page's script reads."""
    page = request(server, path="/")[2].decode()
    found = re.search(r'<script type="application/json" id="examples-data">(.*?)</script>', page, re.DOTALL)
    assert found is not None
    data: dict[str, object] = json.loads(found.group(1))
    return data


def test_the_page_names_yasgui_and_its_own_script_and_style(server: SparqlServer) -> None:
    names = [url.split("?")[0] for url in page_assets(server)]
    assert names == [
        "static/yasgui/yasgui.min.css",
        "static/query.css",
        "static/yasgui/yasgui.min.js",
        "static/query.js",
    ]


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_every_asset_the_page_names_is_served_with_its_type_and_kept_a_year(
    server: SparqlServer, method: str
) -> None:
    for url in page_assets(server):
        status, headers, body = request(server, path="/" + url, method=method)
        name = url.split("?")[0]
        assert status == 200, url
        kind = "text/javascript" if name.endswith(".js") else "text/css"
        assert headers["content-type"] == f"{kind}; charset=utf-8"
        assert headers["cache-control"] == CACHE_CONTROL == "public, max-age=31536000, immutable"
        assert headers["x-content-type-options"] == "nosniff"
        on_disk = (STATIC / name.removeprefix("static/")).read_bytes()
        assert int(headers["content-length"]) == len(on_disk)
        assert body == (on_disk if method == "GET" else b"")
        # the URL's version is the content's hash, as the ETag is
        assert url.split("?v=")[1] == headers["etag"].strip('"') == hashlib.sha256(on_disk).hexdigest()[:16]


def test_an_asset_the_browser_holds_is_not_sent_again(server: SparqlServer) -> None:
    status, headers, _ = request(server, path="/static/query.js")
    assert status == 200
    again, again_headers, body = request(
        server, path="/static/query.js", headers={"If-None-Match": headers["etag"]}
    )
    assert (again, body, again_headers["etag"]) == (304, b"", headers["etag"])
    assert "content-length" not in again_headers
    assert request(server, path="/static/query.js", headers={"If-None-Match": '"stale"'})[0] == 200


@pytest.mark.parametrize(
    "path",
    [
        "/static/",
        "/static/nothing.js",
        "/static/yasgui/LICENSE",
        "/static/yasgui/README.md",
        "/static/yasgui/yasgui.min.js.map",
        "/static/../page.html",
        "/static/%2e%2e/endpoint.py",
        "/static//etc/passwd",
    ],
)
def test_only_the_pages_scripts_and_styles_are_served(server: SparqlServer, path: str) -> None:
    status, headers, body = request(server, path=path)
    assert status == 404
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert body.decode().startswith("no such file: /static/")


def test_the_servable_assets_are_the_static_folders_scripts_and_styles() -> None:
    on_disk = sorted(
        str(path.relative_to(STATIC)) for path in STATIC.rglob("*") if path.suffix in {".js", ".css"}
    )
    assert (
        sorted(assets())
        == on_disk
        == [
            "query.css",
            "query.js",
            "yasgui/yasgui.min.css",
            "yasgui/yasgui.min.js",
        ]
    )


def test_the_page_runs_under_a_policy_allowing_this_origin_alone(server: SparqlServer) -> None:
    headers = request(server, path="/")[1]
    assert headers["content-security-policy"] == QUERY_PAGE_CSP
    directives = dict(d.strip().split(" ", 1) for d in QUERY_PAGE_CSP.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == directives["connect-src"] == "'self'"
    assert directives["style-src"] == f"'self' '{GRIP_STYLE_HASH}'"
    assert "unsafe" not in QUERY_PAGE_CSP


def test_the_style_hash_is_that_of_the_one_style_element_yasgui_adds() -> None:
    script = (STATIC / "yasgui" / "yasgui.min.js").read_text(encoding="utf-8")
    styles = re.findall(r"createStyle\(\w+,`([^`]*)`\)", script)
    assert (
        len(styles) == 1
    )  # column-resizer's rules; its other createStyle call is for a hover cursor not set
    digest = base64.b64encode(hashlib.sha256(styles[0].encode()).digest()).decode()
    assert f"sha256-{digest}" == GRIP_STYLE_HASH


def test_the_page_calls_nothing_outside_the_server() -> None:
    """YASGUI's calls out are switched off by the page's script, each by name."""
    script = (STATIC / "query.js").read_text(encoding="utf-8")
    # prefixes completed from the page's own list (never prefix.cc); no class or property
    # completion (they ask Linked Open Vocabularies); nothing kept in the browser's storage
    assert 'Yasqe.defaults.autocompleters = ["councilkg-prefixes", "variables"];' in script
    assert script.count("persistenceId: null") == 4
    assert 'new URL("sparql", document.baseURI)' in script
    assert "http" not in script.replace('"X-Councilkg-Truncated"', "")


def test_the_page_offers_every_named_query_and_the_vocabularys_prefixes(server: SparqlServer) -> None:
    data = page_data(server)
    examples = data["examples"]
    assert isinstance(examples, list)
    assert sorted(e["name"] for e in examples) == sorted(named_queries())
    assert data["prefixes"] == [f"{name}: <{iri}>" for name, iri in PREFIXES.items()]
    assert data["idNamespace"] == ID_IRI
    assert isinstance(data["default"], str) and data["default"].startswith(f"PREFIX ckg: <{PREFIXES['ckg']}>")


def test_the_pages_first_query_answers_as_it_is_shown(server: SparqlServer) -> None:
    status, _, body = request(server, {"query": str(page_data(server)["default"])})
    assert status == 200
    assert [int(row["actions"]["value"]) for row in json.loads(body)["results"]["bindings"]] == [
        121,
        62,
        61,
        37,
    ]


def test_the_form_without_javascript_answers_in_the_chosen_format(server: SparqlServer) -> None:
    page = request(server, path="/")[2].decode()
    form = re.search(r'<form id="form" method="post" action="sparql">(.*?)</form>', page, re.DOTALL)
    assert form is not None
    query = re.search(r'spellcheck="false">(.*?)</textarea>', form.group(1), re.DOTALL)
    assert query is not None and "<option>csv</option>" in form.group(1)
    status, headers, body = post_form(server, {"query": query.group(1), "format": "csv"})
    assert (status, headers["content-type"].split(";")[0]) == (200, "text/csv")
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert [row["actions"] for row in rows] == ["121", "62", "61", "37"]


def test_a_query_text_cannot_end_the_pages_data_block() -> None:
    hostile = {"text": "# </script><script>alert(1)</script>\nSELECT * { ?s ?p '&amp;' }"}
    written = script_json(hostile)
    assert "</" not in written and "<script" not in written and "&" not in written
    assert json.loads(written) == hostile


def test_the_pages_data_is_the_whole_examples_list(server: SparqlServer) -> None:
    data = page_data(server)
    assert data == json.loads(json.dumps(querypage.page_data()))
    assert data["groups"] == ["For researchers", "Behind the commands"]
