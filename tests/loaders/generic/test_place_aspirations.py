"""A lead-in saying what a plan wants its place to be leads in the plan's aspirations for it, its
priorities (``placeaspirations.py``); what a council wants itself to be leads in none.

The snippets are cut from the wild corpus (``tests/corpus/wild/``), as their stored pages give them.
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Dudley's borough vision "Forging a future for all" (2018), on its children's services jobs site,
#: https://www.childrenservicesjobs-dudley.org.uk/about-us
DUDLEY = "\n".join(
    [
        "Forging a future for all is a shared vision for Dudley borough built around seven aspirations and "
        "developed with key partners and stakeholders.",
        "",
        "In 2030 we would like the Dudley borough to be…",
        "",
        "  • An affordable and attractive place to live with a green network of high-quality parks",
        "",
        "  • A place of healthy, resilient, safe communities with high aspirations and the ability to shape "
        "their own future",
    ]
)

#: Nottinghamshire's Children and Young People's Departmental Strategy (2017),
#: https://pdfslide.net/documents/children-and-young-peopleas-4-4-children-and-young-peopleas-departmental-strategyadult.html
NOTTINGHAMSHIRE = "\n".join(
    [
        "Our new Council Plan “Your Nottinghamshire Your Future” sets out an ambitious vision for the",
        "",
        "future of Nottinghamshire in which the county is at the forefront of modern Britain. We want",
        "",
        "Nottinghamshire to stand out as:",
        "",
        "• A great place to bring up your family",
        "",
        "• A great place to enjoy your later life",
    ]
)


def test_what_a_plan_wants_its_place_to_be_are_its_priorities() -> None:
    """The bullets after "we would like the Dudley borough to be…" are the plan's priorities."""
    assert [p.label for p in read(DUDLEY).priorities] == [
        "An affordable and attractive place to live with a green network of high-quality parks",
        "A place of healthy, resilient, safe communities with high aspirations and the ability to shape "
        "their own future",
    ]


def test_the_wish_may_start_on_the_line_above() -> None:
    """ "We want" ends the line above "Nottinghamshire to stand out as:": the sentence is one lead-in."""
    assert [p.label for p in read(NOTTINGHAMSHIRE).priorities] == [
        "A great place to bring up your family",
        "A great place to enjoy your later life",
    ]


def test_what_a_council_wants_itself_to_be_leads_in_no_priorities() -> None:
    """Suffolk's "By 2017, we want the County Council to be:" (its vision and priorities page, 2013,
    http://www.suffolk.gov.uk/your-council/suffolk-county-council-vision-and-priorities/) describes the
    organisation: the bullets after it are no priorities."""
    with pytest.raises(UnknownLayoutError):
        read(
            DUDLEY.replace(
                "In 2030 we would like the Dudley borough to be…",
                "By 2017, we want the County Council to be:",
            )
        )


def test_under_a_vision_heading_the_wish_is_the_visions_words() -> None:
    """Under "Our vision" the same lead-in and bullets state the vision, no priorities."""
    with pytest.raises(UnknownLayoutError):
        read("Our vision\n\n" + DUDLEY.split("\n", 2)[2])


#: Hyndburn Borough Council, Sustainable Community Strategy (2008), "What it means to you",
#: https://hyndburnbc.gov.uk/?p=6606
HYNDBURN = """\
The Sustainable Community Strategy has been developed to address the issues that matter to local residents \
and to make Hyndburn “the place to be” over the next ten years. The strategy focuses on making Hyndburn a \
place where:

  • A place with a thriving local economy and sustainable market towns
  • A place with a strong and balanced housing market where people choose to live
  • A place with high levels of educational achievement
"""


def test_what_a_plan_sets_out_to_make_its_place_leads_in_its_priorities() -> None:
    found = read(HYNDBURN)
    assert [p.label for p in found.priorities] == [
        "A place with a thriving local economy and sustainable market towns",
        "A place with a strong and balanced housing market where people choose to live",
        "A place with high levels of educational achievement",
    ]
    with pytest.raises(UnknownLayoutError):
        read(HYNDBURN.replace("making Hyndburn a place where:", "making the Council an organisation where:"))
