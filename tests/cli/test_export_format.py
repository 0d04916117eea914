"""``councilkg export -o FILE`` takes the format from the file's extension and refuses a contradiction."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from councilkg.cli.main import cli
from councilkg.errors import StoreError
from councilkg.store.base import EXPORT_EXTENSIONS, export_format_for

# rdflib's own parsers still use its deprecated Dataset/ConjunctiveGraph names.
pytestmark = pytest.mark.filterwarnings(r"ignore:.*(ConjunctiveGraph|Dataset\.):DeprecationWarning")


def export(*args: str | Path) -> tuple[int, str, str]:
    """Return the exit code, stdout and stderr of ``councilkg export ARGS``."""
    result = CliRunner().invoke(cli, ["export", *(str(a) for a in args)])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    "name, rdflib_format, dataset",
    [
        ("plans.ttl", "turtle", False),
        ("plans.nt", "nt", False),
        ("plans.TRIG", "trig", True),
        ("plans.jsonld", "json-ld", True),
        ("plans.nq", "nquads", True),
    ],
)
def test_export_takes_the_format_from_the_extension(
    built_store_path: Path, tmp_path: Path, name: str, rdflib_format: str, dataset: bool
) -> None:
    """``-o plans.ttl`` writes Turtle (not the default N-Quads), and so for every export extension."""
    target = tmp_path / name
    code, _, stderr = export("-o", target, "--store", built_store_path)
    assert code == 0, stderr
    if dataset:
        quads = Dataset().parse(target, format=rdflib_format).quads((None, None, None, None))
        assert sum(1 for _ in quads) > 1000
    else:
        assert len(Graph().parse(target, format=rdflib_format)) > 1000
    if name == "plans.ttl":
        assert target.read_bytes().startswith(b"@prefix")


def test_export_with_format_and_the_same_extension(built_store_path: Path, tmp_path: Path) -> None:
    """A --format that agrees with the extension is taken as it is."""
    target = tmp_path / "plans.ttl"
    code, _, stderr = export("-o", target, "--format", "turtle", "--store", built_store_path)
    assert code == 0, stderr
    assert target.read_bytes().startswith(b"@prefix")


def test_export_format_names_an_unknown_extension(built_store_path: Path, tmp_path: Path) -> None:
    """An extension that names no RDF format leaves the choice to --format (default N-Quads)."""
    default, chosen = tmp_path / "plans.out", tmp_path / "plans.data"
    assert export("-o", default, "--store", built_store_path)[0] == 0
    assert export("-o", chosen, "--format", "turtle", "--store", built_store_path)[0] == 0
    assert default.read_bytes().startswith(b"<")
    assert chosen.read_bytes().startswith(b"@prefix")


@pytest.mark.parametrize(
    "name, options, fragment",
    [
        ("x.ttl", ["--format", "nquads"], ".ttl means --format turtle, not nquads; give --format turtle"),
        ("x.nq", ["--format", "jsonld"], "or name the file *.jsonld"),
        ("x.rdf", [], ".rdf means RDF/XML, which export does not write"),
        ("x.rdf", ["--format", "turtle"], ".rdf means RDF/XML"),
    ],
)
def test_export_refuses_a_format_the_extension_contradicts(
    built_store_path: Path, tmp_path: Path, name: str, options: list[str], fragment: str
) -> None:
    """A contradiction is one ``Error:`` line, exit 2, and no file written."""
    code, stdout, stderr = export("-o", tmp_path / name, *options, "--store", built_store_path)
    assert code == 2
    assert stdout == ""
    assert len(stderr.splitlines()) == 1
    assert stderr.startswith("Error: ") and fragment in stderr, stderr
    assert list(tmp_path.iterdir()) == []


def test_export_to_stdout_keeps_format(built_store_path: Path) -> None:
    """``-o -`` is standard output: the format is --format's, whatever the extension rule says."""
    code, stdout, _ = export("-o", "-", "--format", "turtle", "--store", built_store_path)
    assert code == 0
    assert stdout.startswith("@prefix")


def test_every_export_extension_names_an_export_format() -> None:
    """The extension table and the export formats agree, so each format has a file name."""
    for extension, name in EXPORT_EXTENSIONS.items():
        assert export_format_for(f"plans{extension}") == name
    with pytest.raises(StoreError):
        export_format_for("plans.owl", "nquads")
