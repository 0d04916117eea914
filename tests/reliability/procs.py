"""Real ``councilkg`` processes for the reliability tests: run, watch, kill, and snapshot a store.

A snapshot holds every graph of a store folder, the default graph and the hidden contribution
graphs included, as sets of N-Triples lines, so two states of a store compare exactly.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from councilkg.data import bundled_plans
from councilkg.ontology.graphs import (
    CONTRIBUTION_PREFIX,
    DERIVED_PREFIX,
    ONTOLOGY_GRAPH,
    PRIVATE_GRAPH_PREFIX,
    REFERENCE_GRAPH,
    contribution_graph,
    derived_scope,
)
from councilkg.ontology.vocab import ID
from councilkg.store.embedded import EmbeddedStore

CLI = (sys.executable, "-m", "councilkg")
"""The command line, run as its own process, as `python -m councilkg` runs it."""

PROGRESS_ENV = {"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1", "COLUMNS": "200"}
"""Makes rich draw the build's progress ("load FILE") on a pipe, so a test can see each stage."""

DEFAULT = ""
"""The snapshot key of the store's default graph (the merge of the public graphs)."""

Snapshot = dict[str, frozenset[str]]


def councilkg(
    *args: str | Path, env: Mapping[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Return the finished ``councilkg ARGS`` process, its output captured as text."""
    return subprocess.run(
        [*CLI, *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=timeout,
        check=False,
    )


@dataclass
class Watched:
    """A running ``councilkg`` process whose stderr is read as it comes, to act at a stage."""

    process: subprocess.Popen[bytes]
    stderr: bytearray = field(default_factory=bytearray)
    _changed: threading.Condition = field(default_factory=threading.Condition)
    _reader: threading.Thread | None = None

    def __post_init__(self) -> None:
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        stream = self.process.stderr
        assert stream is not None
        while chunk := os.read(stream.fileno(), 65536):
            with self._changed:
                self.stderr += chunk
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def wait_for(self, text: str, timeout: float = 60) -> bool:
        """Return True once ``text`` has appeared on stderr, False if the process ended or time ran out."""
        needle = text.encode()
        deadline = time.monotonic() + timeout
        with self._changed:
            while needle not in self.stderr:
                left = deadline - time.monotonic()
                if left <= 0 or (self._reader is not None and not self._reader.is_alive()):
                    return needle in self.stderr
                self._changed.wait(min(left, 0.05))
        return True

    def kill(self) -> bool:
        """SIGKILL the process; return True if it was still running (the kill interrupted it)."""
        running = self.process.poll() is None
        if running:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        if self._reader is not None:
            self._reader.join(timeout=10)
        return running

    def finish(self, timeout: float = 120) -> tuple[int, str]:
        """Return the exit code and stderr text once the process ends by itself."""
        code = self.process.wait(timeout=timeout)
        if self._reader is not None:
            self._reader.join(timeout=10)
        return code, self.stderr.decode(errors="replace")


def start(*args: str | Path, env: Mapping[str, str] | None = None, progress: bool = False) -> Watched:
    """Return a started ``councilkg ARGS`` process (with the progress display on a pipe if asked)."""
    extra = {**(PROGRESS_ENV if progress else {}), **(env or {})}
    process = subprocess.Popen(
        [*CLI, *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **extra},
    )
    return Watched(process)


def snapshot(store: Path) -> Snapshot:
    """Return every graph of the store folder (opened read-only) as a set of N-Triples lines."""
    reader = ox.Store.read_only(str(store))
    graphs: dict[str, set[str]] = {}
    for quad in reader.quads_for_pattern(None, None, None, None):
        name = DEFAULT if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name.value)
        graphs.setdefault(name, set()).add(f"{quad.subject} {quad.predicate} {quad.object} .")
    del reader
    return {name: frozenset(lines) for name, lines in graphs.items()}


def plan_graphs(state: Snapshot) -> list[str]:
    """Return the names of the plan graphs in a snapshot (neither derived, hidden nor private)."""
    special = {DEFAULT, str(REFERENCE_GRAPH), str(ONTOLOGY_GRAPH)}
    return sorted(
        name
        for name in state
        if name not in special
        and not name.startswith(CONTRIBUTION_PREFIX)
        and not name.startswith(PRIVATE_GRAPH_PREFIX)
        and not name.startswith(DERIVED_PREFIX)
    )


def analytics_graphs(state: Snapshot) -> set[str]:
    """Return the names of the plans' analytics graphs in a snapshot (``id:graph/derived/...``)."""
    return {name for name in state if name.startswith(DERIVED_PREFIX)}


def without_times(state: Snapshot) -> dict[str, frozenset[str] | None]:
    """Return a snapshot with its analytics graphs :func:`undated`, to compare two runs' stores."""
    return {
        name: undated(lines) if name.startswith(DERIVED_PREFIX) else lines for name, lines in state.items()
    }


def undated(lines: frozenset[str] | None) -> frozenset[str] | None:
    """Return an analytics graph's lines without the time it was computed at (which differs per run)."""
    return None if lines is None else frozenset(line for line in lines if "generatedAtTime" not in line)


def union(state: Snapshot, names: Iterable[str]) -> frozenset[str]:
    """Return the union of some graphs of a snapshot."""
    return frozenset().union(*(state.get(name, frozenset()) for name in names))


def plan_versions(state: Snapshot, old: Snapshot, new: Snapshot) -> dict[str, str]:
    """Return, for each plan, whether the store holds its ``"old"`` or ``"new"`` version, whole.

    Raises:
        AssertionError: a graph is neither version, a plan's contribution to the reference graph is
            of the other version than its graph, or the derived graphs (reference, default) are not
            exactly the merge of their sources.
    """
    analytics = analytics_graphs(state) | analytics_graphs(old) | analytics_graphs(new)
    expected = (set(old) | set(new)) - analytics
    assert set(state) - analytics == expected, sorted((set(state) - analytics) ^ expected)
    found: dict[str, str] = {}
    for plan in plan_graphs(old):
        share = str(contribution_graph(URIRef(plan)))
        if state[plan] == old[plan] and state.get(share) == old.get(share):
            found[plan] = "old"
        elif state[plan] == new[plan] and state.get(share) == new.get(share):
            found[plan] = "new"
        else:
            raise AssertionError(
                f"{plan} is half-written: {len(state[plan])} triples "
                f"(old {len(old[plan])}, new {len(new[plan])}); its contribution graph matches "
                f"old: {state.get(share) == old.get(share)}, new: {state.get(share) == new.get(share)}"
            )
    # A plan's write drops its authority's analytics and a load computes them again after its last
    # write: a killed load leaves them absent (the questions then compute); present, they are of a
    # plan in the store and, when its authority's plans are all of one version, that version's.
    for name in analytics_graphs(state):
        plan = str(ID) + name.removeprefix(DERIVED_PREFIX)
        assert plan in state, f"{name} outlived its plan"
        kin = {found[p] for p in found if derived_scope(p) == derived_scope(plan)}
        if len(kin) == 1:
            version = old if kin == {"old"} else new
            if name in version:
                assert undated(state[name]) == undated(version[name]), name
    fixed = [name for name in state if name.startswith(PRIVATE_GRAPH_PREFIX)]
    fixed += [str(ONTOLOGY_GRAPH), *(n for n in state if n.startswith(CONTRIBUTION_PREFIX + "shipped"))]
    for name in fixed:
        assert state[name] in (old.get(name), new.get(name)), name
    contributions = [name for name in state if name.startswith(CONTRIBUTION_PREFIX)]
    assert state[str(REFERENCE_GRAPH)] == union(state, contributions), "reference graph != its sources"
    public = [str(ONTOLOGY_GRAPH), str(REFERENCE_GRAPH), *plan_graphs(state)]
    assert state[DEFAULT] == union(state, public), "default graph != the merge of the public graphs"
    return found


def copy_store(source: Path, target: Path) -> Path:
    """Return ``target``, a fresh copy of the store folder ``source`` (an existing copy is replaced)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    return target


def bundled_files() -> list[Path]:
    """Return the bundled plan files in the order ``build`` loads them."""
    return [plan.path for plan in bundled_plans()]


def fingerprint(lines: Iterable[str]) -> str:
    """Return a short hash of a graph's N-Triples lines, independent of their order."""
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()[:16]


def view(store: Path) -> dict[str, str]:
    """Return the fingerprint of every graph a read-only open of ``store`` sees, and ``"derived"``:
    ``"ok"`` when its reference and default graphs are exactly the merge of their sources."""
    with EmbeddedStore.open(store, read_only=True) as reader:
        graphs: dict[str, set[str]] = {}
        for quad in reader.ox_store.quads_for_pattern(None, None, None, None):
            name = DEFAULT if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name.value)
            graphs.setdefault(name, set()).add(f"{quad.subject} {quad.predicate} {quad.object} .")
    state = {name: frozenset(lines) for name, lines in graphs.items()}
    contributions = [name for name in state if name.startswith(CONTRIBUTION_PREFIX)]
    public = [str(ONTOLOGY_GRAPH), str(REFERENCE_GRAPH), *plan_graphs(state)]
    derived = state.get(str(REFERENCE_GRAPH)) == union(state, contributions) and state.get(DEFAULT) == union(
        state, public
    )
    return {
        **{name: fingerprint(lines) for name, lines in state.items()},
        "derived": "ok" if derived else "BAD",
    }


def poll_main() -> None:
    """Print one JSON line per read-only view of the store ``argv[1]`` for ``argv[2]`` seconds:
    its graphs' fingerprints, or ``{"error": ...}`` when opening or reading failed."""
    store, seconds = Path(sys.argv[1]), float(sys.argv[2])
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            line: dict[str, str] = view(store)
        except Exception as error:
            line = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(line), flush=True)


POLL = (sys.executable, "-c", "from tests.reliability.procs import poll_main; poll_main()")
"""A reader process polling a store's graphs (run from the repository root)."""
