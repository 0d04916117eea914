"""Lines after a lead-in, each a title, a colon and what it means, their bullets lost, on a snippet
cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.titledlines import titled_lines
from tests.loaders.generic.reading import read

#: The London Post, "Exciting new vision for young people launched in Royal Greenwich" (2024), on the
#: Royal Borough of Greenwich's Children and Young People's Plan,
#: https://london-post.co.uk/exciting-new-vision-for-young-people-launched-in-royal-greenwich
GREENWICH = """The plan identifies the following commitments:

Our Present and Future: we want to thrive in Greenwich, to know what opportunities and to be supported in \
preparing for the future
Our Safety: we want to feel safe at home, in the community and online, with support to build resilience
Our Health: We want to be supported to be healthy, this includes understanding how to help ourselves and \
where more support is needed, we want choices that we can access easily
Our Relationships: we know our family and networks are important and we want support to maintain positive \
relationships.
"""


def test_titles_named_by_nouns_after_a_lead_in_are_the_plans_priorities() -> None:
    """"Commitments" named "Our Safety", "Our Health": themes, read by their titles as priorities."""
    found = read(GREENWICH)
    assert [p.label for p in found.priorities] == [
        "Our Present and Future",
        "Our Safety",
        "Our Health",
        "Our Relationships",
    ]
    assert [p.source_line for p in found.priorities] == [3, 4, 5, 6]
    assert found.actions == []


def test_titles_saying_what_is_to_be_done_keep_the_lead_ins_kind() -> None:
    text = GREENWICH.replace("Our Safety:", "Keep children safe:").replace("Our Health:", "Improve health:")
    assert [a.label for a in read(text).actions][:2] == ["Our Present and Future", "Keep children safe"]


def test_two_titled_lines_are_too_few_to_be_a_list() -> None:
    lines = [line for line in GREENWICH.splitlines() if line][:3]  # the lead-in and two titled lines
    assert titled_lines(list(enumerate(lines, start=1)), 0) is None
    assert titled_lines(list(enumerate([lines[0], *lines[1:], lines[2], lines[1]], start=1)), 0) is not None


#: Hyndburn's Corporate Strategy 2018 to 2023, its web page (https://www.hyndburnbc.gov.uk/corporate-strategy/),
#: a blank line between each paragraph, as a web page's text gives them.
HYNDBURN = """\
The strategy is structured around three main themes:

Growth: The Strategy sets out how the Council will facilitate housing and employment growth in \
Hyndburn. Facilitating housing growth will provide greater housing choice for Hyndburn residents and \
for people choosing to move in to the borough. Economic growth will provide more employment \
opportunities for local people and for people choosing to work in Hyndburn.

Efficiency: Hyndburn Council has a strong track record of providing efficient services and this \
strategy sets out how the Council will continue to improve the efficiency of the services we \
deliver, the facilities we operate and the assets we hold.

Quality: Hyndburn Council is committed to creating a borough that enhances the quality of life of \
our residents. Housing, employment, education and environment are factors that contribute to an \
individual’s health and well-being and their quality of life as well as helping to develop diverse \
and sustainable communities. Hyndburn Council will lead on some of these areas for example housing \
but for other areas such as education and health we will work with and support our partners to \
deliver the outcomes. This strategy sets out how the Council will work to improve the areas it leads \
on in order to provide residents with the best opportunity to enjoy a good quality of life.

By setting out what we want to achieve the Corporate Strategy helps ensure the Council remains \
focussed on the important things that support the achievement of our ambitions. It informs other key \
plans and strategies as well as the Council’s decision making to help ensure delivery of the \
objectives set out in the strategy.
"""


def test_titled_lines_parted_by_blank_lines_are_one_list() -> None:
    found = read(HYNDBURN)
    assert [(p.source_line, p.label) for p in found.priorities] == [
        (3, "Growth"),
        (5, "Efficiency"),
        (7, "Quality"),
    ]
