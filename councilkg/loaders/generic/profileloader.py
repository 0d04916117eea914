"""A layout profile registered as a loader: a bundled plan's layout, read by the engine.

A profile with a ``loader`` name and a ``[recognise]`` table is a loader like any other: it says how
sure it is that a document is in its layout (its title among the first lines, the words its text
must hold) and reads it with the generic engine. The bundled plans' layouts that the engine reads
with a profile are registered so (``councilkg/data/profiles/``), not written as Python.
"""

from __future__ import annotations

from pathlib import Path

from councilkg.documents.document import Document
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.generic.profilefile import read_profile
from councilkg.loaders.model import Extraction


class ProfileLoader:
    """Reads the layout one profile describes."""

    def __init__(self, profile: Profile) -> None:
        if profile.loader is None or profile.recognise is None:
            raise ValueError(f"profile {profile.name!r} names no loader or has no [recognise] table")
        self.profile = profile
        self.name = profile.loader
        self.description = profile.description

    @classmethod
    def from_file(cls, path: Path) -> ProfileLoader:
        """Return the loader of the profile in the TOML file at ``path``.

        Raises:
            LoaderError: the profile cannot be read (one line naming the file, key and value).
        """
        return cls(read_profile(path))

    def sniff(self, document: Document) -> float:
        """Return 1.0 when the document shows the profile's title and words, else 0.0."""
        assert self.profile.recognise is not None
        return self.profile.recognise.score(document.lines, document.text)

    def load(self, document: Document) -> Extraction:
        """Return what the engine reads from the plan with this profile.

        Raises:
            UnknownLayoutError: the plan states no item the profile's rules find.
        """
        return load_with_profile(document, self.profile)
