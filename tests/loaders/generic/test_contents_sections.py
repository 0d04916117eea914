"""Contents pages whose chapters hold the plan's items: a chapter naming their kind over its numbered
sections ("6. OUR AMBITIONS" / "6.1 ENTERPRISING COMMUNITIES"), but not one saying what is done about
them ("4. Resourcing our goals" / "4.1 Medium-term financial strategy"); and a plain page of themes
between front matter that asks a question ("How this Strategy was Developed") and back matter that
names the partners.

The snippets are cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

_DOTS = "......"

#: Bassetlaw Local Strategic Partnership's Sustainable Community Strategy 2010-2020, its contents run
#: onto one line (https://docslib.org/doc/7391725/bassetlaw-sustainable-community-strategy-2010-2020).
BASSETLAW = (
    f"FOREWORD {_DOTS} 2 1. OUR VISION {_DOTS} 4 1.1 OUR CURRENT STRUCTURE {_DOTS} 5 "
    f"5. GOING LOCAL{_DOTS} 13 5.1 WHICH AREAS WILL BE CHOSEN?{_DOTS} 13 6. OUR AMBITIONS{_DOTS} 15 "
    f"6.1 ENTERPRISING COMMUNITIES {_DOTS} 16 6.2 LEARNING COMMUNITIES{_DOTS} 19 "
    f"6.3 SUSTAINABLE COMMUNITIES {_DOTS} 22 6.4 HEALTHIER COMMUNITIES {_DOTS} 26 "
    f"7. OUR PERFORMANCE AND FINANCES{_DOTS} 45 7.1 OUR PERFORMANCE{_DOTS} 45 7.2 OUR FINANCES{_DOTS} 45 "
    f"8. GLOSSARY{_DOTS} 46\n"
)

#: Luton Borough Council's Corporate Plan (draft, 2004), its contents a chapter a line
#: (https://docslib.org/doc/4407383/page-1-of-97-foreword-signed-by-leader-and-chief-executive-stating-the-purpose-of-the-plan-and-how-it-fits-in-with-luton-2011-and-how-we-ll-monitor-its-completion).
LUTON = """CORPORATE PLAN TABLE OF CONTENTS Page no. Foreword 2

2 Pursuing our goals Introduction to the theme chapters 10 2.1 Environment 11 2.2 Transport 16 \
2.3 Leisure 21 2.4 Crime 26 2.5 Deprivation 33 2.6 Economic Regeneration 38

3. Making it happen 3.1 The planning framework 60 3.2 Performance improvement 63 3.3 Equalities 69

4. Resourcing our goals 4.1 Medium-term financial strategy 71 4.2 Capital Programme 2004 – 2009 73 \
4.3 Procurement 74 4.4 Human Resources 75 4.5 Enterprise Information Strategy 76

Appendix A: Luton 2011 and the Strategic Planning Framework 79 Appendix B: LPSA targets 91
"""

#: The Malvern Hills Partnership's Sustainable Community Strategy, Vision 21 (2006), its contents run onto
#: one line (https://docslib.org/doc/4854718/vision-21-the-malvern-hills-partnership-our-future).
MALVERN_HILLS = """www.malvernhills.gov.uk Contents

Page

Introduction 3 How this Strategy was Developed 5 The - The Place And Its People 7 Our Environment and \
Climate Change 10 Meeting Local Housing Needs 12 Improving Economic Viability 13 Stronger Communities 15 \
Improving Health and Wellbeing 16 Meeting the Needs of Children and Young People 17 Communities that are \
Safe and Feel Safe 18 Conclusions 19 How to comment 19 About the Malvern Hills Partnership 20 Malvern \
Hills Partnership Partners & Contributors 21 The South Joint Core Strategy 23

A Sustainable Community Strategy for Malvern Hills District 2006 - 2021
"""


def test_the_numbered_sections_of_a_chapter_naming_the_kind_are_its_items() -> None:
    labels = [priority.label for priority in read(BASSETLAW).priorities]
    assert labels == [
        "ENTERPRISING COMMUNITIES",
        "LEARNING COMMUNITIES",
        "SUSTAINABLE COMMUNITIES",
        "HEALTHIER COMMUNITIES",
    ]


def test_the_sections_of_a_chapter_on_resourcing_the_goals_are_no_items() -> None:
    labels = [priority.label for priority in read(LUTON).priorities]
    assert labels == ["Environment", "Transport", "Leisure", "Crime", "Deprivation", "Economic Regeneration"]


def test_themes_after_a_question_of_the_front_matter_and_before_the_partners_are_read() -> None:
    labels = [priority.label for priority in read(MALVERN_HILLS).priorities]
    assert labels[-7:] == [
        "Our Environment and Climate Change",
        "Meeting Local Housing Needs",
        "Improving Economic Viability",
        "Stronger Communities",
        "Improving Health and Wellbeing",
        "Meeting the Needs of Children and Young People",
        "Communities that are Safe and Feel Safe",
    ]
    assert "How this Strategy was Developed" not in labels
    assert not any("Partners" in label or "Conclusions" in label for label in labels)
