"""Sections quoting the plan (``kind = "quotes"``), on snippets of the Southwark CYPP 2010-13's
committee report and plan (``councilkg/data/plans/southwark-cypp-2010-13.txt``, lines 33-42 and
361-368): a quoted priority is the plan's own; what the quote adds is kept and warned about."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from councilkg.documents.document import Document
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profilefile import profile_from_data
from councilkg.loaders.model import Extraction
from tests.loaders.generic.test_profile import profile_error

HEADER = "<b>We will commission services that...</b>\t<b>As a result, we expect...</b>"
QUOTE = [
    "- 7. The two commissioning intentions with specific reference to looked after children include –",
    "",
    "**Looked after children achieving their educational potential**",
    "",
    "*You can expect...* More looked after children and young people attending school.",
    "",
    HEADER,
    "Manage the transition of looked after children from one educational setting to another\t"
    "To further narrow the gap in educational achievement",
    "Train foster carers to support learning at home\tMore looked after children reading at home",
    "",
    "### **Community Impact Statement**",
    "",
]
PLAN = [
    "## Narrowing the gap – better and more equal life chances for all",
    "",
    "### *Our priority is...* **Looked after children achieving their educational potential**",
    "",
    "*You can expect...* More looked after children and young people attending school.",
    "",
    HEADER,
    "<p>Manage the transition of looked after children from one educational setting to another</p> "
    "<p>Are flexible and able to respond to the educational needs of looked after children</p>\t"
    "<p>To further narrow the gap in educational achievement</p>",
    "",
]
SNIPPET = "\n".join(["Children and Young People's Plan 2010-2013", "", *QUOTE, *PLAN])

PROFILE = r"""
[profile]
name = "southwark-quotes"
outline = false
paragraph_items = true

[[sections]]
match = '^Our priority is\s*(?:\.{2,}|…)\s*(?P<label>.+)$'
kind = "priority"
type = "commissioning intention"
description = '^You can expect\s*(?:\.{2,}|…)\s*(?P<text>.*)$'

[[sections]]
match = '^- 7\. The two commissioning intentions'
kind = "quotes"
priority = '^(?P<label>[A-Z][^.…\t]{10,120})$'
type = "commissioning intention"
description = '^You can expect\s*(?:\.{2,}|…)\s*(?P<text>.*)$'

[[sections]]
match = '^Community Impact Statement$'
kind = "section"

[[columns]]
match = '^we will commission\b'
role = "action"

[[columns]]
match = '^as a result, we expect\b'
role = "expected-result"
lists_to_priority = true
"""


def _load(text: str = SNIPPET, profile: str = PROFILE) -> Extraction:
    rules = profile_from_data(tomllib.loads(profile), Path("southwark-quotes.toml"))
    return load_with_profile(Document.from_text("southwark.txt", text), rules)


@pytest.fixture(scope="module")
def found() -> Extraction:
    """The snippet read with the profile."""
    return _load()


def test_a_quoted_priority_is_the_plans(found: Extraction) -> None:
    """One priority, the plan's (its key not taken by the quote printed first); the quote is placed."""
    assert [(p.key, p.source_line) for p in found.priorities] == [
        ("looked-after-children-achieving-their-educational-potential", 17)
    ]
    assert (found.placed[5], found.placed[10]) == ("priority (quoted)", "action (quoted)")


def test_what_the_quote_adds_is_kept_and_warned(found: Extraction) -> None:
    """The quoted action the plan lacks supports the plan's priority; the quoted result it lacks is the
    priority's; each is warned about at its quoted line."""
    assert sorted((a.key, a.source_line, a.supports[0][:12]) for a in found.actions) == [
        ("are-flexible-and-able-to-respond-to-the-educational-needs", 22, "looked-after"),
        ("manage-the-transition-of-looked-after-children-from-one", 22, "looked-after"),
        ("train-foster-carers-to-support-learning-at-home", 11, "looked-after"),
    ]
    assert found.priorities[0].expected_results == [
        "To further narrow the gap in educational achievement",
        "More looked after children reading at home",
    ]
    assert [(w.line, w.message) for w in found.warnings] == [
        (11, "quoted action 'Train foster carers to support learning at home' is not in the plan"),
        (11, "quoted result 'More looked after children reading at home' is not in the plan"),
    ]


def test_a_quote_of_no_priority_of_the_plan_is_kept_and_warned() -> None:
    """Quoting a priority the plan does not print: the quote's priority and actions are kept."""
    found = _load("\n".join(["Children and Young People's Plan 2010-2013", "", *QUOTE]))
    assert [p.key for p in found.priorities] == [
        "looked-after-children-achieving-their-educational-potential"
    ]
    assert len(found.actions) == 2
    assert [(w.line, w.message) for w in found.warnings] == [
        (
            5,
            "quoted priority 'Looked after children achieving their educational potential' "
            "not found in the plan",
        )
    ]


def test_a_differing_quoted_description_is_warned() -> None:
    """A quote whose "You can expect..." differs from the plan's is warned about."""
    text = SNIPPET.replace("young people attending school.", "young people at school.", 1)
    messages = [w.message for w in _load(text).warnings]
    assert (
        "quoted description of priority 'Looked after children achieving their educational potential' "
        "differs from the plan's"
    ) in messages


def test_priority_applies_only_to_quotes(tmp_path: Path) -> None:
    """``priority`` on a section of another kind is one line naming the key."""
    text = "[[sections]]\nmatch = 'x'\nkind = 'section'\npriority = 'y'\n"
    assert "sections[0].priority: applies only to a section of kind 'quotes'" in profile_error(tmp_path, text)
