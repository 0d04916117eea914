"""Where and how the benchmarks write their figures: ``bench/results/<date>[-<name>].json``.

Every benchmark writes through :func:`write_results`, so each results file is indented JSON ending in a
newline, dated by the day it was measured, and written whole or not at all (a run stopped midway
leaves the previous file as it was, never half a file).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def results_path(name: str | None = None, day: date | None = None) -> Path:
    """Return the results file of benchmark ``name`` ("wild", "scale" …; ``None``: the bundled plans')
    for ``day`` (today by default).

    Example:
        >>> results_path("wild", date(2026, 12, 5)).name
        '2026-12-05-wild.json'
    """
    stamp = (day or date.today()).isoformat()
    return RESULTS / (f"{stamp}-{name}.json" if name else f"{stamp}.json")


def write_results(figures: Mapping[str, Any], out: Path, indent: int = 2) -> Path:
    """Write ``figures`` to ``out`` as indented JSON, replacing the file in one step; returns ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(figures, indent=indent) + "\n"
    handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out
