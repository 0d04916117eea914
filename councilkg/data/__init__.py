"""The bundled sample corpus: four real plans and their manifest, and an example appraisal CSV."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class BundledPlan:
    """One plan of the bundled corpus, as its manifest describes it."""

    path: Path
    council: str
    authority: str
    gss: str
    title: str
    plan_type: str
    start_year: int
    end_year: int
    seed: str


def bundled_plan(file_name: str) -> BundledPlan:
    """Return the bundled plan whose file is ``file_name``.

    Raises:
        KeyError: no bundled plan has that file name.
    """
    for plan in bundled_plans():
        if plan.path.name == file_name:
            return plan
    raise KeyError(file_name)


def plans_folder() -> Path:
    """Return the folder holding the bundled plan files."""
    return Path(str(resources.files(__name__).joinpath("plans")))


def bundled_plans() -> list[BundledPlan]:
    """Return the bundled plans in manifest order."""
    folder = plans_folder()
    entries = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return [
        BundledPlan(
            path=folder / entry["file"],
            council=entry["council"],
            authority=entry["authority"],
            gss=entry["gss"],
            title=entry["title"],
            plan_type=entry["plan_type"],
            start_year=entry["start_year"],
            end_year=entry["end_year"],
            seed=entry["seed"],
        )
        for entry in entries
    ]


def example_appraisals() -> Path:
    """Return the example appraisal CSV for the bundled Lambeth 2020/21 plan (fictional staff)."""
    return Path(str(resources.files(__name__).joinpath("appraisals", "lambeth-2020-21-example.csv")))
