"""Injection: user text given to any command is a term, never SPARQL.

Every command that looks something up in the store by text the user typed (a name, a reference,
words, a plan, an authority) gets values written to break out of a SPARQL string or IRI, or to
match everything. The query's shape never changes: each value matches nothing (one ``Error: no ...``
line, exit 2), the store is unchanged, and no command ends in a traceback. Text with quotes,
backslashes and braces that a plan or an option puts into the graph comes back exactly and is
found by those words. (``query --param`` is covered in ``tests/cli/test_cli.py``.)
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDFS

from councilkg.cli.main import cli
from councilkg.data import bundled_plan
from tests.reliability.procs import Snapshot, snapshot

pytestmark = pytest.mark.filterwarnings(r"ignore:.*(ConjunctiveGraph|Dataset\.):DeprecationWarning")

SYNTAX = [
    '" } ; DROP ALL ; #',
    "<http://x> ?p ?o",
    "') } UNION { ?s ?p ?o } #",
    "\\",
    "x\n} ; DROP ALL ; #",
    "\u0000",
    "x" * 100_000,
]
"""Values that would change a query's shape if they were pasted into its text."""

# One command per way user text reaches a query: ``--plan`` of owner, owners, thread and gaps, and
# compare's second plan, share ``resolve_plan`` with who-owns --plan, similarity and view plan.

Command = Callable[[str, Path], list[str]]
COMMANDS: dict[str, Command] = {
    "owner": lambda v, o: ["owner", v],
    "owner --authority": lambda v, o: ["owner", "Alex Kubeyinje", "--authority", v],
    "who-owns": lambda v, o: ["who-owns", v],
    "who-owns --plan": lambda v, o: ["who-owns", "CSKA12", "--plan", v],
    "thread": lambda v, o: ["thread", v],
    "view thread": lambda v, o: ["view", "thread", v, "-o", str(o)],
    "view plan": lambda v, o: ["view", "plan", v, "-o", str(o)],
    "view owner": lambda v, o: ["view", "owner", v, "-o", str(o)],
    "indicator": lambda v, o: ["indicator", v],
    "compare": lambda v, o: ["compare", v, "lambeth"],
    "similarity": lambda v, o: ["similarity", "lambeth", v],
    "appraisals remove": lambda v, o: ["appraisals", "remove", v],
    "appraisals load --plan": lambda v, o: [
        "appraisals",
        "load",
        str(Path(__file__).parents[2] / "councilkg/data/appraisals/lambeth-2020-21-example.csv"),
        "--plan",
        v,
    ],
}
NOTHING_MATCHES = (
    "no person or post named",
    "no item with reference or words",
    "no plan ",
    "no indicator ",
    "no authority ",
    "no appraisal objectives loaded",
)


def invoke(*args: str | Path) -> Result:
    """Return the result of ``councilkg ARGS`` run in-process."""
    return CliRunner().invoke(cli, [str(a) for a in args])


def assert_clean(result: Result) -> list[str]:
    """Assert the command ended as the CLI promises (exit 0/1/2, no traceback, at most one
    ``Error:`` line, and exactly one when it failed); return the non-blank stderr lines."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2)
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    if result.exit_code:
        assert len(errors) == 1 and errors[0].startswith("Error: "), errors[:3]
    else:
        assert not any(line.startswith("Error:") for line in errors), errors[:3]
    return errors


@pytest.fixture(scope="module")
def store(built_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a copy of the bundled store for this module (commands here may try to write)."""
    path = tmp_path_factory.mktemp("injection") / "store"
    shutil.copytree(built_store_path, path)
    return path


@pytest.fixture(scope="module")
def before(store: Path) -> Snapshot:
    """Return every graph of the module's store before any hostile command ran."""
    return snapshot(store)


@pytest.mark.parametrize("value", SYNTAX, ids=lambda v: repr(v[:24]))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_hostile_text_matches_nothing(
    store: Path, before: Snapshot, tmp_path: Path, command: str, value: str
) -> None:
    """SPARQL syntax in a command's text is looked up as text: nothing matches, one error line."""
    output = tmp_path / "view.html"
    result = invoke(*COMMANDS[command](value, output), "--store", store)
    errors = assert_clean(result)
    assert result.exit_code == 2, (result.stdout[:500], errors)
    assert any(phrase in errors[0] for phrase in NOTHING_MATCHES), errors[0][:300]
    assert not output.exists()


def test_store_is_unchanged_by_every_hostile_command(store: Path, before: Snapshot) -> None:
    """After all the hostile lookups above (and the removes and loads among them), no graph changed."""
    assert snapshot(store) == before


@pytest.mark.parametrize("value", ["*", "%", "(", ".*", "a|b", "[", "e", " ", "' OR '1'='1"])
@pytest.mark.parametrize("command", ["owner", "who-owns", "thread", "indicator", "view owner"])
def test_pattern_characters_are_literal_text(store: Path, tmp_path: Path, command: str, value: str) -> None:
    """Regex and wildcard characters match only labels holding them as text (or fail cleanly)."""
    result = invoke(*COMMANDS[command](value, tmp_path / "view.html"), "--store", store)
    assert_clean(result)
    if command == "who-owns" and result.exit_code == 0:
        rows = json.loads(invoke("who-owns", value, "--format", "json", "--store", store).stdout)
        words = value.strip().lower()
        assert all(words in (r["item"]["label"] + " " + (r["item"]["ref"] or "")).lower() for r in rows)


LABEL = 'Deliver the "workforce" strategy \\ {braces} } ; DROP ALL ; # and the C:\\new\\path\'s end'
"""An action label with quotes, backslashes, braces and SPARQL."""


def test_label_text_round_trips_exactly_and_is_found(store: Path, tmp_path: Path) -> None:
    """A plan whose action label holds quotes, backslashes and braces loads; the label comes back
    exactly from ``who-owns`` and the export, and its words find the action."""
    source = bundled_plan("lambeth-childrens-directorate-plan-2020-21.txt").path
    lines = source.read_text(encoding="utf-8").split("\n")
    cells = lines[119].split("\t")
    assert cells[0] == "CSKA12"
    lines[119] = "\t".join([cells[0], LABEL, *cells[2:]])
    changed = tmp_path / source.name
    changed.write_text("\n".join(lines), encoding="utf-8")
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    assert_clean(loaded := invoke("load", changed, "--store", copy))
    assert loaded.exit_code == 0
    found = json.loads(invoke("who-owns", "CSKA12", "--format", "json", "--store", copy).stdout)
    assert [row["item"]["label"] for row in found] == [LABEL]
    by_words = invoke("who-owns", '"workforce" strategy \\ {braces}', "--format", "json", "--store", copy)
    assert [row["item"]["ref"] for row in json.loads(by_words.stdout)] == ["CSKA12"]
    dataset = Dataset()
    dataset.parse(data=invoke("export", "--store", copy).stdout, format="nquads")
    action = URIRef(found[0]["item"]["iri"])
    assert len(list(dataset.quads((action, RDFS.label, Literal(LABEL), None)))) == 1
    assert invoke("validate", "--store", copy).exit_code == 0


@pytest.mark.parametrize(
    "council, title",
    [
        ('Ex"ample } ; DROP ALL ; #', 'Plan "2020" \\ {x} } ; DROP ALL ; #'),
        ("<http://x> ?p ?o", "') } UNION { ?s ?p ?o } #"),
    ],
)
def test_hostile_council_and_title_are_stored_as_text(
    store: Path, tmp_path: Path, council: str, title: str
) -> None:
    """``load --council --title`` with SPARQL in them: the plan is stored under exactly those names,
    the other plans stay, and the title finds the plan again."""
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    source = bundled_plan("southwark-cypp-2010-13.txt").path
    result = invoke("load", source, "--council", council, "--title", title, "--store", copy)
    assert_clean(result)
    assert result.exit_code == 0, result.stderr
    plans = json.loads(invoke("plans", "--format", "json", "--store", copy).stdout)
    assert len(plans) == 5
    mine = [p for p in plans if p["title"] == title]
    assert len(mine) == 1 and mine[0]["authority"] == council
    gaps = invoke("gaps", "--plan", title, "--summary", "--format", "json", "--store", copy)
    assert_clean(gaps)
    assert gaps.exit_code == 0
    assert [plan["plan_title"] for plan in json.loads(gaps.stdout)["plans"]] == [title]


@pytest.mark.parametrize("command", ["load", "report"])
def test_a_line_break_in_a_file_name_stays_one_error_line(store: Path, command: str) -> None:
    """A file name holding a line break is still reported on one ``Error:`` line."""
    args = [command, "missing\nplan } ; DROP ALL ; #.txt"]
    result = invoke(*args, *(["--store", str(store)] if command == "load" else []))
    assert_clean(result)
    assert result.exit_code == 2
