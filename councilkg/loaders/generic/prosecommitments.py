"""The "We will …" sentences of the prose that leads into a plan's own "… we will:" list.

"We will focus on early help services …" / "We will invest in good quality local … schools …" /
"Working with partners in 5 years we will:" / "- support our Children's Trust improvement journey":
when the plan then lists what it will do after a lead-in in the same voice, the paragraphs above the
list (under the same heading) were its narrative, not its actions: the list is. A list led by other
words ("Key activity areas:") leaves the sentences above it read.
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
    headings = [item.source_line for item in extraction.priorities]
    headings += [item.source_line for item in extraction.outcomes]
    since = max(headings, default=0)
    kept = [
        action
        for action in extraction.actions
        if action.source_line <= since or action.reading is None or action.reading.rule != RULE_WE_WILL
    ]
    dropped = len(extraction.actions) - len(kept)
    extraction.actions[:] = kept
    return dropped
