"""Real plans in other printings: the wild corpus's released excerpts, mutated as printings mutate them
(:mod:`tests.reliability.mutations`), end with items or one line of error, never a traceback, and each
in a few seconds (issue 17).

The sample holds every shape the corpus labels, and negatives; no held-out document is read.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bench import wild
from councilkg.build.plans import extract
from councilkg.documents.document import read_document
from councilkg.errors import CouncilKGError
from tests.reliability.mutations import MUTATIONS

#: Released documents spread over every shape the corpus labels (short to long within each) and
#: three negatives: 63 excerpts.
SAMPLE = (
    "bath-north-east-somerset-2006-cypp-linkages",
    "bournemouth-2014-youth-justice-plan-priority-areas",
    "bracknell-forest-2019-council-plan-themes",
    "bristol-2022-corporate-strategy-contents-themes",
    "cambridgeshire-2007-vision-community-strategy-themes",
    "camden-2006-local-area-agreement-contents",
    "cornwall-2017-strategic-risks-q4",
    "croydon-2020-cypf-plan",
    "cumbria-2015-childrens-improvement-plan-contents",
    "derbyshire-2025-council-plan-strategic-objectives",
    "devon-2017-cypf-plan-at-a-glance",
    "ealing-2006-cypp-web-page-plans-and-reviews",
    "east-riding-2013-cyp-strategic-plan-foreword",
    "enfield-2023-youth-justice-plan-introduction",
    "gateshead-2020-youth-justice-plan-service-improvement-priority-1",
    "hackney-2023-send-strategy-scrutiny-minutes",
    "hampshire-2009-local-area-agreement-refresh-report",
    "hampshire-2012-cypp-priority2",
    "herefordshire-2019-cypp-action-plan",
    "hillingdon-2020-safeguarding-partnership-priorities",
    "hillingdon-2025-youth-offer-update-minutes",
    "hounslow-2015-panel-minutes-young-people-items",
    "hull-2007-one-hull-laa-performance-return",
    "isle-of-wight-2006-jar-action-plan-cabinet-report",
    "leeds-2009-cypp-contents-pledge",
    "leicester-2015-ofsted-inspection-report-judgements",
    "leicestershire-2019-ofsted-improvement-plan-minutes",
    "liverpool-2018-cyps-business-plan-foreword",
    "medway-2013-council-plan-q2-children-measures-minutes",
    "merton-2015-hwb-delivery-plan-good-start",
    "merton-2015-hwb-delivery-plan-good-start-columns",
    "newham-2021-year-end-performance-report-cyp",
    "north-somerset-2008-childcare-learning-play-service-plan",
    "north-yorkshire-2014-young-and-yorkshire-contents",
    "north-yorkshire-2021-executive-performance-report-q1",
    "northamptonshire-2010-corporate-performance-report-contents",
    "nottingham-city-2015-council-plan-key-objectives",
    "nottinghamshire-2014-cypf-plan-priorities",
    "nottinghamshire-2017-cyp-departmental-strategy-contents",
    "peterborough-2008-sustainable-community-strategy-contents",
    "plymouth-2018-corporate-plan-activity-updates-contents",
    "rotherham-2013-yos-improvement-action-plan",
    "rotherham-2022-council-plan-child-performance-measures",
    "salford-2004-pledge-improving-health-key-indicators",
    "salford-2007-worsley-boothstown-cyp-task-group-action-plan",
    "sandwell-2013-childrens-centres-monitoring-framework",
    "solihull-2008-laa-cyp-performance",
    "somerset-2024-childrens-transformation-minutes-workstreams",
    "staffordshire-2009-strategic-plan-contents",
    "stockton-2010-cabinet-minutes-decisions",
    "thurrock-2007-children-plan-leaflet-goals",
    "torbay-2009-apa-action-plan",
    "torbay-2016-improvement-action-tracker",
    "trafford-2008-vision-2021-blueprint",
    "wakefield-2019-our-promise-children-young-people-news",
    "walsall-2007-cyps-directorate-plan-contents",
    "waltham-forest-2016-corporate-performance-report-q2-summary",
    "waltham-forest-2019-yos-strategic-plan-contents",
    "warrington-2019-cabinet-agenda-ofsted-performance",
    "warwickshire-2023-youth-justice-plan-priorities-minutes",
    "westmorland-and-furness-2024-ambition-for-every-child-news",
    "wirral-2013-safeguarding-children-board-business-plan-priorities",
    "york-2009-cypp-executive-minutes",
)
#: How long one mutated excerpt may take to read (on an idle machine the slowest takes under 0.2 s).
MAX_SECONDS = 10.0


@pytest.fixture(scope="module")
def sample() -> list[wild.WildDocument]:
    """Return the sample's documents from the wild corpus."""
    chosen = set(SAMPLE)
    return [document for document in wild.read_corpus() if document.stem in chosen]


def test_the_sample_is_released_and_holds_every_shape(sample: list[wild.WildDocument]) -> None:
    released = [document for document in wild.read_corpus() if document.split not in wild.HELD_OUT]
    assert sorted(document.stem for document in sample) == sorted(SAMPLE)
    assert not [document.stem for document in sample if document.split in wild.HELD_OUT]
    assert {shape for document in sample for shape in document.shapes} == {
        shape for document in released for shape in document.shapes
    }
    assert any(not document.expected for document in sample)


def _outcome(path: Path) -> str:
    """Return "items" when the engine reads items from ``path``, "error" for a one-line error, and
    "nothing" when it reads no item yet says nothing; any other exception escapes to the test."""
    try:
        extraction = extract(read_document(path))
    except CouncilKGError as error:
        assert "\n" not in str(error).strip()
        return "error"
    found = extraction.outcomes or extraction.priorities or extraction.actions
    return "items" if found or extraction.indicators or extraction.risks else "nothing"


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_a_mutated_excerpt_reads_or_fails_in_one_line(
    mutation: str, sample: list[wild.WildDocument], tmp_path: Path
) -> None:
    mutate = MUTATIONS[mutation]
    outcomes: dict[str, str] = {}
    for document in sample:
        path = tmp_path / f"{document.stem}.txt"
        path.write_text(mutate(document.text), encoding="utf-8", newline="")
        start = time.monotonic()
        outcomes[document.stem] = _outcome(path)
        seconds = time.monotonic() - start
        assert seconds < MAX_SECONDS, f"{mutation} {document.stem}: {seconds:.1f} s"
    assert not [stem for stem, outcome in outcomes.items() if outcome == "nothing"]
    assert "items" in outcomes.values()
