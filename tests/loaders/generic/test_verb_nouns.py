"""A line under a priority led by a verb's word used as a noun ("Support for young people …", "Review of
progress …") is no action (outlinesentences: the line led by a verb); 1 such line in 15 was an action
on the released plans (Devon, Tower Hamlets, Warrington and Coventry print them as priorities or
measures)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Warrington Youth Voice's Pledges & Priorities (2021), https://www.warringtonyouthvoice.org/pledges-priorities
WARRINGTON = "\n\n".join(
    [
        "Our Pledges & Priorities",
        "The Pledges & Priorities are the set topics of which we will be working on and focusing on "
        "throughout the year.",
        "Young people are happy and safe",
        "A place of equality and diversity for young people",
        "Young people are safe",
        "Support for young people amid the COVID-19 pandemic",
        "Collaborate with schools and colleges to improve quality of school life",
    ]
)


def test_a_noun_led_by_a_verbs_word_is_no_action() -> None:
    labels = [action.label for action in read(WARRINGTON).actions]
    assert not [label for label in labels if label.startswith("Support for")]
