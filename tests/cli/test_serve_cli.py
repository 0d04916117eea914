"""``councilkg serve``: the command starts the endpoint, answers SPARQLWrapper, and stops on Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from SPARQLWrapper import CSV, SPARQLWrapper

from tests.cli.test_cli import assert_one_error, invoke

COUNCILKG = [sys.executable, "-c", "from councilkg.cli.main import main; main()"]


def test_serve_answers_and_stops(built_store_path: Path) -> None:
    process = subprocess.Popen(
        [*COUNCILKG, "serve", "--store", str(built_store_path), "--port", "0", "--quiet"],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stderr is not None
        first = process.stderr.readline()
        found = re.search(r"at (http://127\.0\.0\.1:\d+/sparql)", first)
        assert found, first
        client = SPARQLWrapper(found.group(1))
        client.setQuery(
            "SELECT ?title WHERE { ?p a ckg:Plan ; ckg:loader ?l ; dcterms:title ?title } ORDER BY ?title"
        )
        client.setReturnFormat(CSV)
        body = client.query().convert()
        assert isinstance(body, bytes)
        assert body.decode().splitlines() == [
            "title",
            "Children and Young People's Directorate Plan 2009-2011",
            "Children and Young People's Plan 2010-2013",
            "Children's Directorate Plan 2020/21",
            "Lambeth Children and Young People's Service — Service Plan 2007-10",
        ]
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0


def test_serve_errors(tmp_path: Path, built_store_path: Path) -> None:
    assert_one_error(invoke("serve", "--store", tmp_path / "missing"), "no store at")
    assert_one_error(
        invoke("serve", "--endpoint", "http://127.0.0.1:9/sparql"), "serve answers from a store folder"
    )
    assert_one_error(invoke("serve", "--store", built_store_path, "--host", "0.0.0.0"), "allow-remote")


def test_serve_refuses_bad_limits_and_host_names(built_store_path: Path) -> None:
    for option, value in [("--max-memory-mb", "0"), ("--max-answer-bytes", "-1"), ("--max-connections", "0")]:
        assert_one_error(
            invoke("serve", "--store", built_store_path, option, value), "must be positive numbers"
        )
    assert_one_error(
        invoke("serve", "--store", built_store_path, "--allow-host", "a b"),
        "--allow-host 'a b' is not a host name",
    )
