"""Reading a plan's text file into a :class:`Document`, with one clear error for unusable input."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from councilkg.errors import LoaderError

MAX_PLAN_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    """A plan's text as loaders see it: its path, its text and its lines (line ``n`` is ``lines[n-1]``)."""

    path: Path
    text: str
    sha256: str

    @cached_property
    def lines(self) -> list[str]:
        """Return the text split into lines, without line ends."""
        return self.text.splitlines()

    @property
    def name(self) -> str:
        """Return the file's name."""
        return self.path.name


def read_document(path: str | Path) -> Document:
    """Return the plan file at ``path`` as a :class:`Document`.

    Raises:
        LoaderError: the file is missing, a folder, too large, empty, binary or not UTF-8.
    """
    path = Path(path)
    if not path.exists():
        raise LoaderError(path, "no such file", hint="check the path")
    if not path.is_file():
        raise LoaderError(path, "not a file")
    size = path.stat().st_size
    if size > MAX_PLAN_BYTES:
        raise LoaderError(path, f"file is {size // (1024 * 1024)} MB; plans are read up to 20 MB")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LoaderError(path, f"cannot read: {error.strerror or error}") from error
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise LoaderError(path, "binary file (NUL byte); give the plan's extracted text", line=line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise LoaderError(
            path,
            f"not UTF-8 text (byte 0x{data[error.start]:02x})",
            line=line,
            hint="re-save the file as UTF-8",
        ) from error
    if not text.strip():
        raise LoaderError(path, "file is empty")
    return Document(path=path, text=text, sha256=hashlib.sha256(data).hexdigest())
