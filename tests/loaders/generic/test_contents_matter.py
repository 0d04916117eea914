"""A numbered contents page run onto one line, each entry with its page: its front and back matter
(foreword, achievements, vision, financial plan) are chapters, not the plan's priorities.

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from councilkg.loaders.generic.contentsthemes import is_plan_matter
from tests.loaders.generic.reading import read

#: Tameside Council's Corporate Plan 2012-15, its contents page run onto one line
#: (https://vdocument.in/corporate-plan-2012-15-tameside-are-pleased-to-present-tameside-councils-corporate.html).
TAMESIDE_2012 = (
    "Contents\n\n"
    "1. Foreword by Executive Leader and Chief Executive 4 2. Achievements in 2011 6 3. Tameside: A good "
    "place to live and work 9 4. Our Vision for Tameside 11 5. Prosperous Tameside 14 6. Safe Tameside 18 "
    "7. Attractive Tameside 20 8. Healthy Tameside 22 9. Learning Tameside 25 10. Supportive Tameside 28 "
    "11. A high performing Council delivering efficient and responsive services 31 12. Medium Term "
    "Financial Plan and Financial Information 34\n"
)


def test_a_numbered_contents_line_gives_no_front_or_back_matter() -> None:
    """Each entry printing its page, the line is a contents page: its foreword, achievements, vision
    and financial plan are chapters, not priorities, and no priority keeps its page number."""
    labels = [priority.label for priority in read(TAMESIDE_2012).priorities]
    assert labels == [
        "Tameside: A good place to live and work",
        "Prosperous Tameside",
        "Safe Tameside",
        "Attractive Tameside",
        "Healthy Tameside",
        "Learning Tameside",
        "Supportive Tameside",
        "A high performing Council delivering efficient and responsive services",
    ]


def test_plan_matter() -> None:
    """Front and back matter by their opening words, a financial chapter by its words anywhere."""
    assert is_plan_matter("Foreword by Executive Leader and Chief Executive")
    assert is_plan_matter("Achievements in 2011") and is_plan_matter("Appendix 2 - Funding")
    assert not is_plan_matter("Improve financial resilience of families")
    assert not is_plan_matter("Supportive Tameside")
