"""A PDF's printed line that starts a list item, by the shared list marks, is never joined to the
wrapped line above it."""

from __future__ import annotations

from typing import Any

from councilkg.documents.pdf import _continues


def _line(text: str, top: float, x1: float) -> dict[str, Any]:
    """Return a printed line as the PDF reader holds it: 10pt Helvetica at the left margin."""
    chars = [
        {"text": c, "fontname": "Helvetica", "size": 10.0, "x0": 50.0 + 5 * i, "x1": 55.0 + 5 * i, "top": top}
        for i, c in enumerate(text)
    ]
    return {"text": text, "chars": chars, "top": top, "bottom": top + 10, "x0": 50.0, "x1": x1}


def test_an_arrow_printed_as_text_starts_a_new_line() -> None:
    """Milton Keynes's Council Plan 2022 priorities (https://www.miltonkeynes.co.uk), its bullets ">":
    a wrapped item's line reaches the right edge, and the next item is no part of it."""
    above = _line("> A more equal, diverse and inclusive Milton Keynes that welcomes and", 100, 540)
    wrapped = _line("supports everyone", 112, 140)
    assert _continues(above, wrapped, right=545)
    assert not _continues(above, _line("> A cleaner and safer MK", 112, 170), right=545)
    assert not _continues(above, _line("§ Increase in average wage", 112, 170), right=545)
