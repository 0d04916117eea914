"""Items a sentence names after their kind behind a colon ("… identified priorities including: A, B, …
and E."), on snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.namedlists import RULE_NAMED_LIST, named_list
from tests.loaders.generic.reading import read

#: Borough of Poole, Poole Opinion Panel results on the Children and Young People's Plan (2010),
#: https://www.poole.gov.uk/council-and-democracy/statistics-data-and-census/consultations/past-consultations/
#: poole-opinion-panel/spring-2010-poole-opinion-panel/children-and-young-peoples-services/
POOLE = (
    "Residents were least satisfied with the range (36%) and quality (38%) of activities for children "
    "aged 13-19.\n"
    "\n"
    "Council data and the views of stakeholders including children and young people and POP's "
    "parents/grandparents identified priorities including: child poverty, mental health and emotional "
    "well-being, tackling inequalities, social links and relationship and family issues.\n"
)


def test_priorities_including_and_a_colon_name_the_whole_list() -> None:
    priorities = read(POOLE).priorities
    assert [p.label for p in priorities] == [
        "child poverty",
        "mental health and emotional well-being",
        "tackling inequalities",
        "social links and relationship",
        "family issues",
    ]
    assert {p.reading.rule for p in priorities if p.reading} == {RULE_NAMED_LIST}


def test_including_with_no_colon_still_gives_examples() -> None:
    assert named_list("Its priorities, including improving life chances, young people and families.") is None
    assert named_list(POOLE.replace("including:", "including")) is None
