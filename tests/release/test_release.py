"""``councilkg release``: every file parses in rdflib and pyoxigraph, the VoID and DCAT pass the
project's release shapes, the VoID counts are the real counts, no private triple is released, the
CSVs parse, and a release is written whole or not at all (issue 22)."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import resource
import shutil
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SH, VOID

from councilkg.build.appraisals import load_appraisals
from councilkg.cli.main import cli
from councilkg.data import example_appraisals
from councilkg.errors import ReleaseError
from councilkg.ontology import ontology_path
from councilkg.ontology.graphs import PRIVATE_GRAPH_PREFIX
from councilkg.ontology.vocab import CKG, NOT_STATED, SD, SPDX
from councilkg.release.write import ReleaseSummary, write_release
from councilkg.store.embedded import EmbeddedStore

DAY = date(2026, 1, 31)
RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}
RDFLIB_FORMATS = {".ttl": "turtle", ".nq": "nquads", ".trig": "trig"}
CSV_COLUMNS = {
    "items.csv": ["plan", "planTitle", "type", "item", "ref", "label", "sourceFile", "line"],
    "owners.csv": [
        "plan",
        "planTitle",
        "owner",
        "ownerType",
        "ownerLabel",
        "role",
        "holder",
        "holderLabel",
        "item",
        "itemType",
        "ref",
        "itemLabel",
        "line",
    ],
}
HOSTILE_PLAN = (
    "Wessex Council\nChildren and Young People's Plan 2012-2015\n\n"
    'Priority 1: =HYPERLINK("http://evil.example/","Click")\n'
    "We will:\n• Audit every plan\n"
)


@pytest.fixture(scope="module")
def store_path(built_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a store of the bundled plans with the example appraisals in a private graph."""
    path = tmp_path_factory.mktemp("release-store") / "store"
    shutil.copytree(built_store_path, path)
    with EmbeddedStore.open(path) as store:
        load_appraisals(store, example_appraisals())
    return path


@pytest.fixture(scope="module")
def released(store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> ReleaseSummary:
    """Return the release of that store."""
    folder = tmp_path_factory.mktemp("release") / "out"
    with EmbeddedStore.open(store_path, read_only=True) as store:
        return write_release(store, folder, issued=DAY)


def rdf_files(folder: Path) -> list[Path]:
    """Return the RDF files of a release."""
    return sorted(p for p in folder.rglob("*") if p.suffix in RDF_FORMATS)


def ox_quads(path: Path) -> list[ox.Quad]:
    """Return the quads of an RDF file as pyoxigraph parses it (relative IRIs against the file)."""
    return list(ox.parse(path=str(path), format=RDF_FORMATS[path.suffix], base_iri=path.resolve().as_uri()))


def rdflib_graph(path: Path) -> Graph:
    """Return an RDF file of a release as rdflib parses it."""
    graph = Dataset() if path.suffix != ".ttl" else Graph()
    return graph.parse(path, format=RDFLIB_FORMATS[path.suffix])


def shapes_report(path: Path) -> tuple[bool, str]:
    """Return whether a release file conforms to the release shapes, and pySHACL's text."""
    shapes = Graph().parse(ontology_path("release-shapes.ttl"), format="turtle")
    conforms, _, text = pyshacl.validate(rdflib_graph(path), shacl_graph=shapes, advanced=True)
    return bool(conforms), str(text)


# -- the files ---------------------------------------------------------------------------------


def test_every_file_the_summary_names_is_written(released: ReleaseSummary) -> None:
    folder = released.folder
    names = {f.path for f in released.files}
    assert {"dataset.nq", "dataset.trig", "dataset.ttl", "void.ttl", "catalog.ttl", "validation.ttl",
            "cube.ttl", "items.csv", "indicators.csv", "owners.csv", "README.md",
            "SHA256SUMS"} <= names  # fmt: skip
    assert {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} == names
    assert len([n for n in names if n.startswith("graphs/")]) == released.graphs == 6
    assert not list(folder.parent.glob(".*.part")), "the temporary folder was left behind"


def test_every_rdf_file_parses_in_rdflib_and_pyoxigraph(released: ReleaseSummary) -> None:
    files = rdf_files(released.folder)
    assert len(files) == 7 + 6  # the dumps, the report, VoID, DCAT, the cube, and a file per graph
    for path in files:
        quads = ox_quads(path)
        assert quads, path
        assert len(rdflib_graph(path)) == len({q.triple for q in quads} if path.suffix == ".ttl" else quads)


@pytest.mark.parametrize("name", ["void.ttl", "catalog.ttl"])
def test_void_and_dcat_conform_to_the_release_shapes(released: ReleaseSummary, name: str) -> None:
    conforms, text = shapes_report(released.folder / name)
    assert conforms, text


def _broken(source: Path, target: Path, drop: tuple[URIRef, ...] = (), add: tuple = ()) -> Path:
    graph = Graph().parse(source, format="turtle")
    for predicate in drop:
        graph.remove((None, predicate, None))
    for triple in add:
        graph.add(triple)
    target.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    return target


@pytest.mark.parametrize(
    ("name", "drop", "fault"),
    [
        ("void.ttl", (VOID.triples,), "void:triples"),
        ("void.ttl", (VOID.classPartition,), "void:classPartition"),
        ("void.ttl", (SD.name,), "sd:name"),
        ("catalog.ttl", (DCAT.byteSize,), "dcat:byteSize"),
        ("catalog.ttl", (SPDX.checksumValue,), "spdx:checksumValue"),
        ("catalog.ttl", (DCTERMS.publisher,), "dcterms:publisher"),
        ("catalog.ttl", (DCTERMS.license,), "dcterms:license"),
    ],
)
def test_the_release_shapes_catch_what_is_missing(
    released: ReleaseSummary, tmp_path: Path, name: str, drop: tuple[URIRef, ...], fault: str
) -> None:
    conforms, _ = shapes_report(_broken(released.folder / name, tmp_path / name, drop))
    assert not conforms, f"dropping {fault} went unnoticed"


def test_a_licence_must_be_an_iri_or_not_stated(released: ReleaseSummary, tmp_path: Path) -> None:
    source = released.folder / "catalog.ttl"
    dataset = next(Graph().parse(source).subjects(DCTERMS.license, Literal(NOT_STATED)))
    broken = _broken(
        source, tmp_path / "catalog.ttl", (DCTERMS.license,), ((dataset, DCTERMS.license, Literal("?")),)
    )
    assert not shapes_report(broken)[0]


def test_void_counts_are_the_real_counts(released: ReleaseSummary) -> None:
    folder = released.folder
    quads = ox_quads(folder / "dataset.nq")
    merged = {q.triple for q in quads}
    void = Graph().parse(folder / "void.ttl", format="turtle")
    (dataset,) = void.objects(None, FOAF.primaryTopic)

    def number(node: object, predicate: URIRef) -> int:
        value = void.value(node, predicate)  # type: ignore[arg-type]
        assert isinstance(value, Literal), (node, predicate)
        return int(value)

    # 6 more since ckg:threadRows was added to the ontology
    assert number(dataset, VOID.triples) == len(merged) == released.triples == 23297
    assert number(dataset, VOID.distinctSubjects) == len({t.subject for t in merged})
    assert number(dataset, VOID.distinctObjects) == len({t.object for t in merged})
    assert number(dataset, VOID.properties) == len({t.predicate for t in merged})
    rdf_type = ox.NamedNode(str(RDF.type))
    typed = {(t.object.value, str(t.subject)) for t in merged if t.predicate == rdf_type}
    assert number(dataset, VOID.classes) == len({cls for cls, _ in typed})
    for partition in void.objects(dataset, VOID.classPartition):
        cls = str(void.value(partition, VOID["class"]))
        assert number(partition, VOID.entities) == len({s for c, s in typed if c == cls}), cls
    for partition in void.objects(dataset, VOID.propertyPartition):
        prop = str(void.value(partition, VOID.property))
        assert number(partition, VOID.triples) == sum(t.predicate.value == prop for t in merged), prop
    per_graph: dict[str, int] = {}
    for quad in quads:
        per_graph[str(quad.graph_name.value)] = per_graph.get(str(quad.graph_name.value), 0) + 1  # type: ignore[union-attr]
    subsets = {
        str(void.value(s, SD.name)): number(s, VOID.triples) for s in void.objects(dataset, VOID.subset)
    }
    assert subsets == per_graph
    for subset in void.objects(dataset, VOID.subset):
        dump = void.value(subset, VOID.dataDump)
        path = folder / str(dump).removeprefix(folder.resolve().as_uri() + "/")
        assert len(ox_quads(path)) == number(subset, VOID.triples)
    assert void.value(dataset, VOID.sparqlEndpoint) is None  # only when --endpoint-url is given


def test_no_private_triple_is_in_any_file(store_path: Path, released: ReleaseSummary) -> None:
    with EmbeddedStore.open(store_path, read_only=True) as store:
        private = [g for g in store.graphs(include_private=True) if str(g).startswith(PRIVATE_GRAPH_PREFIX)]
        assert private, "the store must hold a private graph for this test to mean anything"
        public = {q.triple for q in store.quads()}
        secret = {q.triple for g in private for q in store.graph_quads(g)} - public
    assert secret
    words = {t.object.value for t in secret if isinstance(t.object, ox.Literal) and len(t.object.value) > 12}
    assert words
    for path in sorted(p for p in released.folder.rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8")
        assert PRIVATE_GRAPH_PREFIX not in text, path
        assert not [w for w in words if w in text], path
        if path.suffix in RDF_FORMATS:
            assert not secret & {q.triple for q in ox_quads(path)}, path


def test_the_csvs_parse_and_hold_the_plans_facts(released: ReleaseSummary) -> None:
    tables = {}
    for name in ("items.csv", "indicators.csv", "owners.csv"):
        with (released.folder / name).open(encoding="utf-8", newline="") as stream:
            tables[name] = list(csv.DictReader(stream))
        assert tables[name], name
    for name, columns in CSV_COLUMNS.items():
        assert list(tables[name][0]) == columns
    cska12 = [r for r in tables["items.csv"] if r["ref"] == "CSKA12"]
    assert [(r["type"], r["sourceFile"]) for r in cska12] == [
        ("Action", "lambeth-childrens-directorate-plan-2020-21.txt")
    ]
    assert cska12[0]["line"].isdigit()
    assert {r["type"] for r in tables["items.csv"]} == {
        "Outcome",
        "Priority",
        "Action",
        "Project",
        "Indicator",
        "Risk",
    }
    ni65 = [r for r in tables["indicators.csv"] if "NI 65" in r["nationalCodes"]]
    assert {r["measure"] for r in ni65} >= {"Outturn", "Target"}
    owned = {(r["ownerLabel"], r["ref"]) for r in tables["owners.csv"]}
    assert ("Alex Kubeyinje", "CSKA12") in owned or any(
        r["holderLabel"] == "Alex Kubeyinje" and r["ref"] == "CSKA12" for r in tables["owners.csv"]
    )


def test_the_catalogue_describes_each_plan_and_file(store_path: Path, released: ReleaseSummary) -> None:
    folder = released.folder
    catalog = Graph().parse(folder / "catalog.ttl", format="turtle")
    plans = list(catalog.objects(None, DCTERMS.hasPart))
    assert len(plans) == released.plans == 4
    with EmbeddedStore.open(store_path, read_only=True) as store:
        digests = {
            row[0].value: row[1].value  # type: ignore[union-attr]
            for row in store.query(
                "SELECT ?file ?sha WHERE { ?s a ckg:SourceDocument ; ckg:fileName ?file ; ckg:sha256 ?sha }"
            ).rows
        }
    for plan in plans:
        assert catalog.value(plan, DCTERMS.license) == Literal(NOT_STATED)
        assert catalog.value(plan, DCTERMS.publisher) is not None
        period = catalog.value(plan, DCTERMS.temporal)
        assert (
            catalog.value(period, DCAT.startDate) is not None
            and catalog.value(period, DCAT.endDate) is not None
        )
        source = catalog.value(plan, DCTERMS.source)
        name = str(catalog.value(source, CKG.fileName))
        checksum = catalog.value(source, SPDX.checksum)
        assert str(catalog.value(checksum, SPDX.checksumValue)) == digests[name]
        assert len(list(catalog.objects(plan, DCAT.distribution))) == 1
    lambeth = URIRef("http://statistics.data.gov.uk/id/statistical-geography/E09000022")
    assert len(list(catalog.subjects(DCTERMS.spatial, lambeth))) == 3  # two plans and the release
    distributions = list(catalog.subjects(RDF.type, DCAT.Distribution))
    assert len(distributions) == len(released.files) - 2  # all but the catalogue itself and SHA256SUMS
    for distribution in distributions:
        url = str(catalog.value(distribution, DCAT.downloadURL))
        path = folder / url.removeprefix(folder.resolve().as_uri() + "/")
        data = path.read_bytes()
        assert int(catalog.value(distribution, DCAT.byteSize)) == len(data), url  # type: ignore[arg-type]
        checksum = catalog.value(distribution, SPDX.checksum)
        assert str(catalog.value(checksum, SPDX.checksumValue)) == hashlib.sha256(data).hexdigest(), url


def test_sha256sums_list_every_other_file(released: ReleaseSummary) -> None:
    lines = (released.folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    listed = dict(reversed(line.split("  ", 1)) for line in lines)
    files = {p.relative_to(released.folder).as_posix() for p in released.folder.rglob("*") if p.is_file()}
    assert set(listed) == files - {"SHA256SUMS"}
    for name, digest in listed.items():
        assert hashlib.sha256((released.folder / name).read_bytes()).hexdigest() == digest, name


def test_the_readme_states_files_provenance_and_licences(released: ReleaseSummary) -> None:
    text = (released.folder / "README.md").read_text(encoding="utf-8")
    for written in released.files:
        assert f"`{written.path}`" in text, written.path
    assert (
        "c537b3096765273bcd7074299a298bf6b13eee1ef068a667392e3796079af6b4" in text
    )  # Herefordshire's source
    assert "councilkg release DIR" in text and "2026-01-31" in text
    assert text.count(f"| {NOT_STATED} |") == 4


# -- written whole, or not at all ------------------------------------------------------------


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a store of one small plan whose labels are hostile to spreadsheets."""
    folder = tmp_path_factory.mktemp("small")
    plan = folder / "wessex-cypp-2012-15.txt"
    plan.write_text(HOSTILE_PLAN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["load", str(plan), "--store", str(folder / "store")])
    assert result.exit_code == 0, result.output
    return folder / "store"


def release_cli(store: Path, *args: str | Path) -> tuple[int, str]:
    """Run ``councilkg release`` in-process; return its exit code and standard error."""
    result = CliRunner().invoke(cli, ["release", *map(str, args), "--store", str(store)])
    return result.exit_code, result.stderr


def test_a_release_is_reproducible(small_store: Path, tmp_path: Path) -> None:
    """The same store and date give the same bytes, the SHACL report's blank nodes included (this
    plan's council has no GSS code, so the report lists a violation)."""
    sums = []
    for name in ("first", "second"):
        with EmbeddedStore.open(small_store, read_only=True) as store:
            summary = write_release(store, tmp_path / name, issued=DAY)
        assert not summary.conforms
        sums.append((summary.folder / "SHA256SUMS").read_bytes())
    assert sums[0] == sums[1]
    report = Graph().parse(tmp_path / "first" / "validation.ttl", format="turtle")
    assert len(list(report.subjects(RDF.type, SH.ValidationResult))) >= 1


def test_endpoint_url_is_stated_only_when_given(small_store: Path, tmp_path: Path) -> None:
    with EmbeddedStore.open(small_store, read_only=True) as store:
        summary = write_release(store, tmp_path / "r", issued=DAY, endpoint_url="https://example.org/sparql")
    void = Graph().parse(summary.folder / "void.ttl", format="turtle")
    assert list(void.objects(None, VOID.sparqlEndpoint)) == [URIRef("https://example.org/sparql")]
    assert shapes_report(summary.folder / "void.ttl")[0]


def test_formula_cells_are_quoted_in_the_csvs(small_store: Path, tmp_path: Path) -> None:
    code, _ = release_cli(small_store, tmp_path / "r")
    assert code == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "r" / "items.csv").read_text(encoding="utf-8"))))
    labels = [row[5] for row in rows[1:]]
    assert any(label.startswith("'=HYPERLINK(") for label in labels)
    assert not any(label.startswith("=") for label in labels)


def test_a_folder_with_files_is_refused(small_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    code, stderr = release_cli(small_store, folder)
    assert code == 2
    assert stderr.strip().splitlines() == [
        f"Error: {folder} exists and is not empty; choose a new folder, or give --force to replace "
        "the release in it"
    ]
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    code, stderr = release_cli(small_store, folder, "--force")  # --force replaces only a release
    assert code == 2 and "not a councilkg release" in stderr and len(stderr.strip().splitlines()) == 1
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_force_replaces_a_previous_release(small_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "r"
    assert release_cli(small_store, folder)[0] == 0
    (folder / "stale.txt").write_text("from before", encoding="utf-8")
    assert release_cli(small_store, folder)[0] == 2
    assert release_cli(small_store, folder, "--force")[0] == 0
    assert not (folder / "stale.txt").exists() and (folder / "catalog.ttl").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]  # nothing left beside it


def test_an_empty_folder_is_used(small_store: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert release_cli(small_store, tmp_path / "empty")[0] == 0
    assert (tmp_path / "empty" / "void.ttl").is_file()


@pytest.mark.parametrize("kind", ["file", "link"])
def test_a_file_or_link_in_the_way_is_refused(small_store: Path, tmp_path: Path, kind: str) -> None:
    target = tmp_path / "target"
    if kind == "file":
        target.write_text("x", encoding="utf-8")
    else:
        (tmp_path / "elsewhere").mkdir()
        target.symlink_to(tmp_path / "elsewhere")
    code, stderr = release_cli(small_store, target, "--force")
    assert code == 2 and len(stderr.strip().splitlines()) == 1
    assert ("is a file" if kind == "file" else "is a symbolic link") in stderr
    assert not list((tmp_path / "elsewhere").iterdir()) if kind == "link" else target.read_text() == "x"


def test_an_empty_store_is_refused(tmp_path: Path) -> None:
    with EmbeddedStore.open(":memory:") as store, pytest.raises(ReleaseError, match="holds no plans"):
        write_release(store, tmp_path / "r")
    assert not list(tmp_path.iterdir())


def _small_files() -> None:
    """In the child: files may grow to 200 kB; writing more fails with EFBIG (Python ignores SIGXFSZ)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def test_a_release_that_fails_midway_leaves_nothing(store_path: Path, tmp_path: Path) -> None:
    """The disk refuses the 6 MB N-Quads file (a file-size limit): one line, exit 2, no folder, no
    temporary folder beside it."""
    target = tmp_path / "r"
    result = subprocess.run(
        [sys.executable, "-m", "councilkg", "release", str(target), "--store", str(store_path)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_small_files,
        env=os.environ.copy(),
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"Error: cannot write the release {target}: File too large; nothing was written"
    ]
    assert list(tmp_path.iterdir()) == []
