"""List items that are notes on a plan's items rather than items: progress updates, a report's key.

"• UPDATE March 2019 – The new Edge of Care service is now up and running" after "• Work with the
Police to develop … edge of care services" says how far that action has got (a progress update, as a
plan's "Update (July 2013)" or "Progress October 2003" column does in a table), not a new action.
"• A green arrow means that performance has met its target" under "REPORT KEY" / "Target" says what
a performance report's symbols mean (as "Green indicates that progress is being made …" does in
prose), not a measure.
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


#: "A green arrow means …", "Amber indicates …", "A black arrow in any direction (,,) means …".
KEY_ENTRY = re.compile(
    r"^(?:an?\s+)?(?:green|amber|red|black|grey|gray|blue|white)\b[^.:;]{0,40}?"
    r"\b(?:means|indicates|shows|denotes|represents|signifies)\b",
    re.IGNORECASE,
)


def note_kind(text: str) -> str | None:
    """Return what a list item is a note of ("progress note", "report key") when it states no item of
    its own, else ``None``."""
    if progress_note(text):
        return "progress note"
    if KEY_ENTRY.match(text):
        return "report key"
    return None


def progress_note(text: str) -> bool:
    """Return whether a list item is a progress note ("UPDATE March 2019 – …", "Progress update: …")
    on the item above it rather than an item of its own."""
    start = PROGRESS_NOTE.match(text)
    return bool(start and _NOTE_END.match(text[start.end() :]))
