"""An item's confidence means something: for each rule measured on enough unseen plans, its precision
there (``councilkg/data/rule_confidence.json``, written by ``bench/firstcontact.py``), applied once at
the end of the engine's run, so ``load`` and ``inspect`` agree; other rules keep their own figure."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from councilkg.documents.document import Document
from councilkg.loaders.generic.calibration import TABLE, calibrate, calibrated, rule_confidence
from councilkg.loaders.generic.engine import inspect_plan
from councilkg.loaders.model import Action, Extraction, Outcome, PlanInfo, Reading
from tests.loaders.generic.reading import read

GENERIC = Path(__file__).resolve().parents[3] / "councilkg" / "loaders" / "generic"
#: A labelled priority heading over bullets: "heading: section rule" and "list item under a priority".
BULLETS = "Priority 1: Buy bread\n\n- eggs\n- milk\n"
#: Bullets after a lead-in naming risks: a rule read too rarely on first contact to be measured.
RISKS = "Key risks:\n\n- Funding falls short of demand\n- Experienced social workers leave\n"


def _engine_rule_names() -> set[str]:
    """Return the rule names the engine's modules give: ``RULE_*`` constants, literal first arguments
    of ``Reading(...)``, and ``table: <shape>`` for each ``SHAPE_*`` constant (a rebuilt table's rule)."""
    names: set[str] = set()
    shapes: set[str] = set()
    for path in GENERIC.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
                if any(t.startswith("RULE_") for t in targets):
                    names.add(str(node.value.value))
                if any(t.startswith("SHAPE_") for t in targets):
                    shapes.add(str(node.value.value))
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Reading" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    names.add(first.value)
    return names | {f"table: {shape}" for shape in shapes}


def test_every_rule_of_the_table_is_a_rule_of_the_engine() -> None:
    rules = set(json.loads(TABLE.read_text(encoding="utf-8"))["rules"])
    names = _engine_rule_names()
    assert rules, "the table calibrates no rule"
    assert sorted(rules - names) == []  # a rule the table names that no module gives fails here
    assert "table: delimited" in names and "heading: section rule" in names and "no such rule" not in names


def test_each_confidence_is_the_rules_first_contact_precision_within_0_and_1() -> None:
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    for rule, figures in data["rules"].items():
        assert 0.0 <= figures["confidence"] <= 1.0, rule
        assert figures["read"] >= data["min_items"], rule
        assert figures["confidence"] == round((figures["matched"] + 1) / (figures["read"] + 2), 2), rule
    assert rule_confidence() == {rule: figures["confidence"] for rule, figures in data["rules"].items()}


def test_load_and_inspect_give_an_item_its_rules_measured_confidence() -> None:
    measured = rule_confidence()
    loaded = read(BULLETS)
    seen = inspect_plan(Document.from_text("plan.txt", BULLETS))
    by_load = [(p.label, p.reading.rule, p.reading.confidence) for p in loaded.priorities if p.reading]
    by_load += [(a.label, a.reading.rule, a.reading.confidence) for a in loaded.actions if a.reading]
    assert sorted(by_load) == sorted((i.label, i.rule, i.confidence) for i in seen.items)
    assert sorted(by_load) == [
        ("Buy bread", "heading: section rule", measured["heading: section rule"]),
        ("eggs", "list item under a priority", measured["list item under a priority"]),
        ("milk", "list item under a priority", measured["list item under a priority"]),
    ]


def test_an_item_of_a_rule_not_measured_keeps_its_own_confidence() -> None:
    found = read(RISKS)
    readings = [risk.reading for risk in found.risks]
    assert [r.rule for r in readings if r] == ["list item after a risks lead-in"] * 2
    assert "list item after a risks lead-in" not in rule_confidence()
    assert [r.confidence for r in readings if r] == [0.6, 0.6]  # the hand-set figure of outlineitems.py
    seen = inspect_plan(Document.from_text("plan.txt", RISKS))
    assert [i.confidence for i in seen.items] == [0.6, 0.6]


def test_calibrate_replaces_only_the_confidence_of_the_rules_in_the_table() -> None:
    extraction = Extraction(PlanInfo("x", "p", "Title", "ServicePlan", 2007, 2010, 1), "generic")
    extraction.actions.append(Action(key="a", label="a", source_line=3, reading=Reading("r", 0.9, page=2)))
    extraction.actions.append(Action(key="b", label="b", source_line=4, reading=Reading("s", 0.9)))
    extraction.outcomes.append(Outcome("x", "X", "k", "K", 1, reading=Reading("r", 0.5)))
    calibrate(extraction, {"r": 0.25})
    assert [a.reading for a in extraction.actions] == [Reading("r", 0.25, page=2), Reading("s", 0.9)]
    assert extraction.outcomes[0].reading == Reading("r", 0.25)
    assert calibrated(None, {"r": 0.25}) is None
