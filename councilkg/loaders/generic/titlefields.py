"""A form's field giving an item's title under the name of its kind: "Priority Title: Improve Health
and Safety", "Risk Title 1. Council Budget/Financial Sustainability".

A plan printed as a form (a commissioning plan's cover sheet, a risk register generated record by
record) loses its boxes in the text: each field is a line, its name before its value ("Priority
Lead: …", "Risk Owner …"). The field naming a kind's title is that item, whatever the other fields
say; its value is the label, a number before it the item's reference. Other fields (a lead, a
description, a score) and a title field whose value is printed elsewhere give nothing.

A string test of one line.
"""

from __future__ import annotations

import re

#: The kind of item each kind's name in a title field gives.
KINDS = {
    "priority": "priority",
    "objective": "priority",
    "theme": "priority",
    "aim": "priority",
    "outcome": "outcome",
    "action": "action",
    "project": "action",
    "indicator": "indicator",
    "measure": "indicator",
    "risk": "risk",
}
#: "Priority Title: …", "Risk Title 1. …" (no colon when a number follows), "Project Name: …".
_TITLE_FIELD = re.compile(
    r"^(?P<kind>" + "|".join(KINDS) + r")\s+(?:title|name)\s*(?::\s*|(?=\d))"
    r"(?:(?P<ref>\d{1,2}(?:\.\d{1,2}){0,2})[.)]?\s+)?(?P<label>[^\s:].*)$",
    re.IGNORECASE,
)
RULE_TITLE_FIELD = "form's title field naming its kind"
#: A title is a phrase, not a paragraph.
MAX_TITLE_WORDS = 20


def title_field(text: str) -> tuple[str, str | None, str] | None:
    """Return the kind, reference and label of an item a form's title field gives, else ``None``.

    Example:
        >>> title_field("Priority Title: Improve Health and Safety")
        ('priority', None, 'Improve Health and Safety')
        >>> title_field("Risk Title 1. Council Budget/Financial Sustainability")
        ('risk', '1', 'Council Budget/Financial Sustainability')
        >>> title_field("Priority Title:"), title_field("Priority Lead: Susie Waller")
        (None, None)
        >>> title_field("Risk title of the plan is low"), title_field("Risk Title: Risk Owner:")
        (None, None)
    """
    found = _TITLE_FIELD.match(text.strip())
    if found is None:
        return None
    label = " ".join(found.group("label").split()).rstrip(".")
    if not label or len(label.split()) > MAX_TITLE_WORDS or ":" in label:
        return None  # a paragraph, or a blank form's next field ("Risk Title: Risk Owner:")
    return KINDS[found.group("kind").casefold()], found.group("ref"), label
