"""Fixtures: the bundled store before and after loading changed copies of every plan, as snapshots."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from councilkg.data import example_appraisals
from tests.reliability.procs import Snapshot, bundled_files, copy_store, councilkg, snapshot

CHANGES = {"young people": "young persons", "Merlin Joseph": "Merlin Josephs"}
"""Edits that give every bundled plan a new version of the same plan IRI; the renamed person also
changes Lambeth 2020/21's share of the reference graph."""

PRIVATE_CHANGES = {"Sam Example": "Sam Changed", "Jo Sample": "Jo Altered"}


@dataclass(frozen=True)
class Versions:
    """A store folder holding the old plans, the changed plan files, and both states as snapshots."""

    old_store: Path
    new_files: tuple[Path, ...]
    old: Snapshot
    new: Snapshot


def changed_copy(source: Path, target: Path, changes: dict[str, str]) -> Path:
    """Return ``target``, a copy of ``source`` with each text of ``changes`` replaced."""
    text = source.read_text(encoding="utf-8")
    for old, new in changes.items():
        text = text.replace(old, new)
    target.write_text(text, encoding="utf-8")
    return target


def ok(*args: str | Path) -> str:
    """Return the stdout of a ``councilkg`` process that must succeed."""
    done = councilkg(*args)
    assert done.returncode == 0, (args, done.returncode, done.stderr)
    return done.stdout


@pytest.fixture(scope="session")
def versions(built_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Versions:
    """Return the bundled store (old) and its state after ``load``ing changed copies of every plan (new)."""
    folder = tmp_path_factory.mktemp("versions")
    (folder / "new").mkdir()
    new_files = tuple(changed_copy(f, folder / "new" / f.name, CHANGES) for f in bundled_files())
    new_store = copy_store(built_store_path, folder / "new-store")
    ok("load", *new_files, "--store", new_store)
    return Versions(built_store_path, new_files, snapshot(built_store_path), snapshot(new_store))


@dataclass(frozen=True)
class PrivateVersions:
    """A store with the example appraisals (old), a changed CSV, and the store after loading it (new)."""

    old_store: Path
    new_csv: Path
    old: Snapshot
    new: Snapshot


@pytest.fixture(scope="session")
def private_versions(built_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> PrivateVersions:
    """Return the bundled store with the example appraisals, and its state after a changed CSV."""
    folder = tmp_path_factory.mktemp("private-versions")
    old_store = copy_store(built_store_path, folder / "old-store")
    ok("appraisals", "load", example_appraisals(), "--store", old_store)
    new_csv = changed_copy(example_appraisals(), folder / "changed.csv", PRIVATE_CHANGES)
    new_store = copy_store(old_store, folder / "new-store")
    ok("appraisals", "load", new_csv, "--store", new_store)
    return PrivateVersions(old_store, new_csv, snapshot(old_store), snapshot(new_store))
