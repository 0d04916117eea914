"""Items of a list of commitments that say what every child will be or have are the plan's promised
results (priorities), not actions, on a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Oldham Council, Health and Wellbeing Board minutes on children's health and wellbeing (2018),
#: https://committees.oldham.gov.uk/mgAi.aspx?ID=30059
OLDHAM = (
    "Alongside the high level outcomes, the framework would set out the key commitments that Oldham "
    "partner agencies would make to children and young people such as –\n\n \n\n"
    "  • Every Oldham child will be supported to have the best start in life.\n"
    "  • Every Oldham child will be start school ready to learn.\n"
    "  • Every Oldham child will be prepared for adult life through their school education.\n"
)


def test_results_promised_to_every_child_are_priorities() -> None:
    plan = read(OLDHAM)
    assert [p.label for p in plan.priorities] == [
        "Every Oldham child will be supported to have the best start in life.",
        "Every Oldham child will be start school ready to learn.",
        "Every Oldham child will be prepared for adult life through their school education.",
    ]
    assert plan.actions == []


def test_commitments_a_partner_carries_out_stay_actions() -> None:
    plan = read(
        OLDHAM.replace("  • Every Oldham child will be start", "  • Ensure every Oldham child will start")
    )
    assert [a.label for a in plan.actions] == ["Ensure every Oldham child will start school ready to learn."]
    assert len(plan.priorities) == 2
