"""Who published a plan and what it is, when the user says so rather than the loader.

A loader reads a layout, and the bundled loaders know whose layout they read. A researcher loading a
plan of another council in a known layout, or a corpus described by a manifest, states the council,
its ONS GSS code, the title, the type and the years; :func:`apply_identity` puts them in place of
what the loader found, so every IRI is minted from them.

A manifest is a JSON list with one object per plan file, in the shape of the bundled corpus's
``manifest.json``: ``file`` (relative to the manifest), ``council``, and optionally ``authority``
(slug), ``gss``, ``title``, ``slug``, ``plan_type``, ``start_year``, ``end_year`` and ``loader``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from councilkg.errors import LoaderError, shortened
from councilkg.loaders.model import Extraction
from councilkg.ontology.vocab import PLAN_TYPES
from councilkg.text import council_short_name, slugify

GSS_CODE = re.compile(r"E(06|07|08|09|10)\d{6}")
"""ONS codes of English councils: unitary, district, metropolitan district, London borough, county."""

_YEARS = re.compile(r"(\d{4})\s*[-–/]\s*(\d{2}|\d{4})")
_YEARS_AT_END = re.compile(r"\d{4}-\d{2}(\d{2})?$")


@dataclass(frozen=True)
class PlanIdentity:
    """What the user states about a plan; ``None`` keeps what the loader found."""

    council: str | None = None
    authority: str | None = None  # slug; defaults to the slug of ``council``
    gss: str | None = None
    title: str | None = None
    slug: str | None = None
    plan_type: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    loader: str | None = None

    @property
    def authority_slug(self) -> str | None:
        """Return the authority's slug: the one given, else the slug of the council's short name (the place:
        "Northmoor Borough Council" is ``northmoor``)."""
        if self.authority:
            return self.authority
        return slugify(council_short_name(self.council)) if self.council else None


def parse_years(text: str) -> tuple[int, int]:
    """Return the start and end year of ``2009-2011``, ``2009-11`` or ``2020/21``.

    Example:
        >>> parse_years("2009-11")
        (2009, 2011)
        >>> parse_years("2020/2021")
        (2020, 2021)

    Raises:
        ValueError: the text is not a year range, or it ends before it starts.
    """
    match = _YEARS.fullmatch(text.strip())
    if not match:
        raise ValueError(f"years {text!r} are not a range such as 2009-2011 or 2009-11")
    start, end_text = int(match.group(1)), match.group(2)
    end = int(end_text) if len(end_text) == 4 else (start // 100) * 100 + int(end_text)
    if end < start and len(end_text) == 2:
        end += 100
    if not start <= end <= start + 10:
        raise ValueError(f"years {text!r} do not make a plan period (end before start, or over ten years)")
    return start, end


def check_gss(code: str) -> str:
    """Return an ONS GSS code of an English council, upper-cased.

    Example:
        >>> check_gss("e09000022")
        'E09000022'

    Raises:
        ValueError: the code is not of the form E06/E07/E08/E09/E10 followed by six digits.
    """
    upper = code.strip().upper()
    if not GSS_CODE.fullmatch(upper):
        raise ValueError(
            f"GSS code {code!r} is not an English council's (E06, E07, E08, E09 or E10 + 6 digits)"
        )
    return upper


def check_plan_type(name: str) -> str:
    """Return a plan type's local name (``DirectoratePlan``...), matched ignoring case and spaces.

    Raises:
        ValueError: no ckg:PlanType has that name (the message lists them).
    """
    wanted = re.sub(r"[\s_-]", "", name).lower()
    for known in PLAN_TYPES:
        if known.lower() == wanted:
            return known
    raise ValueError(f"plan type {name!r} is unknown; choose from {', '.join(PLAN_TYPES)}")


def apply_identity(extraction: Extraction, identity: PlanIdentity) -> Extraction:
    """Return ``extraction`` with the plan's authority, title, slug, type and years as ``identity`` states.

    A new title without a new slug gives the slug of the title, so that two plans of one council
    stay two graphs; new years replace the years that end the loader's slug.
    """
    info = extraction.plan
    title = identity.title or info.title
    slug = identity.slug or (slugify(title) if identity.title and identity.title != info.title else info.slug)
    start = identity.start_year if identity.start_year is not None else info.start_year
    end = identity.end_year if identity.end_year is not None else info.end_year
    if not identity.slug and slug == info.slug and (start, end) != (info.start_year, info.end_year):
        slug = _YEARS_AT_END.sub(f"{start}-{end % 100:02d}", slug)
    authority = identity.authority_slug or info.authority
    # a GSS code is its council's: a plan filed under another council keeps none it did not state
    gss = identity.gss or (info.gss if authority == info.authority else None)
    extraction.plan = replace(
        info,
        authority=authority,
        authority_label=identity.council or info.authority_label,
        gss=gss,
        title=title,
        slug=slug,
        plan_type=identity.plan_type or info.plan_type,
        start_year=start,
        end_year=end,
    )
    return extraction


MAX_JSON_DIGITS = 18
"""Longer whole numbers in a manifest are read as text (and refused as no year), not given to ``int``."""


def read_manifest(path: str | Path) -> list[tuple[Path, PlanIdentity]]:
    """Return each plan file a manifest lists (resolved against the manifest's folder) with its identity.

    Raises:
        LoaderError: the manifest cannot be read, is not a JSON list of objects, or an entry is
            missing ``file``/``council`` or has a bad GSS code, year or plan type (naming the entry).
    """
    manifest = Path(path)
    long_numbers: list[str] = []

    def json_int(digits: str) -> int | str:
        # Python refuses int() of over 4,300 digits with a ValueError; no year or count is that long.
        if len(digits) > MAX_JSON_DIGITS:
            long_numbers.append(digits)
            return digits  # kept as text, which no field takes: refused below, naming its line
        return int(digits)

    try:
        raw = manifest.read_text(encoding="utf-8")
        entries = json.loads(raw, parse_int=json_int)
    except OSError as error:
        raise LoaderError(manifest, f"cannot read the manifest: {error.strerror or error}") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        line = getattr(error, "lineno", None)
        raise LoaderError(manifest, f"not a JSON manifest: {error}", line=line) from error
    except RecursionError as error:  # json's decoder recurses once per nested list or object
        raise LoaderError(manifest, "not a JSON manifest: nested too deeply") from error
    if not isinstance(entries, list):
        raise LoaderError(manifest, "a manifest is a JSON list of objects, one per plan file")
    plans: list[tuple[Path, PlanIdentity]] = []
    seen: dict[Path, int] = {}
    for number, entry in enumerate(entries, start=1):
        where = f"entry {number}"
        if not isinstance(entry, dict):
            raise LoaderError(manifest, f"{where} is not an object")
        try:
            identity = _identity_of(entry)
        except (ValueError, TypeError) as error:
            long = [n for n in long_numbers if n in entry.values()]
            line = raw.count("\n", 0, raw.find(long[0])) + 1 if long else None
            raise LoaderError(manifest, f"{where}: {error}", line=line) from error
        file = manifest.parent / str(entry["file"])
        if file in seen:
            raise LoaderError(manifest, f"{where} lists {entry['file']} again (first in entry {seen[file]})")
        seen[file] = number
        plans.append((file, identity))
    return plans


def _identity_of(entry: dict[str, Any]) -> PlanIdentity:
    for key in ("file", "council"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise ValueError(f"{key!r} is missing or not text")

    def year(key: str) -> int | None:
        value = entry.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2100:
            raise ValueError(f"{key} {shortened(value)} is not a year")
        return value

    def text(key: str) -> str | None:
        value = entry.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{key} {shortened(value)} is not text")
        return value or None

    start, end = year("start_year"), year("end_year")
    if start is not None and end is not None and end < start:
        raise ValueError(f"end_year {end} is before start_year {start}")
    gss, plan_type = text("gss"), text("plan_type")
    return PlanIdentity(
        council=entry["council"].strip(),
        authority=slugify(text("authority") or "") if text("authority") else None,
        gss=check_gss(gss) if gss else None,
        title=text("title"),
        slug=slugify(text("slug") or "") if text("slug") else None,
        plan_type=check_plan_type(plan_type) if plan_type else None,
        start_year=start,
        end_year=end,
        loader=text("loader"),
    )
