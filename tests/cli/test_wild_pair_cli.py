"""``councilkg changes`` and ``councilkg targets`` on a real plan-year pair from the wild corpus (issue 22):
Brighton & Hove's Families, Children and Learning directorate plans of 2021 and 2022.

Of the councils with excerpts of two years in ``tests/corpus/wild/``, this is the one pair whose
excerpts share items: both list the Corporate Plan's key areas of action, numbered "1.1" to "4.4".
Each excerpt is loaded as a user's ``councilkg load`` would read it (the corpus's ``%`` header
lines left out, as ``bench/wild.py`` does), stating its council, title and years as printed.

The expected answer, read by hand from the two excerpts:

- the 2021 excerpt (``brighton-and-hove-2021-fcl-directorate-plan-outcomes.txt``, "Directorate Plan
  2021 to 2024") lists 19 key areas of action under outcomes 1 to 4: 1.1-1.5, 2.1-2.5, 3.1-3.5 and
  4.1-4.4;
- the 2022 excerpt (``brighton-and-hove-2022-fcl-directorate-plan-outcomes.txt``, "Directorate Plan
  2022 to 2024") lists the same 19, word for word, then 4.5 "Promote lifelong learning and transition
  into adulthood" and 5.1-5.4 (carbon neutral city, open spaces, recycling, travel network);
- neither prints an action, an indicator, a target or a named person.

So ``changes`` says 19 priorities kept (same wording), none re-worded or dropped, 5 added, and no
actions or indicators; ``targets`` has no target to check. The 2021 excerpt ends at 4.4: whether
the whole 2021 plan also lists 4.5 and outcome 5 the excerpt does not say, and "added" is said of
the two excerpts loaded.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.wild import CORPUS, split_header
from tests.cli.test_cli import ok

COUNCIL = "Brighton & Hove City Council"
EXCERPTS = {
    "2021": ("brighton-and-hove-2021-fcl-directorate-plan-outcomes", "2021-2024"),
    "2022": ("brighton-and-hove-2022-fcl-directorate-plan-outcomes", "2022-2024"),
}
TITLE = "Families, Children and Learning Directorate Plan {} to 2024"
PLAN_2021 = "brighton-hove-families-children-and-learning-directorate-plan-2021-to-2024"
PLAN_2022 = "brighton-hove-families-children-and-learning-directorate-plan-2022-to-2024"
KEPT = (
    *(f"1.{n}" for n in range(1, 6)),
    *(f"2.{n}" for n in range(1, 6)),
    *(f"3.{n}" for n in range(1, 6)),
    *(f"4.{n}" for n in range(1, 5)),
)
ADDED = {
    "4.5": "Promote lifelong learning and transition into adulthood",
    "5.1": "Become a carbon neutral city by 2030",
    "5.2": "Create and improve public open spaces",
    "5.3": "Reduce, re-use and recycle",
    "5.4": "Develop an active and sustainable travel network",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a store holding the two excerpts, each loaded with ``councilkg load`` as its own plan."""
    folder = tmp_path_factory.mktemp("wild-pair")
    store = folder / "store"
    for year, (stem, years) in EXCERPTS.items():
        header, text = split_header((CORPUS / f"{stem}.txt").read_text(encoding="utf-8"))
        assert (header["council"], header["year"]) == (COUNCIL, year)
        plan = folder / f"{stem}.txt"
        plan.write_text(text, encoding="utf-8")
        ok(
            "load", plan, "--council", COUNCIL, "--title", TITLE.format(year), "--years", years,
            "--type", "DirectoratePlan", "--store", store,
        )  # fmt: skip
    return store


def test_changes_keeps_the_nineteen_key_areas_and_adds_five(store: Path) -> None:
    found = json.loads(ok("changes", PLAN_2021, PLAN_2022, "--format", "json", "--store", store).stdout)
    assert (found["before"]["name"], found["after"]["name"]) == (PLAN_2021, PLAN_2022)
    assert found["counts"] == {
        "Priority": {"kept": 19, "re-worded": 0, "dropped": 0, "added": 5},
        "Action": {"kept": 0, "re-worded": 0, "dropped": 0, "added": 0},
        "Indicator": {"kept": 0, "re-worded": 0, "dropped": 0, "added": 0},
    }
    kept = [c for c in found["changes"] if c["status"] == "kept"]
    assert [(c["before"]["ref"], c["after"]["ref"]) for c in kept] == [(ref, ref) for ref in KEPT]
    assert {(c["matched_by"], c["score"]) for c in kept} == {("same wording", 1.0)}
    assert [c["before"]["label"] for c in kept][:2] == [
        "Reduce homelessness and rough sleeping",
        "Provide genuinely affordable homes",
    ]
    added = {c["after"]["ref"]: c["after"]["label"] for c in found["changes"] if c["status"] == "added"}
    assert added == ADDED


def test_changes_puts_the_earlier_plan_first_whichever_is_named_first(store: Path) -> None:
    out = ok("changes", PLAN_2022, PLAN_2021, "--store", store).stdout
    assert "Changes from Brighton & Hove City Council 2021-24" in out
    assert "Priorities: 19 kept, 0 re-worded, 0 dropped, 5 added" in out
    assert "Indicators: 0 kept, 0 re-worded, 0 dropped, 0 added" in out


def test_targets_finds_no_target_in_either_plan(store: Path) -> None:
    """Neither excerpt prints an indicator, so there is no target to check against a later outturn."""
    assert json.loads(ok("targets", COUNCIL, "--format", "json", "--store", store).stdout) == []
    assert "no targets" in ok("targets", COUNCIL, "--store", store).stdout
