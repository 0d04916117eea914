"""Drive headless Chromium by the DevTools protocol over a pipe (``--remote-debugging-pipe``): no
driver, no websocket, only the standard library. Chromium reads commands from its descriptor 3 and
writes answers and events to descriptor 4, each a JSON object ended by a NUL byte.

A :class:`Browser` opens one page, records its console and log messages and the requests it makes,
and evaluates JavaScript in it (:meth:`Browser.evaluate`, :meth:`Browser.wait_for`).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from tests.views.test_views_browser import CHROMIUM, CHROMIUM_FLAGS

_FLAGS = [flag for flag in CHROMIUM_FLAGS if not flag.startswith("--virtual-time-budget")]


class Browser:
    """A headless Chromium showing one page; use it as a context manager."""

    def __init__(self, url: str, profile: Path, timeout_s: float = 60.0) -> None:
        assert CHROMIUM is not None
        self.console: list[str] = []
        """Console messages (``console.*`` calls) and log entries (CSP refusals, failed loads...)."""
        self.requests: list[tuple[str, str]] = []
        """The page's requests, as (method, URL), in the order made."""
        self._timeout_s = timeout_s
        self._next_id = 0
        self._buffer = b""
        commands_read, self._commands = os.pipe()
        self._answers, answers_write = os.pipe()

        def descriptors() -> None:  # in the child: the pipe ends where Chromium looks for them
            # moved above 10 first, as either end may itself be descriptor 3 or 4
            high_read = fcntl.fcntl(commands_read, fcntl.F_DUPFD, 10)
            high_write = fcntl.fcntl(answers_write, fcntl.F_DUPFD, 10)
            os.dup2(high_read, 3)
            os.dup2(high_write, 4)
            os.close(high_read)
            os.close(high_write)

        self._process = subprocess.Popen(
            [CHROMIUM, *_FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=descriptors,
            # keep 3 and 4 (dup2 makes them inheritable; every other descriptor is close-on-exec)
            close_fds=False,
        )
        os.close(commands_read)
        os.close(answers_write)
        targets = self._call("Target.getTargets")["targetInfos"]
        page = next(t["targetId"] for t in targets if t["type"] == "page")
        self._session = self._call("Target.attachToTarget", targetId=page, flatten=True)["sessionId"]
        for domain in ("Runtime", "Log", "Network", "Page"):
            self._call(f"{domain}.enable", session=True)
        self._call("Page.navigate", session=True, url=url)
        self.wait_for("document.readyState === 'complete'")

    def evaluate(self, expression: str) -> Any:
        """Return the value of a JavaScript expression in the page (a promise is awaited)."""
        answer = self._call(
            "Runtime.evaluate", session=True, expression=expression, awaitPromise=True, returnByValue=True
        )
        if "exceptionDetails" in answer:
            raise AssertionError(f"{expression!r} threw: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def wait_for(self, expression: str, timeout_s: float | None = None) -> Any:
        """Return the first truthy value of ``expression``, asked every 100 ms.

        Raises:
            AssertionError: it stays falsy for ``timeout_s`` (the browser's timeout by default).
        """
        deadline = time.monotonic() + (timeout_s or self._timeout_s)
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"still false after {timeout_s or self._timeout_s} s: {expression}")

    def _call(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self._timeout_s
        while time.monotonic() < deadline:
            received = self._receive()
            if received.get("id") == self._next_id:
                if "error" in received:
                    raise AssertionError(f"{method}: {received['error']}")
                result: dict[str, Any] = received.get("result", {})
                return result
            self._record(received)
        raise AssertionError(f"no answer to {method} within {self._timeout_s} s")

    def _receive(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._answers, 1 << 16)
            if not chunk:
                raise AssertionError(f"Chromium closed its pipe (exit {self._process.poll()})")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        received: dict[str, Any] = json.loads(message)
        return received

    def _record(self, event: dict[str, Any]) -> None:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled":
            words = [str(arg.get("value", arg.get("description", ""))) for arg in params.get("args", [])]
            self.console.append(f"console.{params.get('type')}: {' '.join(words)}")
        elif method == "Runtime.exceptionThrown":
            self.console.append(f"exception: {params['exceptionDetails'].get('text')}")
        elif method == "Log.entryAdded":
            entry = params["entry"]
            self.console.append(f"{entry.get('level')} ({entry.get('source')}): {entry.get('text')}")
        elif method == "Network.requestWillBeSent":
            self.requests.append((params["request"]["method"], params["request"]["url"]))

    def close(self) -> None:
        """Stop Chromium; returns nothing."""
        with contextlib.suppress(OSError):
            os.write(self._commands, json.dumps({"id": 0, "method": "Browser.close"}).encode() + b"\0")
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._commands)
        os.close(self._answers)

    def __enter__(self) -> Browser:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
