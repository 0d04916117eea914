"""The benchmarks' results files: dated names, whole JSON files, never half a file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bench.results import RESULTS, results_path, write_results


def test_a_results_file_is_named_by_its_day_and_benchmark() -> None:
    assert results_path("wild", date(2026, 12, 5)) == RESULTS / "2026-12-05-wild.json"
    assert results_path(None, date(2026, 12, 5)) == RESULTS / "2026-12-05.json"


def test_results_are_written_as_indented_json_ending_in_a_newline(tmp_path: Path) -> None:
    out = write_results({"read": 469, "documents": [1, 2]}, tmp_path / "deeper" / "x.json", indent=1)
    text = out.read_text(encoding="utf-8")
    assert text.endswith("}\n") and json.loads(text) == {"read": 469, "documents": [1, 2]}
    assert '\n "read": 469' in text


def test_a_write_that_fails_leaves_the_previous_file_whole(tmp_path: Path) -> None:
    out = write_results({"read": 1}, tmp_path / "x.json")
    with pytest.raises(TypeError):
        write_results({"read": object()}, out)  # not JSON: fails before anything is written
    assert json.loads(out.read_text(encoding="utf-8")) == {"read": 1}
    assert [path.name for path in tmp_path.iterdir()] == ["x.json"]
