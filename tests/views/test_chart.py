"""An indicator's page draws its values and targets by period as an inline SVG chart: no script, no
external asset, a dot per value where the table prints it, and no markup from the data."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

from councilkg.analysis.describe import describe_item
from councilkg.analysis.indicators import Observation
from councilkg.ontology.vocab import ID
from councilkg.store.embedded import EmbeddedStore
from councilkg.views.chart import observation_chart
from councilkg.views.pages import item_page
from tests.views.test_pages import HOSTILE, _hostile_item

NI_80 = str(ID["plan/herefordshire/cyp-directorate-plan-2009-11/indicator/ni-80"])


class _Svg(HTMLParser):
    """Collects the tags and attributes of a page's SVG, and the titles of its dots."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.titles: list[str] = []
        self._in_circle = False
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_circle = self._in_circle or tag == "circle"
        self._in_title = tag == "title" and self._in_circle

    def handle_endtag(self, tag: str) -> None:
        if tag == "circle":
            self._in_circle = False
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.titles.append(data)


def _svg(page: str) -> _Svg:
    parser = _Svg()
    parser.feed(page)
    return parser


def test_an_indicators_page_charts_its_outturns_and_targets(memory_store: EmbeddedStore) -> None:
    """Herefordshire 2009-11's NI 80 prints outturns for 2007/08 and 2008/09 and targets for the two
    years after (and an England comparator, left out of the chart as the plots leave it out)."""
    item = describe_item(memory_store, NI_80)
    assert item is not None and item.observations
    page = item_page(item)
    svg = _svg(page)
    tags = [tag for tag, _ in svg.tags]
    assert tags.count("svg") == 1 and "script" not in tags
    assert tags.count("polyline") == 2 and tags.count("circle") == 4
    assert svg.titles == [
        "Outturn 2007/08: 48.1%",
        "Outturn 2008/09: 49.2%",
        "Target 2009/10: 49%",
        "Target 2010/11: 50%",
    ]
    assert [attrs.get("stroke-dasharray") for tag, attrs in svg.tags if tag == "polyline"] == [None, "6 4"]
    # nothing outside the page: no link, no image, no external reference of any kind
    drawn = page[page.index("<svg") : page.index("</svg>")]
    assert re.findall(r"(?:href|src)=", drawn) == [] and "url(" not in drawn
    assert "values in percent" in page


def test_a_higher_value_is_drawn_higher_and_periods_left_to_right() -> None:
    chart = observation_chart(
        [
            Observation("Outturn", "2010/11", 30.0, "30", None, None, 1),
            Observation("Outturn", "2008/09", 10.0, "10", None, None, 1),
            Observation("Outturn", "2009/10", 20.0, "20", None, None, 1),
        ]
    )
    assert chart is not None
    (line,) = chart.lines
    xs = [point.x for point in line.points]
    ys = [point.y for point in line.points]
    assert xs == sorted(xs) and ys == sorted(ys, reverse=True)  # SVG's y grows downwards
    assert [title for title in (p.title for p in line.points)] == [
        "Outturn 2008/09: 10",
        "Outturn 2009/10: 20",
        "Outturn 2010/11: 30",
    ]
    assert all(chart.left <= x <= chart.right for x in xs) and all(0 <= y <= chart.bottom for y in ys)


def test_no_chart_without_a_number_by_period() -> None:
    assert observation_chart([]) is None
    assert (
        observation_chart([Observation("Outturn", "2009/10", None, "New indicator", None, None, 1)]) is None
    )
    assert observation_chart([Observation("Target", None, 5.0, "5", None, None, 1)]) is None
    assert observation_chart([Observation("Outturn", "2009/10", float("nan"), "?", None, None, 1)]) is None


def test_a_hostile_value_or_period_is_text_in_the_chart() -> None:
    item = _hostile_item()
    hostile = Observation("Outturn", HOSTILE, 1.0, HOSTILE, HOSTILE, None, 1)
    page = item_page(replace(item, kind="Indicator", observations=(hostile,)))
    tags = [tag for tag, _ in _svg(page).tags]
    assert "svg" in tags and "script" not in tags and "img" not in tags
    assert "<script>" not in page and "<img" not in page
