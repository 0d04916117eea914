"""A label saying which items a paper serves ("Priority - All") names no item, in a contents page or
in the body; the items labelled with a title still are.

The snippet is cut from the wild corpus (``tests/corpus/wild/``), as its stored page gives it.
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Redcar and Cleveland's Cabinet business papers (2018), each paper under the council priority it
#: serves, https://docslib.org/doc/8286809/cabinet-business-papers
REDCAR_CLEVELAND_2018 = """Cabinet Business Papers

Contents

Pages Items for decision

Priority - All

Adoption of the Redcar and Cleveland Local Plan 1 - 10

Our Flourishing Future - Delivery Plan 11 - 48

Priority - A Brighter Future for Our Children

Children & Families Service Improvement Journey 49 - 67

Priority - All

Annual Governance Statement 68 - 95

Priority - Improving the Way We Work

Resources Quarter 4 Performance – 2017/18 96 - 121

Priority – Good Connections

Highways Capital Programme 2018/19 137 - 147

Items for information

Priority – All

Tees Valley Combined Authority Update Report 158 - 161
"""


def test_priority_all_is_no_priority() -> None:
    """ "Priority - All" says a paper serves every priority: only the titled ones are read."""
    assert [p.label for p in read(REDCAR_CLEVELAND_2018).priorities] == [
        "Improving the Way We Work",
        "Good Connections",
    ]
