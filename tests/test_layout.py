"""The package's layout holds (``docs/architecture.md``): no import cycle between modules, none of the
arrows that must never exist, and ``click``/``rich`` only in the CLI.

Every module of ``councilkg`` is read with :mod:`ast` (nothing is imported), imports inside functions
and ``TYPE_CHECKING`` blocks included. A module's *room* is its first folder under ``councilkg/``
(``store``, ``build``, ``analysis``...) or, for a module at the top, its name (``cli``, ``errors``,
``files``, ``text``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parent.parent / "councilkg"
CLI_ROOMS = frozenset({"cli"})
"""Where ``click`` and ``rich`` may be imported: the CLI (``councilkg/cli/``)."""

FORBIDDEN: dict[str, frozenset[str]] = {
    "documents": frozenset({"store", "build", "analysis", "views", "server", "cli"}),
    "loaders": frozenset({"store", "build", "analysis", "views", "server", "cli"}),
    "store": frozenset({"build", "analysis", "loaders", "views", "cli"}),
    "analysis": frozenset({"build", "loaders"}),
    "build": frozenset({"analysis"}),
}
"""Room -> the rooms it must never import (reading knows no store; a store stores; reading the graph
never re-extracts; the build never reads analysis)."""

ONTOLOGY_MAY_USE = frozenset({"ontology", "errors", "text"})
"""The only rooms ``ontology/`` imports: itself and the leaves of errors and text helpers."""


def module_name(path: Path) -> str:
    """Return the dotted name of a module file under the package (a package's ``__init__`` is the package)."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    """Return every module of the package by dotted name."""
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


MODULES = modules()


def imported(name: str, path: Path) -> Iterator[str]:
    """Yield what a module imports: modules of the package (the most specific one named) and the
    top-level names of other packages."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield _resolve(alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                child = f"{base}.{alias.name}"
                yield child if child in MODULES else _resolve(base)


def _resolve(dotted: str) -> str:
    """Return the longest module of the package ``dotted`` names, or its top-level package name."""
    parts = dotted.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in MODULES:
            return candidate
    return parts[0]


def room(name: str) -> str:
    """Return a module's room: its first folder under ``councilkg/``, or its own name at the top.

    Example:
        >>> room("councilkg.store.embedded"), room("councilkg.cli"), room("councilkg")
        ('store', 'cli', 'councilkg')
    """
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def import_graph() -> nx.DiGraph:
    """Return the graph of imports between modules of the package (and of modules to other packages)."""
    graph = nx.DiGraph()
    for name, path in MODULES.items():
        graph.add_node(name)
        for target in imported(name, path):
            if target != name:
                graph.add_edge(name, target)
    return graph


GRAPH = import_graph()


def forbidden_arrows() -> set[tuple[str, str]]:
    """Return every (importer, imported) pair that breaks a rule of the layout."""
    arrows = set()
    for source, target in GRAPH.edges:
        external = target not in MODULES
        if external:
            if target in {"click", "rich"} and room(source) not in CLI_ROOMS:
                arrows.add((source, target))
            continue
        if room(target) in FORBIDDEN.get(room(source), ()):
            arrows.add((source, target))
        if room(source) == "ontology" and room(target) not in ONTOLOGY_MAY_USE:
            arrows.add((source, target))
    return arrows


def test_the_package_is_read() -> None:
    """The walk finds the rooms, so an empty result below means no arrow, not no module."""
    rooms = {room(name) for name in MODULES}
    assert {"store", "build", "analysis", "views", "ontology", "queries", "loaders", "cli"} <= rooms
    assert ("councilkg.store.location", "councilkg.store.embedded") in GRAPH.edges


def test_no_import_cycle() -> None:
    """No module imports, directly or through others, a module that imports it."""
    cycles = [sorted(c) for c in nx.strongly_connected_components(GRAPH.subgraph(MODULES)) if len(c) > 1]
    assert cycles == []


def test_no_forbidden_arrow() -> None:
    """None of the arrows LAYOUT.md forbids exists."""
    unexpected = sorted(forbidden_arrows())
    assert unexpected == [], "\n".join(f"{source} -> {target}" for source, target in unexpected)


def test_no_cycle_between_rooms() -> None:
    """No room imports, directly or through others, a room that imports it."""
    rooms = nx.DiGraph(
        (room(source), room(target))
        for source, target in GRAPH.edges
        if target in MODULES and room(source) != room(target)
    )
    assert [sorted(c) for c in nx.strongly_connected_components(rooms) if len(c) > 1] == []
