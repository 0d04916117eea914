"""A bullet led by a national indicator's code names the measure by it, as a paragraph's line led by one
does: the code is its reference, and its name ends with its sentence.

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Leeds City Council, Scrutiny Board (Children's Services) minutes: Performance Report Quarter 3 2008/09
#: (https://democracy.leeds.gov.uk/mgAi.aspx?ID=18540).
LEEDS_2009 = (
    "In brief summary, the main points of discussion were:-\n"
    "\n"
    "  • Recognition was given to the large areas of good performance contained within the report;\n"
    "  • NI 92 – Narrowing the Gap between the lowest achieving 20% in the Early Years Foundation Stage "
    "Profile and the rest.  Members expressed concern at the widening of the gap by 1.5%, and that the "
    "improvements witnessed in 2007 had not been maintained; \n"
)


def test_a_bullet_led_by_a_national_code_names_the_measure_by_it() -> None:
    """The measure is NI 92, named up to its sentence's end; what members said of it is no part of it."""
    extraction = read(LEEDS_2009)
    assert [(indicator.ref, indicator.label) for indicator in extraction.indicators] == [
        (
            "NI 92",
            "Narrowing the Gap between the lowest achieving 20% in the Early Years Foundation Stage Profile "
            "and the rest",
        )
    ]
