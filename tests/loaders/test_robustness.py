"""Any text, and any mutation of a real plan, gives an extraction or the project's own error."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councilkg.data import bundled_plans
from councilkg.errors import CouncilKGError
from councilkg.graph.build import extract
from councilkg.graph.triples import extraction_to_graph
from councilkg.loaders.document import read_document

PLANS = {plan.path.name: plan.path.read_text(encoding="utf-8").splitlines() for plan in bundled_plans()}
LONGEST = max(len(lines) for lines in PLANS.values())


def load_text(text: str) -> None:
    """Write ``text`` to a file and run it through reading, extraction and triples."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.txt"
        path.write_text(text, encoding="utf-8")
        try:
            document = read_document(path)
            extraction_to_graph(extract(document), document)
        except CouncilKGError:
            pass


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_any_text_gives_a_result_or_our_error(text: str) -> None:
    """Arbitrary text never raises anything but the project's own errors."""
    load_text(text)


mutation = st.tuples(
    st.sampled_from(["delete", "tab", "html", "swap", "truncate"]),
    st.integers(min_value=0, max_value=LONGEST - 1),
    st.integers(min_value=0, max_value=LONGEST - 1),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(PLANS)), st.lists(mutation, min_size=1, max_size=8))
def test_mutated_plan_gives_a_result_or_our_error(plan: str, mutations: list[tuple[str, int, int]]) -> None:
    """Deleted lines, injected tabs and HTML, swapped columns and truncation never crash a loader."""
    lines = list(PLANS[plan])
    for kind, first, second in mutations:
        first %= len(lines) or 1
        second %= len(lines) or 1
        if not lines:
            break
        if kind == "delete":
            del lines[first]
        elif kind == "tab":
            lines[first] = lines[first].replace(" ", "\t", 1)
        elif kind == "html":
            lines[first] = f"<ul><li>{lines[first]}</li></ul>"
        elif kind == "swap":
            cells = lines[first].split("\t")
            if len(cells) > 2:
                cells[1], cells[2] = cells[2], cells[1]
            lines[first] = "\t".join(cells)
        else:
            lines = lines[: max(first, 5)]
    load_text("\n".join(lines))


@pytest.mark.parametrize("plan", sorted(PLANS))
@pytest.mark.parametrize("keep", [0.1, 0.25, 0.5, 0.75, 0.9])
def test_truncated_plan_gives_a_result_or_our_error(plan: str, keep: float) -> None:
    """A plan cut off part-way (a PDF extraction that stopped) still loads or fails cleanly."""
    lines = PLANS[plan]
    load_text("\n".join(lines[: int(len(lines) * keep)]))
