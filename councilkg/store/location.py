"""Where a store is, and the one place a store is opened: a folder, ``:memory:``, a SPARQL server, or
what the environment names.

Without a location, ``$COUNCILKG_ENDPOINT`` names a SPARQL server (with ``$COUNCILKG_UPDATE_ENDPOINT``,
``$COUNCILKG_USER`` and ``$COUNCILKG_PASSWORD``); else ``$COUNCILKG_STORE`` a folder; else the store
is ``./.councilkg/store``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from councilkg.errors import CouncilKGError
from councilkg.store.base import Store
from councilkg.store.embedded import MEMORY, EmbeddedStore
from councilkg.store.names import index_path
from councilkg.store.sourcetext import EXTRACTED_SUFFIX
from councilkg.store.sparql import (
    ENDPOINT_ENV,
    PASSWORD_ENV,
    UPDATE_ENDPOINT_ENV,
    USER_ENV,
    Endpoint,
    SparqlStore,
)

DEFAULT_STORE = Path(".councilkg") / "store"
STORE_ENV = "COUNCILKG_STORE"

StoreLocation = str | Endpoint
"""Where a store is: a store folder (or ``:memory:``), or a SPARQL server."""


def default_location() -> str:
    """Return the store used without ``--store``: ``$COUNCILKG_STORE``, else ``./.councilkg/store``."""
    return os.environ.get(STORE_ENV) or str(DEFAULT_STORE)


def is_endpoint(location: object) -> bool:
    """Return whether a store location names a SPARQL server rather than a folder.

    Example:
        >>> is_endpoint("http://localhost:8890/sparql"), is_endpoint(".councilkg/store")
        (True, False)
    """
    return isinstance(location, Endpoint) or (
        isinstance(location, str) and location.startswith(("http://", "https://"))
    )


def endpoint_from_environment(url: str | None = None) -> Endpoint | None:
    """Return the endpoint ``url`` (or ``$COUNCILKG_ENDPOINT``), with the update URL and credentials of the
    environment (``$COUNCILKG_UPDATE_ENDPOINT``, ``$COUNCILKG_USER``, ``$COUNCILKG_PASSWORD``); ``None``
    when neither names one."""
    chosen = url or os.environ.get(ENDPOINT_ENV)
    if not chosen:
        return None
    return Endpoint(
        chosen,
        update_url=os.environ.get(UPDATE_ENDPOINT_ENV) or None,
        user=os.environ.get(USER_ENV) or None,
        password=os.environ.get(PASSWORD_ENV) or None,
    )


def chosen_location(
    folder: str | None,
    endpoint: str | None,
    update_endpoint: str | None = None,
    user: str | None = None,
    password: str | None = None,
    *,
    folder_given: bool = False,
    endpoint_given: bool = False,
) -> StoreLocation | None:
    """Return the store that options name: the SPARQL server ``endpoint``, else the ``folder`` (``None``:
    the environment's or the default, see :func:`open_store`).

    ``folder_given`` and ``endpoint_given`` say which the user typed (rather than the environment
    supplying it): a folder typed wins over an endpoint of the environment.

    Raises:
        CouncilKGError: both a folder and an endpoint were typed.
    """
    if folder_given and endpoint_given:
        raise CouncilKGError("give --store or --endpoint, not both")
    if endpoint and (endpoint_given or not folder_given):
        return Endpoint(endpoint, update_endpoint, user, password)
    return folder


def open_store(location: str | Path | Endpoint | None = None, *, read_only: bool = False) -> Store:
    """Return the store at ``location``: a folder, ``":memory:"``, or a SPARQL server.

    Args:
        location: a folder, or a SPARQL server (an :class:`~councilkg.store.sparql.Endpoint` or an
            http(s) URL); ``None`` means ``$COUNCILKG_ENDPOINT`` if set, else :func:`default_location`.
        read_only: open for reading only; the store must exist, and a writer may hold it.

    Raises:
        StoreInUseError: another process has the store open for writing.
        StoreError: the store does not exist (read-only), cannot be opened, or the server does not
            answer.
    """
    if location is None and (endpoint := endpoint_from_environment()) is not None:
        location = endpoint
    if is_endpoint(location):
        endpoint = location if isinstance(location, Endpoint) else endpoint_from_environment(str(location))
        assert endpoint is not None
        return SparqlStore.connect(endpoint, read_only=read_only)
    assert not isinstance(location, Endpoint)
    return EmbeddedStore.open(location if location is not None else default_location(), read_only=read_only)


def new_store_paths(location: str | Path | Endpoint | None = None) -> list[Path]:
    """Return what a first write to the folder store at ``location`` (as :func:`open_store` reads it)
    would create that is not there yet: the folder, its name index and its extracted texts beside it;
    none for a folder that exists, ``":memory:"`` or a SPARQL server."""
    if location is None and endpoint_from_environment() is not None:
        return []
    if is_endpoint(location) or str(location) == MEMORY:
        return []
    folder = Path(str(location)) if location is not None else Path(default_location())
    if folder.exists():
        return []
    return [
        path
        for path in (folder, index_path(folder), Path(str(folder) + EXTRACTED_SUFFIX))
        if not path.exists()
    ]


def remove_new_store(paths: Iterable[Path]) -> None:
    """Remove what :func:`new_store_paths` listed, as far as it now exists (a command that created a
    store and then failed leaves nothing behind); returns nothing."""
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        elif path.exists() or path.is_symlink():
            path.unlink(missing_ok=True)
