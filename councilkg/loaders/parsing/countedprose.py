"""A list counted in one sentence and given in the next, between commas: "Six areas of improvement
focus have been agreed … These comprise improving permanency arrangements, …, and early help."

News reports and minutes retell a plan's priorities so: the count and what they are ("four key 'themes
of improvement'") in one sentence, the items after "These include" / "These comprise" in the next, or
after the counted word again ("… seven strands … The strands were: …"). Or the items open a sentence
that then counts them ("Raising educational attainment, improving health, and tackling rural access are
thus the three priorities we have decided to focus on"). The items are read only when there are exactly
as many as the count says (the rules of :func:`~councilkg.loaders.parsing.runlists.counted_run` for
items between commas).
"""

from __future__ import annotations

import re

from councilkg.loaders.parsing.runlists import COUNT_AND_WORDS, between_commas, count_value

#: A count, up to two words, then the kind of item counted (perhaps in quotes): "four key "themes".
_COUNTED = re.compile(
    rf"{COUNT_AND_WORDS}[\"“‘']?"
    r"(?P<kind>priorities|priority areas|areas|themes|objectives|aims|goals|ambitions|outcomes|actions|"
    r"commitments|strands)\b",
    re.IGNORECASE,
)
#: The sentence giving the items: "These include …", "They comprise: …", "The strands were: …" (the
#: counted word again).
_THESE = re.compile(
    r"^(?:these|they|the\s+(?P<again>[a-z]+(?:\s+areas)?))\s+"
    r"(?:are|were|include|included|comprise|comprised|cover|covered)\b\s*:?\s*",
    re.IGNORECASE,
)
#: A sentence ends at a full stop (perhaps inside quotes) before a space.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”’'])\s+")
#: "… health, family strength and finally education, training and employment": the last item follows.
_FINALLY = re.compile(r",?\s+and\s+(?:finally|lastly)\s+", re.IGNORECASE)


def counted_after(text: str, before: str = "") -> tuple[str, list[str]] | None:
    """Return the kind word and items of a list given in a sentence of ``text`` starting "These …"
    and counted in the sentence before it (in ``text``, or the last of ``before``, the line above),
    else ``None``.

    Example:
        >>> counted_after('The plan has a focus on four key "themes of improvement." These include quality, '
        ...               "implementation of learning, tools and strategic partnership.")
        ('themes', ['quality', 'implementation of learning', 'tools', 'strategic partnership'])
        >>> counted_after("These include quality, tools and partnership.", "We have four areas.") is None
        True
    """
    sentences = [sentence for sentence in _SENTENCE_BREAK.split(text.strip()) if sentence]
    for index, sentence in enumerate(sentences):
        these = _THESE.match(sentence)
        if these is None:
            continue
        prior = sentences[index - 1] if index else _last_sentence(before)
        counted = list(_COUNTED.finditer(prior))
        if not counted:
            continue
        if these.group("again") and these.group("again").casefold() != counted[-1].group("kind").casefold():
            continue  # "… four areas. The plans are: …": the sentence names another kind than was counted
        count = count_value(counted[-1].group("count"))
        labels = _items(sentence[these.end() :].rstrip(" ."), count)
        if labels:
            return counted[-1].group("kind").casefold(), labels
    return None


def _items(text: str, count: int) -> list[str]:
    """Return the ``count`` items of "A, B and C", or of "A, B and finally C, D and E" (the item after
    "finally" the last, whatever its commas), or [] when there are not that many."""
    final = _FINALLY.search(text)
    if final is None:
        return between_commas(text, count)
    labels = [" ".join(piece.split()) for piece in [*text[: final.start()].split(","), text[final.end() :]]]
    return labels if len(labels) == count and all(labels) else []


def _last_sentence(text: str) -> str:
    """Return the last sentence of ``text`` ("" for none)."""
    sentences = _SENTENCE_BREAK.split(text.strip())
    return sentences[-1] if sentences else ""


#: "… are thus the three priorities …": the verb after a list opening the sentence, then its count.
_COUNTED_AFTER_LIST = re.compile(
    r"\s+(?:are|were|will be|remain)\s+(?:thus\s+|therefore\s+|now\s+|still\s+)?(?:the|our)\s+"
    rf"{COUNT_AND_WORDS}[\"“‘']?(?P<kind>priorities|priority areas|themes|objectives|aims|goals|ambitions|"
    r"outcomes)\b",
    re.IGNORECASE,
)


def counted_before(text: str) -> tuple[str, list[str]] | None:
    """Return the kind word and items of a sentence of ``text`` that opens with its list and then
    counts it, else ``None``.

    Example:
        >>> counted_before("Raising educational attainment, improving health, and tackling rural access "
        ...                "are thus the three priorities we have decided to focus on as a Partnership.")
        ('priorities', ['Raising educational attainment', 'improving health', 'tackling rural access'])
        >>> counted_before("Schools, health and police are the three partners of the board.") is None
        True
    """
    for sentence in _SENTENCE_BREAK.split(text.strip()):
        counted = _COUNTED_AFTER_LIST.search(sentence)
        if counted is None:
            continue
        labels = _items(sentence[: counted.start()], count_value(counted.group("count")))
        if labels:
            return counted.group("kind").casefold(), labels
    return None
