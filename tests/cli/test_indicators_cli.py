"""``councilkg indicator`` and ``councilkg similarity`` on the bundled plans and the shipped crosswalk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.test_cli import assert_one_error, invoke, ok


def series(store: Path, code: str) -> list[dict[str, Any]]:
    """Return ``councilkg indicator CODE --format json`` parsed."""
    return json.loads(ok("indicator", code, "--format", "json", "--store", store).stdout)


def values(entry: dict[str, Any], measure: str) -> dict[str, float]:
    """Return one series' values of one measure type by period (comparators left out)."""
    return {
        o["period"]: o["value"]
        for o in entry["observations"]
        if o["measure"] == measure and o["group"] is None and o["value"] is not None
    }


def test_ni_65_across_authorities_and_regimes(built_store_path: Path) -> None:
    """The issue's example: Lambeth's PAF A3 (2006/07), Herefordshire's NI 65, Lambeth 2020's RI.56."""
    found = {(s["plan_short"], s["ref"]): s for s in series(built_store_path, "NI 65")}
    herefordshire = found[("Herefordshire 2009-11", "NI 65")]
    assert herefordshire["match"] == "direct"
    assert values(herefordshire, "Outturn") == {"2007/08": 14.0}
    assert values(herefordshire, "Target") == {"2009/10": 13.0, "2010/11": 13.0}
    paf = found[("Lambeth 2007-10", "PAF A3")]
    assert paf["match"] in {"exactMatch", "closeMatch"} and paf["basis"]
    assert values(paf, "Outturn") == {"2006/07": 12.5}
    assert values(paf, "Target") == {"2007/08": 12.5}
    local = found[("Lambeth 2020-21", "RI.56")]
    assert local["match"] in {"exactMatch", "closeMatch"}


def test_indicator_by_local_ref_follows_the_crosswalk_back(built_store_path: Path) -> None:
    """Starting from Lambeth 2020's RI.56 finds the national indicator's other plans too."""
    refs = {s["ref"] for s in series(built_store_path, "RI.56")}
    assert {"RI.56", "NI 65"} <= refs


def test_indicator_plot(built_store_path: Path, tmp_path: Path) -> None:
    """``--plot`` writes an image; a wrong suffix is one error line."""
    image = tmp_path / "ni65.png"
    ok("indicator", "NI 65", "--plot", image, "--store", built_store_path)
    assert image.read_bytes().startswith(b"\x89PNG")
    assert_one_error(
        invoke("indicator", "NI 65", "--plot", tmp_path / "x.txt", "--store", built_store_path), ".png, .svg"
    )


def test_indicator_unknown(built_store_path: Path) -> None:
    """A code no plan tracks, and words matching no indicator, are one error line each."""
    assert_one_error(
        invoke("indicator", "NI 198", "--store", built_store_path), "no plan in the store tracks"
    )
    assert_one_error(invoke("indicator", "zebra crossings", "--store", built_store_path), "no indicator")


def test_similarity_by_indicator_counts_crosswalked_indicators_as_one(built_store_path: Path) -> None:
    """Lambeth 2007-10 and Herefordshire share indicators only through the crosswalk (PAF/BVPI vs NI)."""
    rows = json.loads(
        ok("similarity", "--by", "indicator", "--format", "json", "--store", built_store_path).stdout
    )
    pair = next(
        r for r in rows if {r["plan"], r["other plan"]} == {"Herefordshire 2009-11", "Lambeth 2007-10"}
    )
    assert pair["shared"] > 0 and 0 < pair["jaccard"] < 1
    assert "NI 65" in pair["shared indicators"]


def test_similarity_by_theme(built_store_path: Path) -> None:
    """Every pair of plans shares some themes; scores are between 0 and 1, highest first."""
    rows = json.loads(ok("similarity", "--format", "json", "--store", built_store_path).stdout)
    assert len(rows) == 6
    scores = [r["jaccard"] for r in rows]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 1 for s in scores)
