"""A dash before a lowercase word that goes on the line above it is a wrapped line, not a list item,
on snippets cut from the wild corpus (``tests/corpus/wild/``: real councils' plans as their web pages
and PDFs give the text)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Rotherham's Council Plan theme "Every child able to fulfil their potential": performance measures
#: (2022/23), https://www.rotherham.gov.uk/strategies-plans-policies/council-plan-theme-every-child-able-fulfil-potential-1/3
ROTHERHAM = "\n".join(
    [
        "Performance measures",
        "",
        "Ref Key performance indicators Good is Target 2022/23",
        "CH05 Open Early Help cases at the end of the reporting period",
        "Measure for information No target",
        "CH06 Proportion of social care re-referrals in 12 months",
        "- in current month",
        "Low Less than 22%",
        "CH08 Proportion of two-year olds taking up an early education place  High 80.00%",
    ]
)

#: Salford's Worsley and Boothstown Community Committee, Children and Young People's Task Group:
#: Action Plan October 2007 – Easter 2008,
#: https://studylib.net/doc/16028366/worsley-and-boothstown-community-committee-children-and-y...
SALFORD = "\n".join(
    [
        "ACTIONS",
        "0CT/NOV/DEC 07",
        "SCL – request Political Exec/NPB",
        "agenda time to outline issues for 2008",
        "– budgets, ideas, indoor",
        "opportunities etc.",
        "SCL/SYS/CDW/Partners",
        "– develop, deliver and",
        "promote a",
        "comprehensive summer",
        "activity programme.",
    ]
)


def test_a_dash_running_on_a_measure_name_is_no_measure() -> None:
    """ "- in current month" goes on CH06's name: it and the target under it are read as nothing."""
    found = read(ROTHERHAM)
    labels = [i.label for i in found.indicators]
    assert not any(label.startswith("in current month") for label in labels), labels


def test_a_dash_after_a_lowercase_word_goes_on_the_line_and_after_a_name_leads_an_item() -> None:
    """ "… outline issues for 2008" / "– budgets, ideas" runs on; "SCL/SYS/CDW/Partners" /
    "– develop, deliver and …" names who does the action after the dash."""
    found = read(SALFORD)
    labels = [a.label for a in found.actions]
    assert not any(label.startswith("budgets") for label in labels), labels
    assert "develop, deliver and promote a comprehensive summer activity programme." in labels


def test_a_title_over_a_lead_in_of_its_own_is_no_wrapped_end_of_the_item_above() -> None:
    # Hastings Borough Council, Corporate Plan 2020/21 (key work we are doing),
    # tests/corpus/wild/hastings-2020-corporate-plan-key-work-priorities-actions.txt
    text = (
        "These are some of the key areas of work that we'll be doing under each of the six new priorities\n"
        "Tackling homelessness and ensuring quality housing\n"
        "- Review our council tax reduction scheme for 2020/21 by November 2020\n"
        "- Aim to build 192 new homes at Bulverhythe\n"
        "- Make sure homes are adapted and made fit for the future where we have power to do so\n"
        "Keeping Hastings clean and safe through efficient licensing, enforcement and street cleansing\n"
        "Enhance our existing enforcement, contractual and street cleansing arrangements by:\n"
        "- Expanding the garden waste service that we offer\n"
    )
    actions = read(text).actions
    assert actions[2].label == (
        "Make sure homes are adapted and made fit for the future where we have power to do so"
    )


def test_a_short_title_after_a_blank_line_over_a_new_list_heads_it() -> None:
    # East Hertfordshire District Council, Vision and Corporate Priorities (2022/23),
    # https://www.eastherts.gov.uk/about-east-herts-0/vision-and-corporate-priorities
    text = (
        "Our priorities and how we will deliver them:\n"
        "\n"
        "Encouraging economic growth\n"
        "\n"
        "  • We will develop new sources of income\n"
        "  • We will create viable places\n"
        "\n"
        "Digital by design\n"
        "\n"
        "  • We will improve the customer experience for those who use council services\n"
    )
    extraction = read(text)
    assert [p.label for p in extraction.priorities] == ["Encouraging economic growth", "Digital by design"]
    assert extraction.actions[1].label == "We will create viable places"
