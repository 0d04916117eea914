"""A throw-away Virtuoso Open Source server on loopback, for testing a SPARQL server as the store.

Debian's ``virtuoso-opensource-7-bin`` gives ``virtuoso-t``; the server runs on free ports with
its database in a temporary folder, and is killed with it.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

VIRTUOSO = shutil.which("virtuoso-t")
DBA_PASSWORD = "dba"  # a new database's administrator password; the server listens on loopback only


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Virtuoso:
    """A running Virtuoso: ``query_url`` for anyone, ``update_url`` (digest auth) for dba."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.http_port = _free_port()
        self.sql_port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def query_url(self) -> str:
        """Return the public SPARQL endpoint's URL."""
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def update_url(self) -> str:
        """Return the authenticated endpoint's URL, which also takes updates."""
        return f"http://127.0.0.1:{self.http_port}/sparql-auth"

    def start(self, timeout_s: float = 60) -> None:
        """Write the configuration, start the server and wait until it answers SPARQL; returns nothing."""
        assert VIRTUOSO is not None
        ini = self.folder / "virtuoso.ini"
        ini.write_text(
            f"""[Database]
DatabaseFile = {self.folder}/db.db
ErrorLogFile = {self.folder}/db.log
TransactionFile = {self.folder}/db.trx
xa_persistent_file = {self.folder}/db.pxa
[TempDatabase]
DatabaseFile = {self.folder}/temp.db
TransactionFile = {self.folder}/temp.trx
[Parameters]
ServerPort = 127.0.0.1:{self.sql_port}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = {self.folder}
[HTTPServer]
ServerPort = 127.0.0.1:{self.http_port}
ServerRoot = {self.folder}
MaxClientConnections = 4
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
""",
            encoding="utf-8",
        )
        self.process = subprocess.Popen(
            [VIRTUOSO, "-c", str(ini), "-f"],
            cwd=self.folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = (self.folder / "db.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"virtuoso-t exited with {self.process.returncode}: {log}")
            try:
                with urllib.request.urlopen(f"{self.query_url}?query=SELECT%20*%20%7B%7D", timeout=2):
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"virtuoso-t did not answer on {self.query_url} within {timeout_s} s")

    def stop(self) -> None:
        """Kill the server; returns nothing."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
