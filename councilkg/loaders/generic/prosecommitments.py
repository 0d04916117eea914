"""The "We will …" sentences of the prose that leads into a plan's own "… we will:" list, or that
describes a heading whose own items the plan then lists.

"We will focus on early help services …" / "We will invest in good quality local … schools …" /
"Working with partners in 5 years we will:" / "- support our Children's Trust improvement journey":
when the plan then lists what it will do after a lead-in in the same voice, the paragraphs above the
list (under the same heading) were its narrative, not its actions: the list is. A list of actions led
by other words ("Key activity areas:") leaves the sentences above it read.

"Pillar 4: Healthier lives …" / "We will work to reduce health inequalities …" / "Priority outcomes"
/ its outcomes, or "Priority four: …" / "By 2020, we will spend …" / "Pledge 17" / …: when the items
the heading is served by are listed under it (after a lead-in naming priorities or outcomes, or
labelled one by one), the prose between the heading and them describes the heading.
"""

from __future__ import annotations

import re

from councilkg.loaders.generic.outlinelines import RULE_WE_WILL
from councilkg.loaders.model import Extraction

#: "Working with partners in 5 years we will:", "Our pledge sets out our commitment …, we will:".
WE_WILL_LEAD_IN = re.compile(r"\bwe\s+will\s*:\s*$", re.IGNORECASE)


def drop_prose_commitments(extraction: Extraction, lead_in: str) -> int:
    """Drop the "We will …" sentences read since the last priority or outcome heading when ``lead_in``
    is a "… we will:" lead-in; return how many were dropped.
    """
    if not WE_WILL_LEAD_IN.search(lead_in):
        return 0
    return _drop_since(extraction, _last_heading(extraction))


def drop_heading_description(extraction: Extraction) -> int:
    """Drop the "We will …" sentences read since the last priority or outcome heading, when the items
    that heading is served by are listed under it next; return how many were dropped. With no heading
    read yet the sentences are the plan's own, and are kept."""
    since = _last_heading(extraction)
    return _drop_since(extraction, since) if since else 0


def _last_heading(extraction: Extraction) -> int:
    headings = [item.source_line for item in extraction.priorities]
    headings += [item.source_line for item in extraction.outcomes]
    return max(headings, default=0)


def _drop_since(extraction: Extraction, since: int) -> int:
    kept = [
        action
        for action in extraction.actions
        if action.source_line <= since or action.reading is None or action.reading.rule != RULE_WE_WILL
    ]
    dropped = len(extraction.actions) - len(kept)
    extraction.actions[:] = kept
    return dropped
