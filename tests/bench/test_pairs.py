"""The synthetic plan-year pair behind the ``changes`` and ``targets`` tests is read exactly as written."""

from __future__ import annotations

from pathlib import Path

from bench.pairs import known_pair, write_pair
from councilkg.build.plans import extract, extraction_counts
from councilkg.documents.document import read_document
from councilkg.loaders.coverage import coverage_of
from councilkg.loaders.parsing.identity import apply_identity, read_manifest


def test_each_plan_of_the_pair_is_read_with_its_counts_and_no_warning(tmp_path: Path) -> None:
    plans = read_manifest(write_pair(tmp_path))
    written = {plan.file: plan for plan in known_pair()}
    assert [path.name for path, _ in plans] == list(written)
    for path, identity in plans:
        document = read_document(path)
        extraction = apply_identity(extract(document, identity.loader or ""), identity)
        counts = extraction_counts(extraction)
        expected = written[path.name].counts
        assert (counts["priorities"], counts["actions"], counts["indicators"], counts["observations"]) == (
            expected.priorities,
            expected.actions,
            expected.indicators,
            expected.observations,
        )
        assert [p.label for p in extraction.priorities] == list(written[path.name].priorities)
        assert extraction.warnings == []
        assert coverage_of(extraction, document).unplaced_table_rows == ()


def test_one_person_holds_the_same_post_in_both_years() -> None:
    """Mark Dixon heads Safeguarding in both plans; the head of Learning changes."""
    first, second = known_pair()
    assert "Mark Dixon" in first.people and "Mark Dixon" in second.people
    assert "Omar Hussain" in first.people and "Omar Hussain" not in second.people
