"""A contents page's back matter ("Annex 1 / …", "Appendix", "Glossary") is never one of the items an
entry above it names (contentsthemes.is_back_matter)."""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Stockton-on-Tees Borough Council's Council Plan 2007-2010, contents,
#: https://docest.com/doc/284983/stockton-on-tees-borough-council-s2
STOCKTON = "\n".join(
    [
        "Contents / Page",
        "Foreword by the Leader & Chief Executive / 3",
        "Section 1 / Purpose, Vision and Priorities / 5",
        "Section 2 / Planning Framework - Promoting Achievement and Tackling Disadvantage / 11",
        "Section 3 / Understanding the Borough / 14",
        "Section 4 / Understanding the Council / 24",
        "Section 5 / Achievements in 2005/6 / 27",
        "Section 6 / Key Service Priorities:",
        "·  Children and Young People",
        "·  Health and Communities and Adults",
        "·  Community Safety",
        "·  Economic Regeneration and Transport",
        "·  Liveability (including environment, housing and civic renewal) / 32",
        "32",
        "33",
        "34",
        "35",
        "36",
        "Section 7 / Key organisational priorities:",
        "·  Leadership and effective partnerships",
        "·  Focus on residents and customers",
        "·  Performance and resource management",
        "·  People development and learning / 39",
        "40",
        "47",
        "49",
        "52",
        "Section 8 / Medium Term Financial Plan / 54",
        "Section 9 / Improvement Action Plan",
        "·  Service Priorities",
        "·  Organisational Priorities / 57",
        "Annex 1 / Corporate Working Groups / 96",
        "Annex 2 / Abbreviations and Key Terms / 100",
        "",
    ]
)


def test_annexes_after_a_contents_pages_priorities_are_none_of_them() -> None:
    labels = [priority.label for priority in read(STOCKTON).priorities]
    assert "Leadership and effective partnerships" in labels
    assert not [label for label in labels if label.startswith("Annex")]
