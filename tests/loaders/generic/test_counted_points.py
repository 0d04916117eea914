"""A plan or promise counted in points: its points are the plan's priorities, even led in as what
someone will do.

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Westminster City Council, Children's charter: our 8 point promise to children and young people,
#: https://www.westminster.gov.uk/childrens-charter
WESTMINSTER_2007 = "\n".join(
    [
        "Children's charter",
        "",
        "Our 8 point promise to children and young people",
        "",
        "Adults who work with you in Westminster will:",
        "",
        "  1. Listen to your views and take them seriously",
        "  2. Help you to be healthy",
        "  3. Help you to feel more safe from crime, bullying and racism",
        "  4. Work with you to protect and improve the local environment",
        "  5. Support you to learn so that you can do your very best",
        "  6. Give you the chance to enjoy a range of activities in your free time",
        "  7. Listen to you when you have a problem and help you to solve it",
        "  8. Involve you in planning our services for children and young people",
        "",
        "How the promise fits into our plans",
        "",
        "We will:",
        "",
        "  • ask a Councillor to take special responsibility for hearing what children and young people "
        "are saying",
        "  • train our staff and help your parents/carers to listen to your problems and help you to "
        "solve them",
    ]
)


def test_a_promise_counted_in_points_lists_priorities() -> None:
    """The points under "Our 8 point promise" are priorities though led in by "… will:" ("2. Help you
    to be healthy" ends with an Every Child Matters outcome's words, and is the second point all the
    same); the bullets after the later "We will:" are actions."""
    found = read(WESTMINSTER_2007)
    assert [priority.ref for priority in found.priorities] == ["1", "2", "3", "4", "5", "6", "7", "8"]
    assert not found.outcomes
    assert found.priorities[0].label == "Listen to your views and take them seriously"
    assert [action.label[:20] for action in found.actions] == ["ask a Councillor to ", "train our staff and "]


def test_a_count_the_list_does_not_match_leaves_the_lead_in_as_it_is() -> None:
    """With fewer points listed than counted (a page cut short), the count names no list: "… will:"
    leads in actions as before."""
    lines = WESTMINSTER_2007.splitlines()
    found = read("\n".join(lines[:9] + lines[14:]))
    assert not found.priorities
    assert [action.label[:20] for action in found.actions] == [
        "Listen to your views",
        "Help you to be healt",
        "Help you to feel mor",
        "ask a Councillor to ",
        "train our staff and ",
    ]
