"""The reprint benchmark (``bench/reprint.py``): a reprint says where each line went, and an item read
from a reprint is the same as the original's only where its line went."""

from __future__ import annotations

import dataclasses

from bench import wild
from bench.reprint import compare
from bench.reprints import REPRINTS, blank_remove, glyph_swap, prose_paragraphs, rewrap

#: Central Bedfordshire's 2024 plan consultation (tests/corpus/wild/central-bedfordshire-2024-cypp-
#: twelve-wishes.txt), its first wish shortened.
TWELVE_WISHES = """\
The 12 wishes
Wish 1: We know how and where to get support for our mental health and wellbeing
We will achieve this by:
- improving accessibility and awareness of where to get help for mental health and wellbeing
- regularly reviewing referrals and waiting times for access to mental health services
- increasing children and young people reporting an improvement in feeling happy with their lives
Wish 2: We are helped to make healthy choices, and we have opportunities to exercise regularly
We will achieve this by:
- raising awareness of healthy eating and reducing obesity rates
- promoting active travel to school
"""

#: Bedford Borough's 2022 plan page (tests/corpus/wild/bedford-2022-cyp-families-plan-themes.txt), a
#: paragraph printed as one line, then a heading.
BEDFORD = [
    "We gathered feedback from children and young people and organised into six key themes. The Child "
    "Health and Wellbeing Partnership Group (organisations that work with children and young people in "
    "Bedford Borough) then consulted with the adults who work directly with children and young people.",
    "",
    "Feeling safe at home and in our community",
]


def test_a_rewrapped_line_goes_to_the_lines_holding_its_words() -> None:
    lines = ["Our plan sets out how we will work with partners and the council to", *BEDFORD]
    lines[1] = "make " + lines[1][0].lower() + lines[1][1:]
    printed, spans = rewrap(60)(lines)
    assert prose_paragraphs(lines) == [(0, 1)]
    assert all(len(line) <= 60 for line in printed)
    assert " ".join(printed[: spans[1][1] + 1]).split() == " ".join(lines[:2]).split()
    assert spans[0] == (0, 1)  # the first line's words fill the first wrapped line and start the second
    assert spans[1][0] == 1 and spans[1][1] == len(printed) - 3
    assert printed[spans[3][0]] == "Feeling safe at home and in our community"  # the heading kept its line


def test_removed_blank_lines_go_where_the_next_line_goes() -> None:
    lines = ["Our priorities:", "", "- Be safe", "", "- Be healthy"]
    printed, spans = blank_remove(lines)
    assert printed == ["Our priorities:", "", "- Be safe", "- Be healthy"]
    assert spans == [(0, 0), (1, 1), (2, 2), (3, 3), (3, 3)]


def test_a_two_level_list_keeps_its_glyphs() -> None:
    two_levels = ["• Be healthy", "o Physically healthy", "o Mentally healthy", "• Stay safe"]
    assert glyph_swap("-")(two_levels)[0] == two_levels
    assert glyph_swap("-")(["• Be healthy", "  • Physically healthy"])[0] == [
        "- Be healthy",
        "  - Physically healthy",
    ]


def test_an_item_read_on_a_line_its_line_did_not_go_to_is_lost_and_gained() -> None:
    before = [wild.Item("priority", "Be safe", line=3), wild.Item("priority", "Be healthy", line=5)]
    after = [wild.Item("priority", "BE SAFE", line=3), wild.Item("priority", "Be healthy", line=5)]
    spans = [(0, 0), (1, 1), (2, 2), (3, 3), (3, 3)]
    same, lost, gained = compare(before, after, spans)
    assert (same, lost, gained) == (1, [before[1]], [after[1]])


def test_the_twelve_wishes_printed_with_tabs_after_their_marks_read_the_same() -> None:
    document = wild.WildDocument("twelve-wishes", {}, TWELVE_WISHES, "dev", [], [])
    before, error = wild.extracted_items(document)
    assert error is None and len(before) >= 5
    lines = TWELVE_WISHES.split("\n")
    printed, spans = REPRINTS["mark-tab"](lines)
    assert (
        printed[3]
        == "-\timproving accessibility and awareness of where to get help for mental health and wellbeing"
    )
    after, _ = wild.extracted_items(dataclasses.replace(document, text="\n".join(printed)))
    assert compare(before, after, spans) == (len(before), [], [])
