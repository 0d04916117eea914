"""A capitalised line right over a "We will:" lead-in heads the next list: it is not the wrapped end of
the last item of the list above, which ends there.

The snippet is cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Brighton & Hove City Council Plan 2023-2027, "A better future for children and young people"
#: (https://www.brighton-hove.gov.uk/brighton-hove-city-council-plan-2023-2027/outcome-3-healthy-city-
#: where-people-thrive/better-future-children-and-young-people).
BRIGHTON = (
    "What we will do\n"
    "Keep children and young children safe and ensure no child or family is left behind\n"
    "We will:\n"
    "- deliver a strong and improving social work and family help service that effectively safeguards "
    "children and is anti-racist and anti-discriminatory\n"
    "- recruit more foster carers and deliver our Corporate Parenting Strategy\n"
    "Develop our prevention and family support work\n"
    "We will:\n"
    "- further develop inclusive and accessible Family Hubs to provide the right support at the right time "
    "to families"
)


def test_a_heading_over_we_will_is_no_wrapped_end_of_the_item_above() -> None:
    found = read(BRIGHTON)
    assert [p.label for p in found.priorities] == [
        "Keep children and young children safe and ensure no child or family is left behind",
        "Develop our prevention and family support work",
    ]
    assert found.actions[1].label == "recruit more foster carers and deliver our Corporate Parenting Strategy"
    assert len(found.actions) == 3
