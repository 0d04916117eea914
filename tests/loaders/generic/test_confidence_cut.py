"""A profile's ``min_confidence`` leaves out the items read with less confidence, and says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from councilkg.cli.main import cli
from councilkg.documents.document import Document
from councilkg.errors import UnknownLayoutError
from councilkg.loaders.generic.confidencecut import BELOW, cut_below
from councilkg.loaders.generic.engine import inspect_plan, read_plan
from councilkg.loaders.generic.profile import Profile
from councilkg.loaders.model import Action, Extraction, Indicator, PlanInfo, Priority, Reading
from tests.loaders.generic.reading import assert_profile_error

# http://www.gateshead.gov.uk/childrenstrust/GatesheadChildrensTrust/ChildrenandYoungPeoplesPlan.aspx
# (wild corpus: gateshead-2012-cypp-objectives): four objectives after a lead-in counting them, read
# at 0.94, and a "We will" sentence of narrative under them, read as an action at 0.32.
GATESHEAD = """Children Gateshead - The plan for children, young people and families in Gateshead

It identifies four strategic objectives for partners to achieve, and is backed by a new focus on \
commissioning as the basis for how we will deliver them:

  1. Safeguarding children and young people
  2. Tackling poverty
  3. Starting and staying healthy and safe
  4. Attainment, achievement and ambition

We will develop an annual commissioning plan to set out how we will deliver these objectives, and we \
will engage widely in the development of our joint approach.
"""


def test_without_a_floor_every_item_is_read_with_its_confidence() -> None:
    extraction = read_plan(Document.from_text("gateshead.txt", GATESHEAD))
    assert len(extraction.priorities) == 4 and len(extraction.actions) == 1
    assert extraction.actions[0].reading is not None and extraction.actions[0].reading.confidence < 0.5


def test_a_floor_leaves_out_the_items_under_it_and_places_their_lines() -> None:
    extraction = read_plan(Document.from_text("gateshead.txt", GATESHEAD), Profile(min_confidence=0.5))
    assert [p.label for p in extraction.priorities] == [
        "Safeguarding children and young people",
        "Tackling poverty",
        "Starting and staying healthy and safe",
        "Attainment, achievement and ambition",
    ]
    assert extraction.actions == []
    assert extraction.placed[10] == BELOW  # the "We will" sentence's line


def test_a_plan_whose_every_item_is_under_the_floor_is_refused_saying_how_many() -> None:
    document = Document.from_text("gateshead.txt", GATESHEAD)
    with pytest.raises(UnknownLayoutError, match=r"no plan items found at confidence 0\.99 or more \(5 read"):
        read_plan(document, Profile(min_confidence=0.99))
    seen = inspect_plan(document, Profile(min_confidence=0.99))
    assert seen.items == [] and seen.refused is not None and "5 read below it" in seen.refused


def test_the_floor_drops_the_links_to_the_items_it_leaves_out() -> None:
    extraction = Extraction(PlanInfo("x", "p", "Plan", "ServicePlan", 2010, 2011, 1), "generic")
    extraction.priorities = [
        Priority("safe", "Keeping children safe", 1, reading=Reading("heading above a list", 0.22)),
        Priority(
            "homes", "Safer homes", 2, parent="safe", reading=Reading("heading: labelled priority", 0.68)
        ),
    ]
    extraction.actions = [
        Action("audit", "Audit every plan", 3, supports=["safe", "homes"], reading=Reading("lead-in", 0.75))
    ]
    extraction.indicators = [
        Indicator("ni", "Re-referrals", 4, measures=["safe"], reading=Reading("table", 0.9))
    ]
    assert cut_below(extraction, 0.5) == 1
    assert [p.key for p in extraction.priorities] == ["homes"] and extraction.priorities[0].parent is None
    assert extraction.actions[0].supports == ["homes"] and extraction.indicators[0].measures == []
    assert extraction.placed == {1: BELOW}


@pytest.mark.parametrize("value", ["2", "-0.1", "'high'", "true"])
def test_min_confidence_is_a_number_from_0_to_1(tmp_path: Path, value: str) -> None:
    assert_profile_error(
        tmp_path,
        f"[profile]\nmin_confidence = {value}\n",
        "profile.min_confidence: must be a number from 0 to 1",
    )


def test_load_with_a_floor_in_the_profile_writes_the_items_over_it(tmp_path: Path) -> None:
    plan = tmp_path / "gateshead-2012-cypp.txt"
    plan.write_text(GATESHEAD, encoding="utf-8")
    profile = tmp_path / "floor.toml"
    profile.write_text("[profile]\nname = 'floor'\nmin_confidence = 0.5\n", encoding="utf-8")
    store = str(tmp_path / "store")
    args = ["load", str(plan), "--profile", str(profile), "--council", "Gateshead", "--store", store]
    result = CliRunner().invoke(cli, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"priorities": 4' in result.output and '"actions": 0' in result.output
    profile.write_text("[profile]\nname = 'floor'\nmin_confidence = 0.99\n", encoding="utf-8")
    refused = CliRunner().invoke(
        cli, ["load", str(plan), "--profile", str(profile), "--store", str(tmp_path / "s2")]
    )
    assert refused.exit_code != 0
    assert "no plan items found at confidence 0.99 or more (5 read below it)" in refused.output
    assert "Traceback" not in refused.output
