"""Plan identities the user states: year ranges, GSS codes, plan types, manifests, and their effect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from councilkg.build.plans import build
from councilkg.data import bundled_plan
from councilkg.documents.document import read_document
from councilkg.errors import LoaderError
from councilkg.loaders import get_loader
from councilkg.loaders.parsing.identity import (
    PlanIdentity,
    apply_identity,
    check_gss,
    check_plan_type,
    parse_years,
    read_manifest,
)
from councilkg.store.embedded import EmbeddedStore

LAMBETH_2020 = bundled_plan("lambeth-childrens-directorate-plan-2020-21.txt").path
HEREFORDSHIRE = bundled_plan("herefordshire-cyp-directorate-plan-2009-11.txt").path


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2009-2011", (2009, 2011)),
        ("2009-11", (2009, 2011)),
        ("2020/21", (2020, 2021)),
        ("1999-01", (1999, 2001)),
    ],
)
def test_parse_years(text: str, years: tuple[int, int]) -> None:
    assert parse_years(text) == years


@pytest.mark.parametrize("text", ["2009", "2011-2009", "2009-2031", "twenty", "2009-1"])
def test_parse_years_refuses(text: str) -> None:
    with pytest.raises(ValueError, match=repr(text).replace("(", r"\(")):
        parse_years(text)


def test_check_gss() -> None:
    assert check_gss(" e06000051 ") == "E06000051"
    for bad in ("W06000001", "E11000001", "E0600005", "E060000511"):
        with pytest.raises(ValueError, match="GSS code"):
            check_gss(bad)


def test_check_plan_type() -> None:
    assert check_plan_type("children and young peoples plan") == "ChildrenAndYoungPeoplesPlan"
    assert check_plan_type("service-plan") == "ServicePlan"
    with pytest.raises(ValueError, match="choose from ServicePlan"):
        check_plan_type("Strategy")


def test_apply_identity_renames_the_plan_and_its_years() -> None:
    extraction = get_loader("lambeth-directorate-2020").load(read_document(LAMBETH_2020))
    identity = PlanIdentity(council="Isles of Scilly", gss="E06000053", start_year=2021, end_year=2022)
    info = apply_identity(extraction, identity).plan
    assert (info.authority, info.authority_label, info.gss) == (
        "isles-of-scilly",
        "Isles of Scilly",
        "E06000053",
    )
    assert info.slug == "childrens-directorate-plan-2021-22"
    assert (info.start_year, info.end_year) == (2021, 2022)
    assert info.title == "Children's Directorate Plan 2020/21"


def test_apply_identity_new_title_gives_new_slug() -> None:
    extraction = get_loader("lambeth-directorate-2020").load(read_document(LAMBETH_2020))
    info = apply_identity(extraction, PlanIdentity(council="Lambeth", title="Early Help Plan")).plan
    assert (info.authority, info.slug, info.title) == ("lambeth", "early-help-plan", "Early Help Plan")


def _manifest(folder: Path, entries: object) -> Path:
    path = folder / "manifest.json"
    path.write_text(json.dumps(entries), encoding="utf-8")
    return path


def test_read_manifest(tmp_path: Path) -> None:
    path = _manifest(
        tmp_path,
        [
            {"file": "a.txt", "council": "Shropshire", "gss": "E06000051", "start_year": 2010,
             "end_year": 2012, "plan_type": "ServicePlan", "slug": "Service Plan A",
             "loader": "herefordshire-directorate-2009"},
            {"file": "sub/b.txt", "council": " Rutland "},
        ],
    )  # fmt: skip
    plans = read_manifest(path)
    assert [file for file, _ in plans] == [tmp_path / "a.txt", tmp_path / "sub" / "b.txt"]
    first, second = (identity for _, identity in plans)
    assert first == PlanIdentity(
        council="Shropshire", gss="E06000051", slug="service-plan-a", plan_type="ServicePlan",
        start_year=2010, end_year=2012, loader="herefordshire-directorate-2009",
    )  # fmt: skip
    assert second.authority_slug == "rutland"


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ({"file": "a"}, "a manifest is a JSON list"),
        (["a.txt"], "entry 1 is not an object"),
        ([{"council": "X"}], "entry 1: 'file' is missing"),
        ([{"file": "a.txt", "council": "X"}, {"file": "b.txt"}], "entry 2: 'council' is missing"),
        ([{"file": "a.txt", "council": "X", "gss": "E1"}], "entry 1: GSS code 'E1'"),
        (
            [{"file": "a.txt", "council": "X", "start_year": "2009"}],
            "entry 1: start_year '2009' is not a year",
        ),
        (
            [{"file": "a.txt", "council": "X", "start_year": 2011, "end_year": 2009}],
            "end_year 2009 is before",
        ),
        ([{"file": "a.txt", "council": "X", "plan_type": "Plan"}], "plan type 'Plan' is unknown"),
        ([{"file": "a.txt", "council": "X"}, {"file": "a.txt", "council": "Y"}], "entry 2 lists a.txt again"),
    ],
)
def test_read_manifest_refuses(tmp_path: Path, entries: object, message: str) -> None:
    path = _manifest(tmp_path, entries)
    with pytest.raises(LoaderError, match=message) as caught:
        read_manifest(path)
    assert str(caught.value).startswith(str(path))


def test_read_manifest_not_json(tmp_path: Path) -> None:
    path = tmp_path / "manifest.json"
    path.write_text('[\n{"file": ]', encoding="utf-8")
    with pytest.raises(LoaderError, match=r"manifest.json:2: not a JSON manifest"):
        read_manifest(path)
    with pytest.raises(LoaderError, match="cannot read the manifest"):
        read_manifest(tmp_path / "missing.json")


def test_build_with_identities_introduces_the_authority() -> None:
    identity = PlanIdentity(council="Shropshire", gss="E06000051", start_year=2010, end_year=2012)
    with EmbeddedStore.open(":memory:") as store:
        [result] = build(store, [HEREFORDSHIRE], identities={HEREFORDSHIRE: identity})
        assert str(result.plan).endswith("/plan/shropshire/cyp-directorate-plan-2010-12")
        rows = store.query(
            "SELECT ?label ?gss ?same ?start WHERE { ?plan ckg:authority ?a ; ckg:startYear ?start . "
            "?a a ckg:Authority , org:FormalOrganization ; rdfs:label ?label ; ckg:gssCode ?gss ; "
            "owl:sameAs ?same }"
        ).rows
        assert [tuple(term.value for term in row) for row in rows] == [  # type: ignore[union-attr]
            (
                "Shropshire",
                "E06000051",
                "http://statistics.data.gov.uk/id/statistical-geography/E06000051",
                "2010",
            )
        ]


def test_build_refuses_two_files_of_one_plan(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(LAMBETH_2020.read_bytes())
    with EmbeddedStore.open(":memory:") as store:
        with pytest.raises(
            LoaderError, match=r"copy.txt: is the same plan as .*childrens-directorate-plan-2020-21"
        ):
            build(store, [LAMBETH_2020, copy])
        assert store.graphs() == []
