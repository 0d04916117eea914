"""The pure parts of the first-contact benchmark (bench/firstcontact.py): which sets a version of
bench/wild.py holds out, the counts, the calibration table and the refusal's trade."""

from __future__ import annotations

import ast
import json

from bench.firstcontact import (
    MIN_DOCUMENTS,
    MIN_ITEMS,
    RENAMED,
    TABLE,
    WORKER,
    calibration,
    held_out_in,
    is_read,
    is_rule_today,
    leave_one_set_out,
    low_rules,
    refusal_trade,
    tally,
    to_items,
)
from bench.results import RESULTS
from bench.wild import HELD_OUT, Item, WildDocument


def _doc(stem: str, split: str, expected: int) -> WildDocument:
    return WildDocument(stem, {}, "", split, [], [Item("action", f"x{i}") for i in range(expected)])


def test_the_held_out_sets_of_each_form_of_bench_wild() -> None:
    assert held_out_in('HELD_OUT = frozenset({"holdout15", "holdout16"})\n') == {"holdout15", "holdout16"}
    assert held_out_in("only the development documents; the held-out set (``holdout5``; the first") == {
        "holdout5"
    }
    assert held_out_in("the held-out set (``holdout2``; the first set, ``holdout``, was released") == {
        "holdout2"
    }
    assert held_out_in("only the development documents (the holdout third is scored when") == {"holdout"}
    assert held_out_in("no split at all") == frozenset()


def test_counts_per_rule_and_confidence_and_the_table_from_them() -> None:
    items = to_items([["action", "a", None, 3, "r", 0.6], ["action", "b", None, 4, "r", 0.6]])
    rules, confidences = tally([(items, [True, False])] * 5)
    assert rules == {"r": [5, 10, 5]} and confidences == {"0.60": [5, 10, 5]}
    assert calibration(rules) == {"r": {"confidence": 0.5, "matched": 5, "read": 10, "documents": 5}}
    assert calibration({"r": [4, MIN_ITEMS - 1, 5]}) == {}
    assert calibration({"r": [0, 22, MIN_DOCUMENTS - 1]}) == {}  # many items of a document or two
    assert low_rules({"r": [4, 10, 5], "s": [5, 10, 5]}) == {"r"}


def test_old_rule_names_map_to_todays() -> None:
    for old, new in RENAMED.items():
        assert to_items([["action", "a", None, 1, old, 0.5]])[0].rule == new
    assert is_rule_today("table: one cell per line", {"table: ", "one cell per line"})


def test_the_refusal_trade_counts_negatives_reads_lost_and_items_dropped() -> None:
    low = {"low"}
    rows = [
        (_doc("neg", "holdout", 0), [Item("a", "x", rule="low")], [False]),  # a negative refused: right
        (_doc("ok", "holdout", 1), [Item("a", "x", rule="low")], [True]),  # a read document lost
        (_doc("mixed", "holdout", 1), [Item("a", "x", rule="low"), Item("a", "y", rule="hi")], [True, False]),
    ]
    assert refusal_trade(rows, low) == {
        "documents": 2,
        "negatives": 1,
        "read_lost": 1,
        "right_dropped": 1,
        "wrong_dropped": 1,
    }
    assert is_read(1, [True]) and not is_read(0, [False])


def test_leave_one_set_out_judges_each_set_by_the_others_rules() -> None:
    wrong = [Item("a", str(i), rule="r") for i in range(10)]
    rows = [
        (_doc("a", "holdout", 3), wrong, [False] * 10),  # r is low by this set alone
        (_doc("b", "holdout2", 3), wrong, [True] * 10),  # and precise by this one
    ]
    # holdout is judged by holdout2's figures (r precise: kept), holdout2 by holdout's (r low: refused)
    trade = leave_one_set_out(rows)
    assert (trade["documents"], trade["right_dropped"], trade["wrong_dropped"]) == (1, 10, 0)


def test_the_table_is_the_calibration_of_the_latest_first_contact_measure() -> None:
    measured = sorted(RESULTS.glob("*-first-contact.json"))[-1]
    figures = json.loads(measured.read_text(encoding="utf-8"))
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    rules = {
        rule: [figure["matched"], figure["read"], figure["documents"]]
        for rule, figure in figures["rules"].items()
    }
    assert table["rules"] == calibration(rules)
    assert figures["unmapped"] == []
    assert not set(table["sets"]) & HELD_OUT and not set(figures["sets"]) & HELD_OUT


def test_the_worker_imports_no_bench_module() -> None:
    tree = ast.parse(WORKER.read_text(encoding="utf-8"))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [name for name in imported if name.split(".")[0] == "bench"]
