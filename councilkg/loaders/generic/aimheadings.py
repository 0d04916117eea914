"""Whether a heading over a "… will:" lead-in names an aim, the priority the actions serve.

A short heading over "We will:" is the priority the list serves when it says what is to be done
("Enable access to high quality education", "Be aspirational for our children in care", "Working
with partners to improve life chances …"). A heading naming a document, a section or a service ("Our 8
point promise to children and young people" over "Adults who work with you in Westminster will:",
"How the promise fits into our plans" or "Children and Families" over "We will:") heads the list but is
no priority of the plan; the lead-in opens the list by itself. On the released plans and on plans not
yet seen, every heading read so that opens with no verb was wrong, every verb-led one right.
"""

from __future__ import annotations

import re

from councilkg.loaders.parsing.cells import ACTION_VERBS

#: "We will:", "Adults who work with you in Westminster will:": a lead-in saying what will be done.
WILL_LEAD_IN = re.compile(r"\bwill\s*:\s*$", re.IGNORECASE)

#: The verbs plans open their priorities with, beyond those that open actions.
AIM_VERBS = ACTION_VERBS | frozenset(
    """
    Be Become Bring Close Give Grow Help Keep Listen Make Narrow Prevent Protect Safeguard Tackle
    Transform
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def names_an_aim(text: str) -> bool:
    """Return whether a heading opens with a verb ("Enable …", "Be …") or a verb's -ing form
    ("Working with partners …"): it says what is to be done."""
    first = text.split()[0].strip("‘’'\"“”") if text.split() else ""
    return first in AIM_VERBS or (first[:1].isupper() and first.endswith("ing") and len(first) > 5)
