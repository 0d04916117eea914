"""w3id/.htaccess sends the vocabulary's and the items' IRIs where they are published.

A tiny evaluator below runs the file's mod_rewrite rules the way Apache runs them in a folder's
``.htaccess`` (the path relative to the folder, ``RewriteCond`` chains with ``[OR]``, ``[E=…]``, ``$N``
and ``%{ENV:…}`` in the substitution, ``[R=303,L]``). It knows only the directives and flags the file
uses and fails on any other, so a change to the file that it cannot follow fails here first.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from councilkg.ontology.vocab import CKG, CKG_IRI, GENID_AUTHORITY, GENID_PATH, ID_IRI

ROOT = Path(__file__).resolve().parent.parent
HTACCESS = ROOT / "w3id" / ".htaccess"
W3ID_FOLDER = "https://w3id.org/councilkg"
SITE = "https://councilkg.example.org"
DOCS = "https://councilkg.example.org/vocabulary"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
KNOWN_FLAGS = {"NC", "OR", "L", "R=303"}


@dataclass
class Rule:
    """A ``RewriteRule`` with the ``RewriteCond`` lines before it."""

    pattern: str
    substitution: str
    flags: list[str]
    conditions: list[tuple[str, str, list[str]]] = field(default_factory=list)


def _flags(text: str | None) -> list[str]:
    flags = [] if text is None else text.strip("[]").split(",")
    for flag in flags:
        assert flag in KNOWN_FLAGS or flag.startswith("E="), f"the evaluator does not know the flag {flag}"
    return flags


def parse(text: str) -> list[Rule]:
    """Return the rules of an ``.htaccess`` text, failing on a directive the evaluator does not know."""
    rules: list[Rule] = []
    pending: list[tuple[str, str, list[str]]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        words = shlex.split(line, posix=False)
        directive, arguments = words[0], words[1:]
        if directive == "RewriteCond":
            test, pattern, *rest = arguments
            pending.append((test, pattern, _flags(rest[0] if rest else None)))
        elif directive == "RewriteRule":
            pattern, substitution, *rest = arguments
            rules.append(Rule(pattern, substitution, _flags(rest[0] if rest else None), pending))
            pending = []
        else:
            assert (directive, *arguments) in {("RewriteEngine", "on"), ("Options", "-MultiViews")}, (
                f"line {number}: the evaluator does not know {line!r}"
            )
    assert not pending, "a RewriteCond with no RewriteRule after it"
    return rules


def _compile(pattern: str, flags: list[str]) -> tuple[re.Pattern[str], bool]:
    negated = pattern.startswith("!")
    return re.compile(pattern[1:] if negated else pattern, re.IGNORECASE if "NC" in flags else 0), negated


def _conditions_hold(rule: Rule, variables: dict[str, str]) -> bool:
    """Return whether the rule's conditions hold: ANDed, except that ``[OR]`` joins one to the next."""
    result, alternatives = True, False
    for test, pattern, flags in rule.conditions:
        value = re.sub(r"%\{(\w+)\}", lambda m: variables.get(m.group(1), ""), test)
        regex, negated = _compile(pattern, flags)
        holds = (regex.search(value) is None) if negated else (regex.search(value) is not None)
        alternatives = alternatives or holds
        if "OR" in flags:
            continue
        result, alternatives = result and alternatives, False
    return result


def resolve(iri: str, accept: str, text: str | None = None) -> tuple[int, str] | None:
    """Return the status and location w3id.org answers for ``iri`` with this ``Accept``, or None (404)."""
    parts = urlsplit(iri)  # the fragment never reaches the server
    assert f"{parts.scheme}://{parts.netloc}{parts.path}".startswith(W3ID_FOLDER)
    path = parts.path[len(urlsplit(W3ID_FOLDER).path) :].lstrip("/")
    environment: dict[str, str] = {}
    for rule in parse(HTACCESS.read_text(encoding="utf-8") if text is None else text):
        match = _compile(rule.pattern, rule.flags)[0].search(path)
        if match is None or not _conditions_hold(rule, {"HTTP_ACCEPT": accept}):
            continue
        for flag in rule.flags:
            if flag.startswith("E="):
                name, value = flag[2:].split(":", 1)
                environment[name] = value
        if rule.substitution != "-":
            target = re.sub(r"%\{ENV:(\w+)\}", lambda m: environment.get(m.group(1), ""), rule.substitution)
            target = re.sub(r"\$(\d)", lambda m, found=match: found.group(int(m.group(1))) or "", target)
            if parts.query:
                target += "?" + parts.query
            assert "R=303" in rule.flags and "L" in rule.flags, "every redirect is a final 303"
            return 303, target
    return None


def test_every_pattern_compiles_in_python() -> None:
    """Each RewriteRule and RewriteCond regex is one Python's re reads (the syntaxes agree for them)."""
    rules = parse(HTACCESS.read_text(encoding="utf-8"))
    assert len(rules) >= 6
    for rule in rules:
        _compile(rule.pattern, rule.flags)
        for _test, pattern, flags in rule.conditions:
            _compile(pattern, flags)


@pytest.mark.parametrize(
    ("iri", "accept", "target"),
    [
        (CKG_IRI.rstrip("#"), BROWSER, f"{DOCS}/vocabulary.html"),
        (f"{CKG_IRI}Action", BROWSER, f"{DOCS}/vocabulary.html"),
        (f"{CKG_IRI}supports", "", f"{DOCS}/vocabulary.html"),
        (f"{CKG_IRI}supports", "*/*", f"{DOCS}/vocabulary.html"),
        (f"{CKG_IRI}Action", "text/turtle", f"{DOCS}/councilkg.ttl"),
        (f"{CKG_IRI}Action", "text/turtle;q=1.0, application/rdf+xml;q=0.5", f"{DOCS}/councilkg.ttl"),
        (f"{CKG_IRI}Action", "application/x-turtle", f"{DOCS}/councilkg.ttl"),
        (f"{CKG_IRI}Action", "text/html, text/turtle;q=0.5", f"{DOCS}/vocabulary.html"),
        (W3ID_FOLDER + "/", "Text/Turtle", f"{DOCS}/councilkg.ttl"),
        (f"{W3ID_FOLDER}/shapes#PlanShape", "text/turtle", f"{DOCS}/shapes.ttl"),
        (f"{W3ID_FOLDER}/shapes#PlanShape", BROWSER, f"{DOCS}/vocabulary.html"),
        (
            f"{ID_IRI}plan/lambeth/childrens-directorate-plan-2020-21",
            BROWSER,
            f"{SITE}/id/plan/lambeth/childrens-directorate-plan-2020-21",
        ),
        (f"{ID_IRI}person/yashi-shah", "text/turtle", f"{SITE}/id/person/yashi-shah"),
        (f"{ID_IRI}person/yashi-shah", "application/ld+json", f"{SITE}/id/person/yashi-shah"),
        (f"{ID_IRI}authority/lambeth?format=nt", "", f"{SITE}/id/authority/lambeth?format=nt"),
        (f"{GENID_AUTHORITY}{GENID_PATH}b0f3", "text/turtle", f"{SITE}/.well-known/genid/b0f3"),
    ],
)
def test_iris_resolve_to_their_documents(iri: str, accept: str, target: str) -> None:
    """The vocabulary goes to its reference (or Turtle), items to the same path on the site, by 303."""
    assert resolve(iri, accept) == (303, target)


@pytest.mark.parametrize(
    "iri", [ID_IRI, f"{W3ID_FOLDER}/other", f"{W3ID_FOLDER}/shapes/x", f"{W3ID_FOLDER}/idx"]
)
def test_other_paths_are_not_redirected(iri: str) -> None:
    """Nothing but the vocabulary, the shapes, items and skolem IRIs is claimed."""
    assert resolve(iri, BROWSER) is None


def test_the_site_and_docs_are_one_line_each() -> None:
    """Each base is set on one marked line; changing that line moves every redirect that uses it."""
    text = HTACCESS.read_text(encoding="utf-8")
    lines = text.splitlines()
    for name, value in (("CKG_SITE", SITE), ("CKG_DOCS", DOCS)):
        setting = [i for i, line in enumerate(lines) if f"[E={name}:" in line]
        assert len(setting) == 1
        assert lines[setting[0]] == f"RewriteRule ^ - [E={name}:{value}]"
        assert lines[setting[0] - 1].startswith("# >>> ")
    moved = text.replace(f"[E=CKG_SITE:{SITE}]", "[E=CKG_SITE:https://data.example.gov.uk/ckg]")
    assert resolve(f"{ID_IRI}person/yashi-shah", BROWSER, moved) == (
        303,
        "https://data.example.gov.uk/ckg/id/person/yashi-shah",
    )
    assert resolve(f"{CKG_IRI}Action", BROWSER, moved) == (303, f"{DOCS}/vocabulary.html")


@pytest.mark.parametrize("name", sorted(n for n in CKG.__annotations__ if not n.startswith("_")))
def test_every_term_lands_on_its_section(name: str) -> None:
    """``https://w3id.org/councilkg#Term`` redirects to the reference page, which has the anchor #Term."""
    status, target = resolve(f"{CKG_IRI}{name}", BROWSER) or (0, "")
    assert (status, target.rsplit("/", 1)[-1]) == (303, "vocabulary.html")
    assert f'id="{name}"' in (ROOT / "docs" / "vocabulary.html").read_text(encoding="utf-8")


def test_the_published_files_exist() -> None:
    """The files the vocabulary redirects name are the project's own, under the names the README gives."""
    for path in ("docs/vocabulary.html", "councilkg/ontology/councilkg.ttl", "councilkg/ontology/shapes.ttl"):
        assert (ROOT / path).is_file()
    readme = (ROOT / "w3id" / "README.md").read_text(encoding="utf-8")
    for name in ("vocabulary.html", "councilkg.ttl", "shapes.ttl", "CKG_SITE", "CKG_DOCS"):
        assert name in readme
