"""The bundled corpus: every manifest entry exists, and each file is byte-for-byte its seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilkg.data import bundled_plan, bundled_plans

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def test_manifest_lists_four_plans_that_exist() -> None:
    """The manifest names four plan files shipped in the package, with GSS codes and years."""
    plans = bundled_plans()
    assert [p.authority for p in plans] == ["lambeth", "lambeth", "herefordshire", "southwark"]
    for plan in plans:
        assert plan.path.is_file()
        assert plan.gss.startswith("E0") and len(plan.gss) == 9
        assert plan.start_year < plan.end_year


def test_lookup_by_file_name() -> None:
    """A bundled plan is found by its file name; an unknown name is a KeyError."""
    assert bundled_plan("southwark-cypp-2010-13.txt").council == "Southwark"
    with pytest.raises(KeyError):
        bundled_plan("nope.txt")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside the project")
def test_bundled_files_are_byte_identical_to_seeds() -> None:
    """Line numbers are the provenance anchor, so the bundled text must be the seed unchanged."""
    for plan in bundled_plans():
        assert plan.path.read_bytes() == (SEEDS / plan.seed).read_bytes(), plan.path.name
