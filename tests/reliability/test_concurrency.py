"""Concurrency: two writers on one store, and readers while a writer replaces plans (real processes).

A second writer fails at once with one ``Error: store ... is in use`` line and exit code 2 (it does
not wait); readers open read-only while the writer holds the store and always see whole graphs:
each graph is the old or the new version, and the derived graphs are the merge of their sources.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest
from rdflib import URIRef

from councilkg.ontology.graphs import DERIVED_PREFIX, REFERENCE_GRAPH, contribution_graph
from tests.reliability.conftest import Versions
from tests.reliability.procs import (
    CLI,
    DEFAULT,
    POLL,
    bundled_files,
    copy_store,
    councilkg,
    fingerprint,
    plan_graphs,
    plan_versions,
    snapshot,
    start,
    without_times,
)

ROOT = Path(__file__).resolve().parents[2]
IN_USE = "is in use by another councilkg process"

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_two_loads_at_once_one_fails_with_store_in_use(versions: Versions, tmp_path: Path) -> None:
    """Two ``load`` processes started together: one writes, the other exits 2 with one clear line."""
    store = copy_store(versions.old_store, tmp_path / "store")
    new = start("load", *versions.new_files, "--store", store)
    old = start("load", *bundled_files(), "--store", store)
    (new_code, new_err), (old_code, old_err) = new.finish(), old.finish()
    outcomes = {"new": (new_code, new_err), "old": (old_code, old_err)}
    winners = [name for name, (code, _) in outcomes.items() if code == 0]
    assert winners, outcomes
    for code, stderr in (outcome for outcome in outcomes.values() if outcome[0] != 0):
        assert code == 2, stderr
        lines = stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: store ") and IN_USE in lines[0], lines
    found = plan_versions(snapshot(store), versions.old, versions.new)
    if len(winners) == 1:  # the loser wrote nothing: the store is the winner's, whole
        assert set(found.values()) == set(winners), (found, winners)


def test_writer_gets_in_use_while_another_build_runs(versions: Versions, tmp_path: Path) -> None:
    """A ``build`` started while a ``load`` is writing fails fast; the running load finishes its work."""
    store = copy_store(versions.old_store, tmp_path / "store")
    first = start("load", *versions.new_files, "--store", store, progress=True)
    assert first.wait_for("extract")
    second = councilkg("build", "--store", store, timeout=60)
    assert second.returncode == 2
    assert second.stderr.count("\n") == 1 and IN_USE in second.stderr, second.stderr
    code, stderr = first.finish()
    assert code == 0, stderr
    assert without_times(snapshot(store)) == without_times(versions.new)


def test_readers_during_a_build_see_whole_graphs(versions: Versions, tmp_path: Path) -> None:
    """Read-only views polled throughout a load of new versions see every graph old or new, and
    the derived graphs consistent; ``councilkg stats`` and ``plans`` run meanwhile all succeed."""
    store = copy_store(versions.old_store, tmp_path / "store")
    # Sources are whole versions; the derived graphs are checked against them by the reader itself.
    derived = {DEFAULT, str(REFERENCE_GRAPH)}
    old = {graph: fingerprint(lines) for graph, lines in versions.old.items() if graph not in derived}
    new = {graph: fingerprint(lines) for graph, lines in versions.new.items() if graph not in derived}
    poller = subprocess.Popen(
        [*POLL, str(store), "30"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        time.sleep(0.5)
        writer = subprocess.Popen(
            [*CLI, "load", *map(str, versions.new_files), "--store", str(store)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        cli_reads = []
        while writer.poll() is None:
            cli_reads.append(councilkg("stats", "--format", "json", "--store", store))
        assert writer.wait() == 0
        time.sleep(0.5)
    finally:
        poller.terminate()
        out, err = poller.communicate(timeout=30)
    views = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    errors = [v["error"] for v in views if "error" in v]
    assert not errors, errors[:3]
    assert len(views) >= 5, (len(views), err)
    for seen in views:
        assert seen.pop("derived") == "ok"
        for name in [name for name in seen if name.startswith(DERIVED_PREFIX)]:  # plans' analytics
            del seen[name]
        assert set(seen) == set(old) | derived
        for plan in plan_graphs(versions.old):
            share = str(contribution_graph(URIRef(plan)))
            pair = (seen[plan], seen[share])
            assert pair in {(old[plan], old[share]), (new[plan], new[share])}, plan
        for graph in set(old) - derived:
            assert seen[graph] in {old[graph], new[graph]}, graph
    lambeth = next(g for g in plan_graphs(versions.old) if g.endswith("/lambeth/cyps-service-plan-2007-10"))
    assert {seen[lambeth] for seen in views} == {old[lambeth], new[lambeth]}, "no reader saw both versions"
    assert cli_reads and all(r.returncode == 0 and r.stderr == "" for r in cli_reads), cli_reads[:1]
    counts = {len(versions.old[lambeth]), len(versions.new[lambeth])}
    for read in cli_reads:
        graphs = {row["graph"]: row["triples"] for row in json.loads(read.stdout)["graphs"]}
        assert graphs[lambeth] in counts
