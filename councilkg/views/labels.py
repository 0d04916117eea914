"""What a node of a view says: its short label (code and words) and how wide that is drawn.

Example:
    >>> short_label({"ref": "CSKA12", "label": "Recruit social workers"}, "urn:x")
    'CSKA12\\nRecruit social workers'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from councilkg.store.terms import shorten

LABEL_LENGTH = 40
"""Characters of an item's words shown on its node; the hover shows them all."""
NODE_WIDTH = 200
"""Widest a node's label box may grow before its text wraps (vis ``widthConstraint``)."""
FONT_SIZE = 14
FOCUS_FONT_SIZE = 22


def short_label(attributes: Mapping[str, Any], iri: str) -> str:
    """Return the text shown on a node: its code (ref) on a line of its own, then its words.

    The words are the label with runs of white space made single and cut to ``LABEL_LENGTH``
    characters (ending ``…``); a label that only repeats the code is not shown twice. An item with
    neither gives the last segment of its IRI.

    Example:
        >>> short_label({"ref": "CSKA12", "label": "CSKA12"}, "urn:x")
        'CSKA12'
        >>> short_label({"label": "Reduce the number of children who are persistently absent"}, "urn:x")
        'Reduce the number of children who are p…'
        >>> short_label({"label": ""}, "https://example.org/id/person/jane")
        'jane'
    """
    ref = " ".join(str(attributes.get("ref") or "").split())
    words = " ".join(str(attributes.get("label") or "").split())
    if ref and words.casefold().startswith(ref.casefold()):
        words = words[len(ref) :].lstrip(" .:-–—")
    words = shorten(words, LABEL_LENGTH)
    if ref:
        return f"{ref}\n{words}" if words else ref
    return words or iri.rstrip("/").rsplit("/", 1)[-1]


def node_width(attributes: Mapping[str, Any], iri: str, focused: bool = False) -> float:
    """Return roughly how wide a node is drawn, in pixels at zoom 1 (see :func:`label_width`).

    Example:
        >>> node_width({"ref": "A1"}, "urn:x")
        36.8
        >>> node_width({"label": "A label long enough to be wrapped by the drawing"}, "urn:x")
        200.0
    """
    return label_width(short_label(attributes, iri), focused)


def label_width(label: str, focused: bool = False) -> float:
    """Return roughly how wide a node showing ``label`` is drawn, in pixels at zoom 1: its longest
    line, at most ``NODE_WIDTH`` (scaled for the larger font of a focus node), where vis-network
    wraps the text.

    Example:
        >>> label_width("A1\\n▸ 12 below")
        104.0
    """
    size = FOCUS_FONT_SIZE if focused else FONT_SIZE
    longest = max(len(line) for line in label.split("\n"))
    return min(NODE_WIDTH * size / FONT_SIZE, 0.6 * size * longest + 20.0)
