"""One authority per council: names compared in normal form, GSS codes first (issue 20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilkg import api
from councilkg.build.authorities import KnownAuthority, known_authorities, match_authority
from councilkg.errors import CouncilKGError, LoaderError
from councilkg.loaders.model import PlanInfo
from councilkg.loaders.parsing.identity import PlanIdentity
from councilkg.store.embedded import EmbeddedStore
from councilkg.text import authority_key, council_short_name

GENERIC = Path(__file__).resolve().parents[1] / "data" / "generic"
NORTHMOOR = KnownAuthority("northmoor", "Northmoor", ("Northmoor",), "E06000099")
KNOWN = (
    KnownAuthority("lambeth", "Lambeth", ("Lambeth", "London Borough of Lambeth"), "E09000022"),
    NORTHMOOR,
)


def _info(authority: str, label: str | None = None, gss: str | None = None) -> PlanInfo:
    return PlanInfo(
        authority, "plan-2010-13", "Plan", "ServicePlan", 2010, 2013, 1, authority_label=label, gss=gss
    )


@pytest.mark.parametrize(
    "name",
    [
        "Northmoor",
        "Northmoor Borough Council",
        "Northmoor Council",
        "Northmoor City Council",
        "Northmoor County Council",
        "Northmoor Metropolitan Borough Council",
        "London Borough of Northmoor",
        "Royal Borough of Northmoor",
        "City of Northmoor",
        "Northmoor, City of",
        "  northmoor   BOROUGH council ",
    ],
)
def test_council_names_have_one_key(name: str) -> None:
    """Every usual way of naming a council compares equal to its place name."""
    assert authority_key(name) == "northmoor"


def test_and_and_ampersand_and_hyphens_compare_equal() -> None:
    assert authority_key("Brighton & Hove City Council") == authority_key("Brighton and Hove")
    assert authority_key("Stoke-on-Trent City Council") == authority_key("Stoke on Trent")
    assert authority_key("Northmoor") != authority_key("Southmoor")


def test_a_stated_council_mints_the_slug_of_its_place() -> None:
    """``--council "Northmoor Borough Council"`` makes id:authority/northmoor, as a guess "Northmoor" does."""
    assert PlanIdentity(council="Northmoor Borough Council").authority_slug == "northmoor"
    assert council_short_name("Royal Borough of Kensington and Chelsea") == "Kensington and Chelsea"


def test_a_name_of_a_known_authority_joins_it() -> None:
    info, match = match_authority(_info("northmoor-bc", "Northmoor Borough Council"), KNOWN)
    assert (info.authority, info.authority_label, info.gss) == ("northmoor", "Northmoor", "E06000099")
    assert match is not None and match.by == "name" and match.given == "Northmoor Borough Council"
    assert "existing authority Northmoor (id:authority/northmoor)" in match.describe()


def test_a_gss_code_wins_over_the_name() -> None:
    info, match = match_authority(_info("lambeth-council", "Lambeth Council", "E06000099"), KNOWN)
    assert info.authority == "northmoor" and match is not None and match.by == "GSS code"


def test_the_same_name_with_another_code_is_refused() -> None:
    with pytest.raises(CouncilKGError, match="whose GSS code is E06000099, not E06000001"):
        match_authority(_info("northmoor", "Northmoor", "E06000001"), KNOWN)


def test_an_authority_named_as_the_store_names_it_is_no_match() -> None:
    """A bundled plan (no label) or a plan naming the authority exactly is unchanged, with nothing to say."""
    for info in (_info("lambeth"), _info("northmoor", "Northmoor")):
        assert match_authority(info, KNOWN) == (info, None)
    new = _info("southmoor", "Southmoor")
    assert match_authority(new, KNOWN) == (new, None)


def test_the_shipped_authorities_are_known_in_an_empty_store() -> None:
    with EmbeddedStore.open(":memory:") as store:
        known = {k.slug: k for k in known_authorities(store)}
    assert known["lambeth"].gss == "E09000022"
    assert "London Borough of Lambeth" in known["lambeth"].names


def test_a_guessed_council_and_a_stated_one_are_one_authority() -> None:
    """The issue's case: a plan guessed as "Northmoor", then one loaded as "Northmoor Borough Council"."""
    with EmbeddedStore.open(":memory:") as store:
        first = api.load_plans(store, [GENERIC / "northmoor-cypp-2010-13.txt"])
        themes = GENERIC / "northmoor-themes-2010-13.txt"
        second = api.load_plans(
            store, [themes], identities={themes: PlanIdentity(council="Northmoor Borough Council")}
        )
        assert first[0].authority_match is None
        match = second[0].authority_match
        assert match is not None and match.authority.slug == "northmoor"
        assert second[0].council == "Northmoor"
        found = [a for a in api.authorities(store) if "northmoor" in a.iri]
        assert [(a.label, len(a.plans)) for a in found] == [("Northmoor", 2)]


def test_a_code_clash_writes_nothing() -> None:
    with EmbeddedStore.open(":memory:") as store:
        plan = GENERIC / "northmoor-cypp-2010-13.txt"
        api.load_plans(store, [plan], identities={plan: PlanIdentity(council="Northmoor", gss="E06000099")})
        before = sorted(str(q) for q in store.quads(include_private=True))
        clash = GENERIC / "northmoor-themes-2010-13.txt"
        with pytest.raises(LoaderError, match="GSS code is E06000099, not E06000098"):
            api.load_plans(
                store, [clash], identities={clash: PlanIdentity(council="Northmoor", gss="E06000098")}
            )
        assert sorted(str(q) for q in store.quads(include_private=True)) == before
