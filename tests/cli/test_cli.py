"""The ``councilkg`` command line, run in-process with click's ``CliRunner``."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from councilkg.cli.main import cli
from councilkg.data import bundled_plan, bundled_plans
from councilkg.store.embedded import EmbeddedStore
from councilkg.store.location import STORE_ENV

LAMBETH_2020 = bundled_plan("lambeth-childrens-directorate-plan-2020-21.txt").path
TITLE = "Children's Directorate Plan 2020/21"
PLAN_IRI = "https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21"
CSKA12 = f"{PLAN_IRI}/action/cska12"
CKG = "https://w3id.org/councilkg#"
REF_QUERY = "SELECT ?a ?ref WHERE { ?a ckg:ref ?ref }"

# rdflib's own parsers still use its deprecated Dataset/ConjunctiveGraph names.
pytestmark = pytest.mark.filterwarnings(r"ignore:.*(ConjunctiveGraph|Dataset\.):DeprecationWarning")


def invoke(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    """Return the result of running ``councilkg ARGS`` in-process."""
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def ok(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    """Return the result of a command that must succeed (exit 0, no exception)."""
    result = invoke(*args, env=env)
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr, result.exception)
    return result


def json_rows(*args: str | Path) -> Any:
    """Return the parsed JSON a successful command prints."""
    return json.loads(ok(*args).stdout)


def assert_one_error(result: Result, fragment: str) -> str:
    """Assert exit 2 with exactly one ``Error:`` line on stderr holding ``fragment``; return the line."""
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("Error: "), lines
    assert fragment in lines[0], lines[0]
    return lines[0]


def export_bytes(store: Path, export_format: str = "nquads") -> bytes:
    """Return ``councilkg export`` output for ``store``."""
    return ok("export", "--format", export_format, "--store", store).stdout_bytes


def stats(store: Path) -> dict[str, Any]:
    """Return ``councilkg stats --format json`` for ``store``."""
    data: dict[str, Any] = json_rows("stats", "--format", "json", "--store", store)
    return data


def summary_counts(*build_args: str | Path) -> dict[str, dict[str, Any]]:
    """Return ``build --format json`` output for ``build_args``, as {file name: row}."""
    rows = json_rows("build", *build_args, "--format", "json")
    return {row["file"]: row for row in rows}


COUNTS = ("priorities", "actions", "indicators", "observations", "risks", "people", "warnings")


@pytest.fixture
def store_copy(built_store_path: Path, tmp_path: Path) -> Path:
    """Return a writable copy of the session's built store."""
    copy = tmp_path / "store"
    shutil.copytree(built_store_path, copy)
    return copy


@pytest.fixture(scope="module")
def lambeth_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a store built from the Lambeth 2020 file with ``councilkg build FILE``."""
    path = tmp_path_factory.mktemp("lambeth") / "store"
    ok("build", LAMBETH_2020, "--store", path)
    return path


# -- build -----------------------------------------------------------------------------------------


def test_build_bundled_reports_counts_skips_and_warnings(tmp_path: Path) -> None:
    """``build`` with no files loads every bundled plan a loader reads, and warns with file:line."""
    store = tmp_path / "store"
    result = ok("build", "--store", store)
    rows = json_rows("build", "--store", tmp_path / "again", "--format", "json")
    assert [row["file"] for row in rows] == [plan.path.name for plan in bundled_plans()]
    loaded = [row for row in rows if not row["skipped"]]
    assert LAMBETH_2020.name in {row["file"] for row in loaded}
    skipped = len(rows) - len(loaded)
    assert result.stdout.count("skipped:") == skipped
    summary = rf"^{len(loaded)} plan\(s\) loaded, \d+ triples; {skipped} skipped\.$"
    assert re.search(summary, result.stdout, re.MULTILINE)
    assert "warning: lambeth-childrens-directorate-plan-2020-21.txt:134:" in result.stderr
    assert (store / "CURRENT").exists()


def test_build_file_loads_that_plan(tmp_path: Path) -> None:
    """``build FILE`` loads just that plan, skipping nothing, and ``plans`` then lists it."""
    store = tmp_path / "store"
    result = ok("build", LAMBETH_2020, "--store", store)
    assert "1 plan(s) loaded" in result.stdout
    assert "; 0 skipped." in result.stdout
    plans = json_rows("plans", "--format", "json", "--store", store)
    assert [p["title"] for p in plans] == [TITLE]


def test_store_from_environment_variable(tmp_path: Path) -> None:
    """``$COUNCILKG_STORE`` names the store when ``--store`` is not given."""
    store = tmp_path / "env-store"
    env = {STORE_ENV: str(store)}
    ok("build", LAMBETH_2020, env=env)
    assert (store / "CURRENT").exists()
    plans = json.loads(ok("plans", "--format", "json", env=env).stdout)
    assert [p["plan"] for p in plans] == [PLAN_IRI]


# -- plans -----------------------------------------------------------------------------------------


def test_plans_json(built_store_path: Path) -> None:
    """``plans --format json`` lists each loaded plan with its authority and years."""
    plans = json_rows("plans", "--format", "json", "--store", built_store_path)
    assert len({p["plan"] for p in plans}) == len(plans)
    [plan] = [p for p in plans if p["plan"] == PLAN_IRI]
    assert plan["title"] == TITLE
    assert plan["plan"] == PLAN_IRI
    assert plan["authority"] == "Lambeth"
    assert str(plan["start"]) == "2020"
    assert str(plan["end"]) == "2021"
    assert plan["loader"] == "lambeth-directorate-2020"


# -- query -----------------------------------------------------------------------------------------


def test_query_text_with_param(built_store_path: Path) -> None:
    """A ``--param`` binds a literal: ref=CSKA12 finds exactly the CSKA12 action."""
    rows = json_rows(
        "query", REF_QUERY, "--param", "ref=CSKA12", "--format", "json", "--store", built_store_path
    )
    assert rows == [{"a": CSKA12, "ref": "CSKA12"}]


def test_query_quoted_literal_param(built_store_path: Path) -> None:
    """A ``"quoted"`` parameter value is the same string literal as the bare value."""
    rows = json_rows(
        "query", REF_QUERY, "--param", 'ref="CSKA12"', "--format", "json", "--store", built_store_path
    )
    assert rows == [{"a": CSKA12, "ref": "CSKA12"}]


def test_query_named_owned_items(built_store_path: Path) -> None:
    """The named query ``owned-items`` lists actions, indicators and risks with their owner roles."""
    rows = json_rows(
        "query",
        "owned-items",
        "--param",
        "owner=id:person/alex-kubeyinje",
        "--format",
        "json",
        "--store",
        built_store_path,
    )
    refs = {row["ref"] for row in rows}
    assert {"CSKA07", "CSKA10", "CSKA11", "CSKA12", "CSSR0001"} <= refs
    assert {"responsible", "riskOwner", "indicatorOwner"} <= {row["role"] for row in rows}
    assert {row["owner"] for row in rows} == {"https://w3id.org/councilkg/id/person/alex-kubeyinje"}
    by_ref = {row["ref"]: row for row in rows if row["ref"]}
    assert by_ref["CSSR0001"]["type"] == "Risk"
    assert by_ref["CSSR0001"]["role"] == "riskOwner"
    assert by_ref["CSKA12"]["role"] == "responsible"


def test_query_rq_file(built_store_path: Path, tmp_path: Path) -> None:
    """A ``.rq`` file is read as the query, parameters included."""
    query_file = tmp_path / "actions.rq"
    query_file.write_text(
        f"SELECT ?a WHERE {{ ?a a ckg:Action ; ckg:inPlan <{PLAN_IRI}> }}\n", encoding="utf-8"
    )
    rows = json_rows("query", query_file, "--format", "json", "--store", built_store_path)
    assert len(rows) == 37
    assert {"a": CSKA12} in rows
    by_ref = tmp_path / "by-ref.rq"
    by_ref.write_text(REF_QUERY, encoding="utf-8")
    rows = json_rows(
        "query", by_ref, "--param", "ref=CSKA12", "--format", "json", "--store", built_store_path
    )
    assert rows == [{"a": CSKA12, "ref": "CSKA12"}]


@pytest.mark.parametrize("output_format, separator", [("csv", ","), ("tsv", "\t")])
def test_query_csv_tsv(built_store_path: Path, output_format: str, separator: str) -> None:
    """``--format csv|tsv`` prints a header of the selected variables, then one line per row."""
    result = ok(
        "query", REF_QUERY, "--param", "ref=CSKA12", "--format", output_format, "--store", built_store_path
    )
    assert result.stdout.splitlines() == [f"a{separator}ref", f"{CSKA12}{separator}CSKA12"]


def test_query_ask(built_store_path: Path) -> None:
    """An ASK query prints one ``result`` row: true when it matches, false when not."""
    yes = json_rows("query", 'ASK { ?a ckg:ref "CSKA12" }', "--format", "json", "--store", built_store_path)
    assert yes == [{"result": True}]
    no = json_rows("query", 'ASK { ?a ckg:ref "NOPE99" }', "--format", "json", "--store", built_store_path)
    assert no == [{"result": False}]
    table = ok("query", 'ASK { ?a ckg:ref "CSKA12" }', "--store", built_store_path).stdout
    assert "result" in table
    assert "true" in table.casefold()


def test_query_construct_prints_ntriples(built_store_path: Path) -> None:
    """A CONSTRUCT query prints N-Triples lines that parse back."""
    result = ok(
        "query",
        f"CONSTRUCT {{ ?a ckg:ref ?r }} WHERE {{ ?a a ckg:Action ; ckg:inPlan <{PLAN_IRI}> ; ckg:ref ?r }}",
        "--store",
        built_store_path,
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 36
    assert f'<{CSKA12}> <{CKG}ref> "CSKA12" .' in lines
    graph = Graph().parse(data=result.stdout, format="nt")
    assert (URIRef(CSKA12), URIRef(CKG + "ref"), Literal("CSKA12")) in graph


@pytest.mark.parametrize(
    "value",
    [
        '" } ; DROP ALL ; #',
        "<http://x> ?p ?o",
        '"x" } ; DROP ALL ; INSERT DATA { <a:b> <a:c> "d" } ; "y"',
        'CS"KA12',
        "CSKA12' } #",
    ],
)
def test_query_param_is_never_spliced(built_store_path: Path, value: str) -> None:
    """A parameter holding SPARQL syntax or quotes is one literal: it matches nothing and changes nothing."""
    before = stats(built_store_path)
    result = ok(
        "query", REF_QUERY, "--param", f"ref={value}", "--format", "json", "--store", built_store_path
    )
    assert json.loads(result.stdout) == []
    assert result.stderr == ""
    assert stats(built_store_path) == before


# -- errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["SELECT WHERE {"], "invalid SPARQL"),
        (["no-such-query"], "is not SPARQL, a .rq file or a named query"),
        (["just some words"], "is not SPARQL"),
        ([REF_QUERY, "--param", "ref"], "must be NAME=VALUE"),
        ([REF_QUERY, "--param", "=CSKA12"], "must be NAME=VALUE"),
        ([REF_QUERY, "--param", "owner=CSKA12"], "the query has no variable ?owner"),
        (["SELECT ?a WHERE { ?a ckg:ref ?ref }", "--param", "ref=CSKA12"], "must be selected"),
        ([REF_QUERY, "--param", "a=<not an iri>"], "is not a valid IRI"),
        (["missing-file.rq"], "query file missing-file.rq not found"),
        # Longer than a file name may be: still read as SPARQL, not an OS error.
        ([REF_QUERY.replace("?ref", "?" + "r" * 300), "--param", "ref=X"], "the query has no variable ?ref"),
        (["SELECT ?a WHERE { ?a ckg:ref ?" + "r" * 300 + " " * 300], "invalid SPARQL"),
    ],
)
def test_query_errors(built_store_path: Path, args: list[str], fragment: str) -> None:
    """A bad query, query name or ``--param`` is one ``Error:`` line and exit 2."""
    assert_one_error(invoke("query", *args, "--store", built_store_path), fragment)


@pytest.mark.parametrize(
    "args",
    [["plans"], ["query", REF_QUERY], ["export"], ["stats"], ["validate"]],
    ids=lambda args: args[0],
)
def test_missing_store_is_an_error(tmp_path: Path, args: list[str]) -> None:
    """Reading commands on a store that does not exist fail with exit 2 and create nothing."""
    missing = tmp_path / "no-store"
    assert_one_error(invoke(*args, "--store", missing), f"no store at {missing}")
    assert not missing.exists()


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "no-such-plan.txt"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    return folder


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path


def _whitespace(tmp_path: Path) -> Path:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\t\r\n   \n")
    return path


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "scan.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    return path


def _utf16(tmp_path: Path) -> Path:
    path = tmp_path / "minutes-utf16.txt"
    path.write_bytes("Minutes of the meeting\n\nThe board noted the report.\n".encode("utf-16"))
    return path


def _latin1(tmp_path: Path) -> Path:
    path = tmp_path / "plan-latin1.txt"
    # Latin-1 with a control byte: neither UTF-8 nor the Windows-1252 that councilkg also reads.
    path.write_bytes("Children's Directorate Plan\nBudget £20,440\x1b\n".encode("latin-1"))
    return path


def _unknown_layout(tmp_path: Path) -> Path:
    path = tmp_path / "shopping-list.txt"
    path.write_text("Shopping list\n\n- eggs\n- milk\n- bread\n", encoding="utf-8")
    return path


BAD_FILES: list[tuple[Callable[[Path], Path], str]] = [
    (_missing, "no such file"),
    (_folder, "not a file"),
    (_empty, "file is empty"),
    (_whitespace, "file is empty"),
    (_binary, "binary file"),
    (_utf16, "no plan items found"),  # decoded fine; minutes state no plan item
    (_latin1, "not UTF-8"),
    (_unknown_layout, "no plan items found"),
]


@pytest.mark.parametrize(
    "make_file, fragment", BAD_FILES, ids=lambda value: getattr(value, "__name__", "").lstrip("_")
)
def test_bad_build_is_an_error_and_leaves_store_unchanged(
    lambeth_store: Path, tmp_path: Path, make_file: Callable[[Path], Path], fragment: str
) -> None:
    """``build`` of an unusable file prints one ``Error:`` line naming it, exits 2 and writes nothing."""
    bad = make_file(tmp_path)
    before = export_bytes(lambeth_store)
    line = assert_one_error(invoke("build", bad, "--store", lambeth_store), fragment)
    assert str(bad) in line
    assert export_bytes(lambeth_store) == before


@pytest.mark.parametrize("command", ["build", "load"])
def test_a_first_load_that_reads_no_plan_leaves_no_store_behind(tmp_path: Path, command: str) -> None:
    """Into a store folder that does not exist yet, a file with no plan items gives one line, exit 2,
    and neither the folder nor anything beside it (name index, extracted texts) is left."""
    bad = _unknown_layout(tmp_path)
    store = tmp_path / "new" / "store"
    assert_one_error(invoke(command, bad, "--store", store), "no plan items found")
    assert not store.exists() and list(store.parent.iterdir()) == []
    ok("load", LAMBETH_2020, "--store", store)  # a good load still creates it
    assert store.is_dir()


def test_bad_file_after_good_one_writes_nothing(lambeth_store: Path, tmp_path: Path) -> None:
    """``build GOOD BAD`` fails before writing, so even the good plan's graph is left as it was."""
    before = export_bytes(lambeth_store)
    bad = _unknown_layout(tmp_path)
    assert_one_error(invoke("build", LAMBETH_2020, bad, "--store", lambeth_store), "no plan items found")
    assert export_bytes(lambeth_store) == before


def test_utf16_plan_builds_like_the_utf8_one(tmp_path: Path) -> None:
    """A UTF-16 copy (with BOM) of the plan loads with the same facts and source lines.

    Regression: UTF-16 text was once refused as "binary (NUL byte)".
    """
    copy = tmp_path / "plan-utf16.txt"
    copy.write_bytes(LAMBETH_2020.read_text(encoding="utf-8").encode("utf-16"))
    original_store, copy_store = tmp_path / "a", tmp_path / "b"
    assert invoke("build", LAMBETH_2020, "--store", original_store).exit_code == 0
    assert invoke("build", copy, "--store", copy_store).exit_code == 0
    query = "SELECT ?ref ?line WHERE { ?a ckg:ref ?ref ; ckg:sourceLine ?line } ORDER BY ?ref"
    rows = [
        invoke("query", query, "--store", where, "--format", "csv").stdout
        for where in (original_store, copy_store)
    ]
    assert rows[0] == rows[1] and "CSKA12,120" in rows[0]


def test_build_store_path_is_a_file(tmp_path: Path) -> None:
    """``--store`` naming a file, not a folder, is one ``Error:`` line."""
    not_a_folder = tmp_path / "store.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    assert_one_error(invoke("build", LAMBETH_2020, "--store", not_a_folder), "is a file, not a store folder")


# -- export ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def exported_quads(built_store_path: Path) -> Dataset:
    """Return the built store's N-Quads export parsed by rdflib."""
    return Dataset().parse(data=export_bytes(built_store_path), format="nquads")


def _quad_count(dataset: Dataset) -> int:
    return sum(1 for _ in dataset.quads((None, None, None, None)))


def test_export_nquads_stdout_and_file(built_store_path: Path, tmp_path: Path) -> None:
    """``export`` writes N-Quads to stdout by default, and the same bytes to ``-o FILE``."""
    stdout = export_bytes(built_store_path)
    assert stdout.startswith(b"<")
    target = tmp_path / "plans.nq"
    result = ok("export", "-o", target, "--store", built_store_path)
    assert result.stdout == ""
    assert target.read_bytes() == stdout
    assert f"wrote {len(stdout)} bytes to {target}" in result.stderr
    assert [path.name for path in tmp_path.iterdir()] == ["plans.nq"]  # no partial file left


def test_export_to_an_unwritable_place_leaves_nothing(built_store_path: Path, tmp_path: Path) -> None:
    """A failed ``export -o`` says why and leaves neither the file nor a partial one."""
    target = tmp_path / "missing-folder" / "plans.nq"
    result = invoke("export", "-o", target, "--store", built_store_path)
    assert result.exit_code == 2
    assert f"cannot write {target}" in result.stderr
    assert not target.parent.exists()


def test_export_nquads_holds_every_graph(built_store_path: Path, exported_quads: Dataset) -> None:
    """The N-Quads export holds every quad ``stats`` counts, in the plan's own named graph."""
    counts = stats(built_store_path)["graphs"]
    assert _quad_count(exported_quads) == sum(g["triples"] for g in counts)
    action = (URIRef(CSKA12), RDF.type, URIRef(CKG + "Action"))
    graphs = {str(graph) for _, _, _, graph in exported_quads.quads((*action, None))}
    assert PLAN_IRI in graphs


@pytest.mark.parametrize("export_format, rdflib_format", [("trig", "trig"), ("jsonld", "json-ld")])
def test_export_quad_formats_parse_back(
    built_store_path: Path, exported_quads: Dataset, export_format: str, rdflib_format: str
) -> None:
    """TriG and JSON-LD exports parse back to the same quads as the N-Quads export."""
    data = export_bytes(built_store_path, export_format)
    assert data.strip()
    dataset = Dataset().parse(data=data, format=rdflib_format)
    assert _quad_count(dataset) == _quad_count(exported_quads)
    assert {str(g.identifier) for g in dataset.graphs()} == {
        str(g.identifier) for g in exported_quads.graphs()
    }


@pytest.mark.parametrize("export_format, rdflib_format", [("turtle", "turtle"), ("ntriples", "nt")])
def test_export_triple_formats_parse_back(
    built_store_path: Path, exported_quads: Dataset, export_format: str, rdflib_format: str
) -> None:
    """Turtle and N-Triples exports parse back to the merge of the graphs (each triple once)."""
    data = export_bytes(built_store_path, export_format)
    assert data.strip()
    graph = Graph().parse(data=data, format=rdflib_format)
    merged = {(s, p, o) for s, p, o, _ in exported_quads.quads((None, None, None, None))}
    assert len(graph) == len(merged)
    assert (URIRef(CSKA12), URIRef(CKG + "ref"), Literal("CSKA12")) in graph


def test_export_is_byte_stable(tmp_path: Path) -> None:
    """Rebuilding a store, or building a fresh one the same way, gives byte-identical exports."""
    first, second = tmp_path / "first", tmp_path / "second"
    ok("build", LAMBETH_2020, "--store", first)
    nquads, turtle = export_bytes(first), export_bytes(first, "turtle")
    ok("build", LAMBETH_2020, "--store", first)
    assert export_bytes(first) == nquads
    assert export_bytes(first, "turtle") == turtle
    ok("build", LAMBETH_2020, "--store", second)
    assert export_bytes(second) == nquads


# -- validate, stats, loaders, queries -------------------------------------------------------------


def test_validate_conforms(built_store_path: Path) -> None:
    """``validate`` on the built store exits 0 and says it conforms."""
    result = ok("validate", "--store", built_store_path)
    assert "Conforms" in result.stdout
    assert result.stderr == ""


def test_validate_lists_violations(store_copy: Path) -> None:
    """``validate`` exits 1 and lists the node that breaks a shape, with the missing properties."""
    bad_action = URIRef("https://w3id.org/councilkg/id/test/bad-action")
    graph = Graph(identifier=URIRef("https://w3id.org/councilkg/id/plan/test/broken"))
    graph.add((bad_action, RDF.type, URIRef(CKG + "Action")))
    with EmbeddedStore.open(store_copy) as store:
        store.replace_plan(graph)
    result = invoke("validate", "--format", "json", "--store", store_copy)
    assert result.exit_code == 1, (result.stdout, result.stderr, result.exception)
    violations = json.loads(result.stdout)
    assert violations
    assert {v["focus"] for v in violations} == {str(bad_action)}
    assert {CKG + "sourceLine", CKG + "inPlan"} <= {v["path"] for v in violations}
    assert result.stderr.strip() == f"Error: {len(violations)} SHACL violation(s)"
    table = invoke("validate", "--store", store_copy)
    assert table.exit_code == 1
    assert "id:test\\/bad-action" in table.stdout  # the spelling SPARQL reads back
    assert "ckg:sourceLine" in table.stdout


def test_validate_include_private_checks_appraisals(store_copy: Path) -> None:
    """``validate --include-private`` checks appraisal objectives; plain ``validate`` does not read them."""
    objective = URIRef("https://w3id.org/councilkg/id/graph/appraisals/test/objective/1")
    private = Graph(identifier=URIRef("https://w3id.org/councilkg/id/graph/appraisals/test"))
    private.add((objective, RDF.type, URIRef(CKG + "AppraisalObjective")))
    with EmbeddedStore.open(store_copy) as store:
        store.replace_private_graph(private)
    assert "Conforms" in ok("validate", "--store", store_copy).stdout
    result = invoke("validate", "--include-private", "--format", "json", "--store", store_copy)
    assert result.exit_code == 1, (result.stdout, result.stderr, result.exception)
    assert {v["focus"] for v in json.loads(result.stdout)} == {str(objective)}


def test_validate_missing_store_exits_2(tmp_path: Path) -> None:
    """``validate`` on a store that does not exist exits 2 (could not load)."""
    assert_one_error(invoke("validate", "--store", tmp_path / "nope"), "no store at")


def test_stats_json(built_store_path: Path) -> None:
    """``stats --format json`` counts triples per graph and instances per class."""
    data = stats(built_store_path)
    assert set(data) == {"graphs", "classes"}
    classes = {row["class"]: row["instances"] for row in data["classes"]}
    for name in ("Action", "Risk"):
        instances = json_rows(
            "query", f"SELECT ?x WHERE {{ ?x a ckg:{name} }}", "--format", "json", "--store", built_store_path
        )
        assert classes[name] == len(instances) > 0
    graphs = {row["graph"]: row["triples"] for row in data["graphs"]}
    assert PLAN_IRI in graphs
    assert graphs[PLAN_IRI] > 1000


def test_loaders_lists_lambeth() -> None:
    """``loaders`` lists the Lambeth 2020 directorate-plan loader with a description."""
    rows = json_rows("loaders", "--format", "json")
    by_name = {row["name"]: row["description"] for row in rows}
    assert "lambeth-directorate-2020" in by_name
    assert by_name["lambeth-directorate-2020"]
    assert "lambeth-directorate-2020" in ok("loaders").stdout


def test_queries_lists_named_queries() -> None:
    """``queries`` lists the shipped named queries, ``owned-items`` and ``plans`` among them."""
    names = {row["name"] for row in json_rows("queries", "--format", "json")}
    assert {"owned-items", "plans"} <= names
    table = ok("queries").stdout
    assert "owned-items" in table


# -- store in use, version -------------------------------------------------------------------------


def test_store_in_use(store_copy: Path) -> None:
    """While a writer holds the store, ``build`` fails with "in use" and ``plans`` still reads it."""
    writer = EmbeddedStore.open(store_copy)
    try:
        assert_one_error(invoke("build", LAMBETH_2020, "--store", store_copy), "in use")
        plans = json_rows("plans", "--format", "json", "--store", store_copy)
        assert TITLE in [p["title"] for p in plans]
    finally:
        writer.close()
    ok("build", LAMBETH_2020, "--store", store_copy)


def test_version() -> None:
    """``--version`` prints the version from the package metadata."""
    result = ok("--version")
    assert result.stdout.strip() == f"councilkg, version {version('councilkg')}"
