"""Where a line of prose parts into sentences: after a full stop, "!" or "?" before a capital."""

from __future__ import annotations

import re

#: The space between two sentences: after ".", "!" or "?", before a capital letter.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def sentences_of(text: str) -> list[str]:
    """Return the sentences of ``text``, in order, none empty.

    Example:
        >>> sentences_of("The fifth priority is safety. It was agreed. e.g. not here")
        ['The fifth priority is safety.', 'It was agreed. e.g. not here']
    """
    return [sentence for sentence in SENTENCE_BREAK.split(text.strip()) if sentence]
