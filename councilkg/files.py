"""The one way councilkg writes an output file: whole or not at all, and only as a regular file.

:func:`write_file` writes into a temporary file it creates beside the target (a random name, opened
with ``O_CREAT | O_EXCL | O_NOFOLLOW``, so it can be neither a file planted in advance nor a link),
flushes it to the disk with ``fsync`` and renames it over the target. A reader, a crash or a full
disk therefore leaves the old file or the whole new one, never part of it, and two processes
writing one path leave one of the two whole files. A target that exists and is not a regular file
(a symbolic link, a folder, a named pipe, a device, a socket) is refused, not replaced or followed.
The name ``-`` means standard output.

A folder of files (a release, a static site) is written the same way, whole: into a new folder beside
the target (:func:`new_folder_beside`), synced (:func:`sync_folders`), and renamed into place
(:func:`replace_folder`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from councilkg.errors import OutputError

STDOUT = "-"
"""The output name that means standard output."""

WRITE_FAILED_SUFFIX = "; it is as it was"
"""How an :class:`OutputError` from :func:`write_file` ends: the target was left untouched."""

Content = str | bytes | Iterable[bytes]
"""What :func:`write_file` writes: text (as UTF-8), bytes, or chunks of bytes."""

_KINDS = (
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def is_stdout(target: str | Path) -> bool:
    """Return whether ``target`` names standard output (``-``).

    Example:
        >>> is_stdout("-"), is_stdout("out.nq")
        (True, False)
    """
    return str(target) == STDOUT


def check_target(target: str | Path) -> None:
    """Refuse an output path that exists and is not a regular file; returns nothing.

    Raises:
        OutputError: ``target`` is a symbolic link (even to a regular file), a folder, a named pipe,
            a device or a socket.
    """
    if is_stdout(target):
        return
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise OutputError(f"cannot write {target}: {error.strerror or error}") from error
    for test, kind in _KINDS:
        if test(mode):
            raise OutputError(
                f"cannot write {target}: it is {kind}; councilkg writes only regular files "
                "(remove it or choose another path)"
            )


def write_file(
    target: str | Path, content: Content, *, make_folders: bool = False, durable: bool = True
) -> int:
    """Write ``content`` to ``target`` whole: a temporary file beside it, fsync, rename (``-``: stdout).

    Args:
        target: the file to write, or ``-`` for standard output.
        content: text (written as UTF-8), bytes, or an iterable of byte chunks (e.g. an export).
        make_folders: create the target's missing folders first.
        durable: flush the file and its folder to the disk before returning. ``False`` only for a
            file of a new folder that is flushed whole by :func:`sync_tree` before it is renamed
            into place (thousands of files, each fsync costing milliseconds).

    Returns:
        The number of bytes written.

    Raises:
        OutputError: the target exists and is not a regular file, or the file cannot be written (a
            full disk, a folder that is missing or not writable); the target is then as it was.
    """
    if is_stdout(target):
        return _write_stdout(content)
    path = Path(target)
    check_target(path)
    temporary: Path | None = None
    try:
        if make_folders:
            path.parent.mkdir(parents=True, exist_ok=True)
        temporary, descriptor = _create_beside(path)
        with contextlib.suppress(FileNotFoundError):  # a file replaced keeps its permissions
            os.fchmod(descriptor, stat.S_IMODE(os.stat(path).st_mode))
        with os.fdopen(descriptor, "wb") as stream:
            written = sum(stream.write(chunk) for chunk in _chunks(content))
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
        if durable:
            sync_folder(path.parent)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {describe_os_error(error)}{WRITE_FAILED_SUFFIX}") from error
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    return written


_NO_SPACE = os.strerror(errno.ENOSPC)  # RocksDB's errors carry it as text, without an errno


def describe_os_error(error: OSError) -> str:
    """Return an operating-system error as a short phrase, naming a full disk plainly.

    Example:
        >>> describe_os_error(OSError(28, "No space left on device"))
        'the disk is full (No space left on device)'
    """
    reason = error.strerror or str(error)
    if error.errno in (errno.ENOSPC, errno.EDQUOT) or _NO_SPACE in reason:
        return f"the disk is full ({_NO_SPACE})"
    return reason


def _create_beside(path: Path) -> tuple[Path, int]:
    """Return a new temporary file in ``path``'s folder and its open descriptor (never an existing file)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        temporary = path.with_name(f".{path.name[:100]}.{secrets.token_hex(6)}.part")
        try:
            return temporary, os.open(temporary, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename into it) to the disk where the platform allows it (best
    effort); returns nothing."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the file itself is already synced
    finally:
        os.close(descriptor)


def new_folder_beside(target: Path) -> Path:
    """Return a new, empty folder beside ``target``, under a hidden name no one else uses
    (``.<name>.<random>.part``), to write a folder of files into before :func:`replace_folder`.

    Raises:
        OSError: the folder cannot be made (its parent is missing or not writable, or no free name).
    """
    for _ in range(100):
        work = target.with_name(f".{target.name[:100]}.{secrets.token_hex(6)}.part")
        try:
            work.mkdir()
            return work
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary folder name", str(target.parent))


def sync_folders(folder: Path) -> None:
    """Flush ``folder``'s entries and its sub-folders' to the disk (best effort); returns nothing."""
    for path in [folder, *(p for p in folder.rglob("*") if p.is_dir() and not p.is_symlink())]:
        sync_folder(path)


def sync_tree(folder: Path) -> None:
    """Flush every file and folder under ``folder`` to the disk: one ``sync`` of the file systems
    where the platform has it (far cheaper than an fsync per file), else an fsync of each file and
    folder (best effort for folders). Returns nothing.

    Raises:
        OSError: a file could not be flushed.
    """
    sync = getattr(os, "sync", None)
    if sync is not None:
        sync()
        return
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            descriptor = os.open(path, os.O_RDONLY)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
    sync_folders(folder)


def replace_folder(work: Path, target: Path) -> None:
    """Rename the folder ``work`` to ``target``, whole: a missing or empty ``target`` is replaced by the
    rename itself; a folder of files there is moved aside first (and put back if the rename fails),
    then removed. Returns nothing.

    Raises:
        OSError: a rename failed; ``target`` is then as it was.
    """
    if not target.exists() or not any(target.iterdir()):
        os.replace(work, target)
        return
    aside = target.with_name(f".{target.name[:100]}.{secrets.token_hex(6)}.old")
    os.rename(target, aside)
    try:
        os.rename(work, target)
    except OSError:
        os.rename(aside, target)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def _chunks(content: Content) -> Iterable[bytes]:
    if isinstance(content, str):
        return (content.encode("utf-8"),)
    if isinstance(content, bytes):
        return (content,)
    return content


def _write_stdout(content: Content) -> int:
    """Write ``content`` to standard output; return the bytes written.

    Raises:
        OutputError: standard output cannot be written (a full disk behind a redirection).
    """
    try:
        sys.stdout.flush()  # what was echoed before goes first
        written = 0
        for chunk in _chunks(content):
            written += sys.stdout.buffer.write(chunk)
        sys.stdout.flush()
    except OSError as error:
        raise OutputError(f"cannot write to standard output: {describe_os_error(error)}") from error
    return written
