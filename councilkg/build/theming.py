"""Themes: giving plan items cross-authority topics by transparent word rules.

The taxonomy (``ontology/reference/themes.ttl``, the SKOS scheme ``id:theme``) names the themes;
the rules (``ontology/theme-rules.toml``) list, for each theme, the phrases whose presence in an
item's text gives the item that theme, and the phrases that cancel a match ("social exclusion" is
not school exclusion). A priority, action, project or indicator is themed from its label,
description and expected results, and the graph records why: for each item and theme,

.. code-block:: turtle

    <item> ckg:theme id:theme/teenage-pregnancy-and-sexual-health .
    <item/theme/teenage-pregnancy-and-sexual-health> a ckg:ThemeAssignment ;
        ckg:themedItem <item> ;
        ckg:assignedTheme id:theme/teenage-pregnancy-and-sexual-health ;
        ckg:matchedText "conception" ;
        prov:wasDerivedFrom id:theme-rules .

These triples are derived from the plan's own text, so they live in the plan's named graph and are
rebuilt with it. Nothing is weighted or learned: an item has a theme exactly when a listed phrase
occurs in its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from councilkg.errors import ThemeRulesError
from councilkg.loaders.parsing.tomlfile import TomlError, parse_toml
from councilkg.ontology import ontology_path
from councilkg.ontology.themes import TAXONOMY_FILE, theme_iri, theme_labels
from councilkg.ontology.vocab import CKG, ID

RULES_FILE = "theme-rules.toml"
THEME_RULES = ID["theme-rules"]
"""The rules as a ``prov:Plan``, from which every theme assignment is derived."""
THEMED_CLASSES = (CKG.Priority, CKG.Action, CKG.Indicator)
"""Classes of the items that get themes (a ckg:Project is also a ckg:Action)."""

_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A space in a phrase matches spaces, hyphens and dashes, but never a line break: an item's
# label, description and expected results are joined by line breaks and a phrase must not span two.
_SPACE = r"(?:[^\S\n]|[\u2010-\u2015-])+"
_HYPHEN = r"(?:[^\S\n]|[\u2010-\u2015-])*"
_APOSTROPHE = "['\u2019]?"
_WORD_START = r"(?<!\w)"


def assignment_iri(item: URIRef, key: str) -> URIRef:
    """Return ``<item>/theme/<key>``, the IRI of the record of why ``item`` has theme ``key``."""
    return URIRef(f"{item}/theme/{key}")


def phrase_regex(phrase: str) -> str:
    """Return the regular expression a rule phrase stands for (syntax in ``theme-rules.toml``).

    A phrase, a regular expression too, matches only where a word or symbol starts, never inside a
    word. Words match whole words, ignoring case unless the phrase is written in capitals only; a space
    matches spaces, hyphens or dashes; a hyphen matches one of those or nothing; an apostrophe may
    be missing; a ``*`` ending a word matches any ending; ``re:`` starts a regular expression.

    Example:
        >>> bool(re.search(phrase_regex("re-offend*"), "Reduce reoffending"))
        True
        >>> bool(re.search(phrase_regex("SEND"), "send a letter"))
        False
        >>> bool(re.search(phrase_regex("children's centre*"), "26 Childrens Centres"))
        True
    """
    return _WORD_START + _phrase_body(phrase)


def _phrase_body(phrase: str) -> str:
    """Return :func:`phrase_regex` without its leading word-start test (shared by a rule's phrases)."""
    if phrase.startswith("re:"):
        return f"(?i:{phrase[3:]})"
    letters = [char for char in phrase if char.isalpha()]
    case_sensitive = len(letters) >= 2 and all(char.isupper() for char in letters)
    parts: list[str] = []
    for index, char in enumerate(phrase):
        at_word_end = index + 1 == len(phrase) or phrase[index + 1] == " "
        if char == "*" and at_word_end:
            parts.append(r"\w*")
        elif char == " ":
            parts.append(_SPACE)
        elif char == "-":
            parts.append(_HYPHEN)
        elif char in "'\u2019":
            parts.append(_APOSTROPHE)
        else:
            parts.append(re.escape(char))
    end = r"(?!\w)" if phrase[-1].isalnum() or phrase.endswith("*") else ""
    return f"{'(?:' if case_sensitive else '(?i:'}{''.join(parts)}){end}"


@dataclass(frozen=True)
class ThemeRule:
    """The phrases that give one theme (``match``) and the phrases that cancel a match (``exclude``)."""

    theme: str
    match: tuple[str, ...]
    exclude: tuple[str, ...]
    matcher: re.Pattern[str]
    excluder: re.Pattern[str] | None
    triggers: tuple[str, ...] | None = None
    """Lower-case text one of which any match contains (``None``: a regular expression may match
    anything); a text holding none of them is not scanned, which keeps building fast."""

    def matched_words(self, text: str, lowered: str | None = None) -> tuple[str, ...]:
        """Return the words of ``text`` that give this theme, as printed, in order, each once.

        A match is dropped when an exclusion phrase overlaps it; a repeat of the same words
        (ignoring case and spacing) is given once. ``lowered`` is ``text.lower()`` when the caller
        has it already.
        """
        if self.triggers is not None:
            lowered = text.lower() if lowered is None else lowered
            if not any(trigger in lowered for trigger in self.triggers):
                return ()
        found_all = [found for found in self.matcher.finditer(text) if found.start() != found.end()]
        if not found_all:
            return ()
        excluded = [found.span() for found in self.excluder.finditer(text)] if self.excluder else []
        words: list[str] = []
        seen: set[str] = set()
        for found in found_all:
            start, end = found.span()
            if any(s < end and start < e for s, e in excluded):
                continue
            printed = " ".join(found.group().split())
            if printed.casefold() not in seen:
                seen.add(printed.casefold())
                words.append(printed)
        return tuple(words)


@dataclass(frozen=True)
class ThemeMatch:
    """One theme an item's text has (``theme``, the theme's key) and the words that gave it."""

    theme: str
    matched: tuple[str, ...]

    @property
    def iri(self) -> URIRef:
        """The theme's IRI, ``id:theme/<theme>``."""
        return theme_iri(self.theme)


def _alternation(phrases: Iterable[str]) -> str:
    # Longer phrases first, so that "looked after children" wins over "looked after" where both
    # start at the same place.
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    # One word-start test before all the phrases, rather than one in each, makes the scan fail at
    # once inside words: several times faster than testing every phrase at every character.
    return _WORD_START + "(?:" + "|".join(_phrase_body(phrase) for phrase in ordered) + ")"


def theme_rule(theme: str, match: Sequence[str], exclude: Sequence[str] = (), where: str = "") -> ThemeRule:
    """Return the compiled rule of one theme.

    Args:
        theme: the theme's key, e.g. ``"teenage-pregnancy-and-sexual-health"``.
        match: phrases that give the theme.
        exclude: phrases that cancel a match they overlap.
        where: the file the rule comes from, for error messages.

    Raises:
        ThemeRulesError: the key is not a lower-case slug, ``match`` is empty, or a phrase is
            empty or not a valid regular expression.
    """
    place = f"{where}: " if where else ""
    if not _KEY.match(theme):
        raise ThemeRulesError(f"{place}[{theme}] is not a theme key; use lower-case words joined by '-'")
    if not match:
        raise ThemeRulesError(f'{place}[{theme}] has no match phrases; add match = ["..."]')
    for phrase in (*match, *exclude):
        if not isinstance(phrase, str) or not phrase.strip() or phrase != phrase.strip():
            raise ThemeRulesError(
                f"{place}[{theme}] has the phrase {phrase!r}; a phrase is a non-empty string without "
                "leading or trailing spaces"
            )
    try:
        matcher = re.compile(_alternation(match))
        excluder = re.compile(_alternation(exclude)) if exclude else None
    except re.error:
        # Compile the phrases one by one only now, to name the broken one.
        for phrase in (*match, *exclude):
            try:
                re.compile(phrase_regex(phrase))
            except re.error as error:
                raise ThemeRulesError(
                    f"{place}[{theme}] phrase {phrase!r} is not a valid regular expression ({error}); "
                    "fix the pattern after 're:'"
                ) from error
        raise
    return ThemeRule(theme, tuple(match), tuple(exclude), matcher, excluder, _triggers(match))


def _triggers(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """Return the lower-case text each phrase's matches start with, or ``None`` if one has none.

    That is a phrase's first letters up to a space, ``*``, apostrophe or hyphen, or a regular
    expression's first letters (after ``\\b``) that no ``?``, ``*`` or ``{`` makes optional, when
    it has no ``|`` outside brackets.

    Example:
        >>> _triggers(["looked after", "re:\\\\bgaps? in", "CAF"])
        ('caf', 'gap', 'looked')
        >>> _triggers(["re:foo|bar"]) is None
        True
    """
    triggers: set[str] = set()
    for phrase in phrases:
        if phrase.startswith("re:"):
            if _has_top_level_alternative(phrase[3:]):
                return None
            leading = re.match(r"(?:\\b)?([^\W\d_]+|£)([?*{]?)", phrase[3:])
            text = (leading.group(1)[:-1] if leading.group(2) else leading.group(1)) if leading else ""
        else:
            plain = re.match(r"[^\s*'\u2019-]+", phrase)
            text = plain.group() if plain else ""
        if not text:
            return None
        triggers.add(text.lower())
    return tuple(sorted(triggers))


def _has_top_level_alternative(regex: str) -> bool:
    """Return whether ``regex`` has a ``|`` outside every group and character class."""
    depth, escaped, in_class = 0, False, False
    for char in regex:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _line_of(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return None


def load_theme_rules(path: str | Path | None = None) -> tuple[ThemeRule, ...]:
    """Return the theme rules of a TOML file (the shipped ``theme-rules.toml`` by default), by theme.

    Each table is a theme key of the taxonomy with ``match`` (and optionally ``exclude``), a list
    of phrases. The shipped rules are read and compiled once per process.

    Raises:
        ThemeRulesError: the file cannot be read or is not TOML, a table has other keys or
            non-list values, names no theme of ``themes.ttl``, or holds an invalid phrase.
    """
    if path is None:
        return _shipped_rules()
    return _read_rules(Path(path))


@cache
def _shipped_rules() -> tuple[ThemeRule, ...]:
    return _read_rules(ontology_path(RULES_FILE))


def _read_rules(path: Path) -> tuple[ThemeRule, ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ThemeRulesError(f"cannot read theme rules {path}: {error}") from error
    try:
        tables = parse_toml(text)
    except TomlError as error:
        where = f"{path}:{error.line}" if error.line else str(path)
        raise ThemeRulesError(f"{where}: not valid TOML ({error}); fix the syntax there") from error
    known = theme_labels()
    rules: list[ThemeRule] = []
    for theme, table in sorted(tables.items()):
        line = _line_of(text, f"[{theme}]")
        where = f"{path}:{line}" if line else str(path)
        if not isinstance(table, dict):
            raise ThemeRulesError(f"{where}: {theme} must be a table [{theme}] with match = [...]")
        if theme not in known:
            raise ThemeRulesError(
                f"{where}: [{theme}] names no theme of {TAXONOMY_FILE}; use one of: {', '.join(known)}"
            )
        unknown = sorted(set(table) - {"match", "exclude"})
        if unknown:
            raise ThemeRulesError(
                f"{where}: [{theme}] has unknown key(s) {', '.join(unknown)}; only match and exclude are read"
            )
        match, exclude = table.get("match", []), table.get("exclude", [])
        if not isinstance(match, list) or not isinstance(exclude, list):
            raise ThemeRulesError(f"{where}: [{theme}] match and exclude must be lists of strings")
        for phrase in (*match, *exclude):
            if not isinstance(phrase, str):
                raise ThemeRulesError(f"{where}: [{theme}] has {phrase!r}; phrases must be quoted strings")
        try:
            rules.append(theme_rule(theme, match, exclude, where=where))
        except ThemeRulesError as error:
            # Name the line of the phrase at fault when it can be found.
            for phrase in (*match, *exclude):
                if repr(phrase) in str(error):
                    line = _line_of(text, '"' + phrase.replace("\\", "\\\\") + '"')
                    if line:
                        raise ThemeRulesError(str(error).replace(where, f"{path}:{line}", 1)) from error
            raise
    return tuple(rules)


def assign_themes(text: str, rules: Sequence[ThemeRule] | None = None) -> list[ThemeMatch]:
    """Return the themes ``text`` has by the rules, sorted by theme key, each with its matched words.

    Args:
        text: an item's text (label, description, expected results; separate parts by line breaks).
        rules: the rules to apply; the shipped rules by default.

    Example:
        >>> [(m.theme, m.matched) for m in assign_themes("Under 18 conception rate")]
        [('teenage-pregnancy-and-sexual-health', ('conception',))]
        >>> assign_themes("Tackling social exclusion")
        []
    """
    found: list[ThemeMatch] = []
    lowered = text.lower()
    for rule in load_theme_rules() if rules is None else rules:
        words = rule.matched_words(text, lowered)
        if words:
            found.append(ThemeMatch(rule.theme, words))
    return sorted(found, key=lambda match: match.theme)


def item_text(graph: Graph, item: URIRef) -> str:
    """Return the text an item is themed from: its label, description and expected results, one a line."""
    label = [str(value) for value in graph.objects(item, RDFS.label)]
    description = sorted(str(value) for value in graph.objects(item, DCTERMS.description))
    results = sorted(str(value) for value in graph.objects(item, CKG.expectedResult))
    return "\n".join([*sorted(label), *description, *results])


def add_theme_triples(graph: Graph, rules: Sequence[ThemeRule] | None = None) -> int:
    """Theme every priority, action, project and indicator of a plan's graph, adding the triples to it.

    Args:
        graph: one plan's graph (as :func:`~councilkg.build.triples.extraction_to_graph` makes it).
        rules: the rules to apply; the shipped rules by default.

    Returns:
        The number of (item, theme) assignments added.
    """
    items = sorted(
        {
            item
            for cls in THEMED_CLASSES
            for item in graph.subjects(RDF.type, cls)
            if isinstance(item, URIRef)
        },
        key=str,
    )
    added = 0
    for item in items:
        for match in assign_themes(item_text(graph, item), rules):
            theme, node = match.iri, assignment_iri(item, match.theme)
            graph.add((item, CKG.theme, theme))
            graph.add((node, RDF.type, CKG.ThemeAssignment))
            graph.add((node, CKG.themedItem, item))
            graph.add((node, CKG.assignedTheme, theme))
            for words in match.matched:
                graph.add((node, CKG.matchedText, Literal(words)))
            graph.add((node, PROV.wasDerivedFrom, THEME_RULES))
            added += 1
    return added
