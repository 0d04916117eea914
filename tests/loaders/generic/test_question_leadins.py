"""A lead-in asked as a question ("How will we do this?") over the actions that answer it, on a
snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: London Borough of Sutton, Corporate Plan 2023-2027, "An inclusive place for everyone",
#: https://www.sutton.gov.uk/w/an-inclusive-place-for-everyone
SUTTON = "\n".join(
    [
        "Our ambitions",
        "",
        "  • Continue to promote equality and inclusion to make Sutton a great place for our diverse "
        "communities ",
        "  • Focus on mental health and supportive communities ",
        "",
        "How will we do this?",
        "",
        "  • Deliver a new Family Hub Model alongside partners to support families to access a range of "
        "universal support services more easily",
        "",
        "  • Provide inclusive playgrounds for children",
    ]
)


def test_the_bullets_answering_how_will_we_do_this_are_actions() -> None:
    extraction = read(SUTTON)
    assert [p.label[:20] for p in extraction.priorities] == ["Continue to promote ", "Focus on mental heal"]
    assert [a.label[:20] for a in extraction.actions] == ["Deliver a new Family", "Provide inclusive pl"]
    assert extraction.placed[6] == "action lead-in"
