"""A contents page whose chapters' sections are named alike ("Key Commitment 1" under each theme): a
section printed again, indented under the chapters with a later page, is the next chapter's entry, not
the body's first heading, and the page goes on. A priority's own section printed alike after it ("Economic
growth" / "Key economic growth programmes and projects") names it and more: no item of its own.

The snippets are cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Bristol City Council's Corporate Strategy: Business Plan 2021/22, its contents
#: (https://www.readkong.com/page/business-plan-2021-22-bristol-city-council-5293495).
BRISTOL = """Contents
Introduction                                                            3
2020/2021 – a year in review                                            4
More about this Business Plan                                           7
      Our approach                                                      7
      Measures of success                                               8
Theme 1: Empowering and Caring                                          9
      Key Commitment 1                                                  10
      Key Commitment 2                                                  12
Theme 2: Fair and Inclusive                                             17
      Key Commitment 1                                                  19
      Key Commitment 2                                                  20
Theme 3: Well Connected                                                 26
      Key Commitment 1                                                  27
      Key Commitment 2                                                  29"""


def test_sections_named_alike_under_each_chapter_keep_the_contents_page_going() -> None:
    found = read(BRISTOL)
    assert [(p.ref, p.label) for p in found.priorities] == [
        ("1", "Empowering and Caring"),
        ("2", "Fair and Inclusive"),
        ("3", "Well Connected"),
    ]
    assert not found.actions and not found.outcomes


#: Carlisle City Council's draft Carlisle Plan 2021-2023, its contents
#: (https://www.readkong.com/page/draft-carlisle-plan-2021-2023-3274999): each priority followed by its
#: own section of programmes, printed alike.
CARLISLE = """\
Contents
Foreword                                          3

Introduction                                      4

The Vision                                        4

Principles                                        6

 The Seven Principles of Public Life              6

 Clarity, confidence, and commitment              6

Priorities                                        7

 Economic growth                                  7

 Key economic growth programmes and projects      8

 Health and wellbeing                            13

 Key health and wellbeing programmes and projects 14

Performance Monitoring                           17
"""


def test_an_entry_naming_an_item_before_it_and_more_is_that_items_section() -> None:
    """"Key economic growth programmes and projects" names "Economic growth" and more: its section."""
    found = read(CARLISLE)
    assert [p.label for p in found.priorities] == ["Economic growth", "Health and wellbeing"]


#: Tendring's Children & Young People Strategy 2017 - 2020, its contents as a document-sharing site gives
#: them (https://vdocuments.site/strategy-2017-2020-children-young-people-tendring-1-tendring-children-.html),
#: leaders shortened; the last entry's page was cut off the line.
TENDRING = """\
Contents

Vision................................................2

1.0) Introduction......................................2

2.0) Key Facts & Figures ..............................3

3.0) Corporate Priorities..............................3

4.0) Tendring Children & Young People Priorities ......3

4.1) Education/Start Well .............................4

4.2) Stay Safe/Safeguarding ...........................5

4.3) Stay Safe ........................................5

4.4) Mental Health & Emotional Wellbeing.....................................
"""


def test_sections_numbered_under_a_chapter_naming_a_kind_are_its_items() -> None:
    """"4.0)" numbers chapter 4's own entry, so "4.1)" … "4.4)" are its sections: the priorities, a
    framework outcome's name among them ("Stay Safe") one of them, not a heading of its own."""
    found = read(TENDRING)
    assert [(p.source_line, p.label) for p in found.priorities] == [
        (13, "Education/Start Well"),
        (15, "Stay Safe/Safeguarding"),
        (17, "Stay Safe"),
        (19, "Mental Health & Emotional Wellbeing"),
    ]
    assert not found.outcomes and not found.actions
