"""A folder store keeps a copy of each UTF-8 text plan beside itself, so an item's page can show the
lines around its source line; a text in another encoding is not copied, and a copy that cannot be
written never fails the load (the file itself is the plan's source)."""

from __future__ import annotations

from pathlib import Path

from councilkg.analysis.describe import describe_item
from councilkg.build.plans import build
from councilkg.data import bundled_plan
from councilkg.ontology.vocab import ID
from councilkg.store.embedded import EmbeddedStore

LAMBETH_2020 = bundled_plan("lambeth-childrens-directorate-plan-2020-21.txt").path
CSKA12 = str(ID["plan/lambeth/childrens-directorate-plan-2020-21/action/cska12"])
NORTHMOOR = Path(__file__).resolve().parent.parent / "data" / "generic" / "northmoor-cypp-2010-13.txt"
KEPT = Path(
    "store.extracted/lambeth/childrens-directorate-plan-2020-21/lambeth-childrens-directorate-plan-2020-21.txt"
)


def test_a_utf8_text_plan_is_kept_and_its_lines_shown(tmp_path: Path) -> None:
    with EmbeddedStore.open(tmp_path / "store") as store:
        (result,) = build(store, [LAMBETH_2020])
        assert result.saved_text is None and result.unsaved_text is None  # no note: lines are the file's
        item = describe_item(store, CSKA12, context_lines=1)
    assert (tmp_path / KEPT).read_bytes() == LAMBETH_2020.read_bytes()
    assert item is not None
    (source,) = item.sources
    assert [number for number, _ in source.excerpt] == [119, 120, 121]
    assert dict(source.excerpt)[120].startswith("CSKA12\tDelivering the CSC and YOS workforce strategy")


def test_a_text_in_another_encoding_is_not_copied(tmp_path: Path) -> None:
    """Its copy would not be the bytes whose SHA-256 the graph records: its lines are not shown."""
    plan = tmp_path / "northmoor-cypp-2010-13.txt"
    plan.write_bytes(NORTHMOOR.read_text(encoding="utf-8").replace("Plan", "Plan £", 1).encode("cp1252"))
    with EmbeddedStore.open(tmp_path / "store") as store:
        (result,) = build(store, [plan])
    assert result.plan is not None and result.unsaved_text is None
    assert not (tmp_path / "store.extracted").exists()


def test_a_copy_that_cannot_be_written_does_not_fail_the_load(tmp_path: Path) -> None:
    (tmp_path / "store.extracted").write_text(
        "a file where the folder of kept texts goes\n", encoding="utf-8"
    )
    with EmbeddedStore.open(tmp_path / "store") as store:
        (result,) = build(store, [LAMBETH_2020])
        assert result.triples > 1000 and result.unsaved_text is None
        item = describe_item(store, CSKA12)
    assert item is not None and not item.sources[0].text_held
