"""The measures a sentence lists between semicolons after saying how progress will be checked ("We'll
check this by measuring …"), on a snippet cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.parsing.measuredlists import RULE_MEASURED_LIST, measured_list
from tests.loaders.generic.reading import read

#: Manchester City Council, Healthier Manchester (locality plan), "Children and young people" (2018),
#: https://healthiermanchester.org/what-our-plans-mean-for-local-people/children-and-young-people/
MANCHESTER = """\
Working with partner organisations across the city we will prioritise:


Make sure that children have a good education.

We’ll check this by measuring the number of children with a good level of development in early years; \
educational outcomes at age 11, 16 and 19; school attendance; OFSTED ratings of schools and early years \
providers; the number of young people not in education, employment and training; the number of young \
people involved in, or at risk of being involved in crime; the number of children and young people \
volunteering, and children and young people’s own views about their lives. We are also developing the \
‘curriculum for life’, to give young people more valuable life skills.
"""


def test_the_measures_after_by_measuring_are_read_one_a_semicolon() -> None:
    found = read(MANCHESTER)
    assert [(i.label, i.source_line) for i in found.indicators] == [
        ("the number of children with a good level of development in early years", 6),
        ("educational outcomes at age 11, 16 and 19", 6),
        ("school attendance", 6),
        ("OFSTED ratings of schools and early years providers", 6),
        ("the number of young people not in education, employment and training", 6),
        ("the number of young people involved in, or at risk of being involved in crime", 6),
        ("the number of children and young people volunteering", 6),
        ("children and young people’s own views about their lives", 6),
    ]
    assert {i.reading.rule for i in found.indicators if i.reading} == {RULE_MEASURED_LIST}


def test_fewer_than_three_measures_or_no_checking_verb_is_no_list() -> None:
    assert measured_list("We will check this by measuring attendance; exclusions.") is None
    assert measured_list("We will support schools by funding clubs; camps; and tutoring.") is None
    assert measured_list("Progress will be tracked by monitoring attendance; exclusions; and NEET.") == (
        "measures",
        ["attendance", "exclusions", "NEET"],
    )
