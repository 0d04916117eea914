"""The plan texts a store folder keeps beside itself, read back for a source line's context."""

from __future__ import annotations

import hashlib
from pathlib import Path

from councilkg.ontology.vocab import ID
from councilkg.store.sourcetext import extracted_text_path, held_text_lines

PLAN = str(ID["plan/northmoor/cypp-2010-13"])


def _keep(store: Path, name: str, text: str) -> str:
    """Write ``text`` where the store keeps the plan's text called ``name``; return its SHA-256."""
    path = extracted_text_path(str(store), PLAN, name)
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(text.encode("utf-8"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_lines_are_counted_as_source_lines_count_them(tmp_path: Path) -> None:
    """Regression: the text was split with str.splitlines, which also breaks at a form feed or a
    line separator inside a line, so every later line showed beside the wrong number."""
    text = "Contents\n\x0cPage 2\u2028still page 2\r\nAction 1\rAction 2\n"
    sha = _keep(tmp_path / "store", "plan.pdf.txt", text)
    lines = held_text_lines(str(tmp_path / "store"), PLAN, "plan.pdf.txt", sha)
    assert lines == ["Contents", "\x0cPage 2\u2028still page 2", "Action 1", "Action 2"]


def test_a_text_is_held_only_when_it_is_the_one_the_graph_records(tmp_path: Path) -> None:
    sha = _keep(tmp_path / "store", "plan.html.txt", "one\ntwo\n")
    store = str(tmp_path / "store")
    assert held_text_lines(store, PLAN, "plan.html.txt", sha) == ["one", "two"]
    assert held_text_lines(store, PLAN, "plan.html.txt", "0" * 64) is None
    assert held_text_lines(store, PLAN, "other.txt", None) is None
    assert held_text_lines(":memory:", PLAN, "plan.html.txt", sha) is None
    assert held_text_lines("http://example.org/sparql", PLAN, "plan.html.txt", sha) is None


def test_a_name_cannot_lead_out_of_the_plans_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("not a plan\n", encoding="utf-8")
    store = str(tmp_path / "store")
    for name in ("../../../../secret.txt", "..", "."):
        assert held_text_lines(store, PLAN, name, None) is None
    assert held_text_lines(store, "https://example.org/plan/x", "secret.txt", None) is None
    assert held_text_lines(store, str(ID["plan/.."]), "secret.txt", None) is None  # store.extracted/..
