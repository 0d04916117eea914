"""A document-sharing site's furniture over a plan's transcript: no headings, no items.

Plans copied from document-sharing sites open with the site's own lines before the transcript:
"Upload: others", "Post on 14-May-2018", "215 views", "Category:", "Documents", "1 download",
"TRANSCRIPT" (or "View: 214 times", "Download: 0 times", "Share this document with a friend").
Read as text they are short headings ("Documents" under a plan's title naming its priorities).
:func:`site_furniture` finds such a block: the "Upload:" line and the furniture lines after it.
"""

from __future__ import annotations

import re

#: "Upload: duongcong": the line a block of the site's furniture starts with.
_UPLOAD = re.compile(r"^Upload: \S+$")
#: The site's other lines, as printed after it.
_FURNITURE = re.compile(
    r"^(?:Post on \d{1,2}-[A-Z][a-z]{2}-\d{4}|\d[\d,]* views?|Category:|Documents|\d[\d,]* downloads?|"
    r"TRANSCRIPT|Transcript|View: \d[\d,]* times?|Download: \d[\d,]* times?|"
    r"Share this document with a friend)$"
)
#: A block needs this many furniture lines after "Upload:" (one could be a plan's own "Documents").
MIN_FURNITURE = 2


def site_furniture(lines: list[str]) -> list[int]:
    """Return the line numbers (from 1) of a document-sharing site's furniture: an "Upload: …" line
    and the furniture lines right after it (blank lines between), when two or more follow.

    Example:
        >>> site_furniture(["OUR PRIORITIES", "Upload: duongcong", "", "Post on 14-May-2018", "215 views",
        ...                 "Category:", "", "Documents", "1 download", "TRANSCRIPT", "Documents"])
        [2, 4, 5, 6, 8, 9, 10]
        >>> site_furniture(["Upload: others", "Documents", "Our priorities"])
        []
    """
    found: list[int] = []
    number = 0
    while number < len(lines):
        number += 1
        if not _UPLOAD.match(lines[number - 1].strip()):
            continue
        block = [number]
        while number < len(lines) and (
            not lines[number].strip() or _FURNITURE.match(lines[number].strip()) is not None
        ):
            number += 1
            text = lines[number - 1].strip()
            if text:
                block.append(number)
            if text.casefold() == "transcript":
                break  # the plan's text follows
        if len(block) > MIN_FURNITURE:
            found += block
    return found
