"""A risk that minutes list by its name, then a colon and what was said of it: "· Delays
responding to Subject Access Requests: this reflected the impact the cyberattack in October 2020 had
…", "· Budget pressures: the overspend remained a concern, but …".

The item is the name. What follows the colon is a comment on it when it is a clause (five words or
more) starting in lower case; a title's own description ("Co-production: valuing the uniqueness of
all.", or a measure's definition after its short name) is left whole, as the rule applies only to the
risks a lead-in names.
"""

from __future__ import annotations

import re

#: "<name>: <a comment starting in lower case>"; the name holds no sentence's end.
_NAME_THEN_COMMENT = re.compile(r"^(?P<name>[^:.;!?]+?)\s*:\s+(?P<comment>[a-z][^:]*)$")
MAX_NAME_WORDS = 12
MIN_COMMENT_WORDS = 5


def name_before_comment(text: str) -> str | None:
    """Return the name a list item gives before a colon and a comment on it, else ``None``.

    Example:
        >>> name_before_comment("Budget pressures: the overspend remained a concern, but the override "
        ...                     "had been extended to March 2026.")
        'Budget pressures'
        >>> name_before_comment("Cyber - Risk of loss from cyber attack") is None
        True
        >>> name_before_comment("Safeguarding: see below") is None
        True
    """
    found = _NAME_THEN_COMMENT.match(text.strip())
    if found is None:
        return None
    name = found.group("name").strip()
    if not 2 <= len(name.split()) <= MAX_NAME_WORDS or not name[:1].isupper():
        return None
    if len(found.group("comment").split()) < MIN_COMMENT_WORDS:
        return None
    return name
