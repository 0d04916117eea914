"""Contents pages divided into sections printing no page ("Section 4   Priority Issues for Play in
Exeter" over its numbered, paged entries): a division naming a kind lists its items, up to the next
division; an entry naming the plan's vision lists its priorities printed further in under it; and
"What needs to be achieved" names the priorities listed after it; entries whose pages were cut off
after their leaders are entries all the same.
The snippets are cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Exeter City Council's Play Strategy, draft of June 2006, its contents page as the PDF gives it,
#: http://www.docstoc.com/docs/129463158/Exeter-play-strategy-15-June-06
EXETER = """                         contents
            Executive Summary                                   2
Section 1   Setting the Context
        1   Introduction                                        6
        2   The Purpose of the Strategy                         7
Section 3   The Customers Know Best
        8   Consultation with Children & Young People          12
        9   Play Space Design                                  15
Section 4   Priority Issues for Play in Exeter
       10   Managing Risk in Play Provision                    16
       11   Inclusive Play                                     17
       12   Community Control                                  17
       13   Play in Public Spaces                              18
Section 5   Delivery Structure for Play in Exeter
       16   Exeter City Council                                19
       17   A Play Association for Exeter                      20
Section 6   Recommendations
       19   Recommendations                                    21
"""


def test_the_entries_of_a_division_naming_a_kind_are_its_items() -> None:
    extraction = read(EXETER)
    assert [(p.label, p.source_line) for p in extraction.priorities] == [
        ("Managing Risk in Play Provision", 10),
        ("Inclusive Play", 11),
        ("Community Control", 12),
        ("Play in Public Spaces", 13),
    ]
    assert not extraction.actions and not extraction.outcomes


def test_a_division_naming_no_kind_lists_no_items() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(EXETER.replace("Priority Issues for Play", "Play Issues"))


#: Cherwell Community Planning Partnership's Community Plan, Vision 2016 (April 2002), its contents page,
#: http://www.docstoc.com/docs/93465244/VISION-2016
CHERWELL = """Contents
                                                          Page
Foreword                                                    3

What is the Cherwell Community Plan 2016?                   4

Cherwell in Context                                         6

Cherwell‟s Vision to 2016                                   7

         Reduce Crime and tackle the Drugs problem          8
         Improve Health                                    12
         Improve Education                                 16
         Rural Perspective                                 32

The Cherwell Community Planning Partnership?               43

Contact for alternative formats and further information    43
"""


def test_entries_printed_further_in_under_the_vision_are_its_priorities() -> None:
    labels = [p.label for p in read(CHERWELL).priorities]
    assert labels == ["Reduce Crime and tackle the Drugs problem", "Improve Health", "Improve Education",
                      "Rural Perspective"]  # fmt: skip


def test_entries_printed_alike_after_the_vision_are_no_priorities() -> None:
    flat = "\n".join(line.strip() for line in CHERWELL.splitlines())
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(flat)


#: Cumbria County Council's Children's Improvement Plan 2015, its table of contents (numbers on lines
#: of their own, as the PDF gives them), https://paperzz.com/doc/6999997/looked-after-children-and-care-leavers
CUMBRIA = """Table of Contents
4.
The voice of children and young people, their families and carers and the voice of staff ........ 4
Practitioner Forums ........................................................................ 5
5.
What needs to be achieved .................................................................. 6
Leadership and Governance .................................................................. 6
Children Looked After ...................................................................... 6
Working in Partnership ..................................................................... 6
Quality of Practice ........................................................................ 7
6.
How we will know we are making a difference ............................................... 9
"""


def test_the_entries_after_what_needs_to_be_achieved_are_priorities() -> None:
    labels = [p.label for p in read(CUMBRIA).priorities]
    assert labels == ["Leadership and Governance", "Children Looked After", "Working in Partnership",
                      "Quality of Practice"]  # fmt: skip


#: Oldham Council's Corporate Parenting Business Plan 2019/20, its contents as a document-sharing site
#: transcribes them (each line cut off after its leaders), https://fdocuments.in/document/oldhamas-commitment-to-corporate-parenting-oldham-council-web-view-children.html
OLDHAM = """Contents1. Oldham’s Commitment to Corporate Parenting..........................................

2. Key Performance Measures......................................................................

2.1 Priority One - Voice of the Child.............................................................

2.2 Priority Two - Health and Well-Being..........................................................
"""


def test_entries_cut_off_after_their_leaders_are_entries() -> None:
    assert [(p.label, p.ref) for p in read(OLDHAM).priorities] == [
        ("Voice of the Child", "One"),
        ("Health and Well-Being", "Two"),
    ]


#: Swale Local Strategic Partnership, Ambitions for Swale (consultation draft, 2009), its contents,
#: https://docslib.org/doc/10845683/ambitions-for-swale
SWALE = """Contents

Foreword 2

Part 1: Introducing our Ambitions for Swale

1. Introduction and Summary 6

2. What is the Sustainable Community Strategy? 9

3. Swale Today 13

Part 4: Delivering our Ambitions for Swale

12. Monitoring progress and delivery 53
"""


def test_a_division_saying_what_it_does_with_a_kind_lists_no_items() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(SWALE)
