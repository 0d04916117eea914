"""``councilkg thread`` and ``councilkg gaps`` on the bundled plans and the example appraisal CSV."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from councilkg import api
from councilkg.analysis.analytics import gap_summary
from councilkg.data import example_appraisals
from tests.cli.test_cli import assert_one_error, invoke, ok

LAMBETH_2020 = "https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21"


@pytest.fixture(scope="module")
def store(built_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a copy of the bundled store with the example appraisal objectives loaded."""
    copy = tmp_path_factory.mktemp("threads") / "store"
    shutil.copytree(built_store_path, copy)
    ok("appraisals", "load", example_appraisals(), "--store", copy)
    return copy


def tree(store: Path, *args: str) -> dict[str, Any]:
    """Return ``councilkg thread ARGS --format json`` parsed."""
    return json.loads(ok("thread", *args, "--format", "json", "--store", store).stdout)


def walk(node: dict[str, Any]) -> list[dict[str, Any]]:
    """Return every node of a JSON thread tree, depth first."""
    return [node, *(n for child in node["children"] for n in walk(child))]


def test_thread_down_from_csob05_reaches_cska12_owners_and_objectives(store: Path) -> None:
    """The issue's example: CSOB05 down shows CSKA12 with its owners and the example objectives."""
    root = tree(store, "CSOB05", "--down", "--include-private")
    assert (root["ref"], root["kind"]) == ("CSOB05", "priority")
    cska12 = next(c for c in root["children"] if c["ref"] == "CSKA12")
    assert {o["label"]: o["roles"] for o in cska12["owners"]} == {
        "Abi Onaboye": ["responsible"],
        "Alex Kubeyinje": ["responsible"],
        "Cllr Dyer": ["leadMember"],
    }
    objectives = [c for c in cska12["children"] if c["kind"] == "objective"]
    assert {o["owners"][0]["label"] for o in objectives} == {"Sam Example", "Jo Sample"}
    assert all(o["line"] is not None and o["due"] for o in objectives)


@pytest.mark.parametrize("switch", [[], ["--no-private"]], ids=["default", "no-private"])
def test_thread_without_private_graphs_has_no_objectives(store: Path, switch: list[str]) -> None:
    """Without ``--include-private`` (or with ``--no-private``) the appraisal objectives are left out."""
    nodes = walk(tree(store, "CSOB05", "--down", *switch))
    assert not [n for n in nodes if n["kind"] == "objective"]
    assert "CSKA12" in {n["ref"] for n in nodes}


def test_thread_up_is_the_default_for_an_action(store: Path) -> None:
    """An action's thread runs up through its priority to the Borough Plan goal."""
    root = tree(store, "cska12")
    path = [(n["kind"], n["ref"] or n["label"]) for n in walk(root)]
    assert path == [("action", "CSKA12"), ("priority", "CSOB05"), ("outcome", "Goal 3.3")]


def test_thread_tree_text_marks_gaps(store: Path) -> None:
    """The terminal tree names owners, source lines and gaps."""
    out = " ".join(ok("thread", "CSKA24", "--store", store).stdout.split())  # the tree wraps long lines
    assert "CSKA24" in out and "Cathy Twist" in out and "line 134" in out
    assert "gap: action-without-priority" in out


def test_thread_html(store: Path, tmp_path: Path) -> None:
    """``--html`` writes the view beside the tree."""
    page = tmp_path / "views" / "csob05.html"
    ok("thread", "CSOB05", "--down", "--include-private", "--html", page, "--store", store)
    text = page.read_text(encoding="utf-8")
    assert "CSKA12" in text and "Sam Example" in text


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["CSKA99"], "no item with reference or words 'CSKA99'"),
        (["teenage pregnancy"], "'teenage pregnancy' matches 2 items"),
        (["CSSR0001"], "is not on a golden thread"),
        (["CSKA12", "--plan", "southwark"], "no item with reference or words 'CSKA12' in that plan"),
    ],
)
def test_thread_errors(store: Path, args: list[str], fragment: str) -> None:
    """Unknown, ambiguous and off-thread items are one error line."""
    assert_one_error(invoke("thread", *args, "--store", store), fragment)


def test_gaps_reports_cska24_and_completeness(store: Path) -> None:
    """The issue's example gap, and a completeness score per plan."""
    data = json.loads(ok("gaps", "--format", "json", "--store", store).stdout)
    cska24 = [g for g in data["gaps"] if g["ref"] == "CSKA24"]
    assert [g["kind"] for g in cska24] == ["action-without-priority"]
    assert "Goal 2.2" in cska24[0]["detail"] and cska24[0]["line"] == 134
    scores = {p["plan"]: p for p in data["plans"]}
    assert len(scores) == 4
    lambeth = scores[LAMBETH_2020]
    assert (lambeth["actions"], lambeth["complete"]) == (37, 36)
    assert lambeth["gaps"]["action-without-priority"] == 1
    assert all(0 <= p["score"] <= 1 for p in data["plans"])
    assert not [g for g in data["gaps"] if g["kind"] == "objective-unlinked"]


def test_gaps_filters_by_plan_and_kind(store: Path) -> None:
    """``--plan`` and ``--kind`` narrow the list; CSV has one row per gap."""
    out = ok(
        "gaps",
        "--plan",
        "lambeth-childrens-directorate-plan-2020-21",
        "--kind",
        "action-without-priority",
        "--format",
        "csv",
        "--store",
        store,
    ).stdout
    lines = out.strip().splitlines()
    assert lines[0].startswith("plan,kind,ref,label,line,detail,item")
    assert len(lines) == 2 and ",CSKA24," in lines[1]


def test_gaps_table(store: Path) -> None:
    """The table ends with each plan's completeness."""
    out = ok("gaps", "--plan", "lambeth-childrens-directorate-plan-2020-21", "--store", store).stdout
    assert "Thread completeness" in out and "36/37" in out and "97%" in out


# -- views -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, expected",
    [
        (["thread", "Goal 3.3", "--include-private"], ["CSOB05", "CSKA12", "Sam Example"]),
        (["plan", "lambeth-childrens-directorate-plan-2020-21"], ["CSKA24", "CSKA01", "Alex Kubeyinje"]),
        (["owner", "Alex Kubeyinje"], ["CSKA12", "CSOB05", "Goal 3.3"]),
    ],
    ids=["thread", "plan", "owner"],
)
def test_view_writes_a_self_contained_page(
    store: Path, tmp_path: Path, args: list[str], expected: list[str]
) -> None:
    """Each view writes one offline HTML page holding the nodes it should."""
    page = tmp_path / "out" / "view.html"
    result = ok("view", *args, "-o", page, "--store", store)
    assert result.stdout.startswith(f"wrote {page} (")
    text = page.read_text(encoding="utf-8")
    for fragment in expected:
        assert fragment in text
    assert "https://cdn" not in text and 'src="http' not in text


def test_view_without_private_graphs(store: Path, tmp_path: Path) -> None:
    """A view leaves appraisal objectives out unless given ``--include-private``."""
    page = tmp_path / "view.html"
    ok("view", "thread", "Goal 3.3", "-o", page, "--store", store)
    assert "Sam Example" not in page.read_text(encoding="utf-8")


def test_view_errors(store: Path, tmp_path: Path) -> None:
    """An unknown plan, and an output path that cannot be written, are one error line each."""
    assert_one_error(
        invoke("view", "plan", "nowhere", "-o", tmp_path / "x.html", "--store", store), "no plan 'nowhere'"
    )
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert_one_error(
        invoke("view", "thread", "CSKA12", "-o", blocker / "x.html", "--store", store), str(blocker)
    )


def test_gaps_summary_and_compare_read_from_analytics_print_what_computing_prints(
    built_store_path: Path, tmp_path: Path
) -> None:
    """A store loaded through the library keeps each plan's analytics, which ``gaps --summary`` and
    ``compare --by indicator`` read; the output is that of the bundled store built without them."""
    analysed = tmp_path / "analysed"
    with api.open_store(analysed) as opened:
        api.load_plans(opened)
        assert gap_summary(opened) is not None
    with api.open_store(built_store_path, read_only=True) as opened:
        assert gap_summary(opened) is None
    for args in (
        ["gaps", "--summary"],
        ["gaps", "--summary", "--kind", "post-without-holder", "--kind", "action-without-owner"],
        ["compare", "--by", "indicator"],
        ["compare", "lambeth", "--by", "indicator", "--format", "csv"],
    ):
        assert ok(*args, "--store", analysed).stdout == ok(*args, "--store", built_store_path).stdout, args
