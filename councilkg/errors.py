"""Domain exceptions. The CLI turns each into one ``Error: ...`` line and a non-zero exit."""

from __future__ import annotations

from pathlib import Path


def shortened(value: object, limit: int = 40) -> str:
    """Return ``repr(value)`` for a one-line message, cut to ``limit`` characters with its length said.

    Example:
        >>> shortened("9" * 5000)
        "'999999999999999999999999999999999999999… (5,002 characters)"
        >>> shortened(2009)
        '2009'
    """
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} characters)"


def first_line(message: str) -> str:
    """Return the first line of an error message (the whole message when it has one line).

    Example:
        >>> first_line("  Parser error at line 1\\nmore detail"), first_line("")
        ('Parser error at line 1', '')
    """
    return message.strip().splitlines()[0] if message.strip() else message


class CouncilKGError(Exception):
    """Base class of every error councilkg reports to a user."""

    exit_code = 2


class LoaderError(CouncilKGError):
    """A plan file cannot be read or parsed.

    Args:
        file: the file that failed.
        message: what is wrong.
        line: 1-based line number, when the fault is on one line.
        hint: how to fix it, when there is something to suggest.
    """

    def __init__(
        self, file: str | Path, message: str, line: int | None = None, hint: str | None = None
    ) -> None:
        self.file = str(file)
        self.line = line
        self.message = message
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    def __reduce__(self) -> tuple[type[LoaderError], tuple[str, str, int | None, str | None]]:
        # Pickled as its parts, so that a build's worker process can hand it back.
        return (type(self), (self.file, self.message, self.line, self.hint))


class ExtractionBudgetError(LoaderError):
    """A document needs more than its extraction budget (characters, pages, seconds or memory) to read."""


class UnknownLayoutError(LoaderError):
    """No registered loader recognises a plan's layout."""


class StoreError(CouncilKGError):
    """The store cannot be opened, read or written."""


class StoreInUseError(StoreError):
    """Another process holds the store open for writing."""


class OutputError(CouncilKGError):
    """An output file cannot be written, or its path is not one councilkg will write (a link, a device...)."""


class TextNotSavedError(CouncilKGError):
    """Plans were written to the store, but the text extracted from one or more was not saved beside it."""

    exit_code = 1


class QueryError(CouncilKGError):
    """A SPARQL query or one of its parameters is malformed or unknown."""


class LookupFailedError(CouncilKGError):
    """A name, reference or plan given on the command line matches nothing, or more than one thing."""


class ValidationFailedError(CouncilKGError):
    """The graph does not conform to the SHACL shapes (``validate`` exits 1)."""

    exit_code = 1


class ViewError(CouncilKGError):
    """A graph view cannot be drawn or its HTML file cannot be written."""


class AppraisalError(LoaderError):
    """An appraisal CSV cannot be read, or one of its rows cannot be loaded; nothing is loaded."""


class NoAppraisalsError(CouncilKGError):
    """No appraisal objectives are loaded for the authority named."""


class ThreadError(CouncilKGError):
    """An item, owner or plan asked for is not in the thread graph, or a ref names several items."""


class ThemeRulesError(CouncilKGError):
    """A theme-rules file cannot be read, or one of its rules is malformed or names no known theme."""


class CrosswalkError(CouncilKGError):
    """The indicator crosswalk CSV cannot be read, or one of its rows is malformed."""


class ReleaseError(CouncilKGError):
    """A release cannot be written: its folder is in the way, or a file in it cannot be written."""


class SiteError(CouncilKGError):
    """A static site cannot be written: its folder is in the way, or a page in it cannot be written."""
