"""Regular expressions and numbers an attacker can make expensive (issue 18, hostile documents): a
profile's patterns run with a time limit and name the pattern and line; the package's own patterns
scan long runs of spaces in linear time; numbers of thousands of digits and TOML nested thousands
deep are one-line errors, not tracebacks."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import councilkg.data as councilkg_data
from councilkg.build.plans import extract
from councilkg.build.triples import extraction_to_graph
from councilkg.data import bundled_plans
from councilkg.documents.document import Document
from councilkg.errors import CouncilKGError, LoaderError
from councilkg.loaders.generic import rows
from councilkg.loaders.generic.profile import SectionKind
from councilkg.loaders.generic.profilefile import read_profile
from councilkg.loaders.parsing import cells
from councilkg.loaders.parsing.identity import read_manifest
from councilkg.loaders.parsing.numbers import parse_leading_integer
from councilkg.loaders.parsing.userpatterns import PATTERN_SECONDS, PatternTimeoutError, compile_user_pattern
from councilkg.queries import parse_param
from councilkg.store.base import prepare_plan
from tests.reliability.procs import councilkg

BIG = "9" * 5_000
"""More digits than Python's int() converts (4,300): it raised ValueError, a traceback."""

PLAN = (
    "Wessex Council\nChildren and Young People's Plan 2012-2015\n\n"
    "Priority 1: Keep children safe\n\n{line}\n\nWe will audit.\n"
)


def _profile(folder: Path, pattern: str) -> Path:
    path = folder / "evil.toml"
    path.write_text(f'[[sections]]\nmatch = "{pattern}"\nkind = "actions"\n', encoding="utf-8")
    return path


def _plan(folder: Path, line: str) -> Path:
    path = folder / "wessex-cypp-2012-15.txt"
    path.write_text(PLAN.format(line=line), encoding="utf-8")
    return path


# -- a profile's patterns ---------------------------------------------------------------------------


def test_a_catastrophic_profile_pattern_is_stopped_and_named_with_its_line(tmp_path: Path) -> None:
    """``(a|a)+$`` on thirty letters and a "!" tries 2^30 ways: hours with ``re``."""
    plan, profile = _plan(tmp_path, "A" * 30 + "!"), _profile(tmp_path, "(a|a)+$")
    for args in (("load", plan, "--store", tmp_path / "store"), ("inspect", plan), ("profile", "init", plan)):
        started = time.monotonic()
        result = councilkg(*args, "--profile", profile)
        assert result.returncode == 2
        assert result.stderr == (
            f"Error: {plan}:6: the profile's pattern sections[0].match = '(a|a)+$' took more than 1 s on "
            f"'{'A' * 30}!'; nested repeats such as (a+)+ try every split of a long line: "
            "simplify the pattern\n"
        )
        assert time.monotonic() - started < 10
    assert (
        not (tmp_path / "store").exists()
        or "wessex" not in councilkg("plans", "--store", tmp_path / "store", "--format", "csv").stdout
    )


def test_the_issue_s_pattern_now_answers_at_once(tmp_path: Path) -> None:
    """``(a+)+$`` took 9 s on 26 letters (doubling with each more) with ``re``; the regex module
    answers it in linear time, so the plan loads."""
    plan, profile = _plan(tmp_path, "A" * 40 + "!"), _profile(tmp_path, "(a+)+$")
    started = time.monotonic()
    result = councilkg("load", plan, "--profile", profile, "--store", tmp_path / "store")
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 15


@pytest.mark.parametrize("method", ["search", "match", "fullmatch", "findall", "finditer", "split", "sub"])
def test_every_use_of_a_user_pattern_is_timed(method: str) -> None:
    pattern = compile_user_pattern("(a|a)+$", "columns[2].split")
    text = "a" * 40 + "!"
    started = time.monotonic()
    with pytest.raises(PatternTimeoutError, match=r"columns\[2\]\.split = '\(a\|a\)\+\$'"):
        if method == "sub":
            pattern.sub("", text)
        else:
            list(getattr(pattern, method)(text))
    assert time.monotonic() - started < PATTERN_SECONDS + 2


def test_a_user_pattern_behaves_as_re_does() -> None:
    timed, plain = (
        compile_user_pattern(r"(?P<ref>CS[A-Z]{2})\s*(\d+)", "k"),
        re.compile(r"(?P<ref>CS[A-Z]{2})\s*(\d+)", re.I),
    )
    text = "csob 5, CSKA12 and Goal 2"
    assert timed.search(text).groupdict() == plain.search(text).groupdict()  # type: ignore[union-attr]
    assert [m.group(0) for m in timed.finditer(text)] == [m.group(0) for m in plain.finditer(text)]
    assert timed.sub("#", text) == plain.sub("#", text) and timed.split(text) == plain.split(text)
    assert timed.groupindex == dict(plain.groupindex)


def test_a_profile_nested_thousands_deep_is_one_error_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text("[profile]\nname = 'x'\n[plan]\ncouncil = " + "[" * 3_000 + "\n", encoding="utf-8")
    with pytest.raises(LoaderError) as raised:
        read_profile(path)
    assert str(raised.value) == (
        f"{path}:4: not a TOML profile: arrays or inline tables nested too deep (more than 100)"
    )


# -- the package's own patterns ---------------------------------------------------------------------


def _southwark_area(pattern: str) -> re.Pattern[str]:
    """Return the ``mention`` or ``listed`` pattern of the bundled Southwark profile's area rule."""
    profile = read_profile(Path(councilkg_data.__file__).parent / "profiles" / "southwark-cypp-2010-13.toml")
    rule = next(rule for rule in profile.sections if rule.kind is SectionKind.AREA)
    found: re.Pattern[str] = getattr(rule, pattern)
    return found


def _lambeth_2007_name_and_post() -> re.Pattern[str]:
    """Return the pattern of the bundled Lambeth 2007-10 profile's chart rows: "Name – Divisional
    Director, Unit Key Priorities:" (the module's "name - post" pattern before it became a profile)."""
    profile = read_profile(
        Path(councilkg_data.__file__).parent / "profiles" / "lambeth-cyps-service-plan-2007-10.toml"
    )
    return profile.post_rows[0].pattern


def _herefordshire_run_on(which: str) -> re.Pattern[str]:
    """Return a pattern of the bundled Herefordshire profile splitting items run together in a cell:
    its priorities listed by group, or the first concept rule of a framework."""
    profile = read_profile(
        Path(councilkg_data.__file__).parent / "profiles" / "herefordshire-cyp-directorate-plan-2009-11.toml"
    )
    if which == "groups":
        return next(rule.priority_groups for rule in profile.sections if rule.priority_groups is not None)
    return (
        next(framework for framework in profile.frameworks if framework.scheme == which).concepts[0].pattern
    )


LINEAR: dict[str, tuple[Callable[[str], object], str]] = {
    "cells glyph split": (cells._GLYPH_SPLIT.split, " "),
    "Southwark area": (_southwark_area("mention").search, " "),
    "Southwark (TBC)": (_southwark_area("listed").search, "\t"),
    "Lambeth 2007-10 name - post": (_lambeth_2007_name_and_post().search, "\t"),
    "partners in a cell": (rows.PARTNER_SEPARATORS.split, " "),
    "Herefordshire listed priorities": (
        lambda text: list(_herefordshire_run_on("groups").finditer(f"To a{text}")),
        " ",
    ),
    "Herefordshire LAA items": (
        lambda text: list(_herefordshire_run_on("herefordshire-laa").finditer(f"To a{text}")),
        " ",
    ),
    "Herefordshire CYPP items": (
        lambda text: list(_herefordshire_run_on("herefordshire-cypp-2008-11").finditer(f"To a{text}")),
        " ",
    ),
}


@pytest.mark.parametrize("name", list(LINEAR))
def test_long_runs_of_spaces_are_scanned_in_linear_time(name: str) -> None:
    """Each was quadratic (8,000 spaces: 0.4-2.8 s, 16 times the time of 2,000; the partners' split
    29 s on 32,000)."""
    scan, space = LINEAR[name]

    def seconds(size: int) -> float:
        text = "x" + space * size + "y"
        started = time.perf_counter()
        scan(text)
        return time.perf_counter() - started

    small, large = seconds(20_000), seconds(160_000)
    assert large < 0.5 and large < 16 * max(small, 0.002), (small, large)


# -- numbers too long for int() ---------------------------------------------------------------------


def test_a_rating_of_thousands_of_digits_is_no_rating() -> None:
    assert parse_leading_integer(BIG) is None and parse_leading_integer(f"({BIG})") is None
    assert parse_leading_integer("(16)") == 16


@pytest.mark.parametrize("plan", [plan.path for plan in bundled_plans()], ids=lambda path: path.stem)
def test_every_number_of_a_plan_made_thousands_of_digits_long_loads_or_is_one_error(plan: Path) -> None:
    """Every number of a bundled plan (ratings, scores, outturns, references) given 5,000 more digits."""
    text = re.sub(r"\d+", lambda match: match.group(0) + BIG, plan.read_text(encoding="utf-8"))
    document = Document.from_text(plan.name, text)
    try:
        extraction = extract(document)
        triples = extraction_to_graph(extraction, document)
        prepare_plan(triples.plan, triples.shared)
    except CouncilKGError as error:
        assert "\n" not in str(error)


def test_a_manifest_year_of_thousands_of_digits_names_the_entry_and_line(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    manifest.write_text(
        json.dumps([{"file": "a.txt", "council": "Wessex"}]).replace("}", f',\n "start_year": {BIG}}}'),
        encoding="utf-8",
    )
    with pytest.raises(LoaderError) as raised:
        read_manifest(manifest)
    assert str(raised.value) == (
        f"{manifest}:2: entry 1: start_year '999999999999999999999999999999999999999… (5,002 characters) "
        "is not a year"
    )


def test_a_query_parameter_of_thousands_of_digits_is_one_error(built_store_path: Path) -> None:
    with pytest.raises(CouncilKGError, match="is too long for an integer"):
        parse_param(f"x={BIG}")
    result = councilkg("query", "plans", "--param", f"x={BIG}", "--store", built_store_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_query_answer_of_thousands_of_digits_is_shown(built_store_path: Path) -> None:
    result = councilkg(
        "query", f"SELECT ?x WHERE {{ BIND({BIG} AS ?x) }}", "--format", "json", "--store", built_store_path
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"x": BIG}]
