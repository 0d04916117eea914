"""A plan's one "We will …" sentence, when nothing else in it was read, is its narrative.

"We drive forward effective partnerships …" / "We will maintain a commitment to high standards …" /
"We allocate the Council's budget wisely …": a plan that states its commitments as "We will …"
sentences states several of them; one such sentence in a text where no priority, outcome, list or
measure was read is a vision's, a foreword's or an introduction's, and reading it as the plan's one
action makes a plan out of narrative. The text is then refused ("no plan items found"), as one with
no such sentence is.
"""

from __future__ import annotations

from councilkg.loaders.generic.outlinelines import RULE_WE_WILL
from councilkg.loaders.model import Extraction


def drop_lone_commitment(extraction: Extraction) -> bool:
    """Drop the one action read from a "We will …" sentence when it is the only item of
    ``extraction`` (its line placed as narrative); return True when it was dropped."""
    actions = extraction.actions
    if len(actions) != 1 or actions[0].reading is None or actions[0].reading.rule != RULE_WE_WILL:
        return False
    others = (
        extraction.priorities,
        extraction.outcomes,
        extraction.indicators,
        extraction.risks,
        extraction.budget_lines,
        extraction.savings,
        extraction.contracts,
    )
    if any(others):
        return False
    line = actions[0].source_line
    actions.clear()
    extraction.place(line, "narrative")
    return True
