"""A person's or a post's page lists what they own by year (issue 23): the plans' periods newest first,
each naming its plans and their council and the posts held (or the holders) over that period.

The bundled plans share no person or post across plan years, so the pages are checked on the
synthetic pair of ``bench/pairs.py`` (Ashbridge 2007-2009 and 2009-2011), where Ruth Patel moves from
Head of Early Help and Prevention to Head of Learning and Achievement and Anita Shah takes Early Help.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bench.pairs import MOVED_PERSON
from councilkg.analysis.describe import ItemDescription, describe_item
from councilkg.analysis.lookup import Agent
from councilkg.analysis.overviews import Overviewed, overview_of
from councilkg.analysis.ownership import OwnedItem, OwnerReport
from councilkg.analysis.tenure import Tenure
from councilkg.ontology.vocab import ID, ID_IRI
from councilkg.release.site import write_site
from councilkg.server import SparqlServer
from councilkg.store.embedded import EmbeddedStore
from councilkg.views.pages import item_page
from tests.server.serving import serve
from tests.server.test_pages_browser import links, open_page
from tests.views.test_pages import HOSTILE, _hostile_item, _parsed
from tests.views.test_views_browser import CHROMIUM

RUTH_PATEL = str(ID["person/ruth-patel"])
EARLY_HELP = str(ID["authority/ashbridge/post/head-of-early-help-and-prevention"])
PLAN_2007 = "/id/plan/ashbridge/cyp-directorate-plan-2007-09"
PLAN_2009 = "/id/plan/ashbridge/cyp-directorate-plan-2009-11"
NAME_2007 = "Ashbridge — Children and Young People&#39;s Directorate Plan 2007-2009"
NAME_2009 = "Ashbridge — Children and Young People&#39;s Directorate Plan 2009-2011"


def _page(store: EmbeddedStore, iri: str) -> str:
    item = describe_item(store, iri)
    assert item is not None
    return item_page(item, overview_of(store, item))


def _years(page: str) -> list[tuple[str, str]]:
    """Return each year section of a page as ``(heading, the section's HTML)``, in page order."""
    return re.findall(r'<section class="period">\n<h3>(.*?)</h3>\n(.*?)</section>', page, re.DOTALL)


def test_a_persons_page_lists_what_they_own_newest_year_first(pair_store: EmbeddedStore) -> None:
    """Ruth Patel owns Learning's 2009-11 action as its head and Early Help's 2007-09 one: two years,
    2009–2011 first, each naming its plan (and council) and the post she held then."""
    assert MOVED_PERSON == "Ruth Patel"
    page = _page(pair_store, RUTH_PATEL)
    assert "<h2>What Ruth Patel owns, by year</h2>" in page
    (later, later_html), (earlier, earlier_html) = _years(page)
    assert (later, earlier) == ("2009–2011", "2007–2009")
    assert "<p>Held Head of Learning and Achievement in these years.</p>" in later_html
    assert f'<h4><a href="{PLAN_2009}">{NAME_2009}</a></h4>' in later_html
    assert "Introduce a workforce development programme for social workers" in later_html
    assert PLAN_2007 not in later_html and "Early Help" not in later_html
    assert "<p>Held Head of Early Help and Prevention in these years.</p>" in earlier_html
    assert f'<h4><a href="{PLAN_2007}">{NAME_2007}</a></h4>' in earlier_html
    assert "Deliver sex and relationship education in every secondary school" in earlier_html


def test_a_posts_page_names_its_holder_in_each_year(pair_store: EmbeddedStore) -> None:
    """Early Help is Ruth Patel's in 2007-09 and Anita Shah's in 2009-11."""
    years = _years(_page(pair_store, EARLY_HELP))
    assert [(heading, re.findall(r"<p>Held by (.*?) in these years", html)) for heading, html in years] == [
        ("2009–2011", ["Anita Shah"]),
        ("2007–2009", ["Ruth Patel"]),
    ]


def _owned(label: str, plan: str, council: str | None) -> OwnedItem:
    return OwnedItem(
        ID_IRI + f"plan/{plan}/action/a",
        "Action",
        None,
        label,
        ID_IRI + f"plan/{plan}",
        label,
        ("accountable",),
        None,
        None,
        None,
        council,
    )


def test_years_come_newest_first_and_undated_plans_last_with_hostile_labels_as_text() -> None:
    """A plan stating no period is listed after every dated one; a tenure running other days than
    its year shows its dates; labels with markup stay text."""
    person = Agent(ID_IRI + "person/x", "person", HOSTILE, ())
    held = Tenure(
        person.iri,
        HOSTILE,
        ID_IRI + "post/y",
        HOSTILE,
        ID_IRI + "plan/b",
        date(2011, 4, 1),
        date(2012, 3, 31),
    )
    report = OwnerReport(
        person,
        (),
        (),
        (_owned(HOSTILE, "a", HOSTILE), _owned("b", "b", None), _owned("c", "c", None)),
        (held,),
        periods={
            ID_IRI + "plan/b": (date(2010, 4, 1), date(2013, 3, 31)),
            ID_IRI + "plan/c": (date(2014, 4, 1), date(2014, 12, 31)),
        },
    )
    item = ItemDescription(**{**_hostile_item().__dict__, "kind": "Person", "sources": ()})
    page = item_page(item, Overviewed(report, frozenset()))
    assert [heading for heading, _ in _years(page)] == ["2014", "2010–2013", "Plans stating no period"]
    assert "(2011-04-01 to 2012-03-31) in these years" in page
    assert "script" not in _parsed(page).tags and "<script>" not in page


def test_the_static_sites_person_page_lists_the_years_with_links_that_resolve(
    pair_store: EmbeddedStore, tmp_path: Path
) -> None:
    """``councilkg site`` shares the template: the same years, its plan links relative files."""
    write_site(pair_store, tmp_path / "site", issued=date(2026, 1, 1))
    person = tmp_path / "site" / "id" / "person" / "ruth-patel.html"
    years = _years(person.read_text(encoding="utf-8"))
    assert [heading for heading, _ in years] == ["2009–2011", "2007–2009"]
    for _, html in years:
        (plan,) = re.findall(r'<h4><a href="([^"]+)">', html)
        assert not plan.startswith("/") and (person.parent / plan).resolve().is_file(), plan


@pytest.fixture(scope="module")
def pair_server(pair_store_path: Path) -> Iterator[SparqlServer]:
    """A server over the synthetic pair's store."""
    yield from serve(pair_store_path, workers=1)


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary (chromium, chromium-browser)")
def test_a_persons_years_load_cleanly_in_chromium(pair_server: SparqlServer, tmp_path: Path) -> None:
    """The page loads with no console message, its years in order, and every page it links to exists."""
    dom, console = open_page(pair_server, "/id/person/ruth-patel", tmp_path / "profile")
    assert console == []
    assert re.findall(r"<h3>(\d{4}–\d{4})</h3>", dom) == ["2009–2011", "2007–2009"]
    linked = links(dom)
    assert PLAN_2007 in linked and PLAN_2009 in linked
    for path in linked:
        page, messages = open_page(pair_server, path, tmp_path / "profile")
        assert messages == [] and "<h1>" in page and "Nothing is known of this IRI" not in page, path
