"""A list item that notes progress on the item above it rather than stating an item of its own.

"• UPDATE March 2019 – The new Edge of Care service is now up and running" after "• Work with the
Police to develop … edge of care services" says how far that action has got (a progress update, as a
plan's "Update (July 2013)" or "Progress October 2003" column does in a table), not a new action.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
#: "UPDATE March 2019 –", "Update (July 2013):", "Progress update:", "Progress as at 31 March 2019 -".
PROGRESS_NOTE = re.compile(
    rf"^(?:progress\s+)?update\b|^progress\b(?=\s*(?:as\s+(?:at|of)\s+|\(|{_MONTH}|\d|[:–—-]))",
    re.IGNORECASE,
)
_NOTE_END = re.compile(
    rf"^\W*(?:as\s+(?:at|of)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH}\.?\s+)?(?:\d{{4}})?\W*"
    r"\s*[:–—-]\s*\S",
    re.IGNORECASE,
)


def progress_note(text: str) -> bool:
    """Return whether a list item is a progress note ("UPDATE March 2019 – …", "Progress update: …")
    on the item above it rather than an item of its own."""
    start = PROGRESS_NOTE.match(text)
    return bool(start and _NOTE_END.match(text[start.end() :]))
