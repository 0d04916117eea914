"""``councilkg view plan`` on a big plan: folded at first, narrowed by outcome or owner, or all open."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tests.cli.test_cli import assert_one_error, invoke, ok

HEREFORDSHIRE = "herefordshire/cyp-directorate-plan-2009-11"
PLAN = f"https://w3id.org/councilkg/id/plan/{HEREFORDSHIRE}"


def page_nodes(page: Path) -> list[dict[str, Any]]:
    """Return the nodes a written page hands to vis-network."""
    text = page.read_text(encoding="utf-8")
    found = re.search(r"^var nodes = new vis\.DataSet\((.*)\);$", text, re.MULTILINE)
    assert found
    nodes: list[dict[str, Any]] = json.loads(found.group(1))
    return nodes


def test_view_plan_of_herefordshire_opens_collapsed(built_store_path: Path, tmp_path: Path) -> None:
    page = tmp_path / "plan.html"
    result = ok("view", "plan", PLAN, "-o", page, "--store", built_store_path)
    assert re.fullmatch(
        rf"wrote {re.escape(str(page))} \(\d+ nodes, \d+ links; opens collapsed to 28 outcomes and "
        r"priorities, click one to open it\)\n",
        result.stdout,
    )
    nodes = page_nodes(page)
    assert len(nodes) > 250
    assert sum(1 for node in nodes if not node.get("hidden")) == 28


def test_view_plan_expanded_shows_every_node(built_store_path: Path, tmp_path: Path) -> None:
    page = tmp_path / "plan.html"
    result = ok("view", "plan", PLAN, "--expanded", "-o", page, "--store", built_store_path)
    assert "collapsed" not in result.stdout
    assert not any(node.get("hidden") for node in page_nodes(page))


def test_view_plan_narrowed_to_an_outcome_and_an_owner(built_store_path: Path, tmp_path: Path) -> None:
    whole = len(page_nodes(_written(built_store_path, tmp_path / "whole.html")))
    safe = page_nodes(_written(built_store_path, tmp_path / "safe.html", "--outcome", "stay safe"))
    assert 10 < len(safe) < whole / 3
    assert [n["label"] for n in safe if n["kind"] == "outcome"] == ["Stay safe"]
    director = page_nodes(
        _written(built_store_path, tmp_path / "dcs.html", "--owner", "Director of Children's Services")
    )
    assert "Director of Children's Services" in [n["label"] for n in director if n["kind"] == "post"]
    both = page_nodes(
        _written(
            built_store_path,
            tmp_path / "both.html",
            "--outcome",
            "stay safe",
            "--owner",
            "Director of Children",
        )
    )
    assert {n["id"] for n in both} <= {n["id"] for n in safe} & {n["id"] for n in director}


def test_view_plan_with_an_outcome_it_lacks_is_one_error_line(built_store_path: Path, tmp_path: Path) -> None:
    line = assert_one_error(
        invoke(
            "view",
            "plan",
            PLAN,
            "--outcome",
            "flying",
            "-o",
            tmp_path / "x.html",
            "--store",
            built_store_path,
        ),
        "no outcome matches 'flying'; this view's outcomes: ",
    )
    assert "Stay safe" in line
    assert not (tmp_path / "x.html").exists()
    assert_one_error(
        invoke(
            "view",
            "plan",
            PLAN,
            "--owner",
            "nobody at all",
            "-o",
            tmp_path / "x.html",
            "--store",
            built_store_path,
        ),
        "no owner matches 'nobody at all'",
    )


def _written(store: Path, page: Path, *options: str) -> Path:
    ok("view", "plan", PLAN, *options, "-o", page, "--store", store)
    return page
