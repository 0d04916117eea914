"""Posts and people named in table rows: a report's "From:" line, its audit trail, its contacts.

A profile's ``[[posts]]`` rules are tried on every tab-separated row (its cells cleaned and joined by
tabs), first match first: a row a rule's ``match`` claims is read by its ``read`` pattern (default:
``match``), whose groups name a post (``post``, optionally ``unit``), a person (``name``), or a
person holding a post, described by the rule's ``description`` template. A post named again (its
title the same but for case, punctuation and "&") is the same post: it takes the holder and the
description it lacked, and another holder is warned about. A row claimed but not read is warned about.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence

from councilkg.loaders.generic.profile import PostRowRule, Profile, RowRule
from councilkg.loaders.model import Extraction, Owner, OwnerKind, OwnerRole, Post, Priority
from councilkg.loaders.parsing.owners import same_unit
from councilkg.text import clean_text, slugify


def read_post_rows(
    lines: Sequence[str],
    extraction: Extraction,
    rules: Sequence[PostRowRule],
    new_key: Callable[[str, int], str] | None = None,
) -> None:
    """Add the posts and people the rules find in the tab-separated ``lines`` to ``extraction``, and
    the priorities a rule's ``priorities`` finds beside a post (keyed by ``new_key(text, length)``, else
    by their slugs).

    Returns nothing.

    Example:
        >>> import re
        >>> from councilkg.loaders.model import PlanInfo
        >>> found = Extraction(plan=PlanInfo("x", "p", "P", "ServicePlan", 2010, 2013, 1), loader="t")
        >>> rules = (PostRowRule(re.compile(r"^From:?\\t+(?P<post>[^\\t]+)")),
        ...     PostRowRule(re.compile(r"^(?P<label>Report Author)\\t"),
        ...         re.compile(r"^(?P<label>[^\\t]+)\\t(?P<name>[^,\\t]+), (?P<post>[^\\t]+)"), "{label}"))
        >>> read_post_rows(["From:\\t\\tHead of Strategy", "", "Report Author\\tAnn Lee, Head of Strategy"],
        ...     found, rules)
        >>> [(post.title, post.source_line, post.holder, post.description) for post in found.posts]
        [('Head of Strategy', 1, 'Ann Lee', 'Report Author')]
        >>> found.people
        {'Ann Lee': 3}
    """
    if not rules:
        return
    known = {_post_key(post.title): index for index, post in enumerate(extraction.posts)}
    for number, raw in enumerate(lines, start=1):
        if "\t" not in raw:
            continue
        row = "\t".join(clean_text(cell) for cell in raw.split("\t"))
        rule = next((rule for rule in rules if rule.pattern.search(row)), None)
        if rule is None:
            continue
        match = (rule.read or rule.pattern).search(row)
        if match is None:
            shown = " | ".join(cell for cell in row.split("\t") if cell)
            wanted = rule.read.pattern if rule.read is not None else rule.pattern.pattern
            extraction.warn(number, f"row {shown!r} does not read as {wanted!r}")
            continue
        groups = {name: clean_text(value or "") for name, value in match.groupdict().items()}
        name, title = groups.get("name") or None, groups.get("post") or None
        if name and not title and name in extraction.people:
            extraction.place(number, "person")  # named again: the row is read, its person known
        if name:
            extraction.people.setdefault(name, number)
        if title:
            description = clean_text(rule.description.format_map(groups)) if rule.description else None
            unit = groups.get("unit") or None
            if unit and rule.known_unit:
                unit = known_unit(unit, extraction)
            holding = Post(title, number, unit=unit, holder=name, description=description or None)
            _add_post(extraction, known, holding)
            if rule.priorities is not None:
                # a list item is a bullet, printed or not (a PDF's list loses its "•")
                listed = "\t".join(clean_text(_BARE_ITEM.sub("<li>• ", cell)) for cell in raw.split("\t"))
                again = (rule.read or rule.pattern).search(listed)
                text = listed[again.end() :] if again else row[match.end() :]
                held = {**groups, "unit": unit or title}
                post_priorities(rule, text, held, number, extraction, new_key or (lambda t, n: slugify(t, n)))


def known_unit(named: str, extraction: Extraction) -> str:
    """Return the unit the plan names otherwise that ``named`` names (``same_unit``: "Inclusion and
    Standards" is "Standard and Inclusion"), when exactly one is; else ``named``.

    Example:
        >>> from councilkg.loaders.model import OrgUnit, PlanInfo
        >>> found = Extraction(plan=PlanInfo("x", "p", "P", "ServicePlan", 2007, 2010, 1), loader="t")
        >>> found.units += [OrgUnit("Standard and Inclusion", 5), OrgUnit("Resources", 6)]
        >>> known_unit("Inclusion and Standards", found), known_unit("Social Care", found)
        ('Standard and Inclusion', 'Social Care')
    """
    like = [unit.name for unit in extraction.units if same_unit(named, unit.name)]
    return like[0] if len(like) == 1 else named


_BARE_ITEM = re.compile(r"<li>(?!\s*[•·▪‣◦-])", re.IGNORECASE)


def post_priorities(
    rule: PostRowRule,
    text: str,
    groups: Mapping[str, str],
    line: int,
    extraction: Extraction,
    new_key: Callable[[str, int], str],
) -> None:
    """Add the priorities the rule's ``priorities`` pattern finds in ``text`` (a row after the post it
    names): each the responsibility of the row's post, of the rule's ``section``, its key the rule's
    ``key`` template filled with ``groups`` (the row's, ``unit`` the post's unit or title) and ``label``
    (default: the label); returns nothing."""
    assert rule.priorities is not None
    post = groups["post"]
    for found in rule.priorities.finditer(text):
        label = clean_text(found.groupdict().get("label") or found.group(0))
        if not label:
            continue
        base = rule.key.format_map({**groups, "label": label}) if rule.key else label
        owner = Owner(post, OwnerKind.POST, OwnerRole.RESPONSIBLE, post)
        priority = Priority(new_key(base, 60), label, line, owners=[owner], section=rule.section)
        extraction.priorities.append(priority)


def claimed_row(profile: Profile, raw: str) -> str | None:
    """Return what a tab-separated row with no header above it is read as when the profile claims it:
    what its first ``[[rows]]`` rule says, ``"ignored"`` (its ``ignore_rows`` pattern), ``"post"`` (a
    ``[[posts]]`` rule), else ``None``."""
    row = "\t".join(clean_text(cell) for cell in raw.split("\t"))
    read_as = next((rule.read_as for rule in profile.rows if rule.pattern.search(row)), None)
    if read_as is not None:
        return read_as
    if profile.ignore_rows is not None and profile.ignore_rows.search(row):
        return "ignored"
    return "post" if any(rule.pattern.search(row) for rule in profile.post_rows) else None


def read_claimed_row(
    rules: Sequence[RowRule],
    raw: str,
    line: int,
    extraction: Extraction,
    outcomes: Callable[[list[str], int, RowRule], None],
) -> bool:
    """Return True when one of ``rules`` (``[[rows]]`` rules read in tables too) claims the
    tab-separated row ``raw``, placed as it says; a rule with ``outcomes`` hands the row's cells after
    the first to ``outcomes`` (with the line and the rule)."""
    cells = [clean_text(cell) for cell in raw.split("\t")]
    rule = next((rule for rule in rules if rule.pattern.search("\t".join(cells))), None)
    if rule is None:
        return False
    extraction.place(line, rule.read_as)
    if rule.outcomes:
        outcomes([cell for cell in cells[1:] if cell], line, rule)
    return True


def claims_post(profile: Profile, raw: str) -> bool:
    """Return True when a ``[[posts]]`` rule of ``profile`` claims the tab-separated row ``raw``."""
    row = "\t".join(clean_text(cell) for cell in raw.split("\t"))
    return "\t" in raw and any(rule.pattern.search(row) for rule in profile.post_rows)


def _post_key(title: str) -> str:
    return slugify(title.replace("&", " and "))


def _add_post(extraction: Extraction, known: dict[str, int], holding: Post) -> None:
    """Add a post, or complete the one already named with a title that differs only in spelling."""
    key = _post_key(holding.title)
    if key not in known:
        known[key] = len(extraction.posts)
        extraction.posts.append(holding)
        return
    extraction.place(holding.source_line, "post")
    before = extraction.posts[known[key]]
    if holding.holder and before.holder and holding.holder != before.holder:
        extraction.warn(
            holding.source_line,
            f"post {holding.title!r} held by {holding.holder!r} here, {before.holder!r} before",
        )
        return
    extraction.posts[known[key]] = dataclasses.replace(
        before,
        holder=before.holder or holding.holder,
        description=before.description or holding.description,
        unit=before.unit or holding.unit,
    )
