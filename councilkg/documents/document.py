"""Reading a plan's text file into a :class:`Document`, with one clear error for unusable input."""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from councilkg.documents.extract import DEFAULT_BUDGET, SUPPORTED_SUFFIXES, ExtractionBudget, extract_text
from councilkg.documents.extracted import Position
from councilkg.documents.tabindent import untab_indents
from councilkg.errors import LoaderError

MAX_PLAN_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class OriginalFile:
    """The PDF, Word or HTML file a document's text was extracted from."""

    name: str
    sha256: str  # of the file's bytes
    media_type: str
    pages: int | None = None


@dataclass(frozen=True)
class Document:
    """A plan's text as loaders see it: its path, its text and its lines (line ``n`` is ``lines[n-1]``)."""

    path: Path
    text: str
    sha256: str
    encoding: str = "utf-8"
    """The codec the file was decoded with: ``utf-8``, ``utf-16``, ``utf-32`` or ``cp1252``."""
    original: OriginalFile | None = None
    """The PDF, Word or HTML file the text was extracted from; ``None`` for a text file."""
    notes: tuple[str, ...] = ()
    """What reading the file noticed that the user should know (a PDF page without text...)."""
    positions: dict[int, Position] | None = None
    """Where each line (1-based) was printed: page and bounding box, for a PDF; ``None`` otherwise."""
    headings: dict[int, int] | None = None
    """The lines (1-based) the format marks as headings, with their level (1 the highest), for a
    PDF, Word or HTML file that marks any; ``None`` otherwise (plain text marks none)."""

    @cached_property
    def lines(self) -> list[str]:
        r"""Return the text split into lines, without line ends.

        Only CRLF, LF and CR end a line, as for ``grep -n`` and editors; ``str.splitlines`` would
        also split at form feeds and other separators that PDF extraction leaves, and shift every
        later line number. Tabs that only indent a line are printed as spaces
        (:func:`~councilkg.documents.tabindent.untab_indents`): a tab after a line's text is a cell's end.

        Example:
            >>> from pathlib import Path
            >>> Document(Path("x"), "a\r\nb\x0cc\n", "").lines
            ['a', 'b\x0cc']
        """
        lines = self.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return untab_indents(lines[:-1] if lines and lines[-1] == "" else lines)

    @property
    def name(self) -> str:
        """Return the file's name."""
        return self.path.name

    @property
    def text_name(self) -> str:
        """Return the name of the text the loaders read: the file's, or ``NAME.txt`` for extracted text."""
        return f"{self.path.name}.txt" if self.original is not None else self.path.name

    @classmethod
    def from_text(cls, name: str, text: str) -> Document:
        """Return a document holding ``text`` as if read from a file called ``name`` (for snippets, tests)."""
        return cls(path=Path(name), text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def read_document(path: str | Path, budget: ExtractionBudget = DEFAULT_BUDGET) -> Document:
    """Return the plan file at ``path`` as a :class:`Document`, recording the encoding it was read in.

    UTF-8 (with or without a byte-order mark) and UTF-16/UTF-32 with a byte-order mark are read as
    such; text that is not UTF-8 but holds no control bytes besides tab, CR, LF and form feed is
    read as Windows-1252, what Word and Excel save as "ANSI" on English Windows. The text of a PDF,
    Word or HTML file is extracted within ``budget`` (characters, pages, seconds, memory).

    Raises:
        LoaderError: the file is missing, a folder, too large, empty, binary, or in none of those
            encodings.
        ExtractionBudgetError: extracting a PDF, Word or HTML file needs more than ``budget``.
    """
    path = Path(path)
    try:
        if not path.exists():
            raise LoaderError(path, "no such file", hint="check the path")
        if not path.is_file():
            raise LoaderError(path, "not a file")
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            return _read_extracted(path, budget)
        size = path.stat().st_size
        if size > MAX_PLAN_BYTES:
            raise LoaderError(path, f"file is {size // (1024 * 1024)} MB; plans are read up to 20 MB")
        data = path.read_bytes()
    except OSError as error:
        # A name too long for the file system, a permission denied, a file removed meanwhile.
        raise LoaderError(path, f"cannot read: {error.strerror or error}") from error
    marked = _decode_marked_unicode(path, data)
    if marked is None and b"\x00" in data:
        line = _line_of(data, data.index(b"\x00"))
        raise LoaderError(path, "binary file (NUL byte); give the plan's extracted text", line=line)
    text, encoding = marked or _decode_unmarked(path, data)
    if not text.strip():
        raise LoaderError(path, "file is empty" if not data else "file is empty (blank space only)")
    return Document(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding)


# C0 control bytes other than tab, LF, FF and CR: binary data holds them, text never does.
_BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")


def _decode_unmarked(path: Path, data: bytes) -> tuple[str, str]:
    """Return the text and encoding of a file without a UTF-16/32 mark: UTF-8, else Windows-1252.

    A file that is not UTF-8 is read as Windows-1252 only when it holds no control bytes other
    than tab, LF, FF and CR, and every byte is one that Windows-1252 defines.

    Raises:
        LoaderError: naming the line of the first byte that is not UTF-8, and the first byte that
            rules out Windows-1252.
    """
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        control = _BINARY_CONTROLS.search(data)
        if control is not None:
            refused = control.start()
        else:
            try:
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError as cp1252_error:
                refused = cp1252_error.start
        bad = utf8_error.start
        raise LoaderError(
            path,
            f"not UTF-8 text (byte 0x{data[bad]:02x}), nor Windows-1252 "
            f"(byte 0x{data[refused]:02x} on line {_line_of(data, refused)})",
            line=_line_of(data, bad),
            hint="re-save the file as UTF-8",
        ) from utf8_error


def _line_of(data: bytes, offset: int) -> int:
    """Return the 1-based line, as :attr:`Document.lines` counts them, of the byte at ``offset``."""
    before = data[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1


# UTF-32 first: its little-endian mark begins with UTF-16's.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode_marked_unicode(path: Path, data: bytes) -> tuple[str, str] | None:
    """Return the text and encoding of a file with a UTF-16 or UTF-32 byte-order mark, else ``None``.

    Such files hold NUL bytes by design, so they are decoded before the binary check.
    """
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                before = data[: error.start].decode(encoding, errors="replace")
                line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
                raise LoaderError(path, f"not valid {encoding.upper()} text", line=line) from error
    return None


def _read_extracted(path: Path, budget: ExtractionBudget) -> Document:
    """Return the document whose text is extracted from the PDF, Word or HTML file at ``path``.

    Its digest is that of the extracted text (what ``councilkg extract`` shows, and the lines that
    source lines count); the original file's digest is kept on :attr:`Document.original`.

    Raises:
        LoaderError: the file cannot be read as its format, or has no text.
    """
    extracted = extract_text(path, budget)
    original = OriginalFile(
        name=path.name,
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        media_type=extracted.media_type,
        pages=extracted.pages,
    )
    if not extracted.text.strip():
        raise LoaderError(path, f"no text in this {extracted.source_format.upper()} file")
    return Document(
        path=path,
        text=extracted.text,
        sha256=hashlib.sha256(extracted.text.encode("utf-8")).hexdigest(),
        original=original,
        notes=extracted.warnings,
        positions=extracted.positions,
        headings=extracted.headings,
    )
