"""Item pages as HTML: links to other items' pages, the source text around a line, and no markup
from the data (a hostile label is text, never a tag)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from councilkg.analysis.authorities import AuthorityPlans
from councilkg.analysis.describe import ItemDescription, Node, SourceLine, Statement, describe_item
from councilkg.analysis.lookup import PlanRef
from councilkg.ontology.vocab import CKG, ID, ID_IRI
from councilkg.store.embedded import EmbeddedStore
from councilkg.views.pages import index_page, iri_of_path, item_href, item_page, not_found_page

HOSTILE = '<script>alert("owned")</script><img src=x onerror=alert(1)>'
ITEM = str(ID["plan/x/p/action/a1"])


class _Tags(HTMLParser):
    """Collects the tags and the href of every link of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [value or "" for name, value in attrs if name == "href"]


def _parsed(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


def _hostile_item() -> ItemDescription:
    """An item whose label, values, linked labels, kinds and source text all carry markup."""
    other = Node(HOSTILE, str(ID["person/" + "x%22%3E"]), kind=HOSTILE)
    return ItemDescription(
        iri=ITEM,
        label=HOSTILE,
        kind="Action",
        ref=HOSTILE,
        plan=Node(HOSTILE, str(ID["plan/x/p"]), "Plan"),
        council=None,
        statements=(
            Statement(str(CKG.section), HOSTILE, Node(HOSTILE, datatype=None)),
            Statement(str(CKG.owner), "owner", other),
            Statement(str(CKG.supports), "supports", other, incoming=True),
        ),
        sources=(
            SourceLine(str(ID["plan/x/p"]), HOSTILE, 2, None, HOSTILE, None, ((1, HOSTILE), (2, HOSTILE))),
        ),
        observations=(),
        triples=(),
    )


def test_a_hostile_label_cannot_inject_markup() -> None:
    page = item_page(_hostile_item())
    parsed = _parsed(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in page
    assert all(href.startswith(("/id/", "/", "?format=")) or href == "data:," for href in parsed.hrefs)


def test_a_hostile_iri_is_not_found_as_text() -> None:
    page = not_found_page(ID_IRI + HOSTILE)
    assert "script" not in _parsed(page).tags
    assert "&lt;script&gt;" in page


def test_a_page_links_to_the_pages_of_what_it_links_to(memory_store: EmbeddedStore) -> None:
    item = describe_item(
        memory_store, str(ID["plan/lambeth/childrens-directorate-plan-2020-21/action/cska12"])
    )
    assert item is not None
    page = item_page(item)
    hrefs = set(_parsed(page).hrefs)
    assert "/id/plan/lambeth/childrens-directorate-plan-2020-21/priority/csob05" in hrefs
    assert "/id/person/alex-kubeyinje" in hrefs
    assert "/id/authority/lambeth" in hrefs
    assert {"?format=turtle", "?format=ntriples", "?format=jsonld"} <= hrefs
    assert "<title>Delivering the CSC and YOS workforce strategy" in page
    assert "not held by this store" in page


def test_the_source_line_is_highlighted_among_its_neighbours() -> None:
    item = _hostile_item()
    source = SourceLine(
        str(ID["plan/x/p"]),
        "Plan",
        2,
        1,
        "p.pdf.txt",
        "p.pdf",
        ((1, "before"), (2, "the line"), (3, "after")),
    )
    page = item_page(ItemDescription(**{**item.__dict__, "sources": (source,), "label": "A"}))
    assert re.search(r'<tr class="here"><td class="line">2</td><td>the line</td></tr>', page)
    assert "Line 2 (page 1) of p.pdf.txt, extracted from p.pdf" in page
    assert "not held by this store" not in page


def test_iris_outside_the_projects_have_no_page() -> None:
    assert item_href("https://example.org/x") is None
    assert item_href(ID_IRI) is None


@given(st.text(min_size=1))
def test_a_page_path_names_its_iri_again(local: str) -> None:
    """Any local name, percent-encoded into a path, reads back as the IRI (``?`` and ``#`` included)."""
    href = item_href(ID_IRI + local)
    assert href is not None and "?" not in href and "#" not in href and " " not in href
    assert iri_of_path(href) == ID_IRI + local


def test_a_long_list_of_links_is_cut_and_counted() -> None:
    """An outcome many plans serve would list thousands of items: a page lists the first 200 of a
    property and says how many more its RDF holds."""
    item = _hostile_item()
    many = tuple(
        Statement(
            str(CKG.contributesTo),
            "contributes to",
            Node(f"item {n:03d}", str(ID[f"plan/x/p/priority/{n}"])),
            True,
        )
        for n in range(205)
    )
    page = item_page(ItemDescription(**{**item.__dict__, "statements": many, "label": "An outcome"}))
    assert page.count('href="/id/plan/x/p/priority/') == 200
    assert "item 199" in page and "item 200" not in page
    assert "and 5 more (the page as" in page


def test_the_index_lists_authorities_with_plans_and_counts_the_rest() -> None:
    plan = PlanRef(str(ID["plan/x/p"]), HOSTILE, HOSTILE, "x-p", 2010, 2013)
    known = [
        AuthorityPlans(str(ID["authority/x"]), HOSTILE, "E06000001", (plan,)),
        AuthorityPlans(str(ID["authority/y"]), "Y", None, ()),
        AuthorityPlans(str(ID["authority/z"]), "Z", None, ()),
    ]
    page = index_page(known)
    assert "script" not in _parsed(page).tags
    assert {"/id/authority/x", "/id/plan/x/p"} <= set(_parsed(page).hrefs)
    assert "2010–2013: " in page and "/id/authority/y" not in page
    assert "The store knows 2 more authorities, with no plan loaded." in page
