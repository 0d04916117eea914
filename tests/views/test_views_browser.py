"""Thread views opened in a real headless Chromium: the network is drawn and no script fails.

Skipped when no Chromium is installed (``.ci/run`` installs Debian's ``chromium``). No browser
driver is needed: the test adds an error collector at the top of the page and a probe at its end
that, once vis-network has drawn, writes a JSON report into the DOM, which ``--dump-dom`` prints.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from councilkg.analysis.gaps import find_gaps, mark_gaps
from councilkg.analysis.threads import load_thread_graph, plan_graph, thread_down
from councilkg.ontology.vocab import ID
from councilkg.store.embedded import EmbeddedStore
from councilkg.views.network import render_html

LAMBETH_2020 = str(ID["plan/lambeth/childrens-directorate-plan-2020-21"])


def find_chromium() -> str | None:
    """Return the path of a Chromium binary, or None."""
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary (chromium, chromium-browser)")

ERROR_COLLECTOR = """<script>
window.__probeErrors = [];
window.addEventListener("error", function (event) {
  var target = event.target || {};
  window.__probeErrors.push(event.message ? String(event.message)
    : "resource failed to load: " + (target.src || target.href || target.tagName));
}, true);
window.addEventListener("unhandledrejection", function (event) {
  window.__probeErrors.push("unhandled rejection: " + String(event.reason));
});
(function () {
  var original = console.error;
  console.error = function () {
    window.__probeErrors.push("console.error: " + Array.prototype.join.call(arguments, " "));
    return original.apply(console, arguments);
  };
})();
</script>
"""

PROBE = """<script>
(function () {
  function report(reason) {
    if (document.getElementById("probe-result")) { return; }
    var result = {reason: reason, errors: window.__probeErrors, network: typeof network !== "undefined"};
    try {
      result.nodes = network.body.data.nodes.length;
      result.edges = network.body.data.edges.length;
      result.positioned = Object.keys(network.getPositions()).length;
      var canvas = document.querySelector("#thread-network canvas");
      result.canvas = [canvas.width, canvas.height];
      var pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      var painted = 0;
      for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { painted += 1; } }
      result.painted = painted;
      var width = canvas.clientWidth, height = canvas.clientHeight;
      result.offscreen = nodes.getIds().filter(function (id) {
        var box = network.getBoundingBox(id);
        var topLeft = network.canvasToDOM({x: box.left, y: box.top});
        var bottomRight = network.canvasToDOM({x: box.right, y: box.bottom});
        return topLeft.x < 0 || topLeft.y < 0 || bottomRight.x > width || bottomRight.y > height;
      }).length;
      var tooltip = document.querySelector("div.vis-tooltip");
      result.tooltip = tooltip
        ? {text: tooltip.innerText, visibility: getComputedStyle(tooltip).visibility}
        : null;
    } catch (error) {
      result.errors.push("probe: " + error);
    }
    var out = document.createElement("pre");
    out.id = "probe-result";
    out.textContent = JSON.stringify(result);
    document.body.appendChild(out);
  }
  function hover(then) {
    // Move the mouse onto the focus node (else the first node), as a reader would, for its tooltip.
    var focused = nodes.get({filter: function (node) { return node.focus; }});
    var id = focused.length ? focused[0].id : nodes.getIds()[0];
    var at = network.canvasToDOM(network.getPositions([id])[id]);
    var canvas = document.querySelector("#thread-network canvas"), box = canvas.getBoundingClientRect();
    var move = {clientX: box.left + at.x, clientY: box.top + at.y, bubbles: true};
    canvas.dispatchEvent(new MouseEvent("mousemove", move));
    setTimeout(then, 600);
  }
  if (typeof network !== "undefined") {
    // The first drawing may be over before this script runs: ask for another and wait for it.
    network.once("afterDrawing", function () {
      setTimeout(function () { hover(function () { report("drawn"); }); }, 300);
    });
    network.redraw();
  }
  setTimeout(function () { report("timeout"); }, 8000);
})();
</script>
"""

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=15000",
]


def with_probe(page: str) -> str:
    """Return ``page`` with the error collector first in <head> and the probe last in <body>."""
    head = page.index("<head>") + len("<head>")
    page = page[:head] + "\n" + ERROR_COLLECTOR + page[head:]
    end = page.rindex("</body>")
    return page[:end] + PROBE + page[end:]


def chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with a throw-away profile; returns the finished process."""
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def open_in_browser(page: str, folder: Path) -> dict[str, Any]:
    """Return the probe's report on ``page`` opened in headless Chromium."""
    path = folder / "view.html"
    path.write_text(with_probe(page), encoding="utf-8")
    done = chromium(["--dump-dom", path.as_uri()], folder / "profile")
    found = re.search(r'<pre id="probe-result">(.*?)</pre>', done.stdout, re.DOTALL)
    assert found, f"no probe result (exit {done.returncode}); stderr: {done.stderr[-2000:]}"
    report: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return report


@pytest.fixture(scope="module")
def thread_graph(built_store_path: Path) -> Iterator[nx.DiGraph]:
    """Yield the whole thread graph of the bundled plans, gaps marked."""
    with EmbeddedStore.open(built_store_path, read_only=True) as store:
        graph = load_thread_graph(store)
    mark_gaps(graph, find_gaps(graph))
    yield graph


def item_with_ref(graph: nx.DiGraph, plan: str, ref: str) -> str:
    """Return the IRI of the item of ``plan`` whose ref is ``ref``."""
    (iri,) = [n for n, data in graph.nodes(data=True) if data.get("plan") == plan and data.get("ref") == ref]
    return str(iri)


def assert_drawn(report: dict[str, Any], graph: nx.DiGraph) -> None:
    """Assert the probe saw every node placed and painted on a real canvas, all in view, no errors."""
    assert report["errors"] == []
    assert report["reason"] == "drawn"
    assert report["network"] is True
    assert report["nodes"] == len(graph)
    assert report["edges"] == graph.number_of_edges()
    assert report["positioned"] == len(graph)
    assert report["canvas"][0] > 300 and report["canvas"][1] > 300
    assert report["painted"] > 5000
    assert report["offscreen"] == 0
    assert report["tooltip"]["visibility"] == "visible"


def test_thread_down_from_a_priority_is_drawn(thread_graph: nx.DiGraph, tmp_path: Path) -> None:
    priority = item_with_ref(thread_graph, LAMBETH_2020, "CSOB05")
    view = thread_down(thread_graph, priority)
    assert len(view) > 3
    report = open_in_browser(render_html(view, "Thread down from CSOB05", focus=priority), tmp_path)
    assert_drawn(report, view)
    hover = report["tooltip"]["text"].splitlines()
    assert hover[0] == thread_graph.nodes[priority]["label"]
    assert "priority · CSOB05" in hover
    assert any(line.startswith("Source: line ") for line in hover)


def test_plan_view_is_drawn(thread_graph: nx.DiGraph, tmp_path: Path) -> None:
    view = plan_graph(thread_graph, LAMBETH_2020)
    assert len(view) > 50
    report = open_in_browser(render_html(view, "Lambeth 2020/21"), tmp_path)
    assert_drawn(report, view)
    assert report["tooltip"]["text"].strip()


def test_probe_reports_a_script_error(tmp_path: Path) -> None:
    """The collector is live: a page whose script throws is reported, so a clean report means clean."""
    graph = nx.DiGraph()
    graph.add_node("urn:x:o", kind="outcome", label="Children are safe")
    page = render_html(graph, "Broken").replace("</body>", "<script>undefinedFunction();</script></body>")
    report = open_in_browser(page, tmp_path)
    assert any("undefinedFunction" in error for error in report["errors"])
    assert report["nodes"] == 1


def test_probe_reports_a_network_request(tmp_path: Path) -> None:
    """A resource the page tries to fetch (and cannot, offline or not) shows up as an error."""
    graph = nx.DiGraph()
    graph.add_node("urn:x:o", kind="outcome", label="Children are safe")
    missing = (tmp_path / "missing.js").as_uri()
    page = render_html(graph, "Fetches").replace("</body>", f'<script src="{missing}"></script></body>')
    report = open_in_browser(page, tmp_path)
    assert any("resource failed to load" in error for error in report["errors"])
