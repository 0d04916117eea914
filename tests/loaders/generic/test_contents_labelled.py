"""A contents page that labels its items itself ("Priority Theme 1 – Prosperous Economy ..... 17"): those
entries are the plan's items, and the entries printed like an earlier entry naming the kind ("Priority
Themes and Aims for 2020 ..... 4") are the page's other chapters, not its items.

The snippet is cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.parsing.labelends import before_leaders
from tests.loaders.generic.reading import read

_DOTS = "." * 30

#: Eastbourne Borough Council's Corporate Plan 2016-2020, its contents
#: (https://paperzz.com/doc/9056365/esp-priority-themes---eastbourne-borough-council), the last entry's
#: page cut off the excerpt.
EASTBOURNE = f"""Contents
Introduction {_DOTS} 3
Eastbourne Borough Council Priority Themes and Aims for 2020 {_DOTS} 4
2010-2015 Corporate Plan Headline Achievements{_DOTS} 5
The Wider Economic Context {_DOTS} 6
Equality in Eastbourne {_DOTS} 7
About Eastbourne {_DOTS} 8
Our environment {_DOTS} 8
Our community {_DOTS} 9
Devolved budgets {_DOTS} 11
Priority Theme 1 – Prosperous Economy {_DOTS} 17
Tourism and information about Eastbourne’s economy {_DOTS} 18
Prosperous Economy: Corporate Actions {_DOTS} 23
Priority Theme 2 – Quality Environment{_DOTS} 25
Quality Environment: Corporate Actions {_DOTS} 28
Priority Theme 4 – Sustainable Performance ..........
"""


def test_entries_labelled_with_their_kind_are_the_items_not_the_entries_after_the_kind() -> None:
    found = read(EASTBOURNE)
    assert sorted((p.ref, p.label) for p in found.priorities) == [
        ("1", "Prosperous Economy"),
        ("2", "Quality Environment"),
        ("4", "Sustainable Performance"),
    ]
    assert found.actions == [] and found.outcomes == []


def test_one_labelled_entry_leaves_the_entries_after_the_kind_its_items() -> None:
    """A single labelled entry is no list of the plan's items: the kind's entries stay its items."""
    one = EASTBOURNE.split("Priority Theme 2")[0]
    labels = [p.label for p in read(one).priorities]
    assert labels[:2] == ["2010-2015 Corporate Plan Headline Achievements", "The Wider Economic Context"]
    assert len(labels) == 7


def test_dotted_leaders_after_a_label_are_dropped() -> None:
    assert before_leaders("Sustainable Performance ..........") == "Sustainable Performance"
    assert before_leaders("Sustainable Performance .......... 28") == "Sustainable Performance"
    assert before_leaders("Keep going...") == "Keep going..."


#: Swale Local Strategic Partnership, Ambitions for Swale (Sustainable Community Strategy, consultation
#: draft, 2009), its contents page (https://docslib.org/doc/10845683/ambitions-for-swale).
SWALE = """Contents

Foreword 2

Part 1: Introducing our Ambitions for Swale

1. Introduction and Summary 6

Part 2: Articulating our Ambitions for Swale

4. Ambitions for Learning 22

5. Ambitions for Prosperity 26

6. Ambitions for Inclusion and Safety 30

Part 4: Delivering our Ambitions for Swale

12. Monitoring progress and delivery 53
"""


def test_entries_each_naming_the_kind_and_what_it_is_for_are_the_items() -> None:
    """Three "Ambitions for …" entries are the plan's ambitions; "Part 2: Articulating our Ambitions
    for Swale" is a part of the page, no ambition."""
    assert [p.label for p in read(SWALE).priorities] == [
        "Ambitions for Learning",
        "Ambitions for Prosperity",
        "Ambitions for Inclusion and Safety",
    ]


def test_two_entries_naming_the_kind_and_what_it_is_for_are_chapters() -> None:
    text = SWALE.replace("6. Ambitions for Inclusion and Safety 30", "6. Our Swale 30")
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(text)


#: The Sustainable Community Strategy for Worcester (2010), its contents page on one line as the stored
#: PDF text gives it,
#: https://docslib.org/doc/6770482/the-sustainable-community-strategy-for-worcester-produced-by-the-2010
WORCESTER = (
    "ESTER RC O Worcester W Forward D R FORWA Priority 1 and Gorse Hill 24 Priority 2 Economy and "
    "Transport 30 Priority 3 Climate Change and Transition 34 Priority 4 Urban Renaissance 37\n"
)
#: Stafford Borough Council, Corporate Business Plan 2021 - 2024, its contents page on one line,
#: https://readkong.com/page/corporate-business-plan-2021-2024-stafford-borough-council-3292678
STAFFORD = (
    "Stafford Borough Council Corporate Business Plan 2021 - 2024 Contents Foreword 5 Introduction 7 Our "
    "Vision 9 Borough Profle 11 Corporate Business Objective 1 15 To deliver sustainable economic and "
    "housing growth to provide income and jobs. Corporate Business Objective 2 19 To improve the quality "
    "of life of local people. Corporate Business Objective 3 23 To tackle Climate Change by implementing "
    "our Climate Change and Green Recovery objectives. Corporate Business Objective 4 25 To be a "
    "well-run, fnancially sustainable and ambitious organisation. Communications and Engagement 27 "
    "Monitoring and Review 27 3\n"
)


def test_labels_with_no_stop_run_together_in_a_contents_line_each_with_its_page() -> None:
    """"Priority 2 Economy and Transport 30": no colon after the label, the page after the title; the
    title the stored text cut short ("and Gorse Hill") is kept as printed."""
    assert [(p.ref, p.label) for p in read(WORCESTER).priorities] == [
        ("1", "and Gorse Hill"),
        ("2", "Economy and Transport"),
        ("3", "Climate Change and Transition"),
        ("4", "Urban Renaissance"),
    ]


def test_labels_with_their_page_right_after_the_number_end_at_their_sentences() -> None:
    assert [(p.ref, p.label) for p in read(STAFFORD).priorities] == [
        ("1", "To deliver sustainable economic and housing growth to provide income and jobs"),
        ("2", "To improve the quality of life of local people"),
        ("3", "To tackle Climate Change by implementing our Climate Change and Green Recovery objectives"),
        ("4", "To be a well-run, fnancially sustainable and ambitious organisation"),
    ]
