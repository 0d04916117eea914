"""Lines after a lead-in, each a short title, a colon and what it means, their bullets lost:

    The plan identifies the following commitments:
    Our Present and Future: we want to thrive in Greenwich, to know what opportunities …
    Our Safety: we want to feel safe at home, in the community and online, …

The titles are the items. Named by nouns ("Our Safety", "Our Health"), they are the themes the plan
is built on, its priorities, whatever word the lead-in calls them by; titles that say what is to be
done ("Improve attendance: …") are of the lead-in's own kind. Three such lines at least, one under
another with nothing but blank lines between them (a web page's paragraphs), or the lines are left
to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.documents.listmarks import BULLET, LETTER, NUMBER
from councilkg.loaders.generic.countedlists import starts_with_verb
from councilkg.loaders.generic.leadinkind import lead_in_kind
from councilkg.loaders.parsing.runlists import RunItem

RULE_TITLED_LINES = "title before a colon on a line after a lead-in"
#: "Our Safety: we want to feel safe at home …": a title of up to six words, a colon, then at least
#: five words saying what it means.
_TITLED_LINE = re.compile(
    r"^(?P<title>[A-Z][\w’'&,-]*(?: [\w’'&,-]+){0,5}):\s+(?P<meaning>\S+(?: \S+){4,})$"
)
MIN_LINES = 3
#: The word each kind of item is listed by (as :func:`~councilkg.loaders.parsing.runlists.counted_lines`
#: returns it), the kinds titles under a lead-in may be.
LIST_WORD_OF_KIND = {"priority": "priorities", "outcome": "outcomes", "action": "actions"}


def titled_lines(texts: Sequence[tuple[int, str]], position: int) -> tuple[str, list[RunItem], str] | None:
    """Return the kind word, the titles and the rule of the lines, each a title before a colon and
    its meaning, right under the lead-in ``texts[position]`` (numbered lines, blank ones empty), else
    ``None``.

    Example:
        >>> kind, titles, _ = titled_lines([
        ...     (1, "The plan identifies the following commitments:"),
        ...     (2, "Our Present and Future: we want to thrive in Greenwich, to know what opportunities"),
        ...     (3, "Our Safety: we want to feel safe at home, in the community and online"),
        ...     (4, "Our Health: We want to be supported to be healthy, this includes understanding")], 0)
        >>> kind, [title.label for title in titles]
        ('priorities', ['Our Present and Future', 'Our Safety', 'Our Health'])
        >>> titled_lines([(1, "Our themes are:"), (2, "People:  A Healthy, Inclusive and Engaged Community"),
        ...               (3, "Place:  An Enterprising, Vibrant and Sustainable Place"),
        ...               (4, "Us:  An Innovative, Proactive and Effective Council")], 0) is None
        True
    """
    lead_in = texts[position][1]
    if not lead_in.endswith(":") or (kind := lead_in_kind(lead_in)) not in LIST_WORD_OF_KIND:
        return None
    titles: list[RunItem] = []
    for number, text in texts[position + 1 :]:
        if not text:
            continue  # a web page's paragraphs, a blank line between each
        found = _TITLED_LINE.match(text)
        if found is None or BULLET.match(text) or NUMBER.match(text) or LETTER.match(text):
            break
        if _is_name(found.group("meaning")):
            return None  # "People:  A Healthy, Inclusive and Engaged Community": the line is one name
        titles.append(RunItem(number, None, found.group("title")))
    if len(titles) < MIN_LINES:
        return None
    if kind == "action" and not any(starts_with_verb(title.label) for title in titles):
        kind = "priority"  # "Our Safety", "Our Health": themes named by nouns, not what is to be done
    return LIST_WORD_OF_KIND[kind], titles, RULE_TITLED_LINES


def _is_name(text: str) -> bool:
    """True when every word of four letters or more in ``text`` is capitalised: a name in title case
    ("A Healthy, Inclusive and Engaged Community"), not a sentence saying what a title means."""
    words = [word for word in re.findall(r"[A-Za-z’'-]+", text) if len(word) >= 4]
    return bool(words) and all(word[0].isupper() for word in words)
