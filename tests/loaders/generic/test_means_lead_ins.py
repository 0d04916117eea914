"""A paragraph ending "This will be achieved through:" leads in how its aim is met: the numbered list
under it holds actions (the passive of "We will achieve this by:"), not the outcomes a heading above
names ("Delivering the best outcomes for …").

The snippet is cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Plymouth City Council's Plymouth Plan (approved 27 February 2017), policy HEA2
#: (https://plymswdevonplan.co.uk/policy/so1pp/hea2pp).
PLYMOUTH = (
    "HEA2 (PP) - Delivering the best outcomes for children, young people and families\n\n"
    "This policy is part of the Plymouth Plan which was approved by Plymouth City Council Full councillors "
    "on 27/02/2017.\n\n"
    "The city will work to create the conditions where children, young people and families can thrive, "
    "assisting them to build resilience through the early development of good physical and emotional "
    "health and by equipping young people and parents with the skills to improve their wellbeing. This "
    "will be achieved through:\n\n"
    "  1. Ensuring the best possible start in life for all children by increasing the focus on the first "
    "1001 critical days from conception.\n"
    "  2. Providing high quality, accessible childcare and helping children become ready for school and "
    "enabling parents to work, by ensuring child care and after-school/holiday provision is safe and "
    "flexible.\n"
    "  3. Ensuring that there are sufficient, high quality schools which aspire to achieve not just better "
    "education provision but also support wider community cohesion in the area."
)


def test_a_list_after_this_will_be_achieved_through_holds_actions() -> None:
    found = read(PLYMOUTH)
    assert [a.ref for a in found.actions] == ["1", "2", "3"]
    assert found.actions[1].label.startswith("Providing high quality, accessible childcare")
    assert not found.outcomes
