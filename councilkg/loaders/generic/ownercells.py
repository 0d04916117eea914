"""Owner cells as a profile says they are written: its separators, aliases, "Name, Post" spelling and
owner kinds, (``[owners] cut_posts``) a post's title cut short by its cell ("Head of Safeguarding
and Vulnerable") read as the post the plan names in full, and (``[owners] post_head``) titles written
"<head> <unit>" read as the plan's post of that head and unit."""

from __future__ import annotations

import re
from collections.abc import Callable

from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.model import Action, Extraction, Owner, OwnerKind, OwnerRole, Post
from councilkg.loaders.parsing.owners import classify_owner, read_owner_cell, same_unit
from councilkg.text import clean_text


class OwnerCells:
    """Reads the owner cells of one plan with a profile's owner rules, recording people and posts."""

    def __init__(self, profile: Profile, extraction: Extraction) -> None:
        self.profile = profile
        self.extraction = extraction
        self.resolved: dict[str, str] = {}  # a headed title and the plan's post it names (warned once)
        self.read_as: dict[int, list[str]] = {}  # a line and the headed titles warned read as a post there

    def __call__(self, cell: str, role: OwnerRole, line: int) -> list[Owner]:
        """Return the owners ``cell`` names, each in ``role``; people and posts held are recorded."""
        rules = self.profile.owners
        text = clean_text(cell)
        heads: list[str] = []  # the post head ("Divisional Director") named last in the cell

        def read_as(name: str) -> list[Owner] | None:
            headed = self._headed(name, heads, line)
            if headed is not None:
                return [Owner(headed, OwnerKind.POST, role, text)]
            return self._name_post(name, role, text, line)

        owners, _ = read_owner_cell(
            text,
            role,
            separators=rules.separators,
            expand=rules.expand,
            name_of=(lambda name: self._post_title(name, line)) if rules.cut_posts else (lambda name: name),
            read_as=read_as,
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

    def _headed(self, name: str, heads: list[str], line: int) -> str | None:
        """Return the post a name starting with the profile's ``post_head`` names, written "<head>,
        <unit>" ("Divisional Director. Resources", "Divisional Director Resources"), or a unit named
        after such a post in the same cell takes its head ("…/Inclusion and Standards"); the post the
        plan names for the same unit under the same head (``same_unit``, one only) when there is one
        (warned); a title naming none of the plan's posts of that head is a post of its own (warned);
        ``None`` for other names, or without ``post_head``."""
        pattern = self.profile.owners.post_head
        if pattern is None:
            return None
        match = pattern.match(name)
        if match is not None:
            heads[:] = [match.group(0)]
            unit = name[match.end() :].strip(" .,:;")
        elif heads and self.kind(name) is OwnerKind.UNIT:
            unit = name
        else:
            return None
        title = f"{heads[0]}, {unit}" if unit else heads[0]
        if title in self.resolved:
            return self.resolved[title]
        known = [
            post.title
            for post in self.extraction.posts
            if (parts := post.title.split(",", 1))
            and len(parts) == 2
            and parts[0].strip().casefold() == heads[0].casefold()
            and same_unit(unit, parts[1].strip())
        ]
        not_known, read_as = self.profile.owners.post_warnings()
        headed = [post for post in self.extraction.posts if post.title.startswith(f"{heads[0]},")]
        if not known and headed:  # the plan names its posts of this head, but not this one: its own post
            self.extraction.posts.append(Post(title, line))
            self.extraction.warn(line, f"post {title!r} {not_known}")
        if title in known or len(set(known)) != 1:
            self.resolved[title] = title
        else:
            self.resolved[title] = known[0]
            self.extraction.warn(line, f"post {title!r} {read_as} {known[0]!r}")
            self.read_as.setdefault(line, []).append(title)
        return self.resolved[title]

    def retracting(self, reread: Callable[[Action, str], None]) -> Callable[[Action, str], None]:
        """Return ``reread`` (an action's owner cell read again with the rest of an owner a page break
        split) withdrawing first the warnings on titles its first reading read as one of the plan's
        posts: read whole, the owner may be that post itself ("Divisional Director, Inclusion" / "and
        Standards"); a title still in the cell is warned again."""

        def again(action: Action, more: str) -> None:
            titles = self.read_as.pop(action.source_line, [])
            for title in titles:
                self.resolved.pop(title, None)
            wanted = {f"post {title!r} " for title in titles}
            self.extraction.warnings[:] = [
                w
                for w in self.extraction.warnings
                if w.line != action.source_line or not any(w.message.startswith(t) for t in wanted)
            ]
            reread(action, more)

        return again

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
