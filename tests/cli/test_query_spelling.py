"""``id:person/alex-kubeyinje`` in query text gets one line naming the spellings that work, and the ids
the CLI prints are spellings a query, ``--param`` or a command reads back."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner, Result

from councilkg.cli.main import cli

ALEX = "https://w3id.org/councilkg/id/person/alex-kubeyinje"
ESCAPED = r"id:person\/alex-kubeyinje"


def invoke(*args: str | Path) -> Result:
    """Return the result of ``councilkg ARGS`` run in-process."""
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_slashed_prefixed_name_in_query_text_names_both_spellings(built_store_path: Path) -> None:
    """The parser's message is replaced by one line naming the escaped name and the full IRI."""
    query = "SELECT ?label WHERE { id:person/alex-kubeyinje rdfs:label ?label }"
    result = invoke("query", query, "--store", built_store_path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        'Error: invalid SPARQL: id:person/alex-kubeyinje is not a SPARQL name ("/" cannot be in a prefixed '
        rf"name, it starts a property path): write {ESCAPED} or <{ALEX}>" + "\n"
    )


def test_both_spellings_named_in_the_message_work(built_store_path: Path) -> None:
    """What the message suggests answers the query."""
    for spelling in (ESCAPED, f"<{ALEX}>"):
        query = f"SELECT ?label WHERE {{ {spelling} rdfs:label ?label }}"
        result = invoke("query", query, "--format", "json", "--store", built_store_path)
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout) == [{"label": "Alex Kubeyinje"}]


def test_an_id_in_a_table_can_be_pasted_back(built_store_path: Path) -> None:
    """The id a table prints is read back by query text and by ``--param`` as the same IRI."""
    shown = invoke(
        "query", 'SELECT ?person WHERE { ?person rdfs:label "Alex Kubeyinje" }', "--store", built_store_path
    )
    assert shown.exit_code == 0
    assert ESCAPED in shown.stdout
    spelling = re.search(r"id:\S+", shown.stdout)
    assert spelling is not None
    pasted = invoke(
        "query",
        f"ASK {{ {spelling.group()} rdfs:label ?label }}",
        "--format",
        "json",
        "--store",
        built_store_path,
    )
    assert json.loads(pasted.stdout) == [{"result": True}]
    owned = invoke(
        "query",
        "owned-items",
        "--param",
        f"owner={spelling.group()}",
        "--format",
        "json",
        "--store",
        built_store_path,
    )
    assert owned.exit_code == 0, owned.stderr
    plain = invoke(
        "query",
        "owned-items",
        "--param",
        "owner=id:person/alex-kubeyinje",
        "--format",
        "json",
        "--store",
        built_store_path,
    )
    assert len(json.loads(owned.stdout)) > 20
    assert owned.stdout == plain.stdout  # the unescaped --param spelling still names the same person


def test_a_path_of_prefixed_names_is_not_mistaken(built_store_path: Path) -> None:
    """``ckg:owner/rdfs:label`` is a property path and still runs."""
    query = 'SELECT ?owner WHERE { ?i ckg:ref "CSKA12" ; ckg:owner/rdfs:label ?owner } ORDER BY ?owner'
    result = invoke("query", query, "--format", "csv", "--store", built_store_path)
    assert result.exit_code == 0, result.stderr
    assert "Alex Kubeyinje" in result.stdout


def test_commands_taking_an_iri_read_the_printed_spelling(built_store_path: Path) -> None:
    """``thread``, ``owner`` and ``--plan`` take the escaped id a table prints, as they take the plain one."""
    plan = r"id:plan\/lambeth\/childrens-directorate-plan-2020-21"
    for args in (
        ["thread", plan + r"\/action\/cska12", "--format", "json"],
        ["owner", ESCAPED, "--format", "json"],
        ["gaps", "--summary", "--plan", plan, "--format", "json"],
    ):
        escaped = invoke(*args, "--store", built_store_path)
        plain = invoke(*(arg.replace("\\/", "/") for arg in args), "--store", built_store_path)
        assert escaped.exit_code == 0, (args, escaped.stderr)
        assert escaped.stdout == plain.stdout
        assert len(escaped.stdout) > 100
