"""Sibling entries of a numbered outline: "3. Partners to the Plan" then "4. Objectives …", and the
unnumbered lines between two siblings ("8. The agenda for action" / "common priorities" / "locality
priorities" / "9. Demonstrating delivery").

A contents page or a plan's numbered sections number their entries one after another; the line after
an entry numbered next at its level is the entry's sibling, not a list the entry (or a line printed
under it) leads in.
"""

from __future__ import annotations

from councilkg.documents.listmarks import NUMBER


def next_number(ref: str) -> str | None:
    """Return the reference numbered next at the level of ``ref`` ("3" -> "4", "4.1" -> "4.2"), or
    ``None`` when its last part is no number ("2a")."""
    head, _, last = ref.rpartition(".")
    if not last.isdigit():
        return None
    return f"{head}.{int(last) + 1}" if head else str(int(last) + 1)


def is_later_sibling(ref: str | None, following: str) -> bool:
    """Return whether the line ``following`` is numbered later at the level of the numbered line
    ``ref`` ("3." then "4. Objectives …", or "7." then "9. …" with "8." read by another rule): its
    sibling, not the first of a list under it.

    Example:
        >>> is_later_sibling("8", "9. Demonstrating delivery"), is_later_sibling("8", "1. Locality plans")
        (True, False)
        >>> is_later_sibling("4.1", "4.3 Social Wellbeing"), is_later_sibling("4", "4.1 Economic Wellbeing")
        (True, False)
    """
    match = NUMBER.match(following)
    if ref is None or match is None:
        return False
    head, _, last = ref.rpartition(".")
    later_head, _, later_last = match.group(1).rpartition(".")
    return head == later_head and last.isdigit() and later_last.isdigit() and int(later_last) > int(last)
