"""Owners as plans print them: people, posts, units and partners, read out of owner cells.

Each helper takes the text as printed; none raises on odd text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from councilkg.loaders.model import Owner, OwnerKind, OwnerRole
from councilkg.text import clean_text, ends_mid_phrase

_POST_WORDS = re.compile(
    r"\b(director|head|manager|officer|lead|chief|co-?ordinator|executive|commissioner|"
    r"adviser|advisor|principal|chair|member|leader|directors|heads|managers)\b",
    re.IGNORECASE,
)
_UNIT_WORDS = re.compile(
    r"\b(services?|team|division|department|directorate|unit|panel|partnership|board|"
    r"centre|hub|programme)\b",
    re.IGNORECASE,
)
_PARTNER_WORDS = re.compile(
    r"\b(PCT|CCG|NHS|police|probation|schools?|voluntary|trust|YOS|LSCB|health|college)\b",
    re.IGNORECASE,
)
#: The titles a person's name may open with, shared by every reader that tells a person by them.
HONORIFICS = r"Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof(?:essor)?|Sir"
_PERSON = re.compile(
    rf"^(?:(?:{HONORIFICS})\.?\s+)?"
    r"[A-Z][a-zA-Z'\u2019\-]+(?:\s+[A-Z][a-zA-Z'\u2019\-]+){0,3}$"
)
_HONORIFIC = re.compile(rf"^(?:{HONORIFICS})\.?\s+\S")


def classify_owner(name: str) -> OwnerKind:
    """Return what an owner string names: a post, a unit, a partner body or a person.

    Example:
        >>> [classify_owner(n).value for n in ["Alex Kubeyinje", "Head of Community Operations",
        ...  "Adult services", "PCT", "Cllr Davie"]]
        ['person', 'post', 'unit', 'partner', 'person']
    """
    text = clean_text(name)
    if _HONORIFIC.match(text):
        return OwnerKind.PERSON
    if _POST_WORDS.search(text):
        return OwnerKind.POST
    if _PARTNER_WORDS.search(text):
        return OwnerKind.PARTNER
    if _UNIT_WORDS.search(text):
        return OwnerKind.UNIT
    if _PERSON.match(text) and len(text.split()) >= 2:
        return OwnerKind.PERSON
    return OwnerKind.UNIT


#: What separates two people's names in an owner cell: a comma, "and" or "&".
_NAME_SEPARATOR = re.compile(r",|\band\b|&")


def split_owner_names(cell: str) -> list[str]:
    """Return the separate owners named in an owner cell.

    A slash always separates owners. A comma or "and" separates them only when every part
    reads as a person's name, because post titles hold commas ("Divisional Director, Social Care").

    Example:
        >>> split_owner_names("Alex Kubeyinje/ Abi Onaboye")
        ['Alex Kubeyinje', 'Abi Onaboye']
        >>> split_owner_names("Cllr Seedat, Cllr Dyer")
        ['Cllr Seedat', 'Cllr Dyer']
        >>> split_owner_names("Divisional Director, Social Care")
        ['Divisional Director, Social Care']
    """
    names: list[str] = []
    for part in clean_text(cell).split("/"):
        part = part.strip(" ,;")
        if not part:
            continue
        pieces = [piece.strip() for piece in _NAME_SEPARATOR.split(part) if piece.strip()]
        if len(pieces) > 1 and all(classify_owner(piece) is OwnerKind.PERSON for piece in pieces):
            names.extend(pieces)
        else:
            names.append(part)
    return names


def owner_fragment_is_complete(text: str) -> bool:
    """True when an owner cell's text reads as a whole post, unit or partner, not a fragment of one.

    A fragment ends with a connector ("Head of Safeguarding and") or names no post, unit or
    partner word ("Access and Improvement", which continues "Manager" on the next row).

    Example:
        >>> owner_fragment_is_complete("Head of Safeguarding and"), owner_fragment_is_complete("Director of")
        (False, False)
        >>> owner_fragment_is_complete("Access and Improvement"), owner_fragment_is_complete("HR Manager")
        (False, True)
    """
    text = clean_text(text)
    if not text or ends_mid_phrase(text):
        return False
    return bool(
        re.search(
            r"\b(director|head|manager|officer|lead|chief|co-?ordinator|executive|team|services?|board|"
            r"trust|unit|panel|partnership|council|nhs|pct|police|schools?|adviser|advisor)\b",
            text,
            re.IGNORECASE,
        )
    )


def split_listed_names(text: str) -> list[str]:
    """Return the names of a prose list "A; B, including C; D and E", one per item, as printed.

    Items are separated by semicolons; the last item is split at its last " and ".

    Example:
        >>> split_listed_names("Herefordshire Council; schools; Youth Offending Service and Probation.")
        ['Herefordshire Council', 'schools', 'Youth Offending Service', 'Probation']
    """
    items = [item.strip(" .") for item in clean_text(text).split(";")]
    items = [item for item in items if item]
    if len(items) > 1 and " and " in items[-1]:
        head, _, tail = items[-1].rpartition(" and ")
        items[-1:] = [head.strip(), tail.strip()]
    return items


def _conjuncts(name: str) -> list[tuple[str, ...]]:
    acronyms = re.findall(r"\(([A-Z]{2,})\)", name)
    name = re.sub(r"\([^)]*\)", " ", name)
    parts = re.split(r",|&|/|\band\b", name.casefold().replace("'s", "").replace("’s", ""))
    found = [
        tuple(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in re.findall(r"[a-z]+", part))
        for part in parts
    ]
    return [part for part in found if part] + [(acronym.casefold(),) for acronym in acronyms]


def same_unit(first: str, second: str) -> bool:
    """True when two names of a unit name the same one: a shared conjunct, or one a word-suffix of the other.

    Example:
        >>> same_unit("Inclusion and Standards", "Standard and Inclusion")
        True
        >>> same_unit("Social Care", "Children's Social Care")
        True
        >>> same_unit("Change Management", "Change Management and TAC")
        True
        >>> same_unit("BSF", "Building Schools for the Future (BSF)")
        True
        >>> same_unit("Community safety", "Community Learning")
        False
    """
    for one in _conjuncts(first):
        for other in _conjuncts(second):
            shorter, longer = sorted((one, other), key=len)
            if longer[len(longer) - len(shorter) :] == shorter:
                return True
    return False


# --- owner cells ---


def _itself(name: str) -> str:
    return name


def _alone(name: str) -> tuple[str, ...]:
    return (name,)


def _no_reading(name: str) -> list[Owner] | None:
    return None


def _no_person(name: str) -> None:
    return None


def read_owner_cell(
    text: str,
    role: OwnerRole,
    *,
    separators: Sequence[str] = (),
    expand: Callable[[str], Iterable[str]] = _alone,
    name_of: Callable[[str], str] = _itself,
    read_as: Callable[[str], list[Owner] | None] = _no_reading,
    kind_of: Callable[[str], OwnerKind] = classify_owner,
    on_person: Callable[[str], object] = _no_person,
    partners_apart: bool = False,
) -> tuple[list[Owner], list[str]]:
    """Return the owners an owner cell's ``text`` names, in printed order, and the partners set apart.

    Every loader reads its owner cells here. The text (cleaned by the caller, and kept on each owner
    as the cell's text) is split at each of ``separators``, then as :func:`split_owner_names` splits
    it; each name stands for the names ``expand`` gives (a profile's aliases), is spelled as
    ``name_of`` returns it (a plan's own post titles), and is read by ``read_as`` when that returns
    owners (a layout's own spellings), else as an owner of the kind ``kind_of`` gives. A person is
    reported to ``on_person``; with ``partners_apart`` a partner body is returned apart, not as an
    owner.

    Example:
        >>> owners, partners = read_owner_cell("Alex Kubeyinje/ Head of Youth Services/ PCT",
        ...     OwnerRole.RESPONSIBLE, partners_apart=True)
        >>> [(owner.name, owner.kind.value) for owner in owners], partners
        ([('Alex Kubeyinje', 'person'), ('Head of Youth Services', 'post')], ['PCT'])
    """
    parts: Iterable[str] = [text]
    for separator in separators:
        parts = [piece for part in parts for piece in re.split(re.escape(separator), part)]
    owners: list[Owner] = []
    partners: list[str] = []
    for part in parts:
        for printed in split_owner_names(part):
            for each in expand(printed):
                name = name_of(each)
                read = read_as(name)
                if read is not None:
                    owners += read
                    continue
                kind = kind_of(name)
                if partners_apart and kind is OwnerKind.PARTNER:
                    partners.append(name)
                    continue
                if kind is OwnerKind.PERSON:
                    on_person(name)
                owners.append(Owner(name, kind, role, text))
    return owners, partners
