"""A contents page's back matter (annexes, appendices, acknowledgements) is never one of the plan's
items, whatever it is printed after or with.

The snippets are cut from the wild corpus (``tests/corpus/wild/``), as their stored pages give them.
"""

from __future__ import annotations

from tests.loaders.generic.reading import read

#: Stockton-on-Tees Borough Council Plan 2007-2010, its contents page
#: (https://docest.com/doc/284983/stockton-on-tees-borough-council-s2).
STOCKTON_2007 = (
    "Contents / Page\n"
    "Foreword by the Leader & Chief Executive / 3\n"
    "Section 7 / Key organisational priorities:\n"
    "·  Leadership and effective partnerships\n"
    "·  Focus on residents and customers\n"
    "·  Performance and resource management\n"
    "Section 8 / Medium Term Financial Plan / 54\n"
    "Section 9 / Improvement Action Plan\n"
    "·  Service Priorities\n"
    "·  Organisational Priorities / 57\n"
    "Annex 1 / Corporate Working Groups / 96\n"
    "Annex 2 / Abbreviations and Key Terms / 100\n"
)


def test_annexes_after_an_entry_naming_priorities_are_none_of_them() -> None:
    """The entry "Organisational Priorities" names a kind, but the annexes printed after it are the
    plan's back matter: the section of its items ends there, and gives none."""
    labels = [priority.label for priority in read(STOCKTON_2007).priorities]
    assert labels == [
        "Leadership and effective partnerships",
        "Focus on residents and customers",
        "Performance and resource management",
    ]
