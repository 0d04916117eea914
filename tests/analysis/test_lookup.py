"""Finding people, posts, items and plans from what a user types, on the bundled plans."""

from __future__ import annotations

import pytest

from councilkg.analysis.lookup import find_items, match_names, resolve_agent, resolve_item, resolve_plan
from councilkg.errors import LookupFailedError
from councilkg.ontology.vocab import ID
from councilkg.store.embedded import EmbeddedStore

LAMBETH_2020 = "https://w3id.org/councilkg/id/plan/lambeth/childrens-directorate-plan-2020-21"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("CSKA12", [f"{LAMBETH_2020}/action/cska12"]),
        ("cska 12", [f"{LAMBETH_2020}/action/cska12"]),
        (
            "NI 59",
            ["https://w3id.org/councilkg/id/plan/herefordshire/cyp-directorate-plan-2009-11/indicator/ni-59"],
        ),
        ("id:framework/ecm/stay-safe", ["https://w3id.org/councilkg/id/framework/ecm/stay-safe"]),
        ("SS", ["https://w3id.org/councilkg/id/framework/ecm/stay-safe"]),  # the notation, not "assess"
        ("Goal 3.3", ["https://w3id.org/councilkg/id/framework/lambeth-borough-plan/goal-3-3"]),
        ("zebra crossing", []),
        ("   ", []),
    ],
)
def test_find_items(memory_store: EmbeddedStore, text: str, expected: list[str]) -> None:
    """References (printed, notation, national code) win over words; words match whole words."""
    assert [item.iri for item in find_items(memory_store, text)] == expected


def test_an_item_of_no_plan_found_by_iri_gets_no_plan_or_council(memory_store: EmbeddedStore) -> None:
    """Regression: an outcome or person found by its IRI was given an arbitrary plan and council
    (Alex Kubeyinje, of Lambeth's plan, came back "Herefordshire"): the council was looked up for an
    unbound plan."""
    for iri in ("id:framework/ecm/stay-safe", "id:person/alex-kubeyinje"):
        (item,) = find_items(memory_store, iri)
        assert (item.plan, item.plan_title, item.council) == (None, None, None), iri
    (action,) = find_items(memory_store, f"<{LAMBETH_2020}/action/cska12>")
    assert (action.plan, action.council) == (LAMBETH_2020, "Lambeth")


def test_find_items_by_words_in_one_plan(memory_store: EmbeddedStore) -> None:
    """Words of a label find every item saying them; ``plan`` keeps one plan's."""
    items = find_items(memory_store, "teenage pregnancy")
    assert {i.type for i in items} == {"Action", "Priority"}
    assert find_items(memory_store, "teenage pregnancy", plan=LAMBETH_2020) == []


def test_resolve_item_lists_candidates(memory_store: EmbeddedStore) -> None:
    """Several matches are an error listing them."""
    with pytest.raises(LookupFailedError, match=r"'teenage pregnancy' matches 2 items: Reduce teenage"):
        resolve_item(memory_store, "teenage pregnancy")


def test_resolve_agent_exact_name_beats_partial(memory_store: EmbeddedStore) -> None:
    """An exact post title wins over longer titles that contain it."""
    agent = resolve_agent(memory_store, "Improvement Manager")
    assert agent.label == "Improvement Manager" and agent.kind == "post"
    assert agent.authorities == ("Herefordshire",)


def test_resolve_agent_by_iri(memory_store: EmbeddedStore) -> None:
    """An IRI names the agent exactly."""
    assert resolve_agent(memory_store, "id:person/yashi-shah").label == "Yashi Shah"


def test_match_names_needs_every_word() -> None:
    """Each word of the query must start a word of the name."""
    names = [
        "Head of Community Operations",
        "Head of Improvement and Inclusion",
        "Community Youth Services Manager",
    ]
    assert match_names("head community", names, str) == ["Head of Community Operations"]
    assert match_names("community", names, str) == [names[0], names[2]]
    assert match_names("munity", names, str) == []


def test_resolve_plan_by_name_iri_and_words(memory_store: EmbeddedStore) -> None:
    """A plan is found by its bundled name, file name, IRI or title words."""
    for text in (
        "lambeth-childrens-directorate-plan-2020-21",
        "lambeth-childrens-directorate-plan-2020-21.txt",
        LAMBETH_2020,
        "Children's Directorate Plan 2020/21",
    ):
        assert resolve_plan(memory_store, text).iri == LAMBETH_2020


def test_ambiguous_items_are_listed_with_plan_kind_line_and_id(memory_store: EmbeddedStore) -> None:
    """Each candidate says what it is, whose plan, which line, and the id that names it alone."""
    with pytest.raises(LookupFailedError) as error:
        resolve_item(memory_store, "Stay safe")
    indicator = "id:plan/herefordshire/cyp-directorate-plan-2009-11/indicator/apa-2008-stay-safe"
    assert (
        "Stay Safe (Indicator, Herefordshire — Children and Young People's Directorate Plan 2009-2011, "
        f"line 651) → {indicator.replace('/', chr(92) + '/')};"  # printed as SPARQL reads it back
    ) in str(error.value)
    assert resolve_item(memory_store, indicator).line == 651


def test_a_plans_iri_names_it_alone_though_other_authorities_plans_share_its_slug(
    memory_store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every authority of a national corpus publishes a ".../cyp-directorate-plan-2011-13": its IRI
    (as `councilkg gaps --plan` is given it) names one, its slug alone several."""
    from councilkg.analysis import lookup

    title = "Children and Young People's Directorate Plan 2011-2013"
    plans = [
        lookup.PlanRef(
            str(ID[f"plan/{place}/cyp-directorate-plan-2011-13"]),
            title,
            place.title(),
            f"{place}-cyp-directorate-plan-2011-13",
            2011,
            2013,
        )
        for place in ("ashcombe", "gravesthorpe")
    ]
    monkeypatch.setattr(
        lookup, "plans_in", lambda store, iris=None: [p for p in plans if iris is None or p.iri in iris]
    )
    assert resolve_plan(memory_store, plans[1].iri) == plans[1]
    with pytest.raises(LookupFailedError, match="matches 2 plans"):
        resolve_plan(memory_store, "cyp-directorate-plan-2011-13")
