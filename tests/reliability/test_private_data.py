"""Private data: the example appraisal objectives reach an output only when it is asked for.

A store holds the bundled plans and, in Lambeth's private graph, the example appraisal CSV. Every
output path is run with and without the private switch and searched for the CSV's fictional
people and objective text. ``export`` and ``query`` show them only with ``--include-private``,
however a query names the graph (``GRAPH ?g``, ``FROM``, ``FROM NAMED``, ``CONSTRUCT``,
``DESCRIBE``, ``ASK``); so do the planners' commands (``thread``, ``gaps``, ``view``), never by
default or with ``--no-private``; the other commands never show them. The endpoint's
paths are covered by ``tests/server/test_server.py``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from councilkg.cli.main import cli
from councilkg.data import example_appraisals

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

PRIVATE = "<https://w3id.org/councilkg/id/graph/appraisals/lambeth>"
MARKERS = (
    "sam example",
    "sam-example",
    "jo sample",
    "robin fictional",
    "stay conversations",
    "appraisals/lambeth",
)
"""Text only the private graph holds: the CSV's fictional staff, an objective, the graph's name."""


def leaks(text: str) -> list[str]:
    """Return the private markers found in ``text`` (case ignored)."""
    lowered = text.lower()
    return [marker for marker in MARKERS if marker in lowered]


def invoke(*args: str | Path) -> Result:
    """Return the result of ``councilkg ARGS`` run in-process; it must succeed."""
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, (args, result.exit_code, result.stderr[:500], result.exception)
    return result


@pytest.fixture(scope="module")
def store(built_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a copy of the bundled store with the example appraisal objectives loaded."""
    path = tmp_path_factory.mktemp("private") / "store"
    shutil.copytree(built_store_path, path)
    invoke("appraisals", "load", example_appraisals(), "--store", path)
    return path


def test_the_markers_are_in_the_csv_and_the_store(store: Path) -> None:
    """Each marker but the graph's name is in the CSV; the private graph holds every one."""
    assert len(leaks(example_appraisals().read_text(encoding="utf-8"))) == len(MARKERS) - 2
    private = invoke("export", "--include-private", "--store", store).stdout
    assert leaks(private) == list(MARKERS)


@pytest.mark.parametrize("export_format", ["nquads", "trig", "turtle", "ntriples", "jsonld"])
def test_export_leaves_private_graphs_out_unless_asked(
    store: Path, tmp_path: Path, export_format: str
) -> None:
    """Every export format, to stdout and to a file, holds the objectives only with --include-private."""
    out = tmp_path / "export"
    invoke("export", "--format", export_format, "-o", out, "--store", store)
    assert leaks(out.read_text(encoding="utf-8")) == []
    assert leaks(invoke("export", "--format", export_format, "--store", store).stdout) == []
    with_private = invoke("export", "--format", export_format, "--include-private", "--store", store)
    assert "sam example" in leaks(with_private.stdout)


QUERIES = {
    "graph variable": "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }",
    "default graph": "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
    "from": f"SELECT ?s ?p ?o FROM {PRIVATE} WHERE {{ ?s ?p ?o }}",
    "from named": f"SELECT ?g ?s ?p ?o FROM NAMED {PRIVATE} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "graph iri": f"SELECT ?s ?p ?o WHERE {{ GRAPH {PRIVATE} {{ ?s ?p ?o }} }}",
    "construct": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {PRIVATE} {{ ?s ?p ?o }} }}",
    "construct from": f"CONSTRUCT {{ ?s ?p ?o }} FROM {PRIVATE} WHERE {{ ?s ?p ?o }}",
    "describe": "DESCRIBE ?o WHERE { ?o a ckg:AppraisalObjective }",
    "describe iri": "DESCRIBE <https://w3id.org/councilkg/id/person/sam-example>",
    "named graphs": "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }",
}


@pytest.mark.parametrize("name", list(QUERIES))
def test_query_reaches_private_graphs_only_when_asked(store: Path, name: str) -> None:
    """However a query names the private graph, it sees it only with --include-private."""
    query = QUERIES[name]
    fmt = [] if query.startswith(("CONSTRUCT", "DESCRIBE")) else ["--format", "csv"]
    assert leaks(invoke("query", query, *fmt, "--store", store).stdout) == []
    if name not in {"describe iri", "named graphs", "default graph"}:
        assert leaks(invoke("query", query, *fmt, "--include-private", "--store", store).stdout)


def test_ask_is_false_without_include_private(store: Path) -> None:
    """An ASK for any objective, in any graph, is false unless private graphs are included."""
    ask = "ASK { { ?o a ckg:AppraisalObjective } UNION { GRAPH ?g { ?o a ckg:AppraisalObjective } } }"
    assert invoke("query", ask, "--format", "csv", "--store", store).stdout.split() == ["result", "false"]
    private = invoke("query", ask, "--format", "csv", "--include-private", "--store", store)
    assert private.stdout.split() == ["result", "true"]


PLANNERS = {
    "thread": ["thread", "CSKA12", "--down", "--format", "json"],
    "thread tree": ["thread", "CSOB05", "--down"],
    "gaps": ["gaps", "--format", "json"],
    "gaps kind": ["gaps", "--kind", "objective-unlinked", "--format", "csv"],
}


@pytest.mark.parametrize("name", list(PLANNERS))
def test_planners_commands_show_objectives_only_when_asked(store: Path, name: str) -> None:
    """thread and gaps show objectives with --include-private, never by default or with --no-private."""
    args = PLANNERS[name]
    assert leaks(invoke(*args, "--store", store).stdout) == []
    assert leaks(invoke(*args, "--no-private", "--store", store).stdout) == []
    if name.startswith("thread"):
        assert "sam example" in leaks(invoke(*args, "--include-private", "--store", store).stdout)


@pytest.mark.parametrize(
    "view",
    [
        ["thread", "CSOB05", "--down"],
        ["plan", "lambeth-childrens-directorate-plan-2020-21"],
        ["owner", "Alex Kubeyinje"],
    ],
)
def test_views_draw_objectives_only_when_private(store: Path, tmp_path: Path, view: list[str]) -> None:
    """HTML views hold no private text by default; thread and plan views draw it with --include-private."""
    hidden, shown = tmp_path / "hidden.html", tmp_path / "shown.html"
    invoke("view", *view, "-o", hidden, "--store", store)
    assert leaks(hidden.read_text(encoding="utf-8")) == []
    invoke("view", *view, "--include-private", "-o", shown, "--store", store)
    if view[0] != "owner":
        assert "sam example" in leaks(shown.read_text(encoding="utf-8"))


PUBLIC = {
    "plans": ["plans", "--format", "csv"],
    "stats": ["stats", "--format", "json"],
    "owners": ["owners", "--format", "csv"],
    "owner": ["owner", "Alex Kubeyinje", "--format", "json"],
    "who-owns": ["who-owns", "CSKA12", "--format", "json"],
    "who-owns words": ["who-owns", "workforce strategy", "--format", "json"],
    "compare outcome": ["compare", "--format", "json"],
    "compare theme": ["compare", "--by", "theme", "--format", "json"],
    "similarity": ["similarity", "--format", "json"],
    "indicator": ["indicator", "NI 65", "--format", "json"],
    "named query owned-items": ["query", "owned-items", "--param", "owner=id:person/alex-kubeyinje"],
    "validate": ["validate"],
}


@pytest.mark.parametrize("name", list(PUBLIC))
def test_other_commands_never_show_private_data(store: Path, name: str) -> None:
    """Commands without a private switch show nothing of the appraisal objectives."""
    assert leaks(invoke(*PUBLIC[name], "--store", store).stdout) == []


def test_private_people_are_not_owners(store: Path) -> None:
    """A person named only in the appraisal CSV is not found as an owner of anything."""
    result = CliRunner().invoke(cli, ["owner", "Sam Example", "--store", str(store)])
    assert result.exit_code == 2
    assert "no person or post named 'Sam Example'" in result.stderr


def test_a_release_never_holds_private_data(store: Path, tmp_path: Path) -> None:
    """No file of ``councilkg release`` (RDF, CSV, README, VoID, DCAT) names the private graph, its
    people or its objectives; a release has no switch to include them (issue 22)."""
    invoke("release", tmp_path / "release", "--store", store)
    files = sorted(p for p in (tmp_path / "release").rglob("*") if p.is_file())
    assert len(files) > 10
    for path in files:
        assert leaks(path.read_text(encoding="utf-8")) == [], path
