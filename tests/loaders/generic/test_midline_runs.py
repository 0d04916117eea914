"""Bulleted lists run on in the middle of a line, after a lead-in that starts mid-line too, on snippets
cut from the wild corpus (``tests/corpus/wild/``: real councils' plans as their web pages give the text)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.parsing.midruns import midline_run
from tests.loaders.generic.reading import read

#: Tameside's Corporate Plan 2016-21, two columns of a PDF run into one line
#: (https://docslib.org/doc/11004071/download-the-corporate-plan-2016-21).
TAMESIDE = (
    "Our core purpose and values put people at the forefront of services. Our Vision The Council as a "
    "representative body, exists to maximise the wellbeing and health of the people within the borough: "
    "• Supporting economic growth and opportunity • Increasing self sufficiency and resilience of "
    "individuals and families • Protect the most vulnerable. Artist impression of Ashton Old Baths "
    "Our priorities People Place We want Tameside residents to have the best possible opportunities and "
    "we will strive to make it even better by focusing our Ashton Town Hall following priorities: resour "
    "ces on the following priorities: • Work with families to ensure children are ready for school • "
    "Strengthen the local business community and our town • Support families to care for their children "
    "safely centres • Increase educational attainment and skills levels"
)


def test_a_bulleted_list_after_a_lead_in_mid_line_is_its_items() -> None:
    """The lead-in naming priorities starts after another colon; the list under the vision's lead-in,
    which names no kind, stays unread."""
    found = read(TAMESIDE)
    assert [p.label for p in found.priorities] == [
        "Work with families to ensure children are ready for school",
        "Strengthen the local business community and our town",
        "Support families to care for their children safely centres",
        "Increase educational attainment and skills levels",
    ]
    assert not found.actions and not found.outcomes


#: Sutton's Local Area Written Statement of Action (SEND), 2018,
#: https://www.sutton.gov.uk/w/sutton-local-area-written-statement-of-action: a table's cell flattened
#: into a list item, its first commitment's bullet lost after the cell's label.
SUTTON = "\n".join(
    [
        "1.3. For each of the areas of weakness, we have made the following commitments:",
        "- Sutton Local Area commitment:We will clarify roles, responsibilities and communication processes "
        "to provide a joined-up and collaborative approach for children and young people with SEND and "
        "their families ● We will improve the consistency of opportunities for social inclusion and reduce "
        "the number of exclusions, particularly in the primary sector ● We will improve opportunities for "
        "effective joint working practices",
    ]
)


def test_we_will_items_run_on_after_a_label_on_a_list_items_line_are_actions() -> None:
    """Every part saying "We will …" makes the list commitments, though the label names no kind."""
    found = read(SUTTON)
    assert [a.label[:40] for a in found.actions] == [
        "We will clarify roles, responsibilities ",
        "We will improve the consistency of oppor",
        "We will improve opportunities for effect",
    ]
    assert {a.source_line for a in found.actions} == {2}


def test_bullets_after_a_lead_in_naming_no_kind_stay_unread() -> None:
    text = SUTTON.replace("We will", "Partners")
    with pytest.raises(UnknownLayoutError):
        read(text)


def test_a_list_whose_items_run_long_or_hold_a_colon_is_no_run() -> None:
    assert midline_run("Our priorities: • A: one • B • C") is None
    assert midline_run("Our priorities: • " + "word " * 40 + "• B • C") is None
    assert midline_run("Our priorities: • Keep safe • Be healthy") is None


#: Ashford Borough Council, draft Corporate Plan 2021, its introduction
#: (https://issuu.com./ashfordboroughcouncil/docs/corporate_plan_draft_use/4): three themes run on after
#: the lead-in, each a title glossed after a spaced dash.
ASHFORD = (
    "The Ashford Ambition is supported by three priority themes: • Green Pioneer – Where businesses, "
    "communities and the public and third sector have come together to become carbon neutral, respect the "
    "local environment and ecology, and embrace a more sustainable way of living. • Caring Ashford – A "
    "caring and supportive place to live, with rich heritage; thriving towns, villages and rural "
    "communities; great schools; high-quality housing; a plethora of cultural activities and events; and "
    "a strong sense of civic pride. • Targeted Growth – A place where productive, innovative, responsible "
    "town and rural business communities offer good quality work to an agile and skilled local workforce "
    "who have embraced a culture of lifelong learning."
)


def test_titles_glossed_at_length_after_a_spaced_dash_are_the_items() -> None:
    found = read(ASHFORD)
    assert [p.label for p in found.priorities] == ["Green Pioneer", "Caring Ashford", "Targeted Growth"]
    # one item run long with no title before a dash: no run, as before
    assert midline_run(ASHFORD.replace("Caring Ashford – A caring", "A caring")) is None


#: Royal Borough of Windsor and Maidenhead, Children's Centres Annual Report: Self Assessment 2013/14
#: and Business Plan 2014 (https://docslib.org/doc/13014790/royal-borough-of-windsor-maidenhead): a
#: page's paragraph with its list run on after "… we will:", each item marked by the Symbol font's
#: bullet, "\uf0b7" (one item, over a line long, left out here).
WINDSOR = (
    "The service is passionate that they are our future and we are highly ambitious for them all. We hold "
    "ourselves to account for their success and therefore we will: \uf0b7 Provide education, prevention and "
    "safeguarding services. \uf0b7 Ensure basic standards are met for every child/young person. \uf0b7 "
    "Strengthen partnerships. \uf0b7 Create a healthy working environment, where staff are respected, enjoy "
    "their work and experience inspirational leadership."
)


def test_symbol_font_bullets_after_a_we_will_lead_in_mid_line_are_actions() -> None:
    """The Symbol font's bullet marks the items as a round bullet does, and "… we will:" ending the
    lead-in makes them the council's commitments."""
    found = read(WINDSOR)
    assert [a.label for a in found.actions] == [
        "Provide education, prevention and safeguarding services",
        "Ensure basic standards are met for every child/young person",
        "Strengthen partnerships",
        "Create a healthy working environment, where staff are respected, enjoy their work and experience "
        "inspirational leadership",
    ]
    assert not found.priorities and not found.indicators


def test_symbol_font_bullets_after_a_lead_in_naming_no_kind_stay_unread() -> None:
    with pytest.raises(UnknownLayoutError):
        read(WINDSOR.replace("therefore we will:", "so we look at:"))


# Derbyshire County Council, Children's Services Service Plan 2017-2021, 2020/21 update, page 3
# (https://vdocuments.site/childrens-services-service-plan-derbyshire-it-is-vital-that-the-department-continues.html)
DERBYSHIRE_VALUES = (
    "Council Ambition We will strive to be: An enterprising and value for money council, enabling people and "
    "communities to thrive. Council Values We will: • Be open, honest and accountable ensuring the decisions "
    "that we make are fair and transparent • Spend money wisely making the best use of the resources that we "
    "have • Work with partners and local communities because we know that we cannot tackle complex problems "
    "on our own • Listen to local people ensuring we are responsive and take account of the things that "
    "matter most to them"
)


def test_a_we_will_list_under_a_values_heading_glued_to_it_is_no_action() -> None:
    """ "Council Values We will: • …": how the council behaves, not what it will do; with the heading
    gone, the same bullets are its commitments."""
    with pytest.raises(UnknownLayoutError):
        read(DERBYSHIRE_VALUES)
    assert len(read(DERBYSHIRE_VALUES.replace("Council Values We will:", "Therefore we will:")).actions) == 4


#: Banbury Town Council, Annual Report 2019-2020 (the page's text on one line),
#: https://dokumen.tips/documents/banbury-town-council-annual-report-2019-2020-last-year-we-spent-230000-on-play.html
BANBURY = (
    "The council strives to improve the quality of life for the people of Banbury and works to enhance the "
    "attractiveness of the town as a place in which to live, work, visit and invest. Its objectives are * To "
    "provide a strong and independent voice for Banbury * To provide high standard and cost-effective "
    "services * To promote Banbury as a clean, safe, welcoming and prosperous town * To preserve and enhance "
    "the traditions, character and identity of the town * To work in partnership with others to achieve "
    "more for Banbury Banbury Town Council was formed in 2000. It meant Banbury once again had its own "
    "town council.\n"
)


def test_stars_run_on_after_are_mark_a_list_and_its_last_item_ends_where_a_name_is_printed_twice() -> None:
    """"Its objectives are * …": no colon, stars for bullets; the last objective ends at "Banbury", the
    next sentence opening with the same name."""
    assert [p.label for p in read(BANBURY).priorities] == [
        "To provide a strong and independent voice for Banbury",
        "To provide high standard and cost-effective services",
        "To promote Banbury as a clean, safe, welcoming and prosperous town",
        "To preserve and enhance the traditions, character and identity of the town",
        "To work in partnership with others to achieve more for Banbury",
    ]


def test_a_star_or_two_in_a_sentence_is_no_list() -> None:
    assert midline_run("Its objectives are * To be heard * To serve the town.") is None
