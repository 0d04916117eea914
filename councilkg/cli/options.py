"""The options many commands share, written once: the store, output formats, private graphs, plans,
profiles, the extraction budget, and the one way a domain error becomes an ``Error: ...`` line."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import wraps
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click
from click.core import ParameterSource

from councilkg import api
from councilkg.cli.render import OUTPUT_FORMATS, RECORD_FORMATS
from councilkg.documents.extract import DEFAULT_BUDGET, ExtractionBudget
from councilkg.errors import CouncilKGError
from councilkg.files import describe_os_error
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.generic.profilefile import read_profile
from councilkg.store.base import Store
from councilkg.store.embedded import MEMORY
from councilkg.store.location import STORE_ENV, chosen_location, new_store_paths, remove_new_store
from councilkg.store.sparql import ENDPOINT_ENV, PASSWORD_ENV, UPDATE_ENDPOINT_ENV, USER_ENV, Endpoint

F = TypeVar("F", bound=Callable[..., Any])

StoreLocation = str | Endpoint
"""What ``--store``/``--endpoint`` give a command: a store folder, or a SPARQL server."""


def one_line(message: object) -> str:
    """Return the message with its line breaks escaped, so a hostile file name cannot forge output lines."""
    return str(message).replace("\r", "\\r").replace("\n", "\\n")


def fail(error: CouncilKGError) -> NoReturn:
    """Print ``Error: ...`` on one line and exit with the error's exit code."""
    click.echo(f"Error: {one_line(error)}", err=True)
    sys.exit(error.exit_code)


def errors_as_messages(command: F) -> F:
    """Turn domain errors into one ``Error: ...`` line with the error's exit code."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = command(*args, **kwargs)
            sys.stdout.flush()  # a full disk behind a redirection fails here, not at exit
            return result
        except CouncilKGError as error:
            fail(error)
        except OSError as error:
            _fail_output(error)

    return wrapper  # type: ignore[return-value]


def _fail_output(error: OSError) -> NoReturn:
    """Report a failed write (standard output on a full disk, say) on one line and exit 2.

    What standard output still buffers is dropped, so that Python's exit does not fail on it again.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    where = f"{error.filename}: " if error.filename else "cannot write: "
    fail(CouncilKGError(f"{where}{describe_os_error(error)}"))


@dataclass(frozen=True)
class StoreChoice:
    """The store a command's ``--store``/``--endpoint`` options name, opened when the command needs it.

    :meth:`open` is the one place the CLI opens a store: a command checks its other options first,
    so a mistake in them is reported before a store is opened (or, for writing, created).
    """

    location: StoreLocation | None
    """The folder, or a SPARQL server; ``None`` for ``$COUNCILKG_ENDPOINT`` or the default folder."""
    writes: bool = False

    @contextlib.contextmanager
    def open(self) -> Iterator[Store]:
        """Yield the store, writable only for a command that writes, and close it after the ``with``
        block. A store folder the command creates is removed again, with what was made beside it,
        when the command fails: a first load that reads no plan leaves no empty store behind."""
        created = new_store_paths(self.location) if self.writes else []
        try:
            with api.open_store(self.location, read_only=not self.writes) as store:
                yield store
        except BaseException:
            remove_new_store(created)
            raise


def store_option(writes: bool = False) -> Callable[[F], F]:
    """Return a decorator adding ``--store PATH`` (default ``$COUNCILKG_STORE`` or ``./.councilkg/store``)
    and the options of a SPARQL server as the store (``--endpoint URL``, ``--update-endpoint URL``,
    ``--user``, ``--password``).

    The command receives one ``store``, a :class:`StoreChoice` of the folder, or of an
    :class:`~councilkg.store.sparql.Endpoint` when ``--endpoint`` (or ``$COUNCILKG_ENDPOINT``) names one;
    ``writes`` says whether it opens the store for writing. ``--store`` given on the command line wins
    over ``$COUNCILKG_ENDPOINT``.
    """

    def decorate(command: F) -> F:
        @wraps(command)
        def wrapper(
            *args: Any,
            store_location: str | None = None,
            endpoint: str | None = None,
            update_endpoint: str | None = None,
            user: str | None = None,
            password: str | None = None,
            **kwargs: Any,
        ) -> Any:
            context = click.get_current_context()
            from_line = {ParameterSource.COMMANDLINE, ParameterSource.PROMPT}
            try:
                location = chosen_location(
                    store_location,
                    endpoint,
                    update_endpoint,
                    user,
                    password,
                    folder_given=context.get_parameter_source("store_location") in from_line,
                    endpoint_given=context.get_parameter_source("endpoint") in from_line,
                )
            except CouncilKGError as error:
                fail(error)
            return command(*args, store=StoreChoice(location, writes), **kwargs)

        options = [
            store_folder_option(f"Store folder, or {MEMORY}"),
            *server_options("Use this SPARQL 1.1 server as the store instead"),
        ]
        return apply_options(options)(wrapper)  # type: ignore[return-value]

    return decorate


def store_folder_option(help_text: str) -> Callable[[F], F]:
    """Return the ``--store PATH`` option (``$COUNCILKG_STORE``, else ``./.councilkg/store``)."""
    return click.option(
        "--store",
        "store_location",
        envvar=STORE_ENV,
        default=None,
        metavar="PATH",
        help=f"{help_text} [env: {STORE_ENV}; default: ./.councilkg/store]",
    )


def apply_options(decorators: Sequence[Callable[[F], F]]) -> Callable[[F], F]:
    """Return one decorator applying ``decorators`` as if stacked in that order."""

    def decorate(command: F) -> F:
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return decorate


def server_options(endpoint_help: str, required: bool = False) -> list[Callable[[F], F]]:
    """Return the options naming a SPARQL server: --endpoint, --update-endpoint, --user and --password."""
    return [
        click.option(
            "--endpoint",
            envvar=ENDPOINT_ENV,
            default=None,
            required=required,
            metavar="URL",
            help=f"{endpoint_help} [env: {ENDPOINT_ENV}]",
        ),
        click.option(
            "--update-endpoint",
            envvar=UPDATE_ENDPOINT_ENV,
            default=None,
            metavar="URL",
            help=f"Its SPARQL Update URL, when not the same [env: {UPDATE_ENDPOINT_ENV}]",
        ),
        click.option(
            "--user", envvar=USER_ENV, default=None, help=f"User name at the server [env: {USER_ENV}]"
        ),
        click.option(
            "--password", envvar=PASSWORD_ENV, default=None, help=f"Its password [env: {PASSWORD_ENV}]"
        ),
    ]


def format_option(choices: Sequence[str], help_text: str) -> Callable[[F], F]:
    """Return a decorator adding ``--format`` with ``choices`` (the first is the default)."""

    def decorate(command: F) -> F:
        return click.option(
            "--format",
            "output_format",
            type=click.Choice(list(choices)),
            default=choices[0],
            show_default=True,
            help=help_text,
        )(command)

    return decorate


output_options = format_option(OUTPUT_FORMATS, "Output: a table for people, json/csv/tsv for scripts")
"""``--format table|json|csv|tsv`` for tabular output."""


def include_private_option(help_text: str, negatable: bool = True) -> Callable[[F], F]:
    """Return a decorator adding ``--include-private`` (off by default; ``--no-private`` too when
    ``negatable``): the command reads the private appraisal graphs too.

    Appraisal objectives are personal data, so every command leaves them out unless asked.
    """
    if not negatable:
        return click.option("--include-private", is_flag=True, help=help_text)
    return click.option(
        "--include-private/--no-private", "include_private", default=False, show_default=True, help=help_text
    )


private_option = include_private_option(
    "Also read the private appraisal graphs (staff appraisal objectives are personal data)", negatable=False
)
"""``--include-private`` for the commands over the whole store (query, export, push)."""


def authority_option(command: F) -> F:
    """Add ``--authority A``: only owners named in that authority's plans."""
    return click.option(
        "--authority", default=None, metavar="A", help="Only owners named in this authority's plans"
    )(command)


def output_option(help_text: str, required: bool = False) -> Callable[[F], F]:
    """Return a decorator adding ``-o/--output FILE`` (a path; ``None`` when not given)."""
    return click.option(
        "-o",
        "--output",
        "output",
        required=required,
        default=None,
        type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
        help=f"{help_text}; - for standard output",
    )


def profile_option(command: F) -> F:
    """Add ``--profile P.toml``: read files with the generic loader as a layout profile says."""
    return click.option(
        "--profile",
        "profile_path",
        default=None,
        type=click.Path(path_type=Path, dir_okay=False),
        metavar="P.toml",
        help="Read with the generic loader as this layout profile says (see docs/profiles.md)",
    )(command)


def profile_from_option(profile_path: Path | None, loader_name: str | None) -> Profile | None:
    """Return the layout profile at ``profile_path``, or ``None`` for no profile.

    Raises:
        CouncilKGError: both --profile and --loader are given.
        LoaderError: the profile cannot be read or is not valid.
    """
    if profile_path is None:
        return None
    if loader_name is not None:
        raise CouncilKGError("--profile is read by the generic loader: give --profile or --loader, not both")
    return read_profile(profile_path)


def budget_options(command: F) -> F:
    """Add the extraction budget's options (``--max-chars``, ``--max-pages``, ``--max-seconds``,
    ``--max-memory``) to a command that reads documents; the command receives one ``budget``."""
    defaults = DEFAULT_BUDGET

    @wraps(command)
    def wrapper(
        *args: Any, max_chars: int, max_pages: int, max_seconds: float, max_memory: int, **kwargs: Any
    ) -> Any:
        budget = ExtractionBudget(max_chars, max_pages, max_seconds, max_memory)
        return command(*args, budget=budget, **kwargs)

    per_file = "one PDF, Word or HTML file"
    specs: list[tuple[str, float, click.ParamType, str, str]] = [
        (
            "--max-chars",
            defaults.max_chars,
            click.IntRange(1),
            "N",
            f"Most characters of text read from {per_file}",
        ),
        ("--max-pages", defaults.max_pages, click.IntRange(1), "N", "Most pages read from one PDF"),
        (
            "--max-seconds",
            defaults.max_seconds,
            click.FloatRange(0, min_open=True),
            "S",
            f"Most seconds reading {per_file}",
        ),
        (
            "--max-memory",
            defaults.max_memory_mb,
            click.IntRange(1),
            "MB",
            f"Most memory (MB) reading {per_file} may add",
        ),
    ]
    options = [
        click.option(name, default=default, show_default=True, type=kind, metavar=metavar, help=help_text)
        for name, default, kind, metavar, help_text in specs
    ]
    return apply_options(options)(wrapper)  # type: ignore[return-value]


def loader_option(command: F) -> F:
    """Add ``--loader NAME`` to read files with a named loader instead of the one that sniffs them."""
    return click.option(
        "--loader",
        "loader_name",
        default=None,
        metavar="NAME",
        help="Read with this loader (see `councilkg loaders`) instead of the one that recognises the layout",
    )(command)


def plan_option(command: F) -> F:
    """Add ``--plan P``: a plan's name (bundled file stem), IRI or title words."""
    return click.option(
        "--plan",
        "plan_name",
        default=None,
        metavar="PLAN",
        help="Only this plan: its name (e.g. lambeth-childrens-directorate-plan-2020-21), IRI or title words",
    )(command)


def _as_date(_ctx: click.Context, _param: click.Parameter, value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def at_option(command: F) -> F:
    """Add ``--at YYYY-MM-DD``: answer as of that day, from the dated memberships plans state."""
    return click.option(
        "--at",
        "at",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
        callback=_as_date,
        metavar="YYYY-MM-DD",
        help="As of this day: the posts held then and the plans in force (a plan runs 1 April to 31 March)",
    )(command)


record_format_option = format_option(
    RECORD_FORMATS, "Output: tables for people, json (nested) or csv (flat) for scripts"
)
"""``--format table|json|csv`` for commands whose JSON is nested."""
