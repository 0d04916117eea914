"""An outcome the plan listed, printed again over the items that serve it, is no new priority."""

from __future__ import annotations

from tests.loaders.generic.reading import read


def test_an_outcome_printed_again_over_its_themes_keeps_the_themes_priorities() -> None:
    """Kirklees's Corporate Plan 2017 (its shared outcomes, then its key themes under each),
    https://www.kirklees.gov.uk/beta/delivering-services/corporate-plan-201718.aspx: the themes under the
    second outcome start with a verb, but the line over them is the outcome again, not a priority
    whose actions they are."""
    text = "\n\n".join(
        [
            "Our shared outcomes",
            "(developed with our partners in the public, private and voluntary sectors)",
            "  • People in Kirklees feel safe and are safe/ protected from harm\n"
            "  • People in Kirklees live independently and have control over their lives",
            "Our key themes",
            "(priority council activities contributing to the achievement of the outcomes)",
            "People in Kirklees feel safe and are safe/protected from harm",
            "  • Communities contributing to early intervention and prevention\n"
            "  • Sustainable solutions for community safety",
            "People in Kirklees live independently and have control over their lives",
            "  • Deliver Democracy Commission recommendations\n  • Delivering schools as community hubs",
        ]
    )
    found = read(text)
    assert len(found.outcomes) == 2
    assert [p.label for p in found.priorities] == [
        "Communities contributing to early intervention and prevention",
        "Sustainable solutions for community safety",
        "Deliver Democracy Commission recommendations",
        "Delivering schools as community hubs",
    ]
    assert found.actions == []
