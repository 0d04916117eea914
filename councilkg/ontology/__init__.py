"""The councilkg ontology, SHACL shapes and reference data, shipped as package data."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

ONTOLOGY_FILE = "councilkg.ttl"
SHAPES_FILE = "shapes.ttl"


def ontology_path(name: str = ONTOLOGY_FILE) -> Path:
    """Return the filesystem path of a Turtle file shipped in ``councilkg/ontology/``.

    Args:
        name: file name relative to the ontology package, e.g. ``"shapes.ttl"`` or
            ``"reference/ecm.ttl"``.

    Returns:
        The path of the packaged file.
    """
    return Path(str(resources.files(__name__).joinpath(name)))


def reference_paths() -> list[Path]:
    """Return the Turtle files of reference data loaded into the reference graph, sorted by name."""
    folder = ontology_path("reference")
    return sorted(folder.glob("*.ttl"))
