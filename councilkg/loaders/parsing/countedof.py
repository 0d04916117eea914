"""A counted list whose items follow the kind they are of, in the same sentence: "our 3 overall aims of
improving quality of life for people, improving quality of life in communities and improving services
…", "three strategic goals of wellbeing, economic prosperity and resident experience", "seven “wishes”
for children and young people to be healthy, heard, safe, …".

Reports, minutes and forewords name a plan's aims so: the count, the kind, then "of" (or what the
children are "to be") and the items between commas, the last after "and". The count checks the list:
the items are read only when there are exactly as many (the rules of
:func:`~councilkg.loaders.parsing.runlists.between_commas`), and never when the words after "of" are
the plan's or someone's own ("three aims of the plan, …", "four priorities of our partners, …").
"""

from __future__ import annotations

import re

from councilkg.loaders.parsing.runlists import COUNT_AND_WORDS, between_commas, count_value

#: Whom a plan wants something for: "for children and young people", "for all our residents".
_PEOPLE = r"for\s+(?:[\w’'-]+\s+){0,3}?(?:children|young\s+people|people|residents|families|everyone)"
#: A count, up to two words, the kind counted (perhaps in quotes), then "of", or whom it is for and
#: "to be" (what they are to be: the items; "to be delivered, …" says what is done with the kind).
_COUNTED_OF = re.compile(
    rf"{COUNT_AND_WORDS}[\"“‘']?"
    r"(?P<kind>priorities|priority areas|objectives|aims|goals|ambitions|outcomes|themes|wishes)[\"”’']?"
    rf"\s+(?:of|{_PEOPLE}\s+to\s+be)\s+",
    re.IGNORECASE,
)
#: "of the plan", "of our partners": a genitive naming whose the kind is, not its items; a piece so
#: led after a comma ("four themes of work, each with its own board, …") goes on the sentence.
_WHOSE = re.compile(
    r"^(?:the|this|these|those|our|its|their|his|her|which|what|all|each|with|who|where|when)\b",
    re.IGNORECASE,
)
#: A relative clause after the last item, saying something of them all.
_WHICH = re.compile(r"\s+which\s")
#: A sentence ends at a full stop before a space and a capital, or at the text's end.
_SENTENCE_END = re.compile(r"[.;:!?](?:\s+(?=[A-Z“\"‘'])|\s*$)")


def counted_of(text: str) -> tuple[str, list[str]] | None:
    """Return the kind word and the items a sentence of ``text`` lists after "<count> <kind> of" (or
    "… to be"), when there are exactly as many as counted, else ``None``.

    Example:
        >>> counted_of("There are a total of 15 priorities under three strategic goals of wellbeing, "
        ...            "economic prosperity and resident experience.")
        ('goals', ['wellbeing', 'economic prosperity', 'resident experience'])
        >>> counted_of("The three aims of the plan, health, housing and jobs, are set out below.") is None
        True
        >>> counted_of("It sets out three strategic themes of people, place, and prosperity which I am "
        ...            "committed to deliver – creating a borough with inclusive communities, a high …")
        ('themes', ['people', 'place', 'prosperity'])
    """
    for found in _COUNTED_OF.finditer(text):
        rest = text[found.end() :]
        if _WHOSE.match(rest):
            continue
        end = _SENTENCE_END.search(rest)
        said = rest[: end.start() if end else len(rest)]
        # "… of people, place, and prosperity which I am committed to deliver – …": the list ends
        said = _WHICH.split(said, maxsplit=1)[0]
        labels = between_commas(said, count_value(found.group("count")))
        if labels and not any(_WHOSE.match(label) for label in labels):
            return found.group("kind").casefold(), labels
    return None
