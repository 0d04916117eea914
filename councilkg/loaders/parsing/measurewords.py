"""The words a measure's name opens with, for the rules that find measures in lists and prose.

One place for them, so the rules agree on what names a measure: each rule builds its pattern from
:data:`COUNTED` (what a measure counts: "the number of …", "the percentage of …") and adds the
words its own evidence allows (a list item may also open with "Levels of …" or "Take-up of …").
"""

from __future__ import annotations

#: What a measure counts, the noun opening its name before "of" (a regular expression group).
COUNTED = r"(?:number|percentage|proportion|rate)"
#: "the number of ", "percentage of ": a measure's name opening with what it counts.
COUNTED_OF = rf"(?:the\s+)?{COUNTED}\s+of\s+"
