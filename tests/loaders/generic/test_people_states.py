"""Bullets under a priority saying what people will be, feel or have ("- Families are supported to
develop skills …") are the outcomes it is for, not actions, on a snippet cut from the wild corpus
(``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.outlinelines import RULE_PEOPLE_STATE
from tests.loaders.generic.reading import read

#: Kent County Council, Local Children's Partnership Group priorities 2023 to 2024,
#: https://kent.gov.uk/about-the-council/partnerships/local-childrens-partnership-groups/local-childrens-partnership-group-priorities
KENT = """\
Local Children's Partnership Group priorities
Here are the priorities for the local children's partnership groups for 2023 to 2024.
All children and young people experience healthy relationships
- Families are supported to develop skills to resolve harmful conflicts between family members \
(adults or children) without resorting to any form of violence (verbal or physical).
- Children and young people understand healthy peer relationships and feel able to respond in the \
right way to bullying and peer pressure, both online and offline.
Children and young people are supported to learn, work and achieve
- Parents and carers feel supported in understanding and meeting developmental needs of their \
children, especially for early years (0 to 5), teen years (10 to 16), young carers and those who \
have special educational needs and disabilities, so they can learn, work and achieve.
- Children and young people who are struggling to engage with learning or working (risk of or not \
in education, employment or training (NEET)) are identified and supported early so they are able to \
achieve their potential.
- Appropriate and accessible opportunities, aligned to the local sector needs, are available for \
those who are NEET.
Building strong families
"""


def test_what_people_will_be_under_a_priority_are_its_outcomes() -> None:
    found = read(KENT)
    read_so = [(o.label.split()[0], o.reading.rule if o.reading else None) for o in found.outcomes]
    assert read_so[:3] == [
        ("Families", RULE_PEOPLE_STATE),
        ("Children", RULE_PEOPLE_STATE),
        ("Parents", RULE_PEOPLE_STATE),
    ]
    # "Appropriate and accessible opportunities … are available" names no people: still read by its place
    assert [a.label.split()[0] for a in found.actions] == ["Appropriate"]
