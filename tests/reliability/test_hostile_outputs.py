"""Output files an attacker prepared, or a full disk: every output goes through ``councilkg.files.write_file``
(issue 18, outputs). A link, a named pipe, a device or a folder at the target is refused with one line
and left as it was; a planted ``OUTPUT.part`` link is never followed; two writers of one path leave one
whole file; a full disk is one line, with the store as it was (or each plan whole) and the other
outputs untouched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from councilkg.cli import catalogue
from councilkg.errors import OutputError
from councilkg.files import write_file
from tests.conftest import LAMBETH_2020
from tests.reliability.procs import CLI, councilkg

VICTIM = "precious data\n"


def _one_error_line(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """Return the one ``Error:`` line of a failed command, checking exit code 2 and the words it holds."""
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file an attacker would like councilkg to overwrite through a link."""
    path = tmp_path / "victim.txt"
    path.write_text(VICTIM, encoding="utf-8")
    return path


# -- the function itself ----------------------------------------------------------------------


def test_write_file_replaces_a_regular_file_whole_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    assert write_file(target, [b"new ", b"text"]) == 8
    assert target.read_text(encoding="utf-8") == "new text"
    assert [path.name for path in tmp_path.iterdir()] == ["out.txt"]


@pytest.mark.parametrize("kind", ["symlink to a file", "dangling symlink", "folder", "fifo"])
def test_write_file_refuses_a_target_that_is_not_a_regular_file(
    tmp_path: Path, victim: Path, kind: str
) -> None:
    target = tmp_path / "out.txt"
    if kind == "symlink to a file":
        target.symlink_to(victim)
    elif kind == "dangling symlink":
        target.symlink_to(tmp_path / "created-by-the-write")
    elif kind == "folder":
        target.mkdir()
    else:
        os.mkfifo(target)
    with pytest.raises(OutputError, match="councilkg writes only regular files"):
        write_file(target, "attack")
    assert victim.read_text(encoding="utf-8") == VICTIM
    assert not (tmp_path / "created-by-the-write").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.txt", "victim.txt"]


def test_write_file_refuses_a_device() -> None:
    with pytest.raises(OutputError, match="it is a device"):
        write_file("/dev/null", "attack")


def test_write_file_to_a_missing_folder_is_our_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="No such file or directory; it is as it was"):
        write_file(tmp_path / "missing" / "out.txt", "text")


def test_the_catalogue_refuses_a_link(tmp_path: Path, victim: Path) -> None:
    """``make docs`` writes docs/queries.md through the same function."""
    target = tmp_path / "queries.md"
    target.symlink_to(victim)
    assert catalogue.main([str(target)]) == 2
    assert victim.read_text(encoding="utf-8") == VICTIM


# -- every command that writes a file ----------------------------------------------------------

WRITERS = {
    "export -o": ("export", "-o", "{target}"),
    "extract -o": ("extract", str(LAMBETH_2020), "-o", "{target}"),
    "profile init -o": ("profile", "init", "lambeth-childrens-directorate-plan-2020-21", "-o", "{target}"),
    "view plan -o": ("view", "plan", "lambeth-childrens-directorate-plan-2020-21", "-o", "{target}"),
    "thread --html": ("thread", "CSKA12", "--html", "{target}"),
    "indicator --plot": ("indicator", "NI 65", "--plot", "{target}"),
}


def _run(name: str, target: Path, store: Path) -> subprocess.CompletedProcess[str]:
    args = [str(target) if arg == "{target}" else arg for arg in WRITERS[name]]
    needs_store = name not in ("extract -o", "profile init -o")
    return councilkg(*args, *(("--store", store) if needs_store else ()))


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_command_refuses_an_output_link(
    name: str, tmp_path: Path, victim: Path, built_store_path: Path
) -> None:
    target = tmp_path / ("out.png" if "plot" in name else "out.html")
    target.symlink_to(victim)
    _one_error_line(_run(name, target, built_store_path), str(target), "symbolic link")
    assert victim.read_text(encoding="utf-8") == VICTIM
    assert target.is_symlink()


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_planted_part_link_is_not_followed(
    name: str, tmp_path: Path, victim: Path, built_store_path: Path
) -> None:
    """The old writers wrote ``OUTPUT.part`` and renamed it: a link planted there was written through."""
    target = tmp_path / ("out.png" if "plot" in name else "out.html")
    (tmp_path / f"{target.name}.part").symlink_to(victim)
    result = _run(name, target, built_store_path)
    assert result.returncode == 0, result.stderr
    assert victim.read_text(encoding="utf-8") == VICTIM
    assert target.is_file() and not target.is_symlink() and target.stat().st_size > 0
    left = sorted(path.name for path in tmp_path.iterdir())
    assert left == sorted([target.name, f"{target.name}.part", "victim.txt"])


def test_export_refuses_a_fifo_and_a_device(tmp_path: Path, built_store_path: Path) -> None:
    fifo = tmp_path / "pipe.nq"
    os.mkfifo(fifo)
    _one_error_line(councilkg("export", "-o", fifo, "--store", built_store_path), "named pipe")
    _one_error_line(councilkg("export", "-o", "/dev/full", "--store", built_store_path), "it is a device")
    assert (tmp_path / "pipe.nq").exists()


def test_dash_is_standard_output(built_store_path: Path, tmp_path: Path) -> None:
    whole = councilkg("export", "--store", built_store_path)
    dash = councilkg("export", "-o", "-", "--store", built_store_path)
    assert dash.returncode == 0 and dash.stdout == whole.stdout and dash.stderr == ""
    extract = councilkg("extract", LAMBETH_2020, "-o", "-")
    assert extract.returncode == 0 and extract.stderr == ""
    assert extract.stdout.startswith("Children's Directorate Plan")
    assert list(tmp_path.iterdir()) == []


def test_two_exports_to_one_path_leave_one_whole_file(built_store_path: Path, tmp_path: Path) -> None:
    """Before, both wrote ``plans.nq.part`` at once and renamed a mixture into place."""
    whole = councilkg("export", "--store", built_store_path).stdout
    target = tmp_path / "plans.nq"

    def export(_: int) -> subprocess.CompletedProcess[str]:
        return councilkg("export", "-o", target, "--store", built_store_path)

    for _ in range(2):
        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(export, range(4)))
        assert all(result.returncode == 0 for result in results), [r.stderr for r in results]
        assert target.read_text(encoding="utf-8") == whole
        assert [path.name for path in tmp_path.iterdir()] == ["plans.nq"]


# -- a full disk ---------------------------------------------------------------------------------


def test_standard_output_on_a_full_disk_is_one_line(built_store_path: Path) -> None:
    """``/dev/full`` fails every write with ENOSPC, as a redirection to a full disk does."""
    for args in (("export", "--store", built_store_path), ("extract", LAMBETH_2020)):
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [*CLI, *map(str, args)],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                timeout=120,
                check=False,
            )
        assert result.returncode == 2, result.stderr
        assert result.stderr.splitlines() == [
            "Error: cannot write to standard output: the disk is full (No space left on device)"
        ] or result.stderr.splitlines() == ["Error: cannot write: the disk is full (No space left on device)"]


NAMESPACE_SCRIPT = """
set -e
mount -t tmpfs -o size=60m tmpfs "$DISK"
{cli} load lambeth-childrens-directorate-plan-2020-21 --store "$DISK/st" > /dev/null 2>&1
{cli} export --store "$DISK/st" -o "$OUT/before.nq" 2> /dev/null
free=$(df -k "$DISK" | tail -1 | awk '{{print $4}}')
dd if=/dev/zero of="$DISK/filler" bs=1k count=$((free - $LEAVE)) 2> /dev/null
set +e
{cli} load southwark-cypp-2010-13 herefordshire-cyp-directorate-plan-2009-11 --store "$DISK/st" \
    > /dev/null 2> "$OUT/stderr"
echo $? > "$OUT/rc"
rm "$DISK/filler"
{cli} plans --store "$DISK/st" --format csv > "$OUT/plans.csv"
{cli} export --store "$DISK/st" -o "$OUT/after.nq" 2> /dev/null
"""


def _unshare_works() -> bool:
    if shutil.which("unshare") is None or sys.platform != "linux":
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="needs `unshare -rm` to mount a small tmpfs")
@pytest.mark.parametrize("leave_kb", [100, 250, 400])
def test_a_store_on_a_full_disk_is_one_line_and_each_plan_whole(tmp_path: Path, leave_kb: int) -> None:
    """A real full file system (a 60 MB tmpfs in a private mount namespace, filled up but ``leave_kb``):
    the store cannot open, or a plan's write fails; either way one line says what was written, and
    the store holds the old plans and whole new ones."""
    disk, out = tmp_path / "disk", tmp_path / "out"
    disk.mkdir()
    out.mkdir()
    script = NAMESPACE_SCRIPT.format(cli=" ".join(CLI))
    env = {**os.environ, "DISK": str(disk), "OUT": str(out), "LEAVE": str(leave_kb)}
    subprocess.run(["unshare", "-rm", "sh", "-c", script], env=env, check=True, timeout=600)
    assert (out / "rc").read_text().strip() == "2"
    lines = (out / "stderr").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and "the disk is full (No space left on device)" in lines[0], lines
    plans = (out / "plans.csv").read_text(encoding="utf-8")
    if "southwark" in plans:  # written before the disk filled: the message says so
        assert "southwark-cypp-2010-13.txt written before it" in lines[0]
        not_written = "herefordshire-cyp-directorate-plan-2009-11.txt and the plans after it were not written"
        assert not_written in lines[0]
        assert "herefordshire" not in plans
    else:
        assert (out / "before.nq").read_bytes() == (out / "after.nq").read_bytes()


def test_extracted_text_that_cannot_be_saved_says_what_was_written(tmp_path: Path) -> None:
    """The plan is in the store; its extracted text is not: exit 1, one line saying both."""
    html = tmp_path / "wessex-cypp-2012-15.html"
    html.write_text(
        "<html><body><h1>Wessex Council</h1><p>Children and Young People's Plan 2012-2015</p>"
        "<p>Priority 1: Keep children safe</p><p>We will:</p><ul><li>Audit every plan</li></ul>"
        "</body></html>",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    (tmp_path / "store.extracted").write_text("a file where the folder of extracted texts goes\n")
    result = councilkg("load", html, "--store", store)
    assert result.returncode == 1, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and "Traceback" not in result.stderr
    assert "1 plan(s) written to the store (wessex-cypp-2012-15.html)" in errors[0]
    assert "the extracted text of 1 was not saved" in errors[0] and "councilkg extract FILE" in errors[0]
    plans = councilkg("plans", "--store", store, "--format", "csv")
    assert "wessex" in plans.stdout
