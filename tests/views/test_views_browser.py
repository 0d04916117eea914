"""Thread views opened in a real headless Chromium: the network is drawn and no script fails.

Skipped when no Chromium is installed (``.ci/run`` installs Debian's ``chromium``). No browser
driver is needed: the test adds an error collector at the top of the page and a probe at its end
that, once vis-network has drawn, writes a JSON report into the DOM, which ``--dump-dom`` prints.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from councilkg.analysis.gaps import find_gaps, mark_gaps
from councilkg.analysis.threads import load_thread_graph, plan_graph, thread_down
from councilkg.ontology.vocab import ID
from councilkg.store.embedded import EmbeddedStore
from councilkg.views.layout import node_positions
from councilkg.views.network import GAP_COLOURS, gap_keys, render_html, view_data
from councilkg.views.outline import outline, owned_by, under_outcome

LAMBETH_2020 = str(ID["plan/lambeth/childrens-directorate-plan-2020-21"])
HEREFORDSHIRE_2009 = str(ID["plan/herefordshire/cyp-directorate-plan-2009-11"])


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
  function visibleIds() {
    return nodes.getIds().filter(function (id) { return !nodes.get(id).hidden; });
  }
  function report(reason) {
    if (document.getElementById("probe-result")) { return; }
    var result = {reason: reason, errors: window.__probeErrors, network: typeof network !== "undefined"};
    try {
      result.nodes = network.body.data.nodes.length;
      result.edges = network.body.data.edges.length;
      result.shown = network.body.nodeIndices.length;
      result.shownEdges = network.body.edgeIndices.length;
      var shown = visibleIds();
      result.shownIds = shown;
      result.positions = network.getPositions(shown);
      result.positioned = Object.keys(network.getPositions()).length;
      result.labels = {};
      shown.forEach(function (id) { result.labels[id] = nodes.get(id).label; });
      result.borders = {};
      shown.forEach(function (id) { result.borders[id] = nodes.get(id).color.border; });
      var canvas = document.querySelector("#thread-network canvas");
      result.canvas = [canvas.width, canvas.height];
      var pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      var painted = 0;
      for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { painted += 1; } }
      result.painted = painted;
      var width = canvas.clientWidth, height = canvas.clientHeight;
      result.offscreen = shown.filter(function (id) {
        var box = network.getBoundingBox(id);
        var topLeft = network.canvasToDOM({x: box.left, y: box.top});
        var bottomRight = network.canvasToDOM({x: box.right, y: box.bottom});
        return topLeft.x < 0 || topLeft.y < 0 || bottomRight.x > width || bottomRight.y > height;
      }).length;
      var tooltip = document.querySelector("div.vis-tooltip");
      result.tooltip = tooltip
        ? {text: tooltip.innerText, visibility: getComputedStyle(tooltip).visibility}
        : null;
      var boxes = document.querySelectorAll("input[data-gap]");
      result.gapLegend = Array.prototype.map.call(boxes, function (box) {
        return [box.getAttribute("data-gap"), box.checked, box.parentNode.textContent.trim()];
      });
      result.actions = window.__probeDone || [];
    } catch (error) {
      result.errors.push("probe: " + error);
    }
    var out = document.createElement("pre");
    out.id = "probe-result";
    out.textContent = JSON.stringify(result);
    document.body.appendChild(out);
  }
  function pointAt(id) {
    var at = network.canvasToDOM(network.getPositions([id])[id]);
    var canvas = document.querySelector("#thread-network canvas"), box = canvas.getBoundingClientRect();
    return {canvas: canvas, x: box.left + at.x, y: box.top + at.y};
  }
  function hover(then) {
    // Move the mouse onto the focus node (else the first node shown), as a reader would, for its tooltip.
    var focused = nodes.get({filter: function (node) { return node.focus; }});
    var id = focused.length ? focused[0].id : visibleIds()[0];
    var point = pointAt(id);
    var move = {clientX: point.x, clientY: point.y, bubbles: true};
    point.canvas.dispatchEvent(new MouseEvent("mousemove", move));
    setTimeout(then, 600);
  }
  // A reader's click on a node: a pointer pressed and released on it (vis-network's tap).
  window.__probeClick = function (id) {
    var point = pointAt(id);
    var init = {clientX: point.x, clientY: point.y, bubbles: true, pointerId: 1, pointerType: "mouse",
                isPrimary: true, button: 0, buttons: 1};
    point.canvas.dispatchEvent(new PointerEvent("pointerdown", init));
    init.buttons = 0;
    point.canvas.dispatchEvent(new PointerEvent("pointerup", init));
  };
  window.__probeDone = [];
  function act(index, then) {
    var steps = window.__probeSteps || [];
    if (index >= steps.length) { then(); return; }
    steps[index]();
    window.__probeDone.push(index);
    // Each step may relayout and fit: wait for the drawing after it.
    network.once("afterDrawing", function () { setTimeout(function () { act(index + 1, then); }, 300); });
    network.redraw();
  }
  if (typeof network !== "undefined") {
    // The first drawing may be over before this script runs: ask for another and wait for it.
    network.once("afterDrawing", function () {
      setTimeout(function () { act(0, function () { hover(function () { report("drawn"); }); }); }, 300);
    });
    network.redraw();
  }
  setTimeout(function () { report("timeout"); }, 12000);
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


def with_probe(page: str, steps: list[str] | None = None) -> str:
    """Return ``page`` with the error collector first in <head> and the probe last in <body>.

    ``steps`` are JavaScript statements the probe runs one at a time, each after the drawing the
    one before led to, before it hovers a node and reports (``__probeClick(id)`` clicks a node).
    """
    head = page.index("<head>") + len("<head>")
    page = page[:head] + "\n" + ERROR_COLLECTOR + page[head:]
    end = page.rindex("</body>")
    functions = ", ".join(f"function () {{ {step} }}" for step in steps or [])
    return page[:end] + f"<script>window.__probeSteps = [{functions}];</script>\n" + PROBE + page[end:]


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


def open_in_browser(page: str, folder: Path, steps: list[str] | None = None) -> dict[str, Any]:
    """Return the probe's report on ``page`` opened in headless Chromium, after ``steps`` (see with_probe)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "view.html"
    path.write_text(with_probe(page, steps), encoding="utf-8")
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


def shown_edges(graph: nx.DiGraph, shown: Iterable[str]) -> int:
    """Return how many edges of ``graph`` join two nodes of ``shown``."""
    visible = set(shown)
    return sum(1 for source, target in graph.edges if source in visible and target in visible)


def assert_drawn(report: dict[str, Any], graph: nx.DiGraph, shown: Iterable[str] | None = None) -> None:
    """Assert the probe saw ``shown`` (default: every node) placed and painted on a real canvas with
    the edges between them, all in view, the other nodes hidden, and no errors."""
    visible = set(graph if shown is None else shown)
    assert report["errors"] == []
    assert report["reason"] == "drawn"
    assert report["network"] is True
    assert report["nodes"] == len(graph)
    assert report["edges"] == graph.number_of_edges()
    assert set(report["shownIds"]) == visible
    assert report["shown"] == len(visible)
    assert report["shownEdges"] == shown_edges(graph, visible)
    assert report["positioned"] == len(visible)  # vis-network places only the nodes shown
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
    assert report["labels"][priority].startswith("CSOB05\n")


def test_plan_view_is_drawn_collapsed(thread_graph: nx.DiGraph, tmp_path: Path) -> None:
    view = plan_graph(thread_graph, LAMBETH_2020)
    assert len(view) > 50
    data = view_data(view)
    assert data.collapsible
    report = open_in_browser(render_html(view, "Lambeth 2020/21"), tmp_path)
    assert_drawn(report, view, outline(view).overview)
    assert report["tooltip"]["text"].strip()


@pytest.fixture(scope="module")
def herefordshire(thread_graph: nx.DiGraph) -> nx.DiGraph:
    """The Herefordshire 2009 plan's view: the biggest bundled plan (about 285 nodes)."""
    return plan_graph(thread_graph, HEREFORDSHIRE_2009)


def test_a_click_opens_a_priority_and_a_second_closes_it(herefordshire: nx.DiGraph, tmp_path: Path) -> None:
    folded = outline(herefordshire)
    priority = max(
        (iri for iri in folded.overview if herefordshire.nodes[iri]["kind"] == "priority"),
        key=lambda iri: (len(folded.reveals[iri]), iri),
    )
    opened = set(folded.overview) | set(folded.reveals[priority])
    page = render_html(herefordshire, "Herefordshire 2009")
    closed = open_in_browser(page, tmp_path / "closed")
    assert_drawn(closed, herefordshire, folded.overview)
    # Closed, its label counts the items a click shows and those outlined for a gap switched on.
    revealed = [herefordshire.nodes[iri] for iri in folded.reveals[priority]]
    items = sum(1 for node in revealed if node["kind"] not in {"person", "post", "unit", "partner"})
    shown_kinds = {key.kind for key in gap_keys(herefordshire) if key.shown}
    gapped = sum(1 for node in revealed if shown_kinds & set(node.get("gaps") or ()))
    assert gapped > 0
    assert closed["labels"][priority].endswith(f"\n▸ {items} below · {gapped} with gaps")
    click = f"__probeClick({json.dumps(priority)});"
    report = open_in_browser(page, tmp_path / "open", [click])
    assert report["actions"] == [0]
    assert_drawn(report, herefordshire, opened)
    assert len(opened) > len(folded.overview) + 20
    assert report["labels"][priority].endswith("▾ close")
    # What opened sits below the priority, and nothing overlaps within a row.
    y = {iri: report["positions"][iri]["y"] for iri in opened}
    assert all(y[iri] > y[priority] for iri in folded.reveals[priority])
    rows: dict[float, list[float]] = {}
    for iri in opened:
        rows.setdefault(y[iri], []).append(report["positions"][iri]["x"])
    assert all(right - left >= 40 for xs in rows.values() for left, right in itertools.pairwise(sorted(xs)))
    again = open_in_browser(page, tmp_path / "again", [click, click])
    assert_drawn(again, herefordshire, folded.overview)


def test_unlinked_items_show_on_request_and_close_all_folds_again(
    herefordshire: nx.DiGraph, tmp_path: Path
) -> None:
    folded = outline(herefordshire)
    assert len(folded.unlinked) > 30
    page = render_html(herefordshire, "Herefordshire 2009")
    tick = 'document.getElementById("show-unlinked").click();'
    report = open_in_browser(page, tmp_path / "unlinked", [tick])
    assert_drawn(report, herefordshire, set(folded.overview) | set(folded.unlinked))
    steps = [
        'document.getElementById("expand-all").click();',
        'document.getElementById("collapse-all").click();',
    ]
    report = open_in_browser(page, tmp_path / "closed", steps)
    assert report["actions"] == [0, 1]
    assert_drawn(report, herefordshire, folded.overview)


def test_open_all_is_laid_out_as_python_lays_it_out(herefordshire: nx.DiGraph, tmp_path: Path) -> None:
    """The page's layout is the JavaScript twin of views/layout.py: with every node shown, the two
    place every node alike (to the pixel; the two languages round halves alike)."""
    page = render_html(herefordshire, "Herefordshire 2009")
    report = open_in_browser(page, tmp_path, ['document.getElementById("expand-all").click();'])
    assert_drawn(report, herefordshire)
    data = view_data(herefordshire)
    # The widths the page lays out with: a folding node's leave room for the line a click toggles.
    widths = {node["id"]: entry[2] for node, entry in zip(data.nodes, data.script["layout"], strict=True)}
    expected = node_positions(herefordshire, widths=widths)
    drawn = {iri: (at["x"], at["y"]) for iri, at in report["positions"].items()}
    assert drawn == {iri: (float(x), float(y)) for iri, (x, y) in expected.items()}


def test_gap_legend_switches_a_kind_on_and_off(herefordshire: nx.DiGraph, tmp_path: Path) -> None:
    keys = {key.kind: key for key in gap_keys(herefordshire)}
    widespread = "indicator-without-owner"
    assert not keys[widespread].shown
    page = render_html(herefordshire, "Herefordshire 2009", collapsed=False)
    steps = [f"document.querySelector('input[data-gap=\"{widespread}\"]').click();"]
    before = open_in_browser(page, tmp_path / "before")
    after = open_in_browser(page, tmp_path / "after", steps)
    assert_drawn(before, herefordshire)
    assert_drawn(after, herefordshire)
    assert [(kind, shown) for kind, shown, _ in before["gapLegend"]] == [
        (key.kind, key.shown) for key in keys.values()
    ]
    assert (
        before["gapLegend"][list(keys).index(widespread)][2]
        == "indicator without owner: 103 of 103 indicators"
    )
    colour = GAP_COLOURS[widespread]
    assert sum(1 for border in before["borders"].values() if border == colour) == 0
    # Switched on, it outlines every indicator that has no other gap shown first.
    outlined = [
        iri
        for iri in herefordshire
        if widespread in (herefordshire.nodes[iri].get("gaps") or ())
        and not any(
            keys[g].shown
            for g in herefordshire.nodes[iri]["gaps"][: herefordshire.nodes[iri]["gaps"].index(widespread)]
        )
    ]
    assert len(outlined) > 30
    assert sorted(iri for iri, border in after["borders"].items() if border == colour) == sorted(outlined)


def test_outcome_and_owner_filters_narrow_the_page(herefordshire: nx.DiGraph, tmp_path: Path) -> None:
    data = view_data(herefordshire)
    ids = [node["id"] for node in data.nodes]
    (safe,) = [index for index, name in data.outcome_choices if name == "Stay safe"]
    folded = outline(herefordshire)
    select = 'var s = document.getElementById("{0}"); s.value = "{1}"; s.dispatchEvent(new Event("change"));'
    report = open_in_browser(
        render_html(herefordshire, "Herefordshire 2009"),
        tmp_path / "outcome",
        [select.format("outcome-filter", safe)],
    )
    under = under_outcome(herefordshire, ids[safe])
    assert_drawn(report, herefordshire, set(folded.overview) & under)
    director = next(index for index, name in data.owner_choices if name == "Director of Children's Services")
    report = open_in_browser(
        render_html(herefordshire, "Herefordshire 2009"),
        tmp_path / "owner",
        [select.format("owner-filter", director)],
    )
    assert_drawn(report, herefordshire, owned_by(herefordshire, ids[director]))


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
