"""A longer crash campaign than ``make test`` runs: ``python -m tests.reliability.campaign N``.

Builds the bundled store and the changed plans as the tests do, then kills ``councilkg load`` N
times at random stages and delays, checking every time that each plan is wholly old or new and the
derived graphs are consistent; prints the figures (kills injected, interrupted, survived).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.reliability.conftest import CHANGES, changed_copy
from tests.reliability.procs import bundled_files, copy_store, councilkg, plan_versions, snapshot, start


def main() -> None:
    """Run the campaign and print its figures; exits 1 if any kill left a store inconsistent."""
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        old_store, new_store = root / "old", root / "new"
        assert councilkg("build", "--store", old_store).returncode == 0
        (root / "files").mkdir()
        files = [changed_copy(f, root / "files" / f.name, CHANGES) for f in bundled_files()]
        copy_store(old_store, new_store)
        assert councilkg("load", *files, "--store", new_store).returncode == 0
        old, new = snapshot(old_store), snapshot(new_store)
        stages = [f"extract {files[-1].stem}"] + [f"load {f.stem}" for f in files]
        figures: Counter[str] = Counter()
        for _ in range(kills):
            store = copy_store(old_store, root / "victim")
            process = start("load", *files, "--store", store, progress=True)
            process.wait_for(rng.choice(stages))
            time.sleep(rng.uniform(0, 0.6))
            figures["injected"] += 1
            figures["interrupted"] += process.kill()
            try:
                found = plan_versions(snapshot(store), old, new)
            except AssertionError as error:
                figures["inconsistent"] += 1
                print("INCONSISTENT:", error)
                continue
            figures["survived"] += 1
            figures[f"{sum(v == 'new' for v in found.values())} of 4 plans new"] += 1
    for key, value in sorted(figures.items()):
        print(f"{key}: {value}")
    sys.exit(1 if figures["inconsistent"] else 0)


if __name__ == "__main__":
    main()
