"""``councilkg appraisals`` and ``--include-private``: personal data stays out unless asked for."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from councilkg.data import example_appraisals
from tests.cli.test_cli import assert_one_error, invoke, ok

EXAMPLE = example_appraisals()
COUNT = "SELECT (COUNT(?o) AS ?n) WHERE { ?o a ckg:AppraisalObjective }"


@pytest.fixture
def store(built_store_path: Path, tmp_path: Path) -> Path:
    """Return a private copy of the bundled store with the example appraisal CSV loaded."""
    copy = tmp_path / "store"
    shutil.copytree(built_store_path, copy)
    ok("appraisals", "load", EXAMPLE, "--store", copy)
    return copy


def count(store: Path, *flags: str) -> int:
    """Return how many appraisal objectives a query sees."""
    rows = json.loads(ok("query", COUNT, *flags, "--format", "json", "--store", store).stdout)
    return int(rows[0]["n"])


def test_load_and_list(store: Path) -> None:
    """The example CSV loads 10 objectives of 7 people into Lambeth's private graph."""
    rows = json.loads(ok("appraisals", "list", "--format", "json", "--store", store).stdout)
    assert rows == [
        {
            "authority": "lambeth",
            "objectives": 10,
            "people": 7,
            "unresolved": 0,
            "file": "lambeth-2020-21-example.csv",
            "graph": "https://w3id.org/councilkg/id/graph/appraisals/lambeth",
        }
    ]


def test_query_and_export_leave_private_graphs_out_unless_asked(store: Path) -> None:
    """``query`` and ``export`` see the objectives only with ``--include-private``."""
    assert count(store) == 0
    assert count(store, "--include-private") == 10
    public = ok("export", "--store", store).stdout
    private = ok("export", "--include-private", "--store", store).stdout
    assert "Sam Example" not in public and "/graph/appraisals/" not in public
    assert "Sam Example" in private
    assert "/graph/appraisals/lambeth>" in private


def test_remove(store: Path) -> None:
    """``remove`` drops the authority's objectives; removing again is an error listing what is loaded."""
    assert ok("appraisals", "remove", "lambeth", "--store", store).stdout.startswith(
        "removed 10 appraisal objective(s) of lambeth"
    )
    assert count(store, "--include-private") == 0
    assert_one_error(invoke("appraisals", "remove", "lambeth", "--store", store), "loaded: none")


def test_bad_csv_is_one_error_and_loads_nothing(store: Path, tmp_path: Path) -> None:
    """An unknown reference names the CSV line; the objectives already loaded stay as they were."""
    bad = tmp_path / "bad.csv"
    bad.write_text("person,post,objective,supports,review_date\nA Person,P,Do it,CSKA12,\nB,P,X,CSKA99,\n")
    assert_one_error(
        invoke("appraisals", "load", bad, "--store", store),
        f"{bad}:3: no action or priority with ref 'CSKA99'",
    )
    assert count(store, "--include-private") == 10
