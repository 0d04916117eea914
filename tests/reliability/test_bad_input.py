"""The bad-input corpus (``tests/data/bad/``) through ``councilkg load``, ``build`` and ``report``.

Each file either loads as its original does (an encoding or line end changes nothing: the same
records on the same lines) or is refused with one ``Error:`` line naming the file (and the line
where there is one), exit code 2, and the store exactly as it was, checked by an N-Quads export.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from councilkg.cli.main import cli
from councilkg.data import bundled_plan
from councilkg.documents.document import MAX_PLAN_BYTES, read_document
from tests.data.bad import make_bad

BAD = Path(make_bad.__file__).parent
LAMBETH_2020 = bundled_plan(make_bad.LAMBETH_2020).path
LAMBETH_2007 = bundled_plan(make_bad.LAMBETH_2007).path


def invoke(*args: str | Path) -> Result:
    """Return the result of running ``councilkg ARGS`` in-process."""
    return CliRunner().invoke(cli, [str(arg) for arg in args])


def ok(*args: str | Path) -> Result:
    """Return the result of a command that must succeed."""
    result = invoke(*args)
    assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr, result.exception)
    return result


def assert_one_error(result: Result, path: Path, fragment: str, line: int | None) -> str:
    """Assert exit 2 and one ``Error:`` line naming ``path`` (``path:line`` when given) and ``fragment``."""
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    lines = [text for text in result.stderr.splitlines() if text.strip()]
    assert len(lines) == 1, lines
    [error] = lines
    where = f"{path}:{line}:" if line else f"{path}:"
    assert error.startswith(f"Error: {where}"), error
    assert fragment in error, error
    return error


def export(store: Path) -> list[str]:
    """Return the store's N-Quads export as sorted lines."""
    return sorted(ok("export", "--format", "nquads", "--store", store).stdout.splitlines())


def without_source_documents(quads: list[str]) -> list[str]:
    """Return the quads that do not describe a plan's source file (its name and digest differ by copy)."""
    return [quad for quad in quads if not quad.split(" ", 1)[0].endswith("/source>")]


@pytest.fixture(scope="module")
def shared_store(built_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a copy of the bundled-plans store, shared by the tests that must leave it unchanged."""
    copy = tmp_path_factory.mktemp("bad-input") / "store"
    shutil.copytree(built_store_path, copy)
    return copy


@pytest.fixture(scope="module")
def shared_export(shared_store: Path) -> list[str]:
    """Return the shared store's export before any bad file is tried."""
    return export(shared_store)


@pytest.fixture
def store_copy(built_store_path: Path, tmp_path: Path) -> Path:
    """Return a writable copy of the bundled-plans store for one test."""
    copy = tmp_path / "store"
    shutil.copytree(built_store_path, copy)
    return copy


@pytest.fixture(scope="module")
def big_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Return the inputs too big to commit, written once: a 50 MB file and lines of 10 MB."""
    folder = tmp_path_factory.mktemp("big")
    files = {
        "fifty-megabytes.txt": folder / "fifty-megabytes.txt",
        "ten-megabyte-line.txt": folder / "ten-megabyte-line.txt",
    }
    line = LAMBETH_2020.read_bytes().split(b"\n")[0] + b"\t"
    with files["fifty-megabytes.txt"].open("wb") as out:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            out.write(line)
    files["ten-megabyte-line.txt"].write_bytes(TEN_MB_PROSE.encode("utf-8"))
    return files


TEN_MB_PROSE = (
    "The service will deliver £1.5m of savings by 2021, “quoted” here, with NI 65 at 12.5%. " * 120_000
)[: 10 * 1024 * 1024]

# (file, what the one error line says, the line it names or None)
REFUSED: list[tuple[str, str, int | None]] = [
    ("empty.txt", "file is empty", None),
    ("whitespace-only.txt", "file is empty", None),
    ("scanned-page.png", "binary file (NUL byte)", 3),
    ("lambeth-2020.zip", "binary file (NUL byte)", 1),
    ("lambeth-2020-nul-bytes.txt", "binary file (NUL byte)", make_bad.NUL_LINE),
    ("latin1-escape-codes.txt", "not UTF-8 text (byte 0xa3), nor Windows-1252 (byte 0x1b on line 5)", 3),
    ("lambeth-2020-truncated.txt", "section 'Performance Monitoring' not found", None),
    ("meeting-minutes.txt", "no plan items found", None),
    ("fifty-megabytes.txt", "plans are read up to 20 MB", None),
    ("ten-megabyte-line.txt", "no plan items found", None),
]


def bad_file(name: str, big_files: dict[str, Path]) -> Path:
    """Return the path of a corpus file, committed or generated."""
    return big_files.get(name, BAD / name)


@pytest.mark.parametrize(("name", "fragment", "line"), REFUSED, ids=[row[0] for row in REFUSED])
def test_load_refuses_with_one_error_and_leaves_store_unchanged(
    shared_store: Path,
    shared_export: list[str],
    big_files: dict[str, Path],
    name: str,
    fragment: str,
    line: int | None,
) -> None:
    """``load BAD`` prints one ``Error:`` line naming the file (and line), exits 2, writes nothing."""
    path = bad_file(name, big_files)
    assert_one_error(invoke("load", path, "--store", shared_store), path, fragment, line)
    assert export(shared_store) == shared_export


@pytest.mark.parametrize(("name", "fragment", "line"), REFUSED, ids=[row[0] for row in REFUSED])
def test_report_refuses_with_one_error(
    big_files: dict[str, Path], name: str, fragment: str, line: int | None
) -> None:
    """``report BAD`` gives the same one ``Error:`` line as ``load``."""
    path = bad_file(name, big_files)
    assert_one_error(invoke("report", path), path, fragment, line)


@pytest.mark.parametrize(("name", "fragment", "line"), REFUSED, ids=[row[0] for row in REFUSED])
def test_build_good_and_bad_writes_nothing(
    shared_store: Path,
    shared_export: list[str],
    big_files: dict[str, Path],
    name: str,
    fragment: str,
    line: int | None,
) -> None:
    """``build GOOD BAD`` refuses the bad file before writing, so even the good plan is not replaced.

    The good file is the plan with a column lost, which would change the store if it were written.
    """
    path = bad_file(name, big_files)
    good = BAD / "lambeth-2020-missing-column.txt"
    assert_one_error(invoke("build", good, path, "--store", shared_store), path, fragment, line)
    assert export(shared_store) == shared_export


# (re-encoded copy, its original)
SAME_AS_ORIGINAL = [
    ("lambeth-2020-utf16.txt", LAMBETH_2020),
    ("lambeth-2020-crlf.txt", LAMBETH_2020),
    ("lambeth-2007-cp1252.txt", LAMBETH_2007),
]


@pytest.mark.parametrize(("name", "original"), SAME_AS_ORIGINAL, ids=[row[0] for row in SAME_AS_ORIGINAL])
def test_reencoded_plan_loads_as_the_original(store_copy: Path, name: str, original: Path) -> None:
    """A copy in another encoding or with other line ends replaces the original with the same graph.

    The store already holds the original, so every record and every ``ckg:sourceLine`` must come
    out the same; only the source file's name and digest differ.
    """
    before = export(store_copy)
    ok("load", BAD / name, "--store", store_copy)
    after = export(store_copy)
    assert after != before  # the source file's name and digest were replaced
    assert without_source_documents(after) == without_source_documents(before)
    assert any(f'"{name}"' in quad for quad in after)


@pytest.mark.parametrize(("name", "original"), SAME_AS_ORIGINAL, ids=[row[0] for row in SAME_AS_ORIGINAL])
def test_reencoded_plan_reports_as_the_original(name: str, original: Path) -> None:
    """``report`` places and leaves out the same lines, by number, for the copy as for the original."""
    copy = json.loads(ok("report", BAD / name, "--format", "json").stdout)
    source = json.loads(ok("report", original, "--format", "json").stdout)
    for report in (copy, source):
        report.pop("file", None)
    assert copy == source


def test_cp1252_is_read_as_windows_1252_with_pound_signs_and_curly_quotes() -> None:
    """The Windows-1252 copy decodes to the original's text, "£" and curly quotes on the same lines."""
    document = read_document(BAD / "lambeth-2007-cp1252.txt")
    original = read_document(LAMBETH_2007)
    assert document.encoding == "cp1252"
    assert original.encoding == "utf-8"
    assert document.lines == original.lines
    assert any("£" in text for text in document.lines)
    assert any("“" in text and "”" in text for text in document.lines)


def test_utf16_and_crlf_record_their_encoding() -> None:
    """The document says which encoding it was read in; CRLF changes no line."""
    assert read_document(BAD / "lambeth-2020-utf16.txt").encoding == "utf-16"
    crlf = read_document(BAD / "lambeth-2020-crlf.txt")
    assert crlf.encoding == "utf-8"
    assert crlf.lines == read_document(LAMBETH_2020).lines


ACTION_FACTS = """
SELECT ?ref ?line ?role ?value WHERE {
  ?plan ckg:loader "lambeth-directorate-2020" .
  ?action a ckg:Action ; ckg:inPlan ?plan ; ckg:ref ?ref ; ckg:sourceLine ?line .
  { ?action ?role ?owner . ?owner rdfs:label ?value . FILTER(?role IN (ckg:responsible, ckg:leadMember)) }
  UNION { ?action ckg:supports/ckg:ref ?value . BIND(ckg:supports AS ?role) }
  UNION { ?action rdfs:label ?value . BIND(rdfs:label AS ?role) }
}"""


def action_facts(store: Path) -> set[tuple[str, int, str, str]]:
    """Return (ref, line, property, value) of the Lambeth 2020 actions' labels, owners and objectives."""
    rows = json.loads(ok("query", ACTION_FACTS, "--format", "json", "--store", store).stdout)
    return {(row["ref"], int(row["line"]), row["role"].rsplit("#", 1)[-1], str(row["value"])) for row in rows}


def test_missing_column_loads_without_that_column_and_warns(store_copy: Path) -> None:
    """A table that lost its "Responsible Officer" column keeps every other fact, on the same lines.

    The columns are found by their headings, so the lead members stay lead members instead of
    being read as responsible officers; the lost column is one warning naming the header line.
    """
    before = action_facts(store_copy)
    result = ok("load", BAD / "lambeth-2020-missing-column.txt", "--store", store_copy)
    after = action_facts(store_copy)
    line = make_bad.MISSING_COLUMN_TABLE
    assert f"lambeth-2020-missing-column.txt:{line}: actions table has no column headed 'responsible'" in (
        result.stderr
    )
    responsible = {fact for fact in before if fact[2] == "responsible"}
    assert len({fact[0] for fact in responsible}) > 30
    assert {fact for fact in after if fact[2] == "responsible"} == set()
    assert after == before - responsible
    assert {fact[2] for fact in after} == {"leadMember", "supports", "label"}


def test_committed_corpus_is_what_the_script_writes(tmp_path: Path) -> None:
    """``make_bad.py`` reproduces every committed file byte for byte."""
    for written in make_bad.write_all(tmp_path):
        assert written.read_bytes() == (BAD / written.name).read_bytes(), written.name


def test_ten_megabyte_line_in_a_plan_loads_as_the_original(store_copy: Path, tmp_path: Path) -> None:
    """A 10 MB paragraph in place of a blank line changes no record (timings: docs/reliability.md)."""
    lines = LAMBETH_2020.read_text(encoding="utf-8").split("\n")
    blank = next(number for number in range(40, len(lines)) if not lines[number].strip())
    lines[blank] = TEN_MB_PROSE
    path = tmp_path / "lambeth-2020-ten-megabyte-line.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    before = export(store_copy)
    ok("load", path, "--store", store_copy)
    assert without_source_documents(export(store_copy)) == without_source_documents(before)
    assert MAX_PLAN_BYTES > path.stat().st_size > 10 * 1024 * 1024
