"""A contents page's pages printed before a labelled title or after each entry of a list run onto one
line, the summary's bullets repeating the priorities, and a strategy's own aims; on snippets cut from
the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Newcastle-under-Lyme Borough Council Plan 2018-2022, contents page and foreword,
#: tests/corpus/wild/newcastle-under-lyme-2018-council-plan-contents-priorities.txt
NEWCASTLE = (
    "CONTENTS Foreword Page 2\n"
    "\n"
    "Our Priorities Page 3\n"
    "\n"
    "Priority One: Page 4 Local Services that work for Local People\n"
    "\n"
    "Priority Two: Page 6 Growing our People and Places\n"
    "\n"
    "Priority Three: Page 9 A Healthy, Active and Safe Borough\n"
    "\n"
    "Priority Four: Page 12 A Town Centre for All\n"
    "\n"
    "Facts and Figures Page 14 Foreword OUR VISION Welcome to the Newcastle-under-Lyme Borough Council "
    "Plan 2018-2022 which details our plans for the next four years.\n"
    "\n"
    "• Healthy, Active and Safe Borough\n"
    "\n"
    "• A Town Centre for All\n"
)

#: Chichester District Sustainable Community Strategy 2009-2026, contents page,
#: tests/corpus/wild/chichester-2009-sustainable-community-strategy-contents.txt
CHICHESTER = (
    "Introduction 5\n"
    "\n"
    "Setting the Scene 6\n"
    "\n"
    "A Well Run Area 8 The Priorities: • The Economy 1 0 • Environment 1 4 • Health and Wellbeing 1 8 "
    "• Housing and Neighbourhoods 24 • Transport and Access 30\n"
)

#: Corby Borough Council, Play Area Strategy 2009-2019,
#: tests/corpus/wild/corby-2009-play-area-strategy-aims-ecm-outcomes.txt
CORBY = (
    "The Play Area Strategy aims to:\n"
    "  • Outline the current provision and ensure these are met within the strategy\n"
    "  • Examine current challenges and identify future opportunities\n"
    "The five outcomes specified in Every Child Matters are:\n"
    "1. Being Healthy\n"
    "2. Staying Safe\n"
)


def test_a_page_before_a_labelled_title_is_no_part_of_it() -> None:
    assert [(p.ref, p.label) for p in read(NEWCASTLE).priorities] == [
        ("One", "Local Services that work for Local People"),
        ("Two", "Growing our People and Places"),
        ("Three", "A Healthy, Active and Safe Borough"),
        ("Four", "A Town Centre for All"),
    ]


def test_bullets_repeating_the_priorities_are_no_actions() -> None:
    assert read(NEWCASTLE).actions == []


def test_the_pages_ending_a_run_of_entries_are_left_out() -> None:
    assert [p.label for p in read(CHICHESTER).priorities] == [
        "The Economy",
        "Environment",
        "Health and Wellbeing",
        "Housing and Neighbourhoods",
        "Transport and Access",
    ]


def test_what_a_strategy_aims_to_do_as_a_document_is_no_item() -> None:
    extraction = read(CORBY)
    assert extraction.priorities == [] and extraction.actions == []
    assert [o.label for o in extraction.outcomes] == ["Being Healthy", "Staying Safe"]
