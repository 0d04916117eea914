"""The query page opened in a real headless Chromium from a live ``councilkg serve``: YASGUI starts,
a named query runs against the bundled plans and its rows are drawn, with no console message (no
script error, no Content-Security-Policy refusal) and no request to anywhere but the server.

Skipped when no Chromium is installed (``.ci/run`` installs Debian's ``chromium``). No browser
driver: ``#example=NAME`` makes the page open and run a named query; ``--dump-dom`` prints the page
once its work is done (virtual time); Chromium's network log (``--log-net-log``) records every
request, and those the page made (initiated by its origin, and the page itself) are checked. A
reader's own steps (pick a query, press run) are taken over the DevTools protocol
(:mod:`tests.devtools`), which records the page's console and requests as they happen.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

import pytest

from councilkg.queries import named_queries
from councilkg.server import SparqlServer
from tests.devtools import Browser
from tests.server.test_server import request
from tests.views.test_views_browser import CHROMIUM, chromium

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary (chromium, chromium-browser)")

_CONSOLE = re.compile(r":CONSOLE[^\]]*\] (.*)")


class Opened(NamedTuple):
    """The page as Chromium left it, its console messages, the requests it made (method, URL), and
    the bytes of the browser's local storage after it."""

    dom: str
    console: list[str]
    requests: list[tuple[str, str]]
    stored: bytes


def page_requests(net_log: Path, origin: str) -> list[tuple[str, str]]:
    """Return the requests of the page: the page itself and every request its origin initiated
    (the browser's own traffic, its update and autofill services, is initiated by no origin)."""
    log = json.loads(net_log.read_text(encoding="utf-8"))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    made = []
    for event in log["events"]:
        params = event.get("params", {})
        if event["type"] == start and (
            params.get("initiator") == origin or params.get("request_type") == "main frame"
        ):
            made.append((params["method"], params["url"]))
    return made


def open_query_page(server: SparqlServer, fragment: str, folder: Path) -> Opened:
    """Return the query page of ``server`` opened at ``#fragment`` in headless Chromium."""
    folder.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{server.port}/{'#' + fragment if fragment else ''}"
    net_log = folder / "net-log.json"
    done = chromium(
        ["--enable-logging=stderr", "--v=0", f"--log-net-log={net_log}", "--dump-dom", url],
        folder / "profile",
    )
    assert "<html" in done.stdout, f"no page (exit {done.returncode}); stderr: {done.stderr[-2000:]}"
    origin = f"http://127.0.0.1:{server.port}"
    storage = folder / "profile" / "Default" / "Local Storage"
    stored = b"".join(path.read_bytes() for path in sorted(storage.rglob("*")) if path.is_file())
    return Opened(done.stdout, _CONSOLE.findall(done.stderr), page_requests(net_log, origin), stored)


def result_rows(dom: str) -> list[str]:
    """Return the rows of YASR's results table, each as its cells' text joined by " | "."""
    table = re.search(r'<table id="DataTables_Table_\d+".*?<tbody>(.*?)</tbody>', dom, re.DOTALL)
    assert table is not None, "no results table"
    rows = re.findall(r"<tr>(.*?)</tr>", table.group(1), re.DOTALL)
    return [
        " | ".join(
            re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.DOTALL)
        )
        for row in rows
    ]


def test_a_named_query_runs_on_the_bundled_plans_and_its_rows_are_shown(
    server: SparqlServer, tmp_path: Path
) -> None:
    opened = open_query_page(server, "example=plan-items", tmp_path)
    assert opened.console == []
    rows = result_rows(opened.dom)
    # the test server cuts answers at 50 rows (Lambeth 2020/21 has 206 item, theme and owner rows)
    assert len(rows) == 50
    assert rows[0].startswith(
        "1 | id:plan/lambeth/childrens-directorate-plan-2020-21 | Action | "
        "id:plan/lambeth/childrens-directorate-plan-2020-21/action/cska01 | CSKA01 | "
        "Implement and deliver the cross-directorate improvement plan ensuring Lambeth is inspection ready"
    )
    assert "The answer was cut to the first 50 rows." in opened.dom
    # an item's IRI links to its page on this server
    here = f"http://127.0.0.1:{server.port}"
    assert f'href="{here}/id/plan/lambeth/childrens-directorate-plan-2020-21/action/cska01"' in opened.dom
    # the tab is the named query's, and the picker offers every named query
    assert f"<span>{named_queries()['plan-items'].title}</span>" in opened.dom
    assert len(re.findall(r'<option value="[a-z-]+"', opened.dom)) == len(named_queries())
    # every request the page made went to the server: the page, its four files, the query
    assert opened.requests and all(url.startswith(here + "/") for _, url in opened.requests)
    assert ("POST", f"{here}/sparql") in opened.requests
    assert sum(url.startswith(f"{here}/static/") for _, url in opened.requests) == 4
    # YASGUI keeps nothing (its keys are under "triply": tabs, queries, answers, completions)
    assert opened.stored and b"triply" not in opened.stored


def test_the_page_opens_on_its_first_query_with_no_call_out(server: SparqlServer, tmp_path: Path) -> None:
    opened = open_query_page(server, "", tmp_path)
    assert opened.console == []
    assert '<p id="examples-line">' in opened.dom  # shown once the script has filled the picker
    assert "<span>Query</span>" in opened.dom and "ORDER BY" in opened.dom
    here = f"http://127.0.0.1:{server.port}"
    assert [url.split("?")[0] for _, url in opened.requests] == [
        f"{here}/",
        *(
            f"{here}/static/{name}"
            for name in ("yasgui/yasgui.min.css", "query.css", "yasgui/yasgui.min.js", "query.js")
        ),
    ]


def test_a_link_to_no_named_query_says_so(server: SparqlServer, tmp_path: Path) -> None:
    opened = open_query_page(server, "example=no-such-query", tmp_path)
    assert opened.console == []
    assert "There is no named query no-such-query." in opened.dom
    assert not any(method == "POST" for method, _ in opened.requests)


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("ASK { ?plan a ckg:Plan }", 'class="booleanResult"'),
        ("SELECT nonsense {", 'class="errorResult"'),
        ("CONSTRUCT { ?plan a ckg:Plan } WHERE { ?plan a ckg:Plan }", "ckg:Plan"),
    ],
)
def test_a_shared_link_runs_its_query_and_shows_any_kind_of_answer(
    server: SparqlServer, tmp_path: Path, query: str, shown: str
) -> None:
    opened = open_query_page(server, f"query={quote(query)}", tmp_path)
    assert opened.console == []
    assert shown in opened.dom
    assert ("POST", f"http://127.0.0.1:{server.port}/sparql") in opened.requests


def test_a_reader_picks_a_named_query_runs_it_and_sees_its_rows(server: SparqlServer, tmp_path: Path) -> None:
    here = f"http://127.0.0.1:{server.port}"
    with Browser(f"{here}/", tmp_path / "profile") as browser:
        browser.wait_for("document.querySelector('.tabPanel.active .CodeMirror') !== null")
        # the endpoint is the server's own, and there is no field to change it
        endpoint = ".tabPanel.active .controlbar .autocompleteWrapper"
        assert browser.evaluate(f"document.querySelector('{endpoint} input').value") == f"{here}/sparql"
        assert browser.evaluate(f"getComputedStyle(document.querySelector('{endpoint}')).display") == "none"
        # a reader's choice in the picker: the query opens in a tab of its own, not yet run
        browser.evaluate(
            "(() => { const picker = document.getElementById('examples'); picker.value = 'owned-items';"
            " picker.dispatchEvent(new Event('change')); })()"
        )
        title = named_queries()["owned-items"].title
        assert browser.evaluate("document.querySelector('.tab.active span').textContent") == title
        text = browser.evaluate(
            "document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.getValue()"
        )
        assert text.startswith("# title: ") and "PREFIX ckg: <https://w3id.org/councilkg#>" in text
        assert "  VALUES (?owner) { (<https://w3id.org/councilkg/id/person/alex-kubeyinje>) }" in text
        assert browser.evaluate("document.getElementById('examples').value") == ""  # ready for another
        assert ("POST", f"{here}/sparql") not in browser.requests
        # the reader presses the run button
        browser.evaluate("document.querySelector('.tabPanel.active .yasqe_queryButton').click()")
        rows = browser.wait_for(
            "Array.from(document.querySelectorAll('.tabPanel.active .yasr tbody tr'), r => r.innerText)"
        )
        assert browser.console == []
    assert ("POST", f"{here}/sparql") in browser.requests
    assert all(url.startswith(here + "/") for _, url in browser.requests)
    # the rows the endpoint gives the query, all of them Alex Kubeyinje's
    status, _, body = request(server, {"query": text})
    assert status == 200 and len(rows) == len(json.loads(body)["results"]["bindings"]) == 25
    assert all(row.split("\n\t\n")[1] == "id:person/alex-kubeyinje" for row in rows)
