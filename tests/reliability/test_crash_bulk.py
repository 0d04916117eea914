"""Crash safety of a bulk build: ``councilkg load`` into a new store, SIGKILLed while it extracts,
queues or bulk-loads the plans, leaves the store empty or whole, never part-written; the folder it
was building beside the store is deleted by the next build, which gives the whole store. (Queueing
is too quick for the progress display to show each plan's "load": kills are timed from the last
extraction.)"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from councilkg.store.bulk import BUILDING
from tests.reliability.conftest import Versions
from tests.reliability.procs import bundled_files, councilkg, snapshot, start, without_times

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

PLAN_NAMES = [path.stem for path in bundled_files()]


@pytest.mark.parametrize(
    "stage, delay, surely_before_the_end",
    [
        (f"extract {PLAN_NAMES[1]}", 0.0, True),
        (f"extract {PLAN_NAMES[3]}", 0.0, False),
        (f"extract {PLAN_NAMES[3]}", 0.3, False),
        (f"extract {PLAN_NAMES[3]}", 0.6, False),
        (f"extract {PLAN_NAMES[3]}", 1.0, False),
        (f"extract {PLAN_NAMES[3]}", 1.5, False),
    ],
)
def test_bulk_build_killed_leaves_the_store_empty_or_whole(
    versions: Versions, tmp_path: Path, stage: str, delay: float, surely_before_the_end: bool
) -> None:
    """Killed at any stage, the new store holds nothing or every plan; loading again completes it."""
    store = tmp_path / "store"
    process = start("load", *versions.new_files, "--store", store, progress=True)
    assert process.wait_for(stage), process.stderr.decode(errors="replace")
    time.sleep(delay)
    interrupted = process.kill()
    state = without_times(snapshot(store))
    assert state in ({}, without_times(versions.new))
    if surely_before_the_end:
        assert interrupted and state == {}
        assert [p.name for p in tmp_path.iterdir() if BUILDING in p.name]  # the killed build's folder
    again = councilkg("load", *versions.new_files, "--store", store)
    assert again.returncode == 0, again.stderr
    assert without_times(snapshot(store)) == without_times(versions.new)
    assert [p.name for p in tmp_path.iterdir() if BUILDING in p.name] == []
