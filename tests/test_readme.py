"""Every command the README shows runs as written, in a fresh folder, and prints what the README shows.

Each code block of README.md is a short session: its ``$ councilkg ...`` commands run in order, in-process,
in a new folder holding a copy of the store ``make demo`` builds (the bundled plans and the example
appraisals) at ``./.councilkg/store``, with the repository's ``examples/``, ``tests/`` and ``councilkg/``
beside it. A command must exit 0 (non-zero when the README shows an ``Error:``), and each line the
README shows under it must be found in its output: ``…`` stands for elided text, box-drawing characters
and runs of spaces are ignored, a comment after a table row's last ``│`` is not output, and a JSON line
is compared as JSON. A trailing ``# N items`` comment on a CSV command is the number of rows. Server and
long-running commands (``serve``, ``push``, ``bench``, ``fuzz``, and whatever a block runs against a
server) are run as ``--help`` only.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from councilkg.build.appraisals import load_appraisals
from councilkg.build.plans import build
from councilkg.cli.main import cli
from councilkg.store.embedded import EmbeddedStore
from councilkg.store.location import STORE_ENV
from councilkg.store.sparql import ENDPOINT_ENV

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
APPRAISALS = ROOT / "councilkg" / "data" / "appraisals" / "lambeth-2020-21-example.csv"
SERVER_COMMANDS = {"serve", "push", "bench", "fuzz"}
BOX = re.compile(r"[│┃├└┌┐┘┏┓┗┛┡┩╇━─┳┻╋┼]")
ELLIPSIS = re.compile(r"…|\.\.\.")


@dataclass
class Command:
    """One ``$ councilkg ...`` of a README block: its words, a pipe after it, its comment, what it shows."""

    line: str
    args: list[str]
    pipe: list[str] = field(default_factory=list)
    comment: str = ""
    shown: list[str] = field(default_factory=list)


@dataclass
class Block:
    """One code block of the README: its first line number, its commands, and the environment it sets."""

    line: int
    commands: list[Command]
    server: bool


def _uncomment(text: str) -> tuple[str, str, bool]:
    """Return a shell line's code, its ``# comment``, and whether it ends inside a quoted string."""
    quote = ""
    for index, character in enumerate(text):
        if quote:
            quote = "" if character == quote else quote
        elif character in "'\"":
            quote = character
        elif character == "#" and (index == 0 or text[index - 1].isspace()):
            return text[:index].rstrip(), text[index + 1 :].strip(), False
    return text.rstrip(), "", bool(quote)


def _split(text: str) -> tuple[list[str], list[str], str]:
    """Return a shell command's words, the words of a ``| ...`` after it, and its ``# comment``."""
    code, comment, _ = _uncomment(text)
    lexer = shlex.shlex(code, posix=True, punctuation_chars="|&")
    lexer.whitespace_split = True
    words = [word for word in lexer if word != "&"]  # "serve ... &": run in the background
    if "|" in words:
        at = words.index("|")
        return words[:at], words[at + 1 :], comment
    return words, [], comment


def _command_text(lines: list[str], start: int) -> tuple[str, int]:
    """Return the command starting at ``lines[start]`` (``$ `` removed) joined over its continuation
    lines (a trailing ``\\``, or an open quote), and the index of the line after it."""
    text = lines[start][2:]
    end = start + 1
    while end < len(lines):
        code, _, open_quote = _uncomment(text)
        if open_quote:
            text += "\n" + lines[end]
        elif code.endswith("\\"):
            text = code[:-1] + " " + lines[end].strip()
        else:
            break
        end += 1
    return text, end


def readme_blocks() -> Iterator[Block]:
    """Yield each code block of README.md that shows a ``$ councilkg`` command."""
    for match in re.finditer(r"^```[a-z]*\n(.*?)^```", README, re.DOTALL | re.MULTILINE):
        lines = match.group(1).splitlines()
        commands: list[Command] = []
        server = False
        index = 0
        while index < len(lines):
            line = lines[index]
            if not line.startswith("$ "):
                if commands:
                    commands[-1].shown.append(line)
                index += 1
                continue
            text, index = _command_text(lines, index)
            words, pipe, comment = _split(text)
            if words[:1] == ["export"] and ENDPOINT_ENV in words[1]:
                server = True
            if words[:1] != ["councilkg"]:
                continue  # curl, export: the shell's, not councilkg's
            server = server or words[1] in SERVER_COMMANDS
            commands.append(Command(text, words[1:], pipe, comment))
        if commands:
            yield Block(README[: match.start()].count("\n") + 1, commands, server)


BLOCKS = list(readme_blocks())


def _fragments(shown: str) -> list[str]:
    """Return the pieces of a shown line that the output must hold in order: the line without box
    characters or a table row's trailing comment, with spaces collapsed, split at each ellipsis."""
    if shown.startswith(("│", "┃")) and shown.count("│") >= 2 and not shown.rstrip().endswith("│"):
        shown = shown[: shown.rindex("│") + 1]  # "│ 542 │   the ontology itself": a comment
    flat = " ".join(BOX.sub(" ", shown).split())
    return [piece.strip() for piece in ELLIPSIS.split(flat) if piece.strip()]


def _flat(output: str) -> str:
    """Return command output as :func:`_fragments` reads a shown line: no box characters, spaces collapsed."""
    return " ".join(BOX.sub(" ", output).split())


def _help_args(args: list[str]) -> list[str]:
    """Return the words naming the (sub)command of ``args``, then ``--help``."""
    words: list[str] = []
    group: click.Command = cli
    for word in args:
        if not isinstance(group, click.Group) or word not in group.commands:
            break
        words.append(word)
        group = group.commands[word]
    return [*words, "--help"]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder holding ``.councilkg/store`` as ``make demo`` leaves it: the bundled plans and the
    example appraisals."""
    folder = tmp_path_factory.mktemp("demo")
    with EmbeddedStore.open(folder / ".councilkg" / "store") as store:
        build(store)
        load_appraisals(store, APPRAISALS)
    return folder


def _fresh_folder(demo_store: Path, tmp_path: Path) -> Path:
    """Return a new folder with a copy of the demo store and links to the repository's shipped files."""
    folder = tmp_path / "clone"
    shutil.copytree(demo_store, folder)
    for name in ("examples", "tests", "councilkg"):
        (folder / name).symlink_to(ROOT / name, target_is_directory=True)
    return folder


def _run(command: Command, server: bool) -> Result:
    """Return the result of one README command run in-process in the current folder."""
    args = _help_args(command.args) if server else command.args
    return CliRunner().invoke(cli, args, env={"COLUMNS": "300", STORE_ENV: None, ENDPOINT_ENV: None})


def _piped(command: Command, stdout: str) -> str:
    """Return ``stdout`` through the command's pipe (``head -N`` is the one the README uses)."""
    if not command.pipe:
        return stdout
    assert command.pipe[0] == "head" and re.fullmatch(r"-n?\d+", command.pipe[1]), command.pipe
    return "".join(stdout.splitlines(keepends=True)[: int(command.pipe[1].lstrip("-n"))])


def check_shown(command: Command, result: Result) -> None:
    """Assert the output holds each line the README shows under ``command`` (see the module docstring)."""
    output = _piped(command, result.stdout) + result.stderr
    flat = _flat(output)
    for shown in command.shown:
        if shown.startswith(("[", "{")):
            assert json.loads(shown) == json.loads(result.stdout), (command.line, shown)
            continue
        at = 0
        for piece in _fragments(shown):
            found = flat.find(piece, at)
            assert found >= 0, f"{command.line}\nshows: {shown}\nmissing: {piece!r}\noutput:\n{output}"
            at = found + len(piece)
    counted = re.match(r"(\d+) items?\b", command.comment)
    if counted and "csv" in command.args:
        rows = len(result.stdout.splitlines()) - 1
        assert rows == int(counted.group(1)), (
            f"{command.line}: the README says {counted.group()}; {rows} rows"
        )


def test_the_readme_shows_commands() -> None:
    """The blocks below hold the tour's commands, and its server commands are recognised."""
    names = {command.args[0] for block in BLOCKS for command in block.commands}
    assert {"build", "report", "query", "load", "owner", "thread", "gaps", "stats", "serve", "push"} <= names
    assert sum(len(block.commands) for block in BLOCKS) >= 30
    assert [block.server for block in BLOCKS].count(True) == 2


@pytest.mark.parametrize("block", BLOCKS, ids=lambda block: f"line-{block.line}")
def test_readme_block_runs_as_shown(
    block: Block, demo_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each command of the block exits as the README implies and prints what the README shows."""
    monkeypatch.chdir(_fresh_folder(demo_store, tmp_path))
    for command in block.commands:
        result = _run(command, block.server)
        fails = any(line.startswith("Error:") for line in command.shown)
        assert "Traceback" not in result.output, (command.line, result.output)
        if fails:
            assert result.exit_code != 0, (command.line, result.output)
        else:
            assert result.exit_code == 0, (command.line, result.output, result.exception)
            assert result.output.strip(), f"{command.line} printed nothing"
        if not block.server:
            check_shown(command, result)
