"""A list of labelled bullets ("• Priority 1: We will work with you") ends at a numbered line after it
("1. Governance", the contents page's next entry). Snippet cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Torbay Council, Corporate Parenting Strategy 2025/28, its contents page,
#: https://www.torbay.gov.uk/children-and-families/corporate-parenting-strategy-202528
TORBAY = """\
Contents

  1. Foreword
  2. Corporate Parenting Vision
  3. Introduction
  4. The Statutory Context
  5. Principles and Priorities

Corporate Parenting Principles

Priorities
    • Priority 1: We will work with you
    • Priority 2: We will ensure your living arrangement (placement) is safe and meets your needs
    • Priority 3: We will support you to fulfil your potential
  1. Governance
  2. Talking to us
"""


def test_a_numbered_line_after_labelled_bullets_ends_their_list() -> None:
    assert [priority.label for priority in read(TORBAY).priorities] == [
        "We will work with you",
        "We will ensure your living arrangement (placement) is safe and meets your needs",
        "We will support you to fulfil your potential",
    ]
