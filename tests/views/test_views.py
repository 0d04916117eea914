"""Thread views as HTML: offline page, layout bands, styling, hover text, escaping, files written."""

from __future__ import annotations

import itertools
import json
import os
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from councilkg.analysis.gaps import GAP_KINDS, find_gaps, mark_gaps
from councilkg.analysis.threads import load_thread_graph, plan_graph, thread_down
from councilkg.errors import CouncilKGError, ViewError
from councilkg.ontology.vocab import ID
from councilkg.store.embedded import EmbeddedStore
from councilkg.views.labels import LABEL_LENGTH, node_width, short_label
from councilkg.views.layout import ROW_WIDTH, node_levels, node_positions, node_rows
from councilkg.views.network import (
    BORDER,
    EDGE_LABEL_COLOUR,
    EDGE_LABELS_SHOWN,
    EDGE_STYLES,
    GAP_COLOURS,
    KIND_STYLES,
    gap_keys,
    render_html,
    starts_collapsed,
    view_data,
    write_html,
)
from councilkg.views.outline import COLLAPSE_ABOVE, narrow, outline

PLAN = "urn:test:plan"
LAMBETH_2020 = str(ID["plan/lambeth/childrens-directorate-plan-2020-21"])


def vis_data(page: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return the nodes and edges the page hands to vis-network, parsed back from its script."""
    nodes = re.search(r"^var nodes = new vis\.DataSet\((.*)\);$", page, re.MULTILINE)
    edges = re.search(r"^var edges = new vis\.DataSet\((.*)\);$", page, re.MULTILINE)
    assert nodes and edges
    return json.loads(nodes.group(1)), json.loads(edges.group(1))


def by_id(page: str) -> dict[str, dict[str, Any]]:
    return {node["id"]: node for node in vis_data(page)[0]}


def item(graph: nx.DiGraph, iri: str, kind: str, label: str, **attributes: Any) -> None:
    graph.add_node(iri, kind=kind, label=label, plan=PLAN, plan_title="Test Plan 2020", **attributes)


@pytest.fixture
def small_thread() -> nx.DiGraph:
    """An outcome, a priority with a nested priority, an indicator, two actions, an objective, owners."""
    graph = nx.DiGraph()
    graph.add_node("urn:o", kind="outcome", label="Children are safe", ref=None, plan=None, plan_title=None)
    item(graph, "urn:p1", "priority", "Keep children safe", ref="P1", line=10)
    item(graph, "urn:p1a", "priority", "Safer at home", ref="P1a", line=12)
    item(graph, "urn:i1", "indicator", "Re-referrals within 12 months", ref="NI65", line=40, has_target=False)
    item(graph, "urn:a1", "action", "Recruit social workers", ref="A1", line=120, due="2021-03")
    item(graph, "urn:a2", "project", "Build a hub", ref="A2", line=130, due="by March 2021")
    graph.add_node(
        "urn:obj", kind="objective", label="Lead the recruitment drive", private=True, due="2021-06-30"
    )
    graph.add_node("urn:post", kind="post", label="Director of Children's Services")
    graph.add_node("urn:jane", kind="person", label="Jane Smith")
    graph.add_node("urn:unit", kind="unit", label="Early Help")
    graph.add_edge("urn:p1", "urn:o", relation="contributesTo")
    graph.add_edge("urn:p1a", "urn:p1", relation="contributesTo")
    graph.add_edge("urn:i1", "urn:p1a", relation="measures")
    graph.add_edge("urn:a1", "urn:p1a", relation="supports")
    graph.add_edge("urn:a2", "urn:p1", relation="supports")
    graph.add_edge("urn:a2", "urn:o", relation="relatedOutcome")
    graph.add_edge("urn:obj", "urn:a1", relation="supports")
    graph.add_edge("urn:a1", "urn:post", relation="owner", roles=("accountable", "responsible"))
    graph.add_edge("urn:p1", "urn:unit", relation="owner", roles=("owner",))
    graph.add_edge("urn:post", "urn:jane", relation="heldBy")
    graph.add_edge("urn:obj", "urn:jane", relation="owner", roles=("owner",))
    return graph


# -- the page is offline and well formed ------------------------------------------------------------


def test_page_fetches_nothing_from_a_network(small_thread: nx.DiGraph) -> None:
    page = render_html(small_thread, "Offline")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.IGNORECASE)
    assert not re.search(r"""(@import|url\()\s*["']?\s*(https?:)?//""", page, re.IGNORECASE)
    assert "<link" not in page
    assert not re.search(r"<script[^>]*\bsrc=", page)


def test_vis_network_is_inlined_from_pyvis(small_thread: nx.DiGraph) -> None:
    page = render_html(small_thread, "Inlined")
    shipped = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    assert (shipped / "vis-network.min.js").read_text(encoding="utf-8") in page
    assert (shipped / "vis-network.css").read_text(encoding="utf-8") in page
    assert "new vis.Network(" in page
    # Each script ends where it should: no closing tag (or comment opener, which changes how HTML
    # parsers find the end of a script) hides inside the inlined code or the data.
    assert page.count("</script>") == 2
    assert "<!--" not in page


def test_no_files_are_written_by_rendering(
    small_thread: nx.DiGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    render_html(small_thread, "Nothing written")
    assert list(tmp_path.iterdir()) == []


def test_empty_graph_says_there_is_nothing_to_show() -> None:
    page = render_html(nx.DiGraph(), "Empty view")
    assert "Nothing to show" in page
    assert "<h1>Empty view</h1>" in page
    assert "vis.Network" not in page


# -- escaping ----------------------------------------------------------------------------------------


def test_plan_text_is_escaped_and_survives_unchanged() -> None:
    hostile = "Close </script><script>alert(\"x\")</script> & <b>bold</b> 'quoted'"
    graph = nx.DiGraph()
    item(graph, "urn:a", "action", hostile, ref=None, line=1)
    item(graph, "urn:p", "priority", "P & <Q>", ref="P<1>", line=2)
    graph.add_edge("urn:a", "urn:p", relation="supports")
    page = render_html(graph, 'Title <i>&</i> "x"')
    assert "<script>alert" not in page
    assert "<b>bold</b>" not in page
    assert "<title>Title &lt;i&gt;&amp;&lt;/i&gt; &#34;x&#34;</title>" in page
    assert "<h1>Title &lt;i&gt;&amp;&lt;/i&gt; &#34;x&#34;</h1>" in page
    assert page.count("</script>") == 2
    nodes = by_id(page)
    assert nodes["urn:a"]["title"].splitlines()[0] == hostile
    assert nodes["urn:p"]["label"] == "P<1>\nP & <Q>"


def test_folded_page_controls_escape_plan_text() -> None:
    hostile = "Safe </script><script>alert(1)</script> & <b>x</b>"
    graph = nx.DiGraph()
    item(graph, "urn:o", "outcome", hostile, ref=None, line=1)
    item(graph, "urn:a", "action", "Act", ref="A1", line=2)
    graph.add_node("urn:who", kind="person", label="Jo </select><b>")
    graph.add_edge("urn:a", "urn:o", relation="supports")
    graph.add_edge("urn:a", "urn:who", relation="owner", roles=("owner",))
    page = render_html(graph, "Folded", collapsed=True)
    assert page.count("</script>") == 2 and "<script>alert" not in page and "<b>x</b>" not in page
    assert "Jo </select>" not in page
    assert (
        ">Safe &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;</option>"
        in page
    )
    assert ">Jo &lt;/select&gt;&lt;b&gt;</option>" in page


# -- layout --------------------------------------------------------------------------------------------


def test_levels_put_each_kind_in_its_band(small_thread: nx.DiGraph) -> None:
    level = node_levels(small_thread)
    assert level["urn:o"] == 0
    assert level["urn:o"] < level["urn:p1"] < level["urn:p1a"]  # a nested priority one row lower
    assert level["urn:p1a"] < level["urn:i1"] < level["urn:a1"] == level["urn:a2"] < level["urn:obj"]
    assert level["urn:unit"] == level["urn:p1"] + 1  # just below the item it owns
    assert level["urn:post"] == level["urn:a1"] + 1
    # Jane holds the post and owns the objective: below both.
    assert level["urn:jane"] > max(level["urn:post"], level["urn:obj"])
    assert sorted(set(level.values())) == list(range(max(level.values()) + 1))  # no empty rows


def test_owner_of_items_in_two_bands_sits_below_the_lower() -> None:
    graph = nx.DiGraph()
    item(graph, "urn:p", "priority", "P")
    item(graph, "urn:a", "action", "A")
    graph.add_node("urn:who", kind="person", label="Who")
    graph.add_edge("urn:a", "urn:p", relation="supports")
    graph.add_edge("urn:p", "urn:who", relation="owner", roles=("owner",))
    graph.add_edge("urn:a", "urn:who", relation="owner", roles=("responsible",))
    level = node_levels(graph)
    assert level["urn:who"] == level["urn:a"] + 1 == level["urn:p"] + 2


def test_priority_cycle_does_not_hang() -> None:
    graph = nx.DiGraph()
    item(graph, "urn:p", "priority", "P")
    item(graph, "urn:q", "priority", "Q")
    graph.add_edge("urn:p", "urn:q", relation="contributesTo")
    graph.add_edge("urn:q", "urn:p", relation="contributesTo")
    assert set(node_levels(graph)) == {"urn:p", "urn:q"}
    assert "urn:p" in by_id(render_html(graph, "Cycle"))


def test_long_rows_are_staggered_and_do_not_overlap() -> None:
    graph = nx.DiGraph()
    item(graph, "urn:p", "priority", "P", ref="P1")
    actions = [f"urn:a{n:02}" for n in range(30)]
    for number, iri in enumerate(actions):
        item(graph, iri, "action", f"Action {number}", ref=f"A{number}")
        graph.add_edge(iri, "urn:p", relation="supports")
    level = node_levels(graph)
    rows = {level[iri] for iri in actions}
    assert len(rows) == 3  # 30 actions, at most ROW_WIDTH (12) a row
    assert all(sum(1 for iri in actions if level[iri] == row) <= ROW_WIDTH for row in rows)
    assert min(rows) > level["urn:p"]
    positions = node_positions(graph, level)
    for row in rows:
        xs = sorted(positions[iri][0] for iri in actions if level[iri] == row)
        assert all(right - left >= 40 for left, right in itertools.pairwise(xs))
    # The priority sits over the middle of the block of its actions.
    action_xs = [positions[iri][0] for iri in actions]
    assert min(action_xs) < positions["urn:p"][0] < max(action_xs)


def test_positions_follow_levels(small_thread: nx.DiGraph) -> None:
    level = node_levels(small_thread)
    positions = node_positions(small_thread, level)
    nodes = by_id(render_html(small_thread, "Positions"))
    for iri, (x, y) in positions.items():
        assert (nodes[iri]["x"], nodes[iri]["y"]) == (x, y)
        assert nodes[iri]["level"] == level[iri]
    assert positions["urn:o"][1] < positions["urn:p1"][1] < positions["urn:jane"][1]


# -- styling and hover text ----------------------------------------------------------------------------


def test_nodes_are_coloured_by_kind_with_a_legend_of_kinds_present(small_thread: nx.DiGraph) -> None:
    page = render_html(small_thread, "Legend")
    nodes = by_id(page)
    assert nodes["urn:a1"]["color"]["background"] == KIND_STYLES["action"].colour
    assert nodes["urn:a2"]["color"]["background"] == KIND_STYLES["project"].colour
    assert nodes["urn:o"]["color"]["background"] == KIND_STYLES["outcome"].colour
    legend = re.findall(r"</span>([^<]+)</li>", page)
    assert legend == [
        "outcome",
        "priority",
        "indicator",
        "action",
        "project",
        "appraisal objective",
        "person",
        "post",
        "organisational unit",
        "private appraisal record",
    ]
    assert "partner" not in legend  # no partner in this graph


def test_hover_text_has_label_ref_kind_owners_due_plan_and_line(small_thread: nx.DiGraph) -> None:
    hover = by_id(render_html(small_thread, "Hover"))["urn:a1"]["title"].splitlines()
    assert hover[0] == "Recruit social workers"
    assert hover[1] == "action · A1"
    assert "Owners: Director of Children's Services (accountable, responsible), held by Jane Smith" in hover
    assert "Due: 2021-03" in hover
    assert "Plan: Test Plan 2020" in hover
    assert "Source: line 120 of Test Plan 2020" in hover
    post = by_id(render_html(small_thread, "Hover"))["urn:post"]["title"]
    assert "Held by: Jane Smith" in post and "Owns 1 item shown here" in post
    indicator = by_id(render_html(small_thread, "Hover"))["urn:i1"]["title"]
    assert "Target: none stated" in indicator


def test_nodes_with_gaps_are_outlined_in_their_kind_s_colour_and_name_their_gaps(
    small_thread: nx.DiGraph,
) -> None:
    small_thread.nodes["urn:a2"]["gaps"] = ["action-without-owner"]
    page = render_html(small_thread, "Gaps")
    nodes = by_id(page)
    assert nodes["urn:a2"]["color"]["border"] == GAP_COLOURS["action-without-owner"]
    assert nodes["urn:a2"]["borderWidth"] > nodes["urn:a1"]["borderWidth"]
    assert nodes["urn:a1"]["color"]["border"] == BORDER
    assert f"action-without-owner: {GAP_KINDS['action-without-owner']}" in nodes["urn:a2"]["title"]
    # The gap legend names the kind, counts it among the actions and projects, with a switch, on.
    assert re.search(
        r'<input type="checkbox" data-gap="action-without-owner" checked><span class="swatch" '
        r'style="border-color: #d62728"></span>action without owner: 1 of 2 actions and projects</label>',
        page,
    )


def test_focus_node_is_drawn_larger(small_thread: nx.DiGraph) -> None:
    nodes = by_id(render_html(small_thread, "Focus", focus="urn:p1"))
    assert nodes["urn:p1"]["font"]["size"] > nodes["urn:p1a"]["font"]["size"]
    assert nodes["urn:p1"]["focus"] is True and nodes["urn:p1a"]["focus"] is False


def test_focus_must_be_in_the_graph(small_thread: nx.DiGraph) -> None:
    with pytest.raises(ViewError, match="urn:nowhere is not a node"):
        render_html(small_thread, "Focus", focus="urn:nowhere")


def test_private_nodes_have_a_dashed_border(small_thread: nx.DiGraph) -> None:
    nodes = by_id(render_html(small_thread, "Private"))
    assert nodes["urn:obj"]["shapeProperties"]["borderDashes"]
    assert "shapeProperties" not in nodes["urn:a1"]
    assert "Private: from an appraisal record" in nodes["urn:obj"]["title"]


def test_edges_are_labelled_and_styled_by_relation(small_thread: nx.DiGraph) -> None:
    _, edges = vis_data(render_html(small_thread, "Edges"))
    edge = {(e["from"], e["to"]): e for e in edges}
    assert edge[("urn:a2", "urn:o")]["dashes"] == EDGE_STYLES["relatedOutcome"]["dashes"]
    assert edge[("urn:a2", "urn:o")]["label"] == "related outcome"
    assert "dashes" not in edge[("urn:a1", "urn:p1a")]
    assert edge[("urn:a1", "urn:p1a")]["label"] == "supports"
    assert edge[("urn:i1", "urn:p1a")]["label"] == "measures"
    assert edge[("urn:a1", "urn:post")]["label"] == "accountable, responsible"
    assert edge[("urn:a1", "urn:post")]["title"].endswith(": owner (accountable, responsible)")
    assert edge[("urn:post", "urn:jane")]["dashes"] == EDGE_STYLES["heldBy"]["dashes"]
    assert edge[("urn:a1", "urn:p1a")]["title"] == "A1 → P1a: supports"
    assert all(e["arrows"] == "to" for e in edges)


def options(page: str) -> dict[str, Any]:
    found = re.search(r"^var options = (.*);$", page, re.MULTILINE)
    assert found
    parsed: dict[str, Any] = json.loads(found.group(1))
    return parsed


def test_edge_labels_show_in_small_views_and_on_demand_in_big_ones(small_thread: nx.DiGraph) -> None:
    assert options(render_html(small_thread, "Small"))["edges"]["font"]["color"] == EDGE_LABEL_COLOUR
    big = nx.DiGraph()
    item(big, "urn:p", "priority", "P")
    for number in range(EDGE_LABELS_SHOWN + 1):
        item(big, f"urn:a{number}", "action", f"A{number}")
        big.add_edge(f"urn:a{number}", "urn:p", relation="supports")
    page = render_html(big, "Big")
    assert options(page)["edges"]["font"]["color"] != EDGE_LABEL_COLOUR
    assert "options.edges.chosen" in page  # hovering or selecting shows them
    assert all(edge["label"] == "supports" for edge in vis_data(page)[1])


def test_short_labels_give_the_code_then_the_words() -> None:
    assert short_label({"ref": "CSKA12", "label": "Long text"}, "urn:x") == "CSKA12\nLong text"
    assert short_label({"label": "Short"}, "urn:x") == "Short"
    initial = short_label({"ref": "NI 59", "label": "NI 59 - Initial assessments"}, "urn:x")
    assert initial == "NI 59\nInitial assessments"
    assert short_label({"ref": "P1", "label": "  P1 "}, "urn:x") == "P1"
    label = short_label({"label": "A label that is much longer than the limit of the node, by far"}, "urn:x")
    assert len(label) == LABEL_LENGTH and label.endswith("…")
    assert short_label({"label": ""}, "https://example.org/id/person/jane") == "jane"


# -- determinism ----------------------------------------------------------------------------------------


def test_same_graph_gives_the_same_page_whatever_the_insertion_order(small_thread: nx.DiGraph) -> None:
    reordered = nx.DiGraph()
    reordered.add_nodes_from(reversed(list(small_thread.nodes(data=True))))
    reordered.add_edges_from(reversed(list(small_thread.edges(data=True))))
    first = render_html(small_thread, "Same", focus="urn:p1")
    assert render_html(small_thread, "Same", focus="urn:p1") == first
    assert render_html(reordered, "Same", focus="urn:p1") == first


# -- writing files ------------------------------------------------------------------------------------


def test_write_html_creates_folders_and_returns_the_path(small_thread: nx.DiGraph, tmp_path: Path) -> None:
    target = tmp_path / "views" / "deep" / "thread.html"
    cwd_before = sorted(os.listdir())
    assert write_html(small_thread, target, "Written", focus="urn:a1") == target
    assert target.read_text(encoding="utf-8") == render_html(small_thread, "Written", focus="urn:a1")
    assert [p.name for p in tmp_path.rglob("*")] == ["views", "deep", "thread.html"]
    assert sorted(os.listdir()) == cwd_before  # no lib/ folder or temporary file in the cwd


def test_write_html_into_a_folder_path_is_a_one_line_error(small_thread: nx.DiGraph, tmp_path: Path) -> None:
    with pytest.raises(ViewError) as raised:
        write_html(small_thread, tmp_path, "Folder")
    message = str(raised.value)
    assert str(tmp_path) in message and "choose another output file" in message
    assert "\n" not in message
    assert isinstance(raised.value, CouncilKGError)


def test_write_html_under_a_file_is_an_error(small_thread: nx.DiGraph, tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("not a folder", encoding="utf-8")
    with pytest.raises(ViewError, match=r"cannot write .*view\.html"):
        write_html(small_thread, tmp_path / "plain" / "view.html", "Under a file")


# -- the bundled plans ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled(memory_store: EmbeddedStore) -> nx.DiGraph:
    graph = load_thread_graph(memory_store)
    mark_gaps(graph, find_gaps(graph))
    return graph


def ref_iri(graph: nx.DiGraph, plan: str, ref: str) -> str:
    (iri,) = [n for n, d in graph.nodes(data=True) if d.get("plan") == plan and d.get("ref") == ref]
    return str(iri)


def test_thread_down_from_csob05_shows_cska12_with_its_owners(bundled: nx.DiGraph) -> None:
    priority = ref_iri(bundled, LAMBETH_2020, "CSOB05")
    action = ref_iri(bundled, LAMBETH_2020, "CSKA12")
    view = thread_down(bundled, priority)
    nodes = by_id(render_html(view, "CSOB05", focus=priority))
    assert nodes[priority]["focus"] is True
    assert nodes[action]["label"].split("\n")[0] == "CSKA12"
    words = short_label({"label": bundled.nodes[action]["label"]}, action)
    assert nodes[action]["label"].split("\n")[1] == words
    assert nodes[action]["level"] > nodes[priority]["level"]
    hover = nodes[action]["title"]
    assert "Alex Kubeyinje (responsible)" in hover
    assert "Source: line 120 of Children's Directorate Plan 2020/21" in hover


def test_plan_view_of_lambeth_2020_marks_cska24(bundled: nx.DiGraph) -> None:
    view = plan_graph(bundled, LAMBETH_2020)
    page = render_html(view, "Lambeth 2020/21")
    nodes, edges = vis_data(page)
    assert len(nodes) == len(view) and len({n["id"] for n in nodes}) == len(view)
    assert len(edges) == view.number_of_edges()
    cska24 = by_id(page)[ref_iri(bundled, LAMBETH_2020, "CSKA24")]
    assert "action-without-priority" in cska24["gaps"]
    assert cska24["color"]["border"] == GAP_COLOURS["action-without-priority"]
    assert GAP_KINDS["action-without-priority"] in cska24["title"]


@pytest.mark.parametrize(
    "plan",
    [
        "herefordshire/cyp-directorate-plan-2009-11",
        "lambeth/childrens-directorate-plan-2020-21",
        "lambeth/cyps-service-plan-2007-10",
        "southwark/cypp-2010-13",
    ],
)
def test_every_bundled_plan_renders(bundled: nx.DiGraph, plan: str) -> None:
    view = plan_graph(bundled, str(ID[f"plan/{plan}"]))
    nodes = by_id(render_html(view, plan))
    assert set(nodes) == set(view.nodes)
    by_kind: dict[str, list[int]] = {}
    for node in nodes.values():
        by_kind.setdefault(node["kind"], []).append(node["level"])
    # Bands: every outcome above every priority, every priority above every action.
    if "outcome" in by_kind and "priority" in by_kind:
        assert max(by_kind["outcome"]) < min(by_kind["priority"])
    assert max(by_kind["priority"]) < min(by_kind["action"])


# -- folding, filters and gaps by kind ----------------------------------------------------------------

HEREFORDSHIRE_2009 = str(ID["plan/herefordshire/cyp-directorate-plan-2009-11"])


def test_outline_folds_to_outcomes_and_priorities(small_thread: nx.DiGraph) -> None:
    folded = outline(small_thread)
    assert folded.overview == ("urn:o", "urn:p1", "urn:p1a")
    # Opening P1a shows what measures and supports it, the objective under that action, and owners.
    assert folded.reveals["urn:p1a"] == ("urn:a1", "urn:i1", "urn:jane", "urn:obj", "urn:post")
    assert folded.reveals["urn:p1"] == ("urn:a2", "urn:unit")  # its own owner too
    assert folded.reveals["urn:o"] == ("urn:a2",)  # related outcome
    assert folded.unlinked == ()


def test_items_linked_to_nothing_above_are_kept_apart_with_their_owners(small_thread: nx.DiGraph) -> None:
    item(small_thread, "urn:loose", "indicator", "Measures nothing", ref="NI1")
    small_thread.add_node("urn:lonely", kind="person", label="Lonely Owner")
    small_thread.add_edge("urn:loose", "urn:lonely", relation="owner", roles=("owner",))
    folded = outline(small_thread)
    assert folded.unlinked == ("urn:lonely", "urn:loose")
    covered = set(folded.overview).union(*folded.reveals.values(), folded.unlinked)
    assert covered == set(small_thread)


def test_which_views_start_collapsed(small_thread: nx.DiGraph) -> None:
    assert not starts_collapsed(small_thread)  # small
    assert starts_collapsed(small_thread, collapsed=True)
    assert not starts_collapsed(small_thread, collapsed=False)
    big = nx.DiGraph()
    item(big, "urn:p", "priority", "P", ref="P1")
    for number in range(COLLAPSE_ABOVE):
        item(big, f"urn:a{number}", "action", f"A{number}")
        big.add_edge(f"urn:a{number}", "urn:p", relation="supports")
    assert starts_collapsed(big)
    assert not starts_collapsed(big, focus="urn:p")  # a thread or owner view shows all it has
    actions_only = big.subgraph([f"urn:a{number}" for number in range(COLLAPSE_ABOVE)])
    assert not starts_collapsed(actions_only, collapsed=True)  # nothing to fold to


def test_a_collapsed_page_hides_all_but_the_overview_and_hints_at_a_click(small_thread: nx.DiGraph) -> None:
    page = render_html(small_thread, "Folded", collapsed=True)
    nodes = by_id(page)
    assert {iri for iri, node in nodes.items() if not node.get("hidden")} == {"urn:o", "urn:p1", "urn:p1a"}
    assert nodes["urn:p1a"]["title"].endswith("\nClick to show or hide 3 items below")
    assert nodes["urn:p1"]["title"].endswith("\nClick to show or hide 1 item below")
    assert "Click to show" not in nodes["urn:a1"]["title"]
    assert 'id="expand-all"' in page and 'id="outcome-filter"' in page and 'id="owner-filter"' in page
    assert "Click to show" not in render_html(small_thread, "Open")
    assert 'id="expand-all"' not in render_html(small_thread, "Open")


def test_the_page_s_script_gets_the_fold_by_index(small_thread: nx.DiGraph) -> None:
    data = view_data(small_thread, collapsed=True)
    ids = [node["id"] for node in data.nodes]
    script = data.script
    assert [ids[i] for i in script["overview"]] == ["urn:o", "urn:p1", "urn:p1a"]
    opened = {ids[int(i)]: {ids[j] for j in nodes} for i, nodes in script["reveals"].items()}
    assert opened["urn:p1a"] == {"urn:a1", "urn:i1", "urn:jane", "urn:obj", "urn:post"}
    assert {ids[i] for i in script["outcomes"][ids.index("urn:o")]} == set(small_thread)
    jane = {ids[i] for i in script["owners"][ids.index("urn:jane")]}
    assert {"urn:jane", "urn:post", "urn:a1", "urn:obj", "urn:p1a", "urn:p1", "urn:o"} <= jane
    assert "urn:a2" not in jane
    rows = node_rows(small_thread)
    assert [entry[0] for entry in script["layout"]] == [rows[iri] for iri in ids]
    # The script is inlined into the page's one script element and fetches nothing.
    page = render_html(small_thread, "Script", collapsed=True)
    assert "var councilkgView" in page and page.count("</script>") == 2


def test_narrow_keeps_an_outcome_s_threads_or_an_owner_s_items(small_thread: nx.DiGraph) -> None:
    assert set(narrow(small_thread, outcomes=["children are SAFE"])) == set(small_thread)
    jane = narrow(small_thread, owners=["jane"])
    assert "urn:obj" in jane and "urn:a1" in jane and "urn:a2" not in jane
    both = narrow(small_thread, outcomes=["safe"], owners=["Early Help"])
    assert set(both) == {"urn:unit", "urn:p1", "urn:o"}
    assert narrow(small_thread) is small_thread


def test_narrow_to_nothing_is_a_one_line_error_listing_the_choices(small_thread: nx.DiGraph) -> None:
    with pytest.raises(ViewError) as raised:
        narrow(small_thread, outcomes=["healthy"])
    assert str(raised.value) == "no outcome matches 'healthy'; this view's outcomes: Children are safe"
    with pytest.raises(ViewError, match="this view's owners: Director of Children's Services; Early Help;"):
        narrow(small_thread, owners=["nobody"])


@pytest.fixture(scope="module")
def herefordshire(bundled: nx.DiGraph) -> nx.DiGraph:
    return plan_graph(bundled, HEREFORDSHIRE_2009)


def test_herefordshire_opens_collapsed_to_its_outcomes_and_priorities(herefordshire: nx.DiGraph) -> None:
    kinds = Counter(kind for _, kind in herefordshire.nodes(data="kind"))
    assert len(herefordshire) > 250 and kinds["indicator"] > 100 and kinds["action"] > 100
    data = view_data(herefordshire)
    assert data.collapsible
    shown = [node for node in data.nodes if not node.get("hidden")]
    assert len(shown) == kinds["outcome"] + kinds["priority"] == 28
    assert {node["kind"] for node in shown} == {"outcome", "priority"}
    levels = {node["id"]: node["level"] for node in data.nodes}
    outcomes = [levels[n["id"]] for n in shown if n["kind"] == "outcome"]
    assert max(outcomes) < min(levels[n["id"]] for n in shown if n["kind"] == "priority")
    # Collapsed, the overview is placed as the layout places it on its own: a drawing far narrower
    # than the whole plan's.
    part = herefordshire.subgraph(outline(herefordshire).overview)
    widths = {node["id"]: entry[2] for node, entry in zip(data.nodes, data.script["layout"], strict=True)}
    placed = node_positions(part, node_levels(part, node_rows(herefordshire)), widths=widths)
    # A folding node has room for its hint line ("▸ 23 below · 5 with gaps").
    assert all(widths[n["id"]] >= node_width(herefordshire.nodes[n["id"]], n["id"]) for n in shown)
    assert any(widths[n["id"]] > node_width(herefordshire.nodes[n["id"]], n["id"]) for n in shown)
    assert {n["id"]: (n["x"], n["y"]) for n in shown} == placed
    whole = node_positions(herefordshire)
    width = max(x for x, _ in placed.values()) - min(x for x, _ in placed.values())
    assert width < 0.6 * (max(x for x, _ in whole.values()) - min(x for x, _ in whole.values()))
    # Each priority says how much a click opens.
    for node in shown:
        revealed = data.script["reveals"][data.nodes.index(node)]
        items = sum(1 for i in revealed if data.nodes[i]["kind"] not in {"person", "post", "unit", "partner"})
        if items:
            assert node["title"].endswith(
                f"Click to show or hide {items} item{'s' if items > 1 else ''} below"
            )
    page = render_html(herefordshire, "Herefordshire")
    assert "257 items and owners folded away" in page
    assert "items linked to no outcome or priority (37 with their owners)" in page


def test_herefordshire_labels_and_hover_give_code_words_and_source_line(herefordshire: nx.DiGraph) -> None:
    nodes = by_id(render_html(herefordshire, "Herefordshire"))
    coded = [iri for iri in herefordshire if herefordshire.nodes[iri]["ref"]]
    assert len(coded) > 80
    for iri in coded:
        attributes = herefordshire.nodes[iri]
        label = nodes[iri]["label"].split("\n")
        assert label[0] == attributes["ref"]
        assert len(label) == 1 or len(label[1]) <= LABEL_LENGTH
        hover = nodes[iri]["title"].split("\n")
        assert hover[0] == " ".join(attributes["label"].split())
        assert f" · {attributes['ref']}" in hover[1]
        if attributes["line"]:
            assert f"Source: line {attributes['line']} of {attributes['plan_title']}" in hover


def test_herefordshire_gap_legend_turns_off_the_plan_wide_kinds(herefordshire: nx.DiGraph) -> None:
    keys = {key.kind: key for key in gap_keys(herefordshire)}
    assert keys["indicator-without-owner"].text == "indicator without owner: 103 of 103 indicators"
    assert not keys["indicator-without-owner"].shown
    assert not keys["post-without-holder"].shown  # 22 of 27 posts
    assert keys["indicator-unlinked"].shown and keys["action-without-priority"].shown
    assert keys["action-without-priority"].noun == "actions and projects"
    nodes = by_id(render_html(herefordshire, "Herefordshire", collapsed=False))
    marked = [iri for iri in herefordshire if herefordshire.nodes[iri].get("gaps")]
    outlined = [iri for iri in marked if nodes[iri]["color"]["border"] != BORDER]
    # Before: every gap outlined in red (most of the plan). Now only the kinds that stand out.
    assert len(marked) > 130 and len(outlined) < 0.6 * len(marked)
    for iri in outlined:
        first = next(g for g in herefordshire.nodes[iri]["gaps"] if keys[g].shown)
        assert nodes[iri]["color"]["border"] == GAP_COLOURS[first]
