"""Checking the values of a layout profile's TOML as they are read: each wrong value is one
:class:`~councilkg.errors.LoaderError` naming the file, the key and the value."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from councilkg.errors import LoaderError
from councilkg.loaders.generic.profile import template_fields
from councilkg.loaders.parsing.columns import ColumnRole
from councilkg.loaders.parsing.userpatterns import compile_user_pattern


class Checker:
    """Reads the parsed TOML of one profile file, raising one error naming the file, key and value."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, message: str) -> LoaderError:
        return LoaderError(self.path, f"{key}: {message}", hint="see docs/profiles.md")

    def table(self, value: object, key: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(key, f"must be a table, not {value!r}")
        for name in value:
            if name not in allowed:
                raise self.fail(
                    f"{key}.{name}" if key else name,
                    f"unknown key; {key or 'a profile'} takes {', '.join(sorted(allowed))}",
                )
        return value

    def text(self, value: object, key: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"must be non-empty text, not {value!r}")
        return value.strip()

    def flag(self, value: object, key: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, not {value!r}")
        return value

    def share(self, value: object, key: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise self.fail(key, f"must be a number from 0 to 1, not {value!r}")
        return float(value)

    def texts(self, value: object, key: str) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise self.fail(key, f"must be text or a list of text, not {value!r}")
        return tuple(self.text(item, f"{key}[{index}]") for index, item in enumerate(value))

    def regex(self, value: object, key: str) -> re.Pattern[str]:
        pattern = self.text(value, key)
        try:
            return compile_user_pattern(pattern, key)  # every use limited in time
        except re.error as error:
            raise self.fail(key, f"bad regular expression {pattern!r}: {error}") from error

    def choice(self, value: object, key: str, choices: Mapping[str, Any]) -> Any:
        text = self.text(value, key)
        if text not in choices:
            raise self.fail(key, f"unknown value {text!r}; choose from {', '.join(choices)}")
        return choices[text]

    def rules(self, value: object, key: str) -> list[dict[str, Any]]:
        if not isinstance(value, list):
            raise self.fail(key, f"must be an array of tables ([[{key}]]), not {value!r}")
        return list(value)


def column_roles(check: Checker, value: object, key: str) -> tuple[ColumnRole, ...]:
    """Return the column roles a section's tables have (``columns = ["ref", "responsible"]``)."""
    roles = {role.value: role for role in ColumnRole}
    return tuple(check.choice(name, key, roles) for name in check.texts(value, key))


def required(check: Checker, rule: Mapping[str, Any], key: str, *names: str) -> None:
    for required in names:
        if required not in rule:
            raise check.fail(f"{key}.{required}", "missing")


def check_template(check: Checker, template: str, key: str, allowed: set[str], takes: str) -> None:
    """Check that ``template`` is a valid format string naming only fields in ``allowed``.

    Raises:
        LoaderError: it is not, naming ``key`` and ending with ``takes`` (what it may name).
    """
    try:
        names = template_fields(template)
    except ValueError as error:
        raise check.fail(key, f"bad template {template!r}: {error}") from error
    unknown = names - allowed
    if unknown or "" in names:
        raise check.fail(key, f"template {template!r} names {', '.join(sorted(unknown)) or '{}'}{takes}")
