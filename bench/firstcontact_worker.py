"""Read wild-corpus excerpts with whatever ``councilkg`` is first on the path, for bench/firstcontact.py.

Run as ``PYTHONPATH=<an old checkout> python bench/firstcontact_worker.py`` with a JSON list of
``{"stem": ..., "text": ...}`` on standard input; prints ``{"package": <councilkg's folder>,
"documents": [{"stem", "items", "error"}, ...]}``, each item ``[kind, label, ref, line, rule,
confidence]``. It imports nothing of ``bench`` and only the two entry points every engine since the
first slice has had (``extract`` and ``read_document``, under their old or new module names), so an
engine of any age runs in its own process.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any


def _entry_points() -> tuple[Any, Any, type[Exception]]:
    """Return the checkout's ``extract``, ``read_document`` and ``CouncilKGError``, wherever they live."""
    from councilkg.errors import CouncilKGError

    try:
        from councilkg.build.plans import extract
        from councilkg.documents.document import read_document
    except ImportError:  # before the package was split into rooms (2026-12-03)
        from councilkg.graph.build import extract  # type: ignore[no-redef]
        from councilkg.loaders.document import read_document  # type: ignore[no-redef]
    return extract, read_document, CouncilKGError


def read_all(documents: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Return, for each document, the items the engine reads (or the error it gives) as plain lists."""
    extract, read_document, error_type = _entry_points()
    answers: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        for document in documents:
            path = Path(folder) / f"{document['stem']}.txt"
            path.write_text(document["text"], encoding="utf-8")
            try:
                extraction = extract(read_document(path))
            except error_type as error:
                answers.append({"stem": document["stem"], "items": [], "error": str(error)})
                continue
            items: list[list[Any]] = []
            groups = (
                ("outcome", extraction.outcomes, "notation"),
                ("priority", extraction.priorities, "ref"),
                ("action", extraction.actions, "ref"),
                ("indicator", extraction.indicators, "ref"),
                ("risk", extraction.risks, "ref"),
            )
            for kind, found, ref in groups:
                for item in found:
                    reading = getattr(item, "reading", None)
                    rule = reading.rule if reading is not None else None
                    confidence = reading.confidence if reading is not None else None
                    items.append([kind, item.label, getattr(item, ref), item.source_line, rule, confidence])
            answers.append({"stem": document["stem"], "items": items, "error": None})
    return answers


if __name__ == "__main__":
    import councilkg

    json.dump({"package": councilkg.__file__, "documents": read_all(json.load(sys.stdin))}, sys.stdout)
