"""``load --council/--gss/--title/--type/--years`` and ``build --manifest``: councils no loader names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from councilkg.data import bundled_plan
from tests.cli.test_cli import LAMBETH_2020, assert_one_error, invoke, json_rows, ok

HEREFORDSHIRE = bundled_plan("herefordshire-cyp-directorate-plan-2009-11.txt").path


def _plans(store: Path) -> list[tuple[str, str, str, str]]:
    rows = json_rows("plans", "--format", "json", "--store", store)
    return sorted((row["authority"], row["title"], row["start"], row["end"]) for row in rows)


def test_load_as_another_council(tmp_path: Path) -> None:
    store = tmp_path / "store"
    identity = ["--council", "Shropshire", "--gss", "E06000051", "--years", "2010-12"]
    identity += ["--title", "Shropshire CYP Plan", "--type", "children and young peoples plan"]
    ok("load", HEREFORDSHIRE, *identity, "--store", store)
    assert _plans(store) == [("Shropshire", "Shropshire CYP Plan", "2010", "2012")]
    rows = json_rows(
        "query",
        "SELECT ?gss ?type WHERE { ?p ckg:loader ?l ; ckg:authority/ckg:gssCode ?gss ; ckg:planType ?type }",
        "--format", "json", "--store", store,
    )  # fmt: skip
    assert rows == [{"gss": "E06000051", "type": "https://w3id.org/councilkg#ChildrenAndYoungPeoplesPlan"}]
    owner = json_rows("owner", "Head of Community Operations", "--format", "json", "--store", store)
    assert owner["owner"]["authorities"] == ["Shropshire"]
    assert owner["plans"][0]["title"] == "Shropshire CYP Plan"


def test_build_from_a_manifest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(HEREFORDSHIRE.read_bytes())
    (corpus / "b.txt").write_bytes(LAMBETH_2020.read_bytes())
    manifest = corpus / "manifest.json"
    manifest.write_text(
        json.dumps(
            [
                {
                    "file": "a.txt",
                    "council": "Rutland",
                    "gss": "E06000017",
                    "start_year": 2011,
                    "end_year": 2013,
                },
                {
                    "file": "b.txt",
                    "council": "Halton",
                    "gss": "E06000006",
                    "title": "Halton Directorate Plan",
                },
            ]
        ),
        encoding="utf-8",
    )
    store = tmp_path / "store"
    rows = json_rows("build", "--manifest", manifest, "--store", store, "--format", "json")
    assert [row["file"] for row in rows] == ["a.txt", "b.txt"]
    assert _plans(store) == [
        ("Halton", "Halton Directorate Plan", "2020", "2021"),
        ("Rutland", "Children and Young People's Directorate Plan 2009-2011", "2011", "2013"),
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--gss", "E06000051"], "--gss, --title, --type and --years need --council"),
        (["--council", "X", "--gss", "W06000001"], "--gss: GSS code 'W06000001' is not an English council's"),
        (["--council", "X", "--years", "2011-09"], "--years: years '2011-09' do not make a plan period"),
        (["--council", "X", "--type", "Strategy"], "--type: plan type 'Strategy' is unknown"),
    ],
)
def test_load_identity_errors(tmp_path: Path, options: list[str], message: str) -> None:
    store = tmp_path / "store"
    assert_one_error(invoke("load", HEREFORDSHIRE, *options, "--store", store), message)
    assert not store.exists()


def test_load_title_names_one_file(tmp_path: Path) -> None:
    result = invoke(
        "load", HEREFORDSHIRE, LAMBETH_2020, "--council", "X", "--title", "T", "--store", tmp_path / "s"
    )
    assert_one_error(result, "--title and --years describe one plan: load one file at a time")


def test_build_manifest_errors(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    manifest.write_text('[{"file": "missing.txt", "council": "X"}]', encoding="utf-8")
    store = tmp_path / "store"
    assert_one_error(invoke("build", "--manifest", manifest, "--store", store), "missing.txt: no such file")
    assert_one_error(
        invoke("build", LAMBETH_2020, "--manifest", manifest, "--store", store), "give FILES or --manifest"
    )
    manifest.write_text("[]", encoding="utf-8")
    assert_one_error(invoke("build", "--manifest", manifest, "--store", store), "lists no plan files")
    assert _stored_graphs(store) == 0


def _stored_graphs(store: Path) -> int:
    if not store.exists():
        return 0
    return len(json_rows("plans", "--format", "json", "--store", store))
