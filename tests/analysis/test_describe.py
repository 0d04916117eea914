"""An item described for its page: what it is, its links in and out, observations, and where it was read.

Real facts of the bundled plans (Lambeth's CSKA12, Herefordshire's NI 102a), the example appraisals
kept out, and the plan text shown around a source line only when a folder store keeps that text
(the Northmoor plan loaded as HTML) and it is the text the graph describes.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from councilkg.analysis.describe import ItemDescription, describe_item
from councilkg.build.appraisals import load_appraisals
from councilkg.build.plans import build
from councilkg.data import example_appraisals
from councilkg.ontology.vocab import CKG, ID
from councilkg.store.embedded import EmbeddedStore
from tests.render_plan import render_html

LAMBETH_2020 = str(ID["plan/lambeth/childrens-directorate-plan-2020-21"])
CSKA12 = f"{LAMBETH_2020}/action/cska12"
CSOB05 = f"{LAMBETH_2020}/priority/csob05"
NI_102A = str(ID["plan/herefordshire/cyp-directorate-plan-2009-11/indicator/ni-102a"])
NORTHMOOR = Path(__file__).resolve().parent.parent / "data" / "generic" / "northmoor-cypp-2010-13.txt"
NORTHMOOR_ACTION = str(
    ID[
        "plan/northmoor/children-and-young-peoples-plan-2010-13/action/"
        "extend-the-reading-recovery-programme-to-all-key-stage-1"
    ]
)


def _links(item: ItemDescription, incoming: bool = False) -> set[tuple[str, str | None]]:
    """Return ``(property, other IRI)`` of the item's links out (or in)."""
    statements = item.links_in if incoming else item.links_out
    return {(s.property, s.other.iri) for s in statements}


def test_an_action_is_described_with_its_plan_council_links_and_line(memory_store: EmbeddedStore) -> None:
    item = describe_item(memory_store, CSKA12)
    assert item is not None
    assert item.label.startswith("Delivering the CSC and YOS workforce strategy")
    assert (item.kind, item.ref) == ("Action", "CSKA12")
    assert (
        item.plan is not None
        and item.plan.iri == LAMBETH_2020
        and item.plan.text == "Children's Directorate Plan 2020/21"
    )
    assert item.council is not None and (item.council.iri, item.council.text) == (
        str(ID["authority/lambeth"]),
        "Lambeth",
    )
    links = _links(item)
    assert (str(CKG.supports), CSOB05) in links
    assert (str(CKG.owner), str(ID["person/alex-kubeyinje"])) in links
    assert (str(CKG.leadMember), str(ID["person/cllr-dyer"])) in links
    supports = next(s for s in item.links_out if s.property == str(CKG.supports))
    assert (supports.property_label, supports.other.kind) == ("supports", "Priority")
    assert {s.other.text for s in item.facts if s.property == str(CKG.ref)} == {"CSKA12"}
    (source,) = item.sources
    assert (source.plan, source.line, source.file_name) == (
        LAMBETH_2020,
        120,
        "lambeth-childrens-directorate-plan-2020-21.txt",
    )
    assert not source.text_held  # an in-memory store keeps no text
    assert item.observations == ()


def test_a_priority_lists_the_actions_that_support_it(memory_store: EmbeddedStore) -> None:
    item = describe_item(memory_store, CSOB05)
    assert item is not None and item.kind == "Priority"
    assert (str(CKG.supports), CSKA12) in _links(item, incoming=True)


def test_an_indicator_has_its_observations(memory_store: EmbeddedStore) -> None:
    item = describe_item(memory_store, NI_102A)
    assert item is not None and (item.kind, item.ref) == ("Indicator", "NI 102a")
    printed = [(o.period, o.measure, o.raw) for o in item.observations]
    assert printed == [
        ("2007/08", "Outturn", "19.9%"),
        ("2008/09", "Outturn", "24.8%"),
        ("2009/10", "Target", "20%"),
        ("2010/11", "Target", "15%"),
    ]
    assert item.council is not None and item.council.text == "Herefordshire"


def test_a_person_shared_by_plans_is_described(memory_store: EmbeddedStore) -> None:
    item = describe_item(memory_store, str(ID["person/alex-kubeyinje"]))
    assert item is not None and (item.label, item.kind) == ("Alex Kubeyinje", "Person")
    assert (str(CKG.owner), CSKA12) in _links(item, incoming=True)
    assert [s.line for s in item.sources] == [54]


def test_an_observation_without_a_label_is_named_by_its_measure_and_period(
    memory_store: EmbeddedStore,
) -> None:
    item = describe_item(memory_store, f"{NI_102A}/target/2010-11")
    assert item is not None and (item.label, item.kind) == ("Target 2010/11", "Observation")
    assert item.plan is not None and item.plan.iri is not None and "herefordshire" in item.plan.iri


def test_an_iri_no_graph_mentions_is_none(memory_store: EmbeddedStore) -> None:
    assert describe_item(memory_store, str(ID["person/nobody-at-all"])) is None


def test_the_rdf_triples_are_the_statements(memory_store: EmbeddedStore) -> None:
    item = describe_item(memory_store, CSKA12)
    assert item is not None
    assert len(item.triples) == len(item.statements)
    assert any(t.predicate.value == str(CKG.sourceLine) and t.object.value == "120" for t in item.triples)


@pytest.fixture(scope="module")
def private_store(
    built_store_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[EmbeddedStore]:
    """A copy of the bundled store with the example appraisals in Lambeth's private graph."""
    path = tmp_path_factory.mktemp("describe-private") / "store"
    shutil.copytree(built_store_path, path)
    with EmbeddedStore.open(path) as store:
        load_appraisals(store, example_appraisals())
    with EmbeddedStore.open(path, read_only=True) as store:
        yield store


def test_private_appraisals_never_reach_a_description(private_store: EmbeddedStore) -> None:
    """The example objective supporting CSOB05 is in the private graph: not a link in, not an item."""
    item = describe_item(private_store, CSOB05)
    assert item is not None
    assert all("appraisal" not in (s.other.iri or "") for s in item.statements)
    assert all("stay conversations" not in s.other.text.lower() for s in item.statements)
    assert describe_item(private_store, str(ID["person/sam-example"])) is None
    assert describe_item(private_store, str(ID["authority/lambeth/appraisal/sam-example/2"])) is None


@pytest.fixture(scope="module")
def html_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder store holding the Northmoor plan loaded from HTML (its extracted text kept beside it)."""
    folder = tmp_path_factory.mktemp("describe-html")
    plan = render_html(NORTHMOOR.read_text(encoding="utf-8"), folder / "northmoor.html")
    with EmbeddedStore.open(folder / "store") as store:
        build(store, [plan])
    return folder / "store"


def test_the_plan_text_around_the_line_is_shown_when_the_store_keeps_it(html_store: Path) -> None:
    with EmbeddedStore.open(html_store, read_only=True) as store:
        item = describe_item(store, NORTHMOOR_ACTION, context_lines=2)
    assert item is not None
    (source,) = item.sources
    assert (source.line, source.file_name, source.original) == (23, "northmoor.html.txt", "northmoor.html")
    assert [number for number, _ in source.excerpt] == [21, 22, 23, 24, 25]
    here = dict(source.excerpt)[23]
    assert here.startswith("Extend the reading recovery programme to all Key Stage 1 classes\t")


def test_a_kept_text_that_is_not_the_plans_is_not_shown(html_store: Path, tmp_path: Path) -> None:
    """A text beside the store whose SHA-256 is not the one the graph records (an edited or older
    text) would put the wrong words around the line: it is treated as not held."""
    copy = tmp_path / "store"
    shutil.copytree(html_store, copy)
    shutil.copytree(html_store.parent / "store.extracted", tmp_path / "store.extracted")
    (text,) = (tmp_path / "store.extracted").rglob("northmoor.html.txt")
    text.write_text(
        text.read_text(encoding="utf-8").replace("reading recovery", "something else"), encoding="utf-8"
    )
    with EmbeddedStore.open(copy, read_only=True) as store:
        item = describe_item(store, NORTHMOOR_ACTION)
    assert item is not None and item.sources[0].line == 23 and not item.sources[0].text_held
