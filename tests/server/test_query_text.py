"""Query text handling under hostile input: the endpoint's lexer (``query_shape``), the text
helpers ``councilkg query`` and the remote store use (``sparqltext``, ``check_params``), all linear.

Each crafted query is 48 KB, the size of the attack that took 31 s in the endpoint's lexer before
it learnt to split runs of name characters in one pass; each must now be read in well under a
second. :func:`test_any_query_text_gives_a_shape_or_our_error` is also ``make fuzz``'s
``query-text`` target.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import Counter

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councilkg.errors import CouncilKGError
from councilkg.queries import check_params, sparqltext
from councilkg.server.errors import ForbiddenQueryError
from councilkg.server.query import QueryShape, _lex, query_shape

SCALE = max(1, int(os.environ.get("COUNCILKG_FUZZ_SCALE", "1")))
TRIED: Counter[str] = Counter()
"""Inputs tried per fuzz target in this process (read by ``bench/fuzz.py``)."""

SIZE = 48_000
BUDGET_S = 1.0
HEAD = "SELECT * WHERE { ?s ?p ?o } "


def crafted(unit: str, head: str = HEAD, tail: str = "") -> str:
    """Return ``head`` followed by ``unit`` repeated to about 48 KB, then ``tail``."""
    return head + unit * (SIZE // len(unit)) + tail


ATTACKS = {
    # the attack: runs of prefixed-name-like tokens, each once tried as a prefix up to the run's end
    "dotted names": crafted("a."),
    "dotted words": crafted("ab.cd."),
    "dashes and dots": crafted("a.-"),
    "names ending in a dot before a colon": crafted("a.b.:"),
    "one long run then a colon": crafted("a.b", tail=":c"),
    # neighbours: other ways a lexer can rescan
    "SERVICE then hashes (exponential backtracking)": crafted("#", head=HEAD + "SERVICE ", tail="\n}"),
    "unterminated long strings": crafted('"""a'),
    "mixed long strings": crafted("'''a\"\"\""),
    "IRIs hiding a comment": crafted("<a#>"),
    "IRIs hiding a quote": crafted("<a'b>'"),
    "variables and dots": crafted("?a."),
    "percent escapes": crafted("a:%"),
    "many prefixes and FROMs": "PREFIX a: <x:> " * 1600 + "SELECT * " + "FROM a:b " * 2400 + "{}",
}


@pytest.mark.parametrize("name", ATTACKS)
def test_crafted_query_text_is_read_within_budget(name: str) -> None:
    text = ATTACKS[name]
    started = time.perf_counter()
    try:
        shape = query_shape(text)
    except ForbiddenQueryError:
        shape = None
    took = time.perf_counter() - started
    assert took < BUDGET_S, f"{name}: {took:.2f} s"
    assert shape is None or isinstance(shape, QueryShape)
    for helper in (sparqltext.query_form, sparqltext.mentions_graph, sparqltext.names_dataset):
        started = time.perf_counter()
        with contextlib.suppress(CouncilKGError):
            helper(text)
        assert time.perf_counter() - started < BUDGET_S, f"{name}: {helper.__name__}"
    started = time.perf_counter()
    try:
        sparqltext.substitute(text, {"s": ox.NamedNode("http://example.org/s")})
        check_params(text, ["s", "missing"])
    except CouncilKGError:
        pass
    assert time.perf_counter() - started < BUDGET_S, f"{name}: substitute / check_params"


def test_reading_time_grows_linearly() -> None:
    """Four times the text takes about four times as long (not sixteen)."""

    def seconds(text: str) -> float:
        started = time.perf_counter()
        query_shape(text)
        return time.perf_counter() - started

    small, large = HEAD + "a." * 20_000, HEAD + "a." * 80_000
    ratio = min(seconds(large) for _ in range(3)) / min(seconds(small) for _ in range(3))
    assert ratio < 8, ratio


def test_service_hidden_after_hashes_on_a_later_line_is_still_found() -> None:
    with pytest.raises(ForbiddenQueryError):
        query_shape("SELECT * { SERVICE " + "#" * 5000 + "\n<http://e/> {} }")
    assert query_shape("SELECT * { SERVICE " + "#" * 5000 + " <http://e/> {} }").form == "select"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("a.b:c", [("pname", "a.b:c")]),
        ("a.b.:c", [("word", "a"), ("other", "."), ("word", "b"), ("other", "."), ("pname", ":c")]),
        ("_a:b", [("word", "_a"), ("pname", ":b")]),
        ("_a.b:c", [("word", "_a"), ("other", "."), ("pname", "b:c")]),
        ("true.SERVICE", [("word", "true"), ("other", "."), ("word", "SERVICE")]),
        ("a.1b", [("word", "a"), ("other", "."), ("other", "1"), ("word", "b")]),
    ],
)
def test_runs_of_names_split_as_the_grammar_reads_them(text: str, tokens: list[tuple[str, str]]) -> None:
    assert [(kind, text[start:end]) for kind, start, end in _lex(text)] == tokens


FRAGMENTS = [
    "a", "b", ".", ":", "_", "-", "1", "?", "$", "<", ">", "#", "'", '"', '"""', "'''", "\\", " ",
    "\n", "%", "%4", "é", "·", "{", "}", "(", ")", "SERVICE", "service", "FROM", "NAMED", "PREFIX",
    "BASE", "SELECT", "ASK", "<x:y>", "<a#b>", "<a'b>", "ex:", "id:graph\\/", "\\u0041",
]  # fmt: skip


@settings(
    max_examples=200 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=60), st.integers(1, 400))
def test_any_query_text_gives_a_shape_or_our_error(fragments: list[str], repeat: int) -> None:
    """Any text, its tokens repeated up to 400 times, is read in one pass: a shape or the SERVICE
    refusal, tokens that cover the text end to end, and time within the budget."""
    TRIED["query-text"] += 1
    text = "".join(fragments) * repeat
    started = time.perf_counter()
    with contextlib.suppress(ForbiddenQueryError):
        assert isinstance(query_shape(text), QueryShape)
    position = 0
    for _, start, end in _lex(text):
        assert start == position < end
        position = end
    assert position == len(text)
    for helper in (sparqltext.query_form, sparqltext.mentions_graph, sparqltext.names_dataset):
        with contextlib.suppress(CouncilKGError):
            helper(text)
    assert time.perf_counter() - started < BUDGET_S + len(text) / 50_000
