"""A sentence that leads into a list of something other than the plan's items ends the list in force.

"Ambitions and Priorities" / "… Hull must make the most of its unique identity and strengths –" /
"• its location – …": the heading named priorities, but the sentence right above the bullets leads
into a list of its own (strengths), naming no kind of item; "Outcomes delivered:" / "… However, much
has been achieved:" / what was done. The bullets are the sentence's list, not the heading's. So are
the bullets under a heading naming the plan's values ("Our Values" / "• Equality - challenge …").
"""

from __future__ import annotations

import re

from councilkg.documents.listmarks import BULLET, NUMBER
from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.outlinelines import ACTION_LEAD_IN, MEASURE_LEAD_IN

#: The list kinds a heading or lead-in puts in force that such a sentence ends.
ITEM_LISTS = frozenset({"priority-list", "outcome-list", "priority", "outcome"})
#: A sentence, not a title ("Empowering and Caring:" heads its own description).
MIN_SENTENCE_WORDS = 7
_LEADS_ON = re.compile(r"(?:[:–—]|\s-)\s*$")
#: "Our Values", "Core Values", "Our guiding principles": a heading over the plan's values, which are
#: none of its items (a priority's heading above them or not).
_VALUES_HEADING = re.compile(
    r"^(?:(?:our|core|key|shared|guiding)\s+){0,2}(?:values|principles|behaviours)"
    r"(?:\s+(?:and|&)\s+(?:values|principles|behaviours))?\s*:?$",
    re.IGNORECASE,
)


def leads_into_other_list(text: str) -> bool:
    """Return whether ``text`` is a sentence ending with a colon or a dash that names no kind of item,
    or a heading naming the plan's values or principles (so the list after it is of something else)."""
    if _VALUES_HEADING.match(text):
        return True
    return (
        len(text.split()) >= MIN_SENTENCE_WORDS
        and _LEADS_ON.search(text) is not None
        and not BULLET.match(text)
        and not NUMBER.match(text)
        and lead_in_kind(text) is None
        and not ACTION_LEAD_IN.match(text)
        and not MEASURE_LEAD_IN.match(text)
    )
