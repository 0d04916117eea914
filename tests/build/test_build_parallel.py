"""Many files extract in worker processes: the same store as one at a time, and the same errors."""

from __future__ import annotations

from pathlib import Path

import pytest

import councilkg.build.plans as build_module
from councilkg.build.plans import PARALLEL_FROM, build
from councilkg.data import bundled_plans
from councilkg.errors import LoaderError
from councilkg.loaders.parsing.identity import PlanIdentity
from councilkg.store.embedded import EmbeddedStore

COUNCILS = ("Rutland", "Halton", "Slough")


def _corpus(folder: Path) -> dict[Path, PlanIdentity]:
    """Return PARALLEL_FROM or more plan files: each bundled plan again under several councils."""
    identities: dict[Path, PlanIdentity] = {}
    for council in COUNCILS:
        for plan in bundled_plans():
            copy = folder / f"{council.lower()}-{plan.path.name}"
            copy.write_bytes(plan.path.read_bytes())
            identities[copy] = PlanIdentity(council=council)
    assert len(identities) >= PARALLEL_FROM
    return identities


def test_parallel_build_equals_sequential(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    identities = _corpus(tmp_path)
    with EmbeddedStore.open(":memory:") as store:
        results = build(store, list(identities), identities=identities)
        parallel = store.export("nquads")
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 10_000)
    with EmbeddedStore.open(":memory:") as store:
        sequential_results = build(store, list(identities), identities=identities)
        sequential = store.export("nquads")
    assert parallel == sequential
    assert [(r.file, r.plan, r.counts, r.triples) for r in results] == [
        (r.file, r.plan, r.counts, r.triples) for r in sequential_results
    ]
    assert len({r.plan for r in results}) == len(identities)


def test_parallel_build_error_names_the_file(tmp_path: Path) -> None:
    identities = _corpus(tmp_path)
    broken = next(path for path in identities if "lambeth-childrens" in path.name)
    broken.write_text("not a plan\n", encoding="utf-8")
    with EmbeddedStore.open(":memory:") as store:
        with pytest.raises(LoaderError) as caught:
            build(store, list(identities), identities=identities)
        assert caught.value.file == str(broken)
        assert store.graphs() == []
