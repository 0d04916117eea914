"""Lines naming a plan's vision, ambition, mission, values or goal: the "We will …" prose under one
states what the plan hopes for, not what it will do.

"Our vision" / "Through working together we will make Cheshire East a great place to be young. We
will make our families … strong …", "Our ambition for the borough is … / We will Protect, care and
invest to create a better borough.", "Our goal for 2040 - All babies … will be safe, healthy and happy.
We will invest in the next generation …": the sentences after a line that names the statement, up to
the plan's first priority or outcome after it, are the statement's words. The "We will …" sentences
under a priority or outcome read after that line are its actions again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from councilkg.loaders.model import Extraction, Outcome, Priority

#: "Our vision", "Vision", "Our shared vision for …", "Our ambition for the borough is …", "Our goal for
#: 2040 - …", "Our aspiration and vision for our community is that …", "Our values": the line opens by
#: naming the statement. "Goal 1: …" or "Ambition 2" is a labelled priority, and "Our ambitions" may
#: head the plan's list of them: no statement.
STATEMENT = re.compile(
    r"^(?:(?:our|the)\s+(?:\w+\s+)?)?"
    r"(?:vision|ambition|aspiration|mission|values|goal)\b(?!\s*\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class StatementSpan:
    """Where a statement stands: how many priorities and outcomes were read, and which were in force,
    when the line naming it was read."""

    items: int
    priority: Priority | None
    outcome: Outcome | None

    def goes_on(self, extraction: Extraction, priority: Priority | None, outcome: Outcome | None) -> bool:
        """Return whether the statement's span goes on: no priority or outcome was read since."""
        return (
            self.items == len(extraction.priorities) + len(extraction.outcomes)
            and self.priority is priority
            and self.outcome is outcome
        )


def statement_span(
    text: str, extraction: Extraction, priority: Priority | None, outcome: Outcome | None
) -> StatementSpan | None:
    """Return the span a line naming a statement opens, or None when ``text`` names none."""
    if not STATEMENT.match(text):
        return None
    return StatementSpan(len(extraction.priorities) + len(extraction.outcomes), priority, outcome)
