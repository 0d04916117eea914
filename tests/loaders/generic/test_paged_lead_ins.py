"""A line naming a kind but ending in a page number printed apart ("The four key themes- Stronger
communities      38") is a contents entry: it leads in no list, and the entries under it are no items.

The snippet is cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from tests.loaders.generic.reading import read

#: Torbay Strategic Partnership's Community Plan "Turning the tide for Torbay" 2010-2020 (final draft,
#: November 2006), its contents (http://www.docstoc.com/docs/27762582/Turning-the-tide-for-Torbay-
#: 2010-2020): the pages space-aligned after the entries.
TORBAY = """              Turning the tide for Torbay

               Torbay Community Plan

Foreword by Nick Bye – Chair of Torbay Strategic Partnership                   2
Moving forward from the last Community Plan                                    5
Vision for the Bay – what we want Torbay to become in 10-20 years              7
Top ten for Torbay                                                             8
The four key themes- Pride in the Bay                                          13
The four key themes- Learning and skills for the future                        23
The four key themes- Stronger communities                                      38
The four key themes-The new economy                                            47
Delivering „Turning the tide‟                                                  56
Torbay Strategic Partnership -How we work together                             57
Consultation processes on the plan                                             60
How we will monitor our progress                                               61"""


def test_a_paged_contents_entry_naming_a_kind_leads_in_nothing() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(TORBAY)
