"""Contents pages whose entries are printed another way than the first: a chapter's sections with no
page under a paged chapter, and a section's bullets with their pages alone on the line below.

The snippets are cut from the wild corpus (``tests/corpus/wild/``), as their stored pages give them.
"""

from __future__ import annotations

from councilkg.loaders.generic.contentsnesting import is_section_number
from tests.loaders.generic.reading import read

#: Lambeth's Sustainable Community Strategy 2008 ("Our 2020"), its contents page
#: (https://www.readkong.com/page/lambeth-s-sustainable-community-strategy-1436810).
LAMBETH_2008 = """Contents

      Foreword                                                               05

1.0   Introduction                                                           06

2.0   Lambeth 2008                                                           08

3.0   Lambeth 2020 – What will the borough look like?                        12
      3.1      The next three years
      3.2      A new way of working
      3.3      Universal issues
      3.4      Local Development Framework

4.0   Creating a sustainable borough                                         22
      4.1 Economic Wellbeing
      Outcome: Lambeth is a great place to do business with higher levels
      of investment and business growth
      Outcome: Greater wellbeing for households through higher numbers
      of residents in employment
"""


def test_a_paged_chapters_sections_are_contents_entries_not_priorities() -> None:
    """ "3.1 The next three years" … under "3.0 Lambeth 2020 – … 12" are the chapter's sections, and
    "4.0 Creating a sustainable borough 22" the next chapter: no priorities, no action; the outcomes
    printed under "4.1 Economic Wellbeing" are read still."""
    extraction = read(LAMBETH_2008)
    assert [priority.label for priority in extraction.priorities] == []
    assert [action.label for action in extraction.actions] == []
    assert [outcome.label for outcome in extraction.outcomes] == [
        "Economic Wellbeing",
        "Lambeth is a great place to do business with higher levels of investment and business growth",
        "Greater wellbeing for households through higher numbers of residents in employment",
    ]


def test_a_paged_chapter_naming_priorities_lists_its_sections_as_priorities() -> None:
    """The same page with chapter 3 naming priorities: its sections, printed another way than the
    chapters, are its items (as the run of numbered headings read them before), the next chapter none."""
    text = LAMBETH_2008.replace(
        "Lambeth 2020 – What will the borough look like?", "Our priorities for 2020     "
    )
    assert [priority.label for priority in read(text).priorities] == [
        "The next three years",
        "A new way of working",
        "Universal issues",
        "Local Development Framework",
    ]
    assert [action.label for action in read(text).actions] == []


def test_section_numbers() -> None:
    """A section of the chapter above, or the next section of the same chapter; no new chapter."""
    assert is_section_number("3.0", "3.1") and is_section_number("3.3", "3.4")
    assert not is_section_number("3.4", "4.0") and not is_section_number("3.0", "4.1")


#: Kirklees Council's 3 year Corporate Plan 2011/12 to 2013/14 (2012/13 revision), its contents page
#: one cell per line (https://fdocuments.net/document/kirklees-council-3-year-corporate-plan-201112-to-
#: 201314-connect-this-is-a.html).
KIRKLEES_2012 = "\n\n".join(
    [
        "CONTENTS FOREWORD",
        "Page 3",
        "BACKGROUND AND CONTEXT",
        "• The Local area, Economic position, Levels of deprivation, Demographic changes, Planning and "
        "Policy development – including Health and Wellbeing and Community Safety Planning",
        "4",
        "• The Kirklees Partnership",
        "7",
        "• Council Vision for 2014",
        "8",
        "• Values",
        "8",
        "OUR INTEGRATED PLANNING FRAMEWORK",
        "9",
        "MAKING OUR VISION A REALITY (including our Priorities)",
        "13",
        "• Enhance life chances for young people",
        "14",
        "• Support older people to be healthy, active and included",
        "18",
        "• Lead Kirklees out of recession",
        "23",
        "• Provide effective and productive services",
        "28",
        "• Contributions from our full range of Council Services, including: o Core business 33 o Two "
        "additional Council-wide strategies commissioned or delivered",
    ]
)


def test_bullets_with_their_pages_below_go_on_to_the_entry_naming_priorities() -> None:
    """The bullets under "BACKGROUND AND CONTEXT", each with its page alone below, are entries of the
    page (the long first one too), so the page reaches "… (including our Priorities)" and its bullets."""
    assert [priority.label for priority in read(KIRKLEES_2012).priorities] == [
        "Enhance life chances for young people",
        "Support older people to be healthy, active and included",
        "Lead Kirklees out of recession",
        "Provide effective and productive services",
    ]


#: Basildon Borough Council's Corporate Plan 2021-24, its contents page
#: (https://docslib.org/doc/10887664/basildon-borough-council): each chapter's sections bulleted on one
#: line under it with no page, the next paged chapter after them.
BASILDON_2021 = """CONTENTS

Foreword by Leader, Cllr Baggott, and Chief Executive, Scott Logan 4

1. – Our Borough and Your Council 6

2. Corporate Plan 10

• Purpose and Aims • Ambitions

3. Strategic Themes, Outcomes and Deliverables 12

• People • Place • Prosperity

4. Organising for Delivery 18

• Finance and Resources • Organisation Strategy and Values • Governance – a Fit for Purpose Council

5. Borough Profile 22
"""


def test_a_paged_chapters_bullets_run_onto_one_line_are_its_sections() -> None:
    """The bullets under each paged chapter are entries of the page, one a bullet (the long line too),
    so no chapter is read as a priority, and the bullets under "… Themes, Outcomes …" are its items."""
    found = read(BASILDON_2021)
    assert [(o.label, o.source_line) for o in found.outcomes] == [
        ("People", 13),
        ("Place", 13),
        ("Prosperity", 13),
    ]
    assert found.priorities == [] and found.actions == []



#: Aylesbury Vale Local Strategic Partnership, Sustainable Community Strategy 2009–2026, its contents page
#: (https://documents.pub/document/sustainable-community-strategy-this-sustainable-community-strategy-is-the-over-arching.html).
AYLESBURY_VALE_2009 = """Contents:

Foreword (from the Aylesbury Vale LSP Chair) 3

Aylesbury Vale in 2009 4 – 5

Our vision for Aylesbury Vale in 2026 6

Themes, outcomes and cross-cutting themes 10 – 11

o Thriving Economy 12 – 13

o Sustainable Environment 14 – 15

o Safe Communities 16 – 17
"""


def test_entries_printed_with_a_range_of_pages_under_a_heading_with_a_colon() -> None:
    """"Contents:" heads the page; "Thriving Economy 12 – 13" is the theme, its pages cut off."""
    assert [p.label for p in read(AYLESBURY_VALE_2009).priorities] == [
        "Thriving Economy",
        "Sustainable Environment",
        "Safe Communities",
    ]
