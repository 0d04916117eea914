"""A long fuzz campaign: the hypothesis tests of ``tests/loaders/test_robustness.py`` (and the
endpoint's, ``tests/server/test_query_text.py`` and ``test_request_fuzz.py``), many times over.

Each target (random text, mutated plans, loaders forced onto other plans, re-encoded and
byte-corrupted plans, appraisal CSVs, manifests, query text, raw HTTP requests to a live
endpoint and their header values) is run again and again with fresh random inputs
until its share of the time budget is spent. Writes ``bench/results/<date>-fuzz.json`` with the
inputs tried and the failures (anything but a result or a ``CouncilKGError``) per target; exits 1
if there was a failure. One process, so one core: ``make fuzz`` leaves the other free.

    python bench/fuzz.py --minutes 12
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES_PER_CALL_SCALE = 10
"""Each call of a test runs its ``make test`` number of examples times this."""
MAX_FAILURES_PER_TARGET = 5


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; return the exit code (1 when any target failed)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=12.0, help="total time budget (default 12)")
    parser.add_argument(
        "--out", type=Path, default=None, help="results file (default bench/results/<date>-fuzz.json)"
    )
    args = parser.parse_args(argv)

    os.environ["COUNCILKG_FUZZ_SCALE"] = str(EXAMPLES_PER_CALL_SCALE)
    sys.path.insert(0, str(ROOT))
    from tests.loaders import test_robustness as fuzz
    from tests.server import test_query_text as query_text
    from tests.server import test_request_fuzz as requests

    server = requests.fuzz_server(_built_store())
    targets: dict[str, Callable[[], None]] = {
        "any-text": fuzz.test_any_text_gives_a_result_or_our_error,
        "mutated-plan": fuzz.test_mutated_plan_gives_a_result_or_our_error,
        "forced-loader": fuzz.test_loader_forced_onto_any_plan_gives_a_result_or_our_error,
        "plan-bytes": fuzz.test_plan_bytes_in_any_encoding_give_a_result_or_our_error,
        "profile": fuzz.test_mutated_plan_read_through_its_profile_gives_a_result_or_our_error,
        "pdf-docx-html": fuzz.test_damaged_pdf_word_or_html_gives_a_result_or_our_error,
        "appraisal-csv": fuzz.test_mutated_appraisal_csv_gives_rows_or_our_error,
        "manifest": fuzz.test_mutated_manifest_gives_identities_or_our_error,
        "query-text": query_text.test_any_query_text_gives_a_shape_or_our_error,
        "request-parsing": lambda: requests.test_any_request_gets_a_well_formed_answer(server),
        "request-headers": requests.test_any_header_values_give_a_length_or_our_error,
    }
    tried = {
        "query-text": query_text.TRIED,
        "request-parsing": requests.TRIED,
        "request-headers": requests.TRIED,
    }
    budget = args.minutes * 60 / len(targets)
    report: dict[str, Any] = {
        "date": date.today().isoformat(),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cores_used": 1,
        "minutes_budget": args.minutes,
        "targets": {},
    }
    for name, test in targets.items():
        report["targets"][name] = run_target(name, test, tried.get(name, fuzz.TRIED), budget)
        row = report["targets"][name]
        print(
            f"{name:15} {row['inputs']:>8} inputs {row['seconds']:>7.1f} s {len(row['failures'])} failure(s)"
        )
    server.shutdown()
    report["total_inputs"] = sum(row["inputs"] for row in report["targets"].values())
    report["total_failures"] = sum(len(row["failures"]) for row in report["targets"].values())
    from bench.results import results_path, write_results

    out = write_results(report, args.out or results_path("fuzz"))
    print(f"{report['total_inputs']} inputs, {report['total_failures']} failure(s); wrote {out}")
    return 1 if report["total_failures"] else 0


def _built_store() -> Path:
    """Return a temporary store holding the bundled plans (for the endpoint's target)."""
    from councilkg.build.plans import build
    from councilkg.store.embedded import EmbeddedStore

    path = Path(tempfile.mkdtemp(prefix="councilkg-fuzz-")) / "store"
    with EmbeddedStore.open(path) as store:
        build(store)
    return path


def run_target(name: str, test: Callable[[], None], tried: Any, budget: float) -> dict[str, Any]:
    """Return the inputs tried, seconds spent and failures of calling ``test`` until ``budget`` runs out."""
    failures: list[dict[str, str]] = []
    started = time.perf_counter()
    calls = 0
    while time.perf_counter() - started < budget and len(failures) < MAX_FAILURES_PER_TARGET:
        calls += 1
        try:
            test()
        except Exception as error:  # a failure is what the campaign looks for: keep it and go on
            failures.append(
                {
                    "error": f"{type(error).__name__}: {error}"[:2000],
                    "example": "\n".join(getattr(error, "__notes__", []))[:4000],
                    "traceback": "".join(traceback.format_exception(error))[-4000:],
                }
            )
    return {
        "inputs": tried[name],
        "calls": calls,
        "seconds": round(time.perf_counter() - started, 1),
        "failures": failures,
    }


if __name__ == "__main__":
    raise SystemExit(main())
