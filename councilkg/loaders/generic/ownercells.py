"""Owner cells as a profile says they are written: its separators, aliases, "Name, Post" spelling and
owner kinds, and (``[owners] cut_posts``) a post's title cut short by its cell ("Head of Safeguarding
and Vulnerable") read as the post the plan names in full."""

from __future__ import annotations

import re

from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.model import Extraction, Owner, OwnerKind, OwnerRole, Post
from councilkg.loaders.parsing.owners import classify_owner, read_owner_cell
from councilkg.text import clean_text


class OwnerCells:
    """Reads the owner cells of one plan with a profile's owner rules, recording people and posts."""

    def __init__(self, profile: Profile, extraction: Extraction) -> None:
        self.profile = profile
        self.extraction = extraction

    def __call__(self, cell: str, role: OwnerRole, line: int) -> list[Owner]:
        """Return the owners ``cell`` names, each in ``role``; people and posts held are recorded."""
        rules = self.profile.owners
        text = clean_text(cell)
        owners, _ = read_owner_cell(
            text,
            role,
            separators=rules.separators,
            expand=rules.expand,
            name_of=(lambda name: self._post_title(name, line)) if rules.cut_posts else (lambda name: name),
            read_as=lambda name: self._name_post(name, role, text, line),
            kind_of=self.kind,
            on_person=lambda name: self.extraction.people.setdefault(name, line),
        )
        return owners

    def kind(self, name: str) -> OwnerKind:
        """Return the kind of owner ``name`` is: as the profile's owner patterns say, else as judged."""
        return self.profile.owners.kind_of(name) or classify_owner(name)

    def _name_post(self, name: str, role: OwnerRole, text: str, line: int) -> list[Owner] | None:
        """Return the person a "Name, Post" owner names, recording the post held; ``None`` for others."""
        pattern = self.profile.owners.name_post
        match = pattern.search(name) if pattern else None
        if match is None:
            return None
        head, tail = clean_text(match.group("name")), clean_text(match.group("post"))
        if self.kind(head) is not OwnerKind.PERSON or self.kind(tail) is not OwnerKind.POST:
            return None
        self.extraction.people.setdefault(head, line)
        if not any(post.title == tail and post.holder == head for post in self.extraction.posts):
            self.extraction.posts.append(Post(tail, line, holder=head))
        return [Owner(head, OwnerKind.PERSON, role, text)]

    def _post_title(self, name: str, line: int) -> str:
        """Return the title of the post the plan names that ``name`` spells (ignoring case, "&" and an
        "Interim" before it), or starts when cut short (three words or more, one post only: warned);
        else ``name``."""
        titles = {_normal_title(post.title): post.title for post in self.extraction.posts}
        normal = _normal_title(re.sub(r"^Interim\s+", "", name))
        if normal in titles:
            return titles[normal]
        starts = [title for key, title in titles.items() if key.startswith(normal + " ")]
        if len(starts) == 1 and len(normal.split()) >= 3:
            self.extraction.warn(line, f"owner {name!r} read as the post {starts[0]!r}")
            return starts[0]
        return name


def _normal_title(title: str) -> str:
    return re.sub(r"\s+", " ", title.replace("&", "and").replace("’", "'")).strip().casefold()
