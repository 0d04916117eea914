"""Loaders turn a plan's text into an :class:`~councilkg.loaders.model.Extraction`.

Loaders are registered by name in one table (like rdflib's plugin registry) and imported only
when used. Each has the same contract: ``sniff(document) -> float`` says how sure it is that
the document is in its layout (0 to 1), ``load(document) -> Extraction`` extracts it.
Third-party loaders register through the ``councilkg.loaders`` entry-point group.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Protocol

from councilkg.documents.document import Document
from councilkg.errors import CouncilKGError, UnknownLayoutError
from councilkg.loaders.model import Extraction

SNIFF_THRESHOLD = 0.5
ENTRY_POINT_GROUP = "councilkg.loaders"


class Loader(Protocol):
    """What every loader provides."""

    name: str
    description: str

    def sniff(self, document: Document) -> float:
        """Return how sure the loader is that it reads this layout, from 0 to 1."""
        ...  # pragma: no cover

    def load(self, document: Document) -> Extraction:
        """Return what the loader extracted from the document."""
        ...  # pragma: no cover


@dataclass(frozen=True)
class LoaderEntry:
    """A registered loader: where to import it from, or the bundled profile it reads with."""

    name: str
    module_path: str
    class_name: str
    profile: str | None = None  # a file in councilkg/data/profiles/: the engine reads with it


_REGISTRY: dict[str, LoaderEntry] = {}
_INSTANCES: dict[str, Loader] = {}


def register(name: str, module_path: str, class_name: str) -> None:
    """Register the loader class ``module_path:class_name`` under ``name``; returns nothing."""
    _REGISTRY[name] = LoaderEntry(name, module_path, class_name)
    _INSTANCES.pop(name, None)


def loader_names() -> list[str]:
    """Return the names of all registered loaders, built-in and from entry points, sorted."""
    _load_entry_points()
    return sorted(_REGISTRY)


def get_loader(name: str) -> Loader:
    """Return the loader registered as ``name``.

    Raises:
        CouncilKGError: no loader has that name (the message lists the registered names).
    """
    _load_entry_points()
    if name not in _REGISTRY:
        known = ", ".join(sorted(_REGISTRY))
        raise CouncilKGError(f"no loader named {name!r}; registered loaders: {known}")
    if name not in _INSTANCES:
        entry = _REGISTRY[name]
        module = importlib.import_module(entry.module_path)
        if entry.profile is not None:
            _INSTANCES[name] = module.ProfileLoader.from_file(_PROFILES / entry.profile)
        else:
            _INSTANCES[name] = getattr(module, entry.class_name)()
    return _INSTANCES[name]


def find_loader(document: Document) -> Loader:
    """Return the registered loader most sure it reads ``document``.

    Loaders marked ``fallback`` (the generic loader) are asked only when no other loader scores at
    least ``SNIFF_THRESHOLD``; the first that gives the document a score above 0 reads it.

    Raises:
        UnknownLayoutError: no loader scores at least ``SNIFF_THRESHOLD`` and no fallback reads it.
    """
    loaders = [get_loader(name) for name in loader_names()]
    fallbacks = [loader for loader in loaders if getattr(loader, "fallback", False)]
    specific = [loader for loader in loaders if not getattr(loader, "fallback", False)]
    scored = sorted(((loader.sniff(document), loader.name) for loader in specific), reverse=True)
    if scored and scored[0][0] >= SNIFF_THRESHOLD:
        return get_loader(scored[0][1])
    for loader in fallbacks:
        if loader.sniff(document) > 0:
            return loader
    raise UnknownLayoutError(
        document.path,
        "no loader recognises this plan's layout",
        hint=f"registered loaders: {', '.join(loader_names())}; the generic loader found no table "
        "with a header row it reads",
    )


_entry_points_loaded = False


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    for point in entry_points(group=ENTRY_POINT_GROUP):
        module_path, _, class_name = point.value.partition(":")
        _REGISTRY.setdefault(point.name, LoaderEntry(point.name, module_path, class_name))


#: The bundled layout profiles, each a loader the engine reads with.
_PROFILES = Path(__file__).resolve().parent.parent / "data" / "profiles"
#: The loaders that ship with councilkg as profiles: (name, profile file).
_BUILT_IN_PROFILES = (
    ("herefordshire-directorate-2009", "herefordshire-cyp-directorate-plan-2009-11.toml"),
    ("lambeth-directorate-2020", "lambeth-childrens-directorate-plan-2020-21.toml"),
    ("lambeth-service-plan-2007", "lambeth-cyps-service-plan-2007-10.toml"),
    ("southwark-cypp-2010", "southwark-cypp-2010-13.toml"),
)
#: The loaders that ship with councilkg as Python: (name, module in this package, class).
_BUILT_IN = (("generic", "generic.engine", "GenericLoader"),)
for _name, _module, _class in _BUILT_IN:
    register(_name, f"{__name__}.{_module}", _class)
for _name, _file in _BUILT_IN_PROFILES:
    _REGISTRY[_name] = LoaderEntry(_name, f"{__name__}.generic.profileloader", "ProfileLoader", _file)
