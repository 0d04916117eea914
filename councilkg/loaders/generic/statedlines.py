"""Lines that say in the present tense what is, not what the plan will do.

"• We are ambitious for our children, families and communities." / "• We want strong schools and
settings …" / "• We have a skilled workforce.": a vision's, a value's or an outcome's words. Read by
its place alone under a priority, such a bullet is no action of it, nor does it make the heading above
it a priority (the outline's readers test a line with :data:`STATE`).
"""

from __future__ import annotations

import re

#: "We are …", "We're …", "We have …", "We believe …", "We value …", "We want <something>" (not "to").
STATE = re.compile(r"^we(?:\s+(?:are|have|believe|value)\b|['’]re\b|\s+want\s+(?!to\b))", re.IGNORECASE)
