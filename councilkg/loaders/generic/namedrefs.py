"""Indicators and risks the prose names by their reference, as committee minutes and reports do.

Minutes of a scrutiny or audit committee, and the narrative of a performance report, name the
measures and risks they discuss by the plan's own references, in sentences: "In relation to C1 –
children's participation in child protection conferences she stated…", "the downward trend in
respect of indicator 1005 ‘use of in-house foster carers’", "• NI 117 16 to 18 year olds who are not
in education…", "Councillor Yusuf requested PEO/1819-01 Failure to protect Children". Each such
reference with a title (:func:`~councilkg.loaders.parsing.refs.named_refs`) becomes an indicator or
a risk, once per reference, on the lines no other rule read.

Which kind: a national code is an indicator; otherwise the word before the code says it ("risk
CSD0016"), or else what the document talks about — risks, or indicators, measures and targets. A
document that names neither gives no item this way, so a code in plain narrative is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from councilkg.loaders.generic.outlineitems import KeyMaker
from councilkg.loaders.model import Extraction, Indicator, Reading, Risk
from councilkg.loaders.parsing.refs import NamedRef, named_refs
from councilkg.text import clean_text, national_codes_in

RULE_NAMED_REF = "reference named in a sentence"
#: Longer lines are not searched (the finder is linear, but a 10 MB line is no sentence of minutes).
MAX_SENTENCE_CHARS = 6_000
_RISK_WORDS = re.compile(r"\brisks?\b", re.IGNORECASE)
_MEASURE_WORDS = re.compile(
    r"\b(?:indicators?|measures?|KPIs?|PIs?|targets?|performance|scorecard)\b", re.IGNORECASE
)


def read_named_refs(
    lines: Sequence[str], extraction: Extraction, new_key: KeyMaker, skip: Callable[[int], bool]
) -> None:
    """Add to ``extraction`` an indicator or risk for each reference ``lines`` name with a title in a
    sentence, once per reference and leaving out references already read; returns nothing.

    ``skip`` says which line numbers another reader already read.

    Example:
        >>> from councilkg.loaders.model import PlanInfo
        >>> found = Extraction(PlanInfo("x", "p", "Plan", "ServicePlan", 2010, 2011, 1), "generic")
        >>> read_named_refs(["Audit Committee: risk register", "The Chair asked about the corporate risk "
        ...     "CSD0016 “Death or Serious Harm to a child”."], found, lambda k, t: t, lambda n: False)
        >>> [(r.ref, r.label, r.source_line) for r in found.risks]
        [('CSD0016', 'Death or Serious Harm to a child', 2)]
    """
    text = "\n".join(line for line in lines if len(line) <= MAX_SENTENCE_CHARS)
    risks, measures = len(_RISK_WORDS.findall(text)), len(_MEASURE_WORDS.findall(text))
    document_kind = None if not (risks or measures) else "risk" if risks > measures else "indicator"
    seen = {_ref_key(ref) for ref in _refs_read(extraction)}
    for number, line in enumerate(lines, start=1):
        if skip(number) or len(line) > MAX_SENTENCE_CHARS:
            continue
        for named in named_refs(clean_text(line)):
            kind = _kind(named, document_kind)
            if kind is None or _ref_key(named.code) in seen:
                continue
            seen.add(_ref_key(named.code))
            confidence = 0.5 if named.kind_word is None and not named.quoted and not named.national else 0.7
            reading = Reading(RULE_NAMED_REF, confidence)
            if kind == "risk":
                extraction.risks.append(Risk(named.code, named.label, number, reading=reading))
            else:
                extraction.indicators.append(
                    Indicator(
                        key=new_key("indicator", named.code),
                        label=named.label,
                        source_line=number,
                        ref=named.code,
                        national_codes=national_codes_in(named.code),
                        reading=reading,
                    )
                )


def _kind(named: NamedRef, document_kind: str | None) -> str | None:
    """Return "indicator" or "risk" for a named reference, or ``None`` when nothing says which."""
    if named.national:
        return "indicator"
    if named.kind_word is not None:
        return "risk" if named.kind_word == "risk" else "indicator"
    return document_kind


def _refs_read(extraction: Extraction) -> list[str]:
    """Return the references of the items already read."""
    refs = [item.ref for item in extraction.indicators if item.ref]
    refs += [item.ref for item in extraction.risks if item.ref]
    refs += [item.ref for item in extraction.priorities if item.ref]
    return refs + [item.ref for item in extraction.actions if item.ref]


def _ref_key(ref: str) -> str:
    """Return a reference as compared: "NI 117", "ni117" and "NI117" are one."""
    return re.sub(r"[\s–-]+", "", ref).lower()
