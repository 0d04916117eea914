"""What extracting one document may cost (characters, pages, seconds, memory), and the meter counting it.

A small file can ask for a great deal: a 1 KB PDF whose compressed content stream repeats text-show
operators draws millions of glyphs (each held as an object of a kilobyte or two by pdfminer and
pdfplumber), and a form XObject drawn ten times inside one drawn ten times multiplies that again.
Every extractor therefore meters its document as it reads it: a PDF's glyphs as pdfminer draws
them (before pdfplumber holds them), an HTML or Word document's text as it is read. When a count
passes its :class:`ExtractionBudget` the extraction stops with one :class:`ExtractionBudgetError`
naming the budget, where the document was and the command-line option that raises it.

Time and memory are checked every :data:`CHECK_EVERY` glyphs or characters and, while the
document is read in a process's main thread, every :data:`WATCH_INTERVAL` seconds by a timer
signal, wherever the reading is. Memory is the growth of the process's resident set since the
extraction began, read from ``/proc/self/statm`` (elsewhere, the peak resident set from
``getrusage``). It is not capped by ``RLIMIT_DATA``: the same process holds the store, whose
allocations a process-wide limit would fail too.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from councilkg.errors import ExtractionBudgetError

CHECK_EVERY = 4096
"""Glyphs or characters between two readings of the clock and the resident set."""

MB = 1024 * 1024

WATCH_INTERVAL = 0.25
"""Seconds between two checks of the clock and the resident set by :meth:`Meter.watching`."""

LAYOUT_GROWTH = 3
"""pdfminer's objects for a page's glyphs take about a third of the memory the page needs by the
time pdfplumber has made them dictionaries and found its lines and tables (measured: 0.74 KB of
2.25 KB a glyph), so the memory a page grows by while pdfminer draws it is counted three times."""

ELEMENT_BYTES = 120
"""Memory an XML element takes once parsed into a tree (measured: a million empty Word paragraphs,
parsed as python-docx parses a part, took 107 MB, 112 bytes each)."""

MARKUP_TEXT_SHARE = 2
"""How many times the character budget the text of a document's XML parts may hold: they hold
headers, footers, notes, comments and deleted text as well as the text read."""


@dataclass(frozen=True)
class ExtractionBudget:
    """The most one document's extraction may use; each field has a command-line option to raise it."""

    max_chars: int = 2_000_000
    """Characters of text (a PDF's drawn glyphs, an HTML or Word document's text)."""
    max_pages: int = 500
    """Pages of a PDF."""
    max_seconds: float = 60.0
    """Seconds of reading and laying out."""
    max_memory_mb: int = 1024
    """Megabytes the process's resident memory may grow by while the document is read."""


DEFAULT_BUDGET = ExtractionBudget()

#: The command-line option that raises each budget, for the error message.
OPTIONS = {
    "max_chars": "--max-chars",
    "max_pages": "--max-pages",
    "max_seconds": "--max-seconds",
    "max_memory_mb": "--max-memory",
}


class Meter:
    """Counts what extracting one document has used, and stops it when a budget is passed."""

    def __init__(self, path: Path, budget: ExtractionBudget = DEFAULT_BUDGET) -> None:
        self.path = path
        self.budget = budget
        self.chars = 0
        self.page: int | None = None
        self._started = time.monotonic()
        self._resident = _resident_bytes()
        self._next_check = CHECK_EVERY
        self._ticks = 0
        self._page_resident = self._resident
        self.projection = 1
        self.exceeded: ExtractionBudgetError | None = None
        """The error raised when a budget was passed, for a caller to find behind a library's own."""

    def start_page(self, number: int) -> None:
        """Note that page ``number`` is being read, once the time and memory spent so far are checked."""
        self.check()
        self.page = number
        self._page_resident = _resident_bytes()

    @contextmanager
    def projecting(self, factor: int) -> Iterator[None]:
        """Count the page's memory growth ``factor`` times while in this block: what is read here
        grows to that much once the page is laid out (a PDF's glyphs, :data:`LAYOUT_GROWTH`)."""
        self.projection = factor
        try:
            yield
        finally:
            self.projection = 1

    def check_pages(self, pages: int) -> None:
        """Refuse a PDF of more than the page budget before reading any page; returns nothing."""
        if pages > self.budget.max_pages:
            self._exceeded(
                "max_pages",
                f"the PDF has {pages:,} pages; the extraction budget is {self.budget.max_pages:,}",
            )

    def inflating(self, size: int) -> None:
        """Refuse a compressed stream that inflates past :meth:`inflate_limit` bytes; returns nothing."""
        if size > self.inflate_limit:
            self._exceeded(
                "max_memory_mb",
                f"a compressed stream inflates past {self.inflate_limit // MB:,} MB, a quarter of "
                f"the {self.budget.max_memory_mb:,} MB extraction budget",
            )

    @property
    def inflate_limit(self) -> int:
        """Return the most bytes one compressed stream may inflate to: a quarter of the memory budget
        (what is inflated is then parsed into objects several times its size)."""
        return self.budget.max_memory_mb * MB // 4

    def tick(self, count: int = 1) -> None:
        """Count ``count`` things read that are not text (drawn paths, tags), to check time and memory."""
        self._ticks += count
        if self._ticks >= CHECK_EVERY:
            self._ticks = 0
            self.check()

    def add(self, count: int) -> None:
        """Count ``count`` more characters; refuse them past the character budget, and check time and
        memory every :data:`CHECK_EVERY` characters."""
        self.chars += count
        if self.chars > self.budget.max_chars:
            self._exceeded(
                "max_chars", f"the text passes {self.budget.max_chars:,} characters, the extraction budget"
            )
        if self.chars >= self._next_check:
            self._next_check = self.chars + CHECK_EVERY
            self.check()

    def check(self) -> None:
        """Refuse to go on when the time or memory budget is spent; returns nothing."""
        seconds = time.monotonic() - self._started
        if seconds > self.budget.max_seconds:
            self._exceeded(
                "max_seconds", f"reading took more than {self.budget.max_seconds:g} s, the extraction budget"
            )
        now = _resident_bytes()
        grown = now - self._resident + (now - self._page_resident) * (self.projection - 1)
        if grown > self.budget.max_memory_mb * MB:
            self._exceeded(
                "max_memory_mb",
                f"reading {'would need' if self.projection > 1 else 'needed'} more than "
                f"{self.budget.max_memory_mb:,} MB of memory, the extraction budget",
            )

    @contextmanager
    def watching(self) -> Iterator[None]:
        """Check time and memory every :data:`WATCH_INTERVAL` seconds while in this block, wherever
        the reading is (a table finder working through a page ruled thousands of times, say).

        A timer signal does the checking, so it works in the main thread of a process that has no
        timer of its own running; elsewhere the checks as text is read are all there is.
        """
        if (
            not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()
            or signal.getitimer(signal.ITIMER_REAL)[0] > 0
        ):
            yield
            return

        def on_alarm(_signal: int, _frame: object) -> None:
            if self.exceeded is None:  # once raised, let the reader's clean-up run undisturbed
                self.check()

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, WATCH_INTERVAL, WATCH_INTERVAL)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    def check_markup(self, part: str, elements: int, text_chars: int, size: int) -> None:
        """Refuse markup (XML parsed whole, as a Word document's parts are) holding more than
        :data:`MARKUP_TEXT_SHARE` times the character budget's text, or more than the memory budget
        holds once parsed (its ``size`` in bytes and :data:`ELEMENT_BYTES` an element), before it
        is parsed; returns nothing. ``part`` names where the count stood when a budget was passed."""
        most_text = self.budget.max_chars * MARKUP_TEXT_SHARE
        if text_chars > most_text:
            self._exceeded(
                "max_chars",
                f"{part}: the XML holds more than {most_text:,} characters of text, {MARKUP_TEXT_SHARE} "
                f"times the {self.budget.max_chars:,}-character extraction budget",
            )
        if elements * ELEMENT_BYTES + size > self.budget.max_memory_mb * MB:
            self._exceeded(
                "max_memory_mb",
                f"{part}: parsing the XML ({elements:,} elements so far) would need more than "
                f"{self.budget.max_memory_mb:,} MB of memory, the extraction budget",
            )

    def _exceeded(self, budget: str, message: str) -> None:
        where = f"page {self.page}: " if self.page is not None else ""
        self.exceeded = ExtractionBudgetError(
            self.path, where + message, hint=f"{OPTIONS[budget]} to raise it"
        )
        raise self.exceeded


_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _resident_bytes() -> int:
    """Return the process's resident set now (Linux), else its peak resident set."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE_SIZE
    except (OSError, IndexError, ValueError):
        import resource  # not on Windows, which has no /proc either

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024
