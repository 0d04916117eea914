"""Text as plans print it, made plain: markup and spacing removed, slugs, and national indicator codes.

A leaf every room may use: nothing here knows a plan, a loader or a store. Each helper takes the
text as printed and returns a normalised value, or ``None`` when the text does not say; none
raises on odd text.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata

_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]{0,200}>")
_INLINE_TAG = re.compile(r"<\s*/?\s*(?:sup|sub)\s*>", re.IGNORECASE)  # "2<sup>nd</sup>" is one word
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
#: What :func:`clean_text` changes: a tag, an entity, emphasis, a space other than one ASCII space
#: between words. Most lines hold none of it, and the engine cleans each line many times.
_NOT_CLEAN = re.compile(r"[<&*_\u00a0\u200b]|[^\S ]|  |^ | $")


def clean_text(text: str) -> str:
    """Return ``text`` with HTML tags and entities, Markdown emphasis and extra whitespace removed.

    Example:
        >>> clean_text("  <b>Vision &amp;  Shared</b>\\tPriorities "), clean_text("2<sup>nd</sup> Draft")
        ('Vision & Shared Priorities', '2nd Draft')
    """
    return _remembered(text) if len(text) <= _REMEMBERED_CHARS else _clean_once(text)


#: The engine cleans each line in several passes (about 17 times a line): the last lines cleaned (each
#: this short at most, so the memory stays small) are remembered rather than looked at again.
_REMEMBERED_LINES = 4096
_REMEMBERED_CHARS = 400


def _clean_once(text: str) -> str:
    """Return ``text`` cleaned, or as it is when it holds nothing to clean."""
    return _cleaned(text) if _NOT_CLEAN.search(text) else text


#: :func:`_clean_once`, remembering its answers for the last lines asked about.
_remembered = functools.lru_cache(maxsize=_REMEMBERED_LINES)(_clean_once)


def _cleaned(text: str) -> str:
    """Return ``text`` cleaned as :func:`clean_text` says, whatever it holds."""
    text = _INLINE_TAG.sub("", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = _MARKDOWN_EMPHASIS.sub(r"\2", text)
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    return _SPACE.sub(" ", text).strip()


#: Opening quotation marks and the closing mark each one takes.
_QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}


def unquoted(text: str) -> str:
    """Return ``text`` without the quotation marks that enclose all of it (and a full stop printed
    after the closing mark).

    Example:
        >>> unquoted("“Every child has the best opportunities.”"), unquoted("'Safe' homes for all")
        ('Every child has the best opportunities.', "'Safe' homes for all")
        >>> unquoted('"We will enable children to be happy".')
        'We will enable children to be happy'
    """
    stripped = text.strip()
    if len(stripped) > 3 and stripped[-1] == "." and _QUOTE_PAIRS.get(stripped[0]) == stripped[-2]:
        stripped = stripped[:-1]
    if len(stripped) > 2 and _QUOTE_PAIRS.get(stripped[0]) == stripped[-1]:
        inner = stripped[1:-1]
        if stripped[0] not in inner and stripped[-1] not in inner:
            return inner.strip()
    return stripped


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 60) -> str:
    """Return a lower-case ASCII slug of ``text`` for readable IRIs, cut at a word boundary.

    Example:
        >>> slugify("Director, Children's Social Care")
        'director-childrens-social-care'
        >>> slugify("")
        'item'
    """
    # ASCII text has nothing to decompose or drop (most labels are): only other text is normalised
    ascii_text = (
        text if text.isascii() else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    )
    ascii_text = ascii_text.replace("'", "").replace("\u2019", "").lower()
    slug = _NOT_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "item"


def plain_line(line: str) -> str:
    """Return a Markdown line's text without heading marks, emphasis or tags; a list item's leading
    "* " (an asterisk then a space, never emphasis) is kept, as the line's list mark.

    Example:
        >>> plain_line("### *Our priority is...* **Raising attainment at 19**")
        'Our priority is... Raising attainment at 19'
        >>> plain_line("***Our priority is...* Independence for children**")
        'Our priority is... Independence for children'
        >>> plain_line("  * Be healthy")
        '* Be healthy'
    """
    text = clean_text(line).lstrip("#").strip()
    mark = "* " if text.startswith("* ") else ""
    return mark + clean_text(text.replace("*", " "))


_WORD = re.compile(r"[^\W\d_]{3}")


def has_word(text: str) -> bool:
    """Return whether ``text`` holds a word of three letters or more (not only figures, marks or a
    word cut short such as "Co").

    Example:
        >>> has_word("Early Help"), has_word("Co"), has_word("12 / 3")
        (True, False, False)
    """
    return _WORD.search(text) is not None


_CONNECTOR_AT_END = re.compile(r"(?:\b(?:and|of|on|for|the|to|in|with)|[,&/-])$", re.IGNORECASE)
_CONNECTOR_TAIL = len("with") + 1


def ends_mid_phrase(text: str) -> bool:
    """True when ``text`` ends with a connector ("and", "of", ",", "/"...), so it continues on the next line.

    Example:
        >>> ends_mid_phrase("Head of Safeguarding and"), ends_mid_phrase("Head of Community Operations")
        (True, False)
    """
    # the longest connector and the character before it (which says whether a word starts there)
    return bool(_CONNECTOR_AT_END.search(text.strip()[-_CONNECTOR_TAIL:]))


# --- national indicator codes ---

_NATIONAL_SETS = {"NI": "ni", "BVPI": "bvpi", "PAF": "paf"}


def to_clause_end(text: str) -> str:
    """Return ``text`` up to its sentence's end, a semicolon, or a comma outside brackets.

    Example:
        >>> to_clause_end("risk 56 (Towns Fund, Programme), amber; more")
        'risk 56 (Towns Fund, Programme)'
    """
    depth = 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth <= 0 and (char in ",;" or (char == "." and text[index + 1 : index + 2] in {"", " "})):
            return text[:index]
    return text


def national_code(code: str) -> tuple[str, str] | None:
    """Return ``(set, code)`` for a National Indicator, BVPI or PAF code, else ``None``.

    Example:
        >>> national_code("NI 59"), national_code("BVPI 221B"), national_code("PAF C68")
        (('ni', '59'), ('bvpi', '221b'), ('paf', 'c68'))
        >>> national_code("SE180") is None
        True
    """
    match = re.fullmatch(r"\s*(NI|BVPI|PAF)\s*[/.]?\s*([A-Za-z]?\d{1,3}[A-Za-z]?)\s*", code, re.I)
    if not match:
        return None
    return _NATIONAL_SETS[match.group(1).upper()], match.group(2).lower()


_NATIONAL_CODE_IN_TEXT = re.compile(r"\b(NI|BVPI|PAF)\s*[/.]?\s*([A-Za-z]?\d{1,3}[A-Za-z]?)\b", re.I)


def national_codes_in(text: str) -> list[tuple[str, str]]:
    """Return every National Indicator, BVPI or PAF code printed in ``text``, in order, without repeats.

    Example:
        >>> national_codes_in("PAF A1 (BVPI 49)"), national_codes_in("<b>BVPI 181A</b>")
        ([('paf', 'a1'), ('bvpi', '49')], [('bvpi', '181a')])
        >>> national_codes_in("MR D74")
        []
    """
    found: list[tuple[str, str]] = []
    for match in _NATIONAL_CODE_IN_TEXT.finditer(clean_text(text)):
        code = (_NATIONAL_SETS[match.group(1).upper()], match.group(2).lower())
        if code not in found:
            found.append(code)
    return found


PLAN_NAME_SEPARATOR = " — "
"""Between a plan's council and its title wherever a plan is named: "Lambeth — Children's Plan"."""


def plan_name(council: str | None, title: str | None) -> str | None:
    """Return a plan named as people name it: its council, then its title; ``None`` without a title.

    A title is rarely unique ("Children and Young People's Plan 2010-2013" could be anyone's), so
    every command that names a plan names its council with it.

    Example:
        >>> plan_name("Lambeth", "Children and Young People's Plan 2010-2013")
        "Lambeth — Children and Young People's Plan 2010-2013"
        >>> plan_name(None, "Plan"), plan_name("Lambeth", None)
        ('Plan', None)
        >>> plan_name("Lambeth", "Lambeth Children and Young People's Service — Service Plan 2007-10")
        "Lambeth Children and Young People's Service — Service Plan 2007-10"
    """
    if not title:
        return None
    if not council or re.match(rf"{re.escape(council)}\b", title, re.IGNORECASE):
        return title  # the title names its council already
    return f"{council}{PLAN_NAME_SEPARATOR}{title}"


_COUNCIL_PREFIX = re.compile(
    r"^(?:the\s+)?(?:(?:london|royal|metropolitan|county)\s+borough\s+of|city\s+and\s+county\s+of|"
    r"council\s+of\s+the|borough\s+of|city\s+of|county\s+of|district\s+of|county)\s+",
    re.IGNORECASE,
)
_COUNCIL_SUFFIX = re.compile(
    r"[\s,]+(?:(?:metropolitan\s+borough|metropolitan\s+district|county\s+borough|borough|city|county|"
    r"district|unitary)\s+)?council$|[\s,]+(?:city|county|borough)\s+of$|\s+(?:mbc|bc|cc|dc)$",
    re.IGNORECASE,
)

_COUNCIL_WORD = re.compile(r"council|borough|city|county|district", re.IGNORECASE)


def council_short_name(name: str) -> str:
    """Return a council's name without the words every council's name has ("Borough Council", "London
    Borough of", "City of"...): the place it is named for. A name that is nothing but those words is kept.

    Example:
        >>> council_short_name("Northmoor Borough Council"), council_short_name("London Borough of Lambeth")
        ('Northmoor', 'Lambeth')
        >>> council_short_name("Royal Borough of Kensington and Chelsea")
        'Kensington and Chelsea'
        >>> council_short_name("Bristol, City of"), council_short_name("County Durham")
        ('Bristol', 'Durham')
        >>> council_short_name("County Council")
        'County Council'
    """
    short = " ".join(name.split())
    while True:
        stripped = _COUNCIL_SUFFIX.sub("", _COUNCIL_PREFIX.sub("", short)).strip(" ,")
        if stripped == short or not stripped or _COUNCIL_WORD.fullmatch(stripped):
            return short
        short = stripped


def authority_key(name: str) -> str:
    """Return the form in which two names of one council compare equal: the place name, lower-cased,
    "&" as "and", punctuation as spaces.

    Example:
        >>> authority_key("Northmoor Borough Council") == authority_key("Northmoor")
        True
        >>> authority_key("London Borough of Barking & Dagenham"), authority_key("St. Helens MBC")
        ('barking and dagenham', 'st helens')
        >>> authority_key("Stoke-on-Trent City Council") == authority_key("Stoke on Trent")
        True
    """
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['`]", "", ascii_text.replace("&", " and "))
    short = council_short_name(" ".join(re.sub(r"[^\w,]+", " ", ascii_text).split()))
    return " ".join(re.sub(r"[^\w]+", " ", short.lower()).split())


def normalise_name(text: str) -> str:
    """Return ``text`` lower-cased with apostrophes dropped and other punctuation as spaces.

    Example:
        >>> normalise_name("Kathy O’Mahony, Head of  Operations")
        'kathy omahony head of operations'
    """
    text = re.sub(r"['’‘`]", "", text.lower())
    return " ".join(re.sub(r"[^\w]+", " ", text).split())
