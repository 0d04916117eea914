"""A pointer ("These are based around:") after a sentence naming values lists the values, not the
themes named before them; a minute's title over paragraphs that a heading rule already read is read
once. On snippets cut from the wild corpus (``tests/corpus/wild/``)."""

from __future__ import annotations

from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.generic.titledparagraphs import titled_paragraphs
from tests.loaders.generic.reading import read

#: High Peak Borough Council news on its Corporate Plan 2019,
#: tests/corpus/wild/high-peak-2019-corporate-plan-four-key-themes.txt
HIGH_PEAK = (
    "The Corporate Plan sets out how the Council will deliver its vision - focussing on four key themes:\n"
    "· Supporting our communities to create a healthier, safer, cleaner High Peak\n"
    "· A responsive, smart, financially resilient and forward thinking Council\n"
    "Underpinning the delivery of these themes are the administration's new co-operative values which "
    "will be further developed to define how the Council does things. These are based around:\n"
    "· Openness and honesty\n"
    "· Ownership\n"
)

#: Swale Borough Council, Policy and Resources Committee minutes on the Corporate Plan 2020-2023,
#: https://services.swale.gov.uk/meetings/mgAi.aspx?ID=7660
SWALE = (
    "The Leader outlined the four priorities within the corporate plan, as set out in Appendix I of the "
    "report.  He highlighted the following themes within the priorities:\n"
    "\n"
    "Priority 1:  Building the right homes in the right places and supporting quality jobs for all\n"
    "\n"
    "Housing needed to be amenable to the local area, with more affordable and social housing.  An "
    "economic improvement strategy was needed to expand opportunities.\n"
    "\n"
    "Priority 2:  Investing in our environment and responding positively to global challenges\n"
    "\n"
    "There needed to be stronger emphasis on the environment, especially climate change.\n"
)


def test_values_pointed_at_are_no_lead_in() -> None:
    lead_in = HIGH_PEAK.splitlines()[3]
    assert lead_in_kind(lead_in) is None
    # the sentence names values before the themes: the themes' kind word is the last, and leads in
    assert lead_in_kind("Our values guide all we do, and underpin our five themes. These are:") == "priority"


def test_the_values_under_the_themes_are_no_items() -> None:
    assert [p.label for p in read(HIGH_PEAK).priorities] == [
        "Supporting our communities to create a healthier, safer, cleaner High Peak",
        "A responsive, smart, financially resilient and forward thinking Council",
    ]


def test_a_labelled_title_is_read_once_with_its_ref() -> None:
    priorities = read(SWALE).priorities
    assert [(p.ref, p.label) for p in priorities] == [
        ("Priority 1", "Building the right homes in the right places and supporting quality jobs for all"),
        ("Priority 2", "Investing in our environment and responding positively to global challenges"),
    ]


def test_a_title_read_by_no_other_rule_keeps_its_ref_apart() -> None:
    texts = list(enumerate(SWALE.splitlines(), start=1))
    found = titled_paragraphs(texts, 0)
    assert found is not None
    assert [(title.ref, title.label[:24]) for title in found[1]] == [
        ("Priority 1", "Building the right homes"),
        ("Priority 2", "Investing in our environ"),
    ]
