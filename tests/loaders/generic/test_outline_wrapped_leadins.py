"""A heading naming a kind right above a list is the list's lead-in, never the wrapped end of the
bullet before it; a lower-case line there still is (a PDF's wrapped line).

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Liverpool's Council Plan 2023-2027, Pillar 4 (its web page; the empty bullet is the page's own),
#: https://liverpool.gov.uk/council/strategies-and-policies/council-plan/pillar-4-healthier-lives-for-children-and-adults
LIVERPOOL_2023 = """Pillar 4: Healthier lives for children and adults
Accountability for delivery
- Director of Public Health
- The Leader of the Council, the Cabinet Member for Finance, Resources and Transformation, and the Chief Executive have accountability and oversight across all six pillars
What we want to achieve
-
Priority outcomes
- Residents in need of social care can access the right support at the right time at the best value for money
- Children and young people are safeguarded through timely, effective and appropriate support
- Liverpool is a child-friendly city, with an influential voice for young people
"""  # noqa: E501


def test_a_heading_naming_outcomes_after_a_bullet_leads_in_the_outcomes_under_it() -> None:
    """ "Priority outcomes" names the bullets under it: they are outcomes, not actions of the pillar,
    and the bullet above does not run on into it."""
    found = read(LIVERPOOL_2023)
    assert [o.label for o in found.outcomes] == [
        "Healthier lives for children and adults",
        "Residents in need of social care can access the right support at the right time at the best "
        "value for money",
        "Children and young people are safeguarded through timely, effective and appropriate support",
        "Liverpool is a child-friendly city, with an influential voice for young people",
    ]
    assert not any("Priority outcomes" in action.label for action in found.actions)


def test_a_lower_case_line_naming_a_kind_after_a_bullet_is_its_wrapped_end() -> None:
    """ "key priorities" starting in lower case goes on with the bullet above; no list starts."""
    found = read(
        "Priority 1: Keep children safe\n- Work with partners to deliver our\nkey priorities\n"
        "- Review the plan\n"
    )
    assert [a.label for a in found.actions] == [
        "Work with partners to deliver our key priorities",
        "Review the plan",
    ]
