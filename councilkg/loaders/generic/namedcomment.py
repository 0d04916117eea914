"""A risk that minutes list by its name, then a colon and what was said of it: "· Delays
responding to Subject Access Requests: this reflected the impact the cyberattack in October 2020 had
…", "· Budget pressures: the overspend remained a concern, but …".

The item is the name. What follows the colon is a comment on it when it is a clause (five words or
more) starting in lower case; a title's own description ("Co-production: valuing the uniqueness of
all.", or a measure's definition after its short name) is left whole, as the rule applies only to the
risks a lead-in names. A point naming an item, then after a dash what was noted of it ("· Reducing
Re-offending – it was noted that North Yorkshire was …"), is the item by its name too
(:func:`title_before_report`), whatever list it is in.
"""

from __future__ import annotations

import re

from councilkg.loaders.generic.statedlines import reports_what_was
from councilkg.loaders.parsing.sentences import sentences_of

#: "<name>: <a comment starting in lower case>"; the name holds no sentence's end.
_NAME_THEN_COMMENT = re.compile(r"^(?P<name>[^:.;!?]+?)\s*:\s+(?P<comment>[a-z][^:]*)$")
MAX_NAME_WORDS = 12
MIN_COMMENT_WORDS = 5


def name_before_comment(text: str) -> str | None:
    """Return the name a list item gives before a colon and a comment on it, else ``None``.

    Example:
        >>> name_before_comment("Budget pressures: the overspend remained a concern, but the override "
        ...                     "had been extended to March 2026.")
        'Budget pressures'
        >>> name_before_comment("Cyber - Risk of loss from cyber attack") is None
        True
        >>> name_before_comment("Safeguarding: see below") is None
        True
    """
    found = _NAME_THEN_COMMENT.match(text.strip())
    if found is None:
        return None
    name = found.group("name").strip()
    if not 2 <= len(name.split()) <= MAX_NAME_WORDS or not name[:1].isupper():
        return None
    if len(found.group("comment").split()) < MIN_COMMENT_WORDS:
        return None
    return name


#: "The challenge of recruiting permanent experienced social work staff.": a sentence naming a risk, before
#: more on how it stands.
_NAMING_SENTENCE = re.compile(r"[A-Z][^.;:]{10,200}?[a-z]{2}\.")


def risk_before_comment(text: str) -> str | None:
    """Return the name a risk list's item gives before a colon and a comment, or the sentence naming it
    before more on how it stands, else ``None``.

    Example:
        >>> risk_before_comment("The challenge of recruiting permanent experienced social work staff. "
        ...                     "Currently, 26% of social work staff were agency workers.")
        'The challenge of recruiting permanent experienced social work staff.'
        >>> risk_before_comment("Maintaining the pace of improvement despite financial constraints.") is None
        True
    """
    if (name := name_before_comment(text)) is not None:
        return name
    sentences = sentences_of(text)
    return sentences[0] if len(sentences) > 1 and _NAMING_SENTENCE.fullmatch(sentences[0]) else None


#: "Reducing Re-offending – it was noted that …": a point's title, a spaced dash, then what was said of it;
#: "A greener, brighter future – the environment was at the forefront of …": or how it was spoken of.
_TITLE_THEN_SAID = re.compile(
    r"^(?P<title>[A-Z][^.;:–—]{2,100}?)\s+[–—-]\s+(?P<said>(?:it\s+was\s+(?:noted|reported|agreed|explained|"
    r"confirmed|highlighted|stated)|(?-i:(?:this|that|these|those|it|the\s+[a-z]+))\s+(?:was|were))\b.*)$",
    re.IGNORECASE | re.DOTALL,
)


def title_before_report(text: str) -> str | None:
    """Return the title of a point that names an item, then after a dash reports what was said of it
    ("Reducing Re-offending – it was noted that North Yorkshire was …"), else ``None``.

    Example:
        >>> title_before_report("Reducing Re-offending – it was noted that the rate was higher;")
        'Reducing Re-offending'
        >>> title_before_report("Robust measures were in place – it was noted that staff met") is None
        True
        >>> title_before_report("A greener, brighter future – the environment was at the forefront of")
        'A greener, brighter future'
        >>> title_before_report("Safer streets – The Board was told of the plan") is None
        True
    """
    found = _TITLE_THEN_SAID.match(text)
    if found is None or reports_what_was(found.group("title") + " "):  # "… had fallen": said at its end too
        return None
    return found.group("title")


#: "Reported incidents of domestic abuse (M7) – this measure included …", "Excess weight in children (PH14
#: and PH15) – comment was made …": a measure named with its codes in brackets, then after a dash what
#: was said of it.
_CODED_THEN_COMMENT = re.compile(
    r"^(?P<name>[A-Z][^()–—:;]{3,120}?)\s*\((?P<code>[A-Z]{1,4}\s?\d{1,3}[a-z]?)"
    r"(?:\s*(?:and|&|,|/)\s*[A-Z]{1,4}\s?\d{1,3}[a-z]?)*\)\s*[–—-]\s+\S"
)


def measure_before_comment(text: str) -> tuple[str, str] | None:
    """Return the name and code of a point naming a measure with its code in brackets, then after a
    dash what was said of it, else ``None``.

    Example:
        >>> measure_before_comment("Reported incidents of domestic abuse (M7) – this measure included new "
        ...                        "cases and repeat offences.")
        ('Reported incidents of domestic abuse', 'M7')
        >>> measure_before_comment("Excess weight in children (PH14 and PH15) – comment was made that …")
        ('Excess weight in children', 'PH14')
        >>> measure_before_comment("Early help (2019) – it was noted that …") is None
        True
    """
    found = _CODED_THEN_COMMENT.match(text.strip())
    return (found.group("name"), found.group("code")) if found else None
