"""The bundled profile ``councilkg/data/profiles/herefordshire-cyp-directorate-plan-2009-11.toml``, the
loader ``herefordshire-directorate-2009`` since it replaced the Python module: what it gives as the
module gave it (held to the module's golden file,
``tests/data/golden/herefordshire-cyp-directorate-plan-2009-11.nq.gz``, quad for quad), and a heading
printed as a table row (``in_rows``)."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

import pytest

from councilkg.data import bundled_plans
from councilkg.documents.document import Document, read_document
from councilkg.errors import LoaderError
from councilkg.loaders.generic.engine import load_with_profile
from councilkg.loaders.generic.profilefile import profile_from_data, read_profile
from councilkg.loaders.model import Extraction
from tests.loaders.golden import golden_quads
from tests.loaders.test_herefordshire_golden import GOLDEN, GOLDEN_PLAN, PLAN, PLAN_FILE

PROFILE = (
    Path(__file__).resolve().parents[3]
    / "councilkg"
    / "data"
    / "profiles"
    / "herefordshire-cyp-directorate-plan-2009-11.toml"
)


@pytest.fixture(scope="module")
def document() -> Document:
    """The bundled plan."""
    return read_document(PLAN_FILE)


@pytest.fixture(scope="module")
def reading(document: Document) -> Extraction:
    """The plan as the engine reads it with the profile."""
    return load_with_profile(document, read_profile(PROFILE))


#: The module's plan graph as the profile gives it: the golden quads it gives (at least) and the quads it
#: gives that the golden file lacks (at most), but for the engine's own provenance: all 9,238, none more.
GOLDEN_QUADS_GIVEN = 9238
EXTRA_QUADS_AT_MOST = 0


def _about_the_plan(quads: set[str]) -> set[str]:
    return {quad for quad in quads if quad.startswith(f"<{PLAN}> ")}


def test_the_plan_node_and_its_partners_are_the_modules(reading: Extraction, document: Document) -> None:
    """Title, type, years, council, source line, the four plans it draws on and the ten Children's
    Trust members (a sentence listing them, ``[[partners]] listed``), triple for triple as the module
    states them: the plan node's 25 triples and the partner bodies' 63."""
    golden = golden_quads(GOLDEN)
    found = GOLDEN_PLAN.quads(reading, document)
    assert _about_the_plan(found) == _about_the_plan(golden) and len(_about_the_plan(golden)) == 25
    partners = {quad for quad in golden if "/partner/" in quad.split(" ")[0]}
    assert {quad for quad in found if "/partner/" in quad.split(" ")[0]} == partners and len(partners) == 63
    assert [(body.name, body.description) for body in reading.partners][2:4] == [
        ("NHS Herefordshire", "including GPs"),
        ("Representatives from the voluntary and community (third) sector", None),
    ]


def test_a_partner_list_rule_names_no_partner_of_its_own(tmp_path: Path) -> None:
    """``listed`` needs its group ``list`` and stands alone."""
    for rule, error in (
        (
            "listed = 'Members: (?P<list>.+)'\nname = 'x'",
            "partners[0].name: a rule with listed names no partner",
        ),
        ("listed = 'Members: .+'", "partners[0].listed: needs the group (?P<list>...)"),
    ):
        path = tmp_path / "p.toml"
        path.write_text(f"[[partners]]\n{rule}\n", encoding="utf-8")
        with pytest.raises(LoaderError, match=re.escape(error)):
            read_profile(path)


def test_the_six_directorate_priorities(reading: Extraction) -> None:
    """One DIRECTORATE PRIORITY heading is a line, five are table rows: six priorities at their lines."""
    assert [(p.source_line, " ".join(p.label.split()[:4])) for p in reading.priorities] == [
        (422, "To ensure that children"),
        (450, "To embed safeguarding arrangements"),
        (486, "To focus on early"),
        (516, "To build high achieving,"),
        (584, "To be ambitious for"),
        (618, "To create and sustain"),
    ]


def test_it_recognises_its_plan_only() -> None:
    """The title in the first lines and the words DIRECTORATE PRIORITY: this plan, no other bundled one."""
    recognise = read_profile(PROFILE).recognise
    assert recognise is not None
    scores = {
        plan.path.name: recognise.score(read_document(plan.path).lines, read_document(plan.path).text)
        for plan in bundled_plans()
    }
    assert scores == {name: float(name == PLAN_FILE.name) for name in scores}


def test_a_heading_printed_as_a_table_row() -> None:
    """With ``in_rows``, a tab-separated row whose cells joined by spaces match the heading pattern is
    the heading; without it, the row is not."""
    text = (
        "Our Plan 2009-2011\n\nDIRECTORATE PRIORITY\tTo embed safeguarding arrangements\t\t\n"
        "Project Area\tActions\tTimescale\nSafer homes\tInspect homes\tJune 2009\n"
    )
    profile = """
[profile]
outline = false
[[sections]]
match = '^DIRECTORATE PRIORITY\\s+(?P<label>\\S.+)$'
kind = "priority"
in_rows = true
"""
    found = load_with_profile(
        Document.from_text("p.txt", text), profile_from_data(tomllib.loads(profile), Path("p.toml"))
    )
    assert [(p.label, p.source_line) for p in found.priorities] == [("To embed safeguarding arrangements", 3)]
    assert [(a.label, a.supports) for a in found.actions] == [
        ("Inspect homes", ["to-embed-safeguarding-arrangements"])
    ]
    without = profile_from_data(tomllib.loads(profile.replace("in_rows = true", "")), Path("p.toml"))
    assert load_with_profile(Document.from_text("p.txt", text), without).priorities == []


def test_progress_towards_the_golden_file(document: Document) -> None:
    """The profile gives at least the golden quads it gave last, and no more extra quads (read without
    the engine's reading rule and confidence, which the module does not state)."""
    found = load_with_profile(document, read_profile(PROFILE))
    found = dataclasses.replace(
        found,
        priorities=[dataclasses.replace(item, reading=None) for item in found.priorities],
        actions=[dataclasses.replace(item, reading=None) for item in found.actions],
        indicators=[dataclasses.replace(item, reading=None) for item in found.indicators],
        risks=[dataclasses.replace(item, reading=None) for item in found.risks],
    )
    golden = golden_quads(GOLDEN)
    quads = GOLDEN_PLAN.quads(found, document)
    assert len(quads & golden) >= GOLDEN_QUADS_GIVEN
    assert len(quads - golden) <= EXTRA_QUADS_AT_MOST
