"""The plan's title line (``[plan] title_line``) and a quoted vision, on a snippet of the Southwark
CYPP 2010-13 (``councilkg/data/plans/southwark-cypp-2010-13.txt``, lines 87-93 and 151-153)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from councilkg.documents.document import Document
from councilkg.errors import LoaderError
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profilefile import profile_from_data
from councilkg.loaders.model import Extraction

SNIPPET = "\n".join(
    [
        "## **APPENDIX 1**",
        "",
        "Draft CYPP 2010-2013",
        "",
        "# **2010-2013**",
        "",
        "# **Children and Young People's Plan**",
        "",
        "## Our vision",
        "",
        "“Every child, young person and family in Southwark has high expectations and the best "
        "opportunities.”",
        "",
        "Priority 1: Keep children safe",
        "",
    ]
)

PROFILE = """
[plan]
council = "Southwark"
title = "Children and Young People's Plan 2010-2013"
title_line = '''^Children and Young People['’]s Plan$'''
"""


def _load(text: str, profile: str = PROFILE) -> Extraction:
    rules = profile_from_data(tomllib.loads(profile), Path("southwark-title.toml"))
    return load_with_profile(Document.from_text("southwark.txt", text), rules)


def test_the_title_line_is_the_plans_source_line() -> None:
    """The plan's source line is the line printing its title, markup removed."""
    assert _load(SNIPPET).plan.source_line == 7


def test_a_plan_without_its_title_line_is_refused() -> None:
    """A text that does not print the title line is not this plan: one error naming the pattern."""
    with pytest.raises(LoaderError, match="title line"):
        _load(SNIPPET.replace("# **Children and Young People's Plan**", ""))


def test_a_quoted_vision_is_read_without_its_quotation_marks() -> None:
    """The paragraph under "Our vision", printed in quotation marks, is the vision without them."""
    vision = _load(SNIPPET).vision
    assert vision is not None and vision.source_line == 11
    assert vision.text == (
        "Every child, young person and family in Southwark has high expectations and the best opportunities."
    )
