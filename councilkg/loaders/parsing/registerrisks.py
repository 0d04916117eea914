"""Risks that minutes name by their number or code on a risk register: "The assessment of risk 56, Towns
Fund Programme, had increased from amber to red", "there had been one risk added to the Register: Risk
40 – Mainstream Education Sufficiency.", "… a report … relative to a Deep Dive of the CR17 Safeguarding
Risk."

The register's reference is the evidence: the word "risk" and a number, then the risk's name set off by
a comma or a dash; or a code of capitals and digits, the risk's name in capitals, then the word "Risk".
The name ends at a comma outside brackets, a semicolon or the sentence's end. Minutes often name the
red and amber risks first and then one of them by its number ("The risks categorised as red … related
to children's social care, …" / "The assessment of risk 4 on the register, children's social care, had
reduced"): that is the risk read before, not a new one (:func:`named_before`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.text import to_clause_end

#: "risk 56, Towns Fund Programme, …", "risk 4 on the register, children's social care, …", "Risk 40 – …"
_NUMBERED = re.compile(
    r"\b(?P<word>risk)\s+(?P<number>\d{1,3}[a-z]?)"
    # "risk 3, which …", "risk 2, and …": a clause goes on, no name follows
    r"(?:\s+on\s+the\s+(?:\w+\s+){0,2}?register)?(?:,|\s+[–—-])\s+"
    r"(?!(?:which|that|and|but|or|with|where|as|in|of|to|was|is|had|has)\b)(?=[A-Za-z‘“\"])",
    re.IGNORECASE,
)
#: "the CR17 Safeguarding Risk": a register's code, a name in capitals, then the word.
_CODED = re.compile(
    r"\b(?P<code>[A-Z]{1,4}\d{1,4})\s+(?P<name>[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|and|of|&)){0,5})\s+Risk\b"
)
MAX_NAME_WORDS = 12


def risks_by_register_ref(text: str) -> list[tuple[str, str]]:
    """Return (reference, name) of each risk ``text`` names by its register number or code, in order.

    Example:
        >>> risks_by_register_ref("The assessment of risk 56, Towns Fund Programme, had increased.")
        [('56', 'Towns Fund Programme')]
        >>> risks_by_register_ref("a report relative to a Deep Dive of the CR17 Safeguarding Risk.")
        [('CR17', 'Safeguarding')]
        >>> risks_by_register_ref("There were 12 risks, 3 of them red.")
        []
    """
    found: list[tuple[int, str, str]] = []
    for named in _NUMBERED.finditer(text):
        name = to_clause_end(text[named.end() :])
        found.append((named.start(), named.group("number"), name))
    for coded in _CODED.finditer(text):
        found.append((coded.start(), coded.group("code"), coded.group("name")))
    risks = []
    for _, ref, name in sorted(found):
        name = " ".join(name.split()).strip(' ‘’“”"')
        if 1 <= len(name.split()) <= MAX_NAME_WORDS:
            risks.append((ref, name))
    return risks


def named_before(name: str, labels: Sequence[str]) -> int | None:
    """Return the index of the first of ``labels`` naming the risk ``name`` names, else ``None``: the same
    words once asides in brackets and a leading "the" are set aside, or the first words of it.

    Example:
        >>> named_before("Oracle Fusion (previously referenced as Business Management System)",
        ...              ["GDPR", "Oracle Fusion (business management system) implementation"])
        1
    """
    words = _words(name)
    for index, label in enumerate(labels):
        other = _words(label)
        if words and other and (other[: len(words)] == words or words[: len(other)] == other):
            return index
    return None


def _words(label: str) -> list[str]:
    """Return the words of ``label`` without its asides in brackets and a leading "the", case-folded."""
    words = re.findall(r"[\w’']+", re.sub(r"\([^()]*\)", " ", label).casefold())
    return words[1:] if words[:1] == ["the"] else words
