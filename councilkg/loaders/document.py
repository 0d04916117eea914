"""Reading a plan's text file into a :class:`Document`, with one clear error for unusable input."""

from __future__ import annotations

import codecs
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
        r"""Return the text split into lines, without line ends.

        Only CRLF, LF and CR end a line, as for ``grep -n`` and editors; ``str.splitlines`` would
        also split at form feeds and other separators that PDF extraction leaves, and shift every
        later line number.

        Example:
            >>> from pathlib import Path
            >>> Document(Path("x"), "a\r\nb\x0cc\n", "").lines
            ['a', 'b\x0cc']
        """
        lines = self.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return lines[:-1] if lines and lines[-1] == "" else lines

    @property
    def name(self) -> str:
        """Return the file's name."""
        return self.path.name

    @classmethod
    def from_text(cls, name: str, text: str) -> Document:
        """Return a document holding ``text`` as if read from a file called ``name`` (for snippets, tests)."""
        return cls(path=Path(name), text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def read_document(path: str | Path) -> Document:
    """Return the plan file at ``path`` as a :class:`Document`.

    Raises:
        LoaderError: the file is missing, a folder, too large, empty, binary, or neither UTF-8
            nor UTF-16/UTF-32 with a byte-order mark.
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
    text = _decode_marked_unicode(path, data)
    if text is None and b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise LoaderError(path, "binary file (NUL byte); give the plan's extracted text", line=line)
    try:
        text = data.decode("utf-8-sig") if text is None else text
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


# UTF-32 first: its little-endian mark begins with UTF-16's.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode_marked_unicode(path: Path, data: bytes) -> str | None:
    """Return the text of a file that starts with a UTF-16 or UTF-32 byte-order mark, else ``None``.

    Such files hold NUL bytes by design, so they are decoded before the binary check.
    """
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                line = data[: error.start].decode(encoding, errors="replace").count("\n") + 1
                raise LoaderError(path, f"not valid {encoding.upper()} text", line=line) from error
    return None
