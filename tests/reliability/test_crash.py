"""Crash safety: a ``councilkg`` process SIGKILLed mid-write leaves every graph whole, old or new.

Each test starts the real command line in its own process over a copy of the bundled store, kills
it at a stage it reports (the build's progress, drawn on a pipe) or after a delay, then opens the
store and compares every graph with the store's state before and after the command. A plan graph
and its share of the reference graph must both be the old version or both the new one, and the
derived graphs (the reference graph, the default graph) must be exactly the merge of their sources.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from councilkg.ontology.vocab import ID
from councilkg.store.embedded import EmbeddedStore
from tests.reliability.conftest import PrivateVersions, Versions
from tests.reliability.procs import (
    PRIVATE_GRAPH_PREFIX,
    analytics_graphs,
    bundled_files,
    copy_store,
    councilkg,
    plan_graphs,
    plan_versions,
    snapshot,
    start,
    without_times,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_old_and_new_versions_differ_in_every_plan(versions: Versions) -> None:
    """The changed copies change every plan graph, and one plan's share of the reference graph,
    so that a half-written store could not pass for either version."""
    plans = plan_graphs(versions.old)
    assert len(plans) == 4
    assert all(versions.old[p] != versions.new[p] for p in plans)
    changed = [g for g in versions.old if "/contribution/" in g and versions.old[g] != versions.new[g]]
    assert changed, "no contribution graph differs"
    analytics = analytics_graphs(versions.old) | analytics_graphs(versions.new)
    assert set(versions.old) - analytics == set(versions.new) - analytics
    # The load computed every plan's analytics after writing the plans.
    assert {name.rsplit("/", 1)[-1] for name in analytics_graphs(versions.new)} == {
        p.rsplit("/", 1)[-1] for p in plans
    }


def kill_load_at(versions: Versions, store: Path, stage: str, delay: float) -> tuple[bool, dict[str, str]]:
    """Kill ``councilkg load NEW...`` ``delay`` seconds after its progress shows ``stage``.

    Returns:
        Whether the kill interrupted the process, and which version each plan is in afterwards.
    """
    copy_store(versions.old_store, store)
    process = start("load", *versions.new_files, "--store", store, progress=True)
    assert process.wait_for(stage), process.stderr.decode(errors="replace")
    time.sleep(delay)
    interrupted = process.kill()
    return interrupted, _versions_after(store, versions)


def _versions_after(store: Path, state: Versions) -> dict[str, str]:
    found = plan_versions(snapshot(store), state.old, state.new)
    with EmbeddedStore.open(store) as writable:  # opens for writing: the lock and the log are released
        assert len(writable.graphs()) == 6
    return found


PLAN_NAMES = [path.stem for path in bundled_files()]
"""The bundled plans in the order ``load`` writes them."""
PLAN_IRIS = [str(ID["plan/" + name.replace("-", "/", 1)]) for name in PLAN_NAMES]


@pytest.mark.parametrize(
    "stage, delay",
    [
        (f"load {PLAN_NAMES[0]}", 0.0),
        (f"load {PLAN_NAMES[1]}", 0.1),
        (f"load {PLAN_NAMES[2]}", 0.3),
        (f"load {PLAN_NAMES[3]}", 0.05),
    ],
)
def test_load_killed_mid_build_leaves_each_plan_old_or_new(
    versions: Versions, tmp_path: Path, stage: str, delay: float
) -> None:
    """Killed during extraction or a plan's write, each plan is wholly old or new, in load order."""
    interrupted, found = kill_load_at(versions, tmp_path / "store", stage, delay)
    assert interrupted
    assert sorted(found) == sorted(PLAN_IRIS)
    states = [found[plan] for plan in PLAN_IRIS]
    # Plans are written one at a time in the order given: the first k are new, the rest old.
    assert states == sorted(states, key=lambda state: state != "new"), states


def test_store_killed_mid_write_validates_and_loads_again(versions: Versions, tmp_path: Path) -> None:
    """After a kill, ``validate`` passes and loading the plans not yet written gives exactly the new store."""
    store = tmp_path / "store"
    interrupted, found = kill_load_at(versions, store, "extract southwark", 0.0)
    assert interrupted
    checked = councilkg("validate", "--store", store)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    left = [file for file, plan in zip(versions.new_files, PLAN_IRIS, strict=True) if found[plan] == "old"]
    assert left
    again = councilkg("load", *left, "--store", store)
    assert again.returncode == 0, again.stderr
    assert without_times(snapshot(store)) == without_times(versions.new)


@pytest.mark.parametrize("delay", [0.5, 0.9, 1.3])
def test_appraisals_load_killed_leaves_the_private_graph_old_or_new(
    private_versions: PrivateVersions, tmp_path: Path, delay: float
) -> None:
    """Killed at any moment, ``appraisals load`` leaves the old objectives or the new ones, whole."""
    store = copy_store(private_versions.old_store, tmp_path / "store")
    process = start("appraisals", "load", private_versions.new_csv, "--store", store)
    time.sleep(delay)
    process.kill()
    state = snapshot(store)
    private = [g for g in private_versions.old if g.startswith(PRIVATE_GRAPH_PREFIX)]
    assert private
    for graph in private:
        assert state.get(graph) in (private_versions.old[graph], private_versions.new[graph]), graph
    public = {g: lines for g, lines in state.items() if not g.startswith(PRIVATE_GRAPH_PREFIX)}
    assert public == {g: s for g, s in private_versions.old.items() if not g.startswith(PRIVATE_GRAPH_PREFIX)}
    listed = councilkg("appraisals", "list", "--format", "json", "--store", store)
    assert listed.returncode == 0 and '"objectives": 10' in listed.stdout, listed.stdout + listed.stderr


@pytest.mark.parametrize("delay", [0.3, 0.6, 0.9])
def test_export_killed_leaves_the_old_file_or_the_whole_new_one(
    built_store_path: Path, tmp_path: Path, delay: float
) -> None:
    """``export -o`` killed mid-way never leaves a half-written file under the target's name."""
    whole = councilkg("export", "--store", built_store_path)
    assert whole.returncode == 0 and whole.stdout
    target = tmp_path / "plans.nq"
    target.write_text("previous export\n", encoding="utf-8")
    process = start("export", "-o", target, "--store", built_store_path)
    time.sleep(delay)
    process.kill()
    assert target.read_text(encoding="utf-8") in ("previous export\n", whole.stdout)
