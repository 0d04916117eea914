"""A document-sharing site's furniture over a plan's transcript ("Upload: …", "215 views",
"Documents", "TRANSCRIPT") is no heading and no item.

The snippets are cut from the wild corpus (``tests/corpus/wild/``).
"""

from __future__ import annotations

import pytest

from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.sharingpage import site_furniture
from tests.loaders.generic.reading import read

#: Suffolk County Council's Our Priorities 2017-21, as a document-sharing site gives it
#: (https://vdocuments.net/our-priorities-2017-21-suffolk-county-council-our-priorities-2017-21i-am.html):
#: the plan's title naming its priorities, then the site's lines, then the transcript's title again.
SUFFOLK = """26
OUR PRIORITIES 2017-21

Upload: duongcong

Post on 14-May-2018

215 views

Category:

Documents


1 download

TRANSCRIPT

1

OUR PRIORITIES 2017-21

2"""

#: Bath and North East Somerset's Children and Young People's Plan 2011-2014, Year 3 review, as
#: another sharing site prints its furniture (https://documents.pub/document/children-and-young-peoples-
#: plan-2011-2014-rag-rating-1-children-and-young.html): "View: 214 times".
BATH_FURNITURE = [
    "Upload: vuhanh",
    "View: 214 times",
    "Download: 0 times",
    "Share this document with a friend",
]


def test_a_sharing_sites_lines_are_no_headings_under_a_title_naming_priorities() -> None:
    with pytest.raises(UnknownLayoutError, match="no plan items found"):
        read(SUFFOLK)


def test_the_furniture_block_starts_at_upload_and_needs_two_more_of_its_lines() -> None:
    assert site_furniture([*BATH_FURNITURE, "21"]) == [1, 2, 3, 4]
    assert site_furniture(["Upload: others", "", "Documents", "Our priorities"]) == []
