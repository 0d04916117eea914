"""Parsing a TOML file a user wrote (a layout profile, theme rules), with one error for every failure.

``tomllib`` recurses once per nested array or inline table, so a file of a few thousand ``[``
raised ``RecursionError``; :func:`parse_toml` turns that, and every parse error, into one
:class:`TomlError` with its line.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

MAX_NESTING = 100
"""Brackets and braces nested deeper than this, on the line named when ``tomllib`` recursed too deep."""


class TomlError(ValueError):
    """A TOML text cannot be read: its message and, where known, its 1-based line."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def parse_toml(text: str) -> dict[str, Any]:
    """Return the tables of TOML ``text``.

    Raises:
        TomlError: the text is not TOML, or nests arrays or inline tables too deep for the parser.
    """
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"line (\d{1,9})", str(error))
        raise TomlError(str(error), int(line.group(1)) if line else None) from error
    except RecursionError as error:
        message = f"arrays or inline tables nested too deep (more than {MAX_NESTING})"
        raise TomlError(message, _deep_line(text)) from error


def _deep_line(text: str) -> int | None:
    """Return the first line where ``[`` and ``{`` nest over :data:`MAX_NESTING` deep (strings not parsed).

    Example:
        >>> _deep_line("a = 1\\nb = " + "[" * 101), _deep_line("a = [[1]]")
        (2, None)
    """
    depth, line = 0, 1
    for char in text:
        if char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return line
        elif char in "]}":
            depth = max(depth - 1, 0)
        elif char == "\n":
            line += 1
    return None
