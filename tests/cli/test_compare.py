"""``councilkg compare`` on the bundled plans."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.test_cli import assert_one_error, invoke, ok

ECM = [
    "Achieve economic well-being",
    "Be healthy",
    "Enjoy and achieve",
    "Make a positive contribution",
    "Stay safe",
]


def compare_json(store: Path, *args: str) -> dict[str, Any]:
    """Return ``councilkg compare ARGS --format json`` parsed."""
    return json.loads(ok("compare", *args, "--format", "json", "--store", store).stdout)


def test_compare_by_outcome_puts_lambeth_2007_and_herefordshire_side_by_side(built_store_path: Path) -> None:
    """The issue's example: both plans' priorities under each of the five ECM outcomes."""
    data = compare_json(built_store_path, "--by", "outcome")
    assert [row["label"] for row in data["rows"]] == ECM
    names = [p["name"] for p in data["plans"]]
    assert names == [
        "herefordshire-cyp-directorate-plan-2009-11",
        "lambeth-cyps-service-plan-2007-10",
        "lambeth-childrens-directorate-plan-2020-21",
        "southwark-cypp-2010-13",
    ]
    for row in data["rows"]:
        for plan in ("herefordshire-cyp-directorate-plan-2009-11", "lambeth-cyps-service-plan-2007-10"):
            assert row["plans"][plan], (row["label"], plan)
    safe = next(row for row in data["rows"] if row["label"] == "Stay safe")
    lambeth = {
        i["label"] for i in safe["plans"]["lambeth-cyps-service-plan-2007-10"] if i["type"] == "Priority"
    }
    assert len(lambeth) == 3
    assert any(label.startswith("Continue to safeguard children") for label in lambeth)


def test_compare_selects_plans_by_name_or_authority(built_store_path: Path) -> None:
    """Arguments name plans or authorities; only those become columns."""
    data = compare_json(built_store_path, "lambeth")
    assert {p["authority"] for p in data["plans"]} == {"Lambeth"} and len(data["plans"]) == 2
    data = compare_json(built_store_path, "herefordshire-cyp-directorate-plan-2009-11")
    assert [p["authority"] for p in data["plans"]] == ["Herefordshire"]


def test_compare_table_and_csv(built_store_path: Path) -> None:
    """The table has a column per plan; CSV a row per item."""
    table = ok("compare", "--store", built_store_path).stdout
    assert "Herefordshire 2009-11" in table and "Lambeth 2007-10" in table and "Stay safe" in table
    lines = ok("compare", "--format", "csv", "--store", built_store_path).stdout.splitlines()
    assert lines[0] == "outcome,plan,type,ref,label,line,detail,item"
    assert len(lines) > 100


def test_compare_unknown_plan(built_store_path: Path) -> None:
    """A name that is neither a plan nor an authority is one error naming the authorities."""
    assert_one_error(
        invoke("compare", "narnia", "--store", built_store_path), "or name an authority: Herefordshire"
    )


def test_compare_by_theme_places_every_plan(built_store_path: Path) -> None:
    """The issue's example: --by theme also places Southwark and Lambeth 2020/21."""
    data = compare_json(built_store_path, "--by", "theme")
    placed = {plan for row in data["rows"] for plan, items in row["plans"].items() if items}
    assert placed == {p["name"] for p in data["plans"]}
    protection = next(row for row in data["rows"] if row["label"] == "Child protection")
    assert all(protection["plans"][p["name"]] for p in data["plans"])


def test_compare_by_indicator_joins_regimes_through_the_crosswalk(built_store_path: Path) -> None:
    """NI 112 (Herefordshire) and BVPI 197 (Lambeth 2007) are one row: the under-18 conception rate."""
    data = compare_json(built_store_path, "--by", "indicator")
    row = next(r for r in data["rows"] if "NI 112" in r["label"])
    assert "BVPI 197" in row["label"]
    lambeth = row["plans"]["lambeth-cyps-service-plan-2007-10"]
    assert [i["ref"] for i in lambeth] == ["BVPI 197"]
    assert "2006/07 outturn" in lambeth[0]["detail"]
    assert all(sum(1 for items in r["plans"].values() if items) >= 2 for r in data["rows"])


def svg_text(path: Path) -> str:
    """Return an SVG plot's text (labels are written as text when matplotlib's svg.fonttype is none)."""
    return path.read_text(encoding="utf-8")


def test_compare_by_theme_plot_draws_the_counts_grid(built_store_path: Path, tmp_path: Path) -> None:
    """``compare --by theme --plot``: the table as before on stdout, and a grid of each plan's item
    counts per theme, with the themes and plans named, written to the file."""
    import matplotlib

    image = tmp_path / "themes.svg"
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        result = ok("compare", "--by", "theme", "--plot", image, "--store", built_store_path)
    assert "Plans compared by theme" in result.stdout
    assert f"wrote {image}" in result.stderr
    text = svg_text(image)
    for label in ("Looked-after children", "Teenage pregnancy and sexual health", "Herefordshire 2009-11"):
        assert label in text, label
    assert "items (priorities, actions, indicators)" in text


def test_compare_by_indicator_plot_draws_a_panel_per_shared_indicator(
    built_store_path: Path, tmp_path: Path
) -> None:
    """``compare --by indicator --plot``: one panel per indicator two plans share, titled by its codes."""
    import matplotlib

    image = tmp_path / "indicators.svg"
    data = compare_json(built_store_path, "--by", "indicator")
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        ok("compare", "--by", "indicator", "--plot", image, "--store", built_store_path)
    text = svg_text(image)
    for row in data["rows"]:
        assert f">{row['label']}<" in text, row["label"]
    assert "solid: outturn, dashed: target" in text
    assert "Lambeth 2020-21" in text


def test_compare_plot_png_and_a_wrong_suffix(built_store_path: Path, tmp_path: Path) -> None:
    """A PNG is written; a file that is no image format is one error line, before the store is read."""
    image = tmp_path / "outcomes.png"
    ok("compare", "--by", "outcome", "--plot", image, "--store", built_store_path)
    assert image.read_bytes().startswith(b"\x89PNG")
    assert_one_error(
        invoke("compare", "--by", "theme", "--plot", tmp_path / "x.txt", "--store", tmp_path / "no-store"),
        ".png, .svg",
    )
    assert not (tmp_path / "no-store").exists()


def test_indicator_comparison_carries_the_values_it_plots(pair_store_path: Path, tmp_path: Path) -> None:
    """On the synthetic pair, NI 59's panel has the 2007-09 plan's target for 2007/08 (80%) and the
    2009-11 plan's outturn for it (76%), the values the plot draws."""
    from councilkg import api
    from councilkg.store.embedded import EmbeddedStore
    from councilkg.views.plots import plot_comparison

    with EmbeddedStore.open(pair_store_path, read_only=True) as store:
        comparison = api.compare(store, [], "indicator")
    (row,) = [row for row in comparison.rows if row.label == "NI 59"]
    values = {
        (plan.short, o.measure, o.period): o.value
        for plan in comparison.plans
        for item in row.cells.get(plan.iri, ())
        for o in item.observations
    }
    first, second = (plan.short for plan in comparison.plans)
    assert values[(first, "Target", "2007/08")] == 80.0
    assert values[(second, "Outturn", "2007/08")] == 76.0
    assert plot_comparison(comparison, tmp_path / "pair.pdf", "pair").read_bytes().startswith(b"%PDF")
