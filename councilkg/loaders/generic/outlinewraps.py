"""Whether a line of a plan's outline goes on the item above it: a wrapped line joined to the pending
item, and what a blank line ends (the pending item, a list of unmarked sentences, a title's description).

:class:`OutlineWraps` is a base of the outline reader
(:class:`~councilkg.loaders.generic.outline.OutlineReader`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.documents.listmarks import BULLET, LETTER, NUMBER, is_marked
from councilkg.loaders.generic.contentsnesting import next_text
from councilkg.loaders.generic.hangingindent import wraps_under
from councilkg.loaders.generic.outlineitems import MAX_TITLE_WORDS
from councilkg.loaders.generic.outlinelines import (
    ACTION_LEAD_IN,
    CELL_GAP,
    MAX_FRAGMENT_WORDS,
    MAX_ITEM_WORDS,
    MEASURE_LEAD_IN,
    RULE_LISTED_PRIORITY,
    SENTENCE_END,
)
from councilkg.loaders.generic.outlinesentences import OutlineSentences
from councilkg.loaders.generic.wrappedbullets import item_part
from councilkg.loaders.model import Action, Indicator, Priority
from councilkg.text import clean_text, ends_mid_phrase

#: An item cut off by a line break: it ends in a word that cannot end a phrase ("… or Out of"); "and"
#: and a comma end the items of a list ("• Education – to improve life chances; and,").
_CUT_OFF = re.compile(r"\b(?:of|the|a|an)$", re.IGNORECASE)

#: A dash before a lowercase word: "– budgets, ideas, indoor", "- in current month".
DASHED_LOWERCASE = re.compile(r"^\s*[-–—]\s+[a-z]")


class OutlineWraps(OutlineSentences):
    """The outline reader's handling of wrapped lines and of the blank lines between items."""

    def _blank(self, number: int) -> None:
        """Note a blank line at ``number``: what it ends and what goes on past it; returns nothing."""
        self.describing = False
        above = self.raw_lines[number - 2].strip() if number > 1 else ""
        below = next((line.strip() for line in self.raw_lines[number : number + 3] if line.strip()), "")
        if self.sentence_run == number and (
            above.endswith(";") or (above.endswith(":") and below.endswith(";"))
        ):
            self.sentence_run = number + 1  # clauses ending in semicolons: their list goes on past the blank
        elif self.spaced and self.sentence_run == number and above:
            self.sentence_run = number + 1  # every line stands apart: a blank line ends no list …
            self.spaced_run = True
        else:
            self.sentence_run = None
        if self.pending is not None and self.pending.kind in {"priority", "outcome"}:
            return  # a heading's label does not run on past a blank line, but nor does it end the list
        if self.pending is not None and (
            ends_mid_phrase(self.pending.text)
            or (
                len((self.pending.last or self.pending.text).split()) <= MAX_FRAGMENT_WORDS
                and not SENTENCE_END.search(self.pending.text)
            )
        ):
            return  # "Deliver, in partnership, the" / blank / "council's improvement": a PDF's wrapped line
        self.pending = None

    def _continue(self, number: int, text: str) -> bool:
        """Join ``text`` to the pending item when it reads as that item's wrapped line; returns whether
        it did."""
        pending = self.pending
        if pending is None or BULLET.match(text) or NUMBER.match(text) or LETTER.match(text):
            return False
        if text.endswith(":") or ACTION_LEAD_IN.match(text) or MEASURE_LEAD_IN.match(text):
            return False
        if pending.kind in {"priority", "outcome"}:
            hanging = wraps_under(self.raw_lines[pending.item.source_line - 1], self.raw_lines[number - 1])
            if pending.text and not (text[:1].islower() or ends_mid_phrase(pending.text) or hanging):
                return False
            if (
                not pending.text
                and not self.raw_lines[number - 2].strip()
                and len(text.split()) > MAX_TITLE_WORDS
                and SENTENCE_END.search(text)
            ):
                return False  # "Priority theme 1" / blank / "To make sure that we are … by each priority."
        elif not pending.text:
            pass  # "Pledge 17" alone: its text is the next line
        elif SENTENCE_END.search(pending.text) and not text[:1].islower():
            return False
        elif text[:1].isupper() and (
            _leads_in(next_text(self.raw_lines, number))
            # "• Transforming Service Delivery" / blank / "Burnley" / "• School Attendance": after a blank
            # line, a capitalised line over a new list heads it
            or (
                not self.raw_lines[number - 2].strip()
                and len(text.split()) <= MAX_FRAGMENT_WORDS
                and BULLET.match(next_text(self.raw_lines, number))
            )
        ):
            # "- recruit more foster carers …" / "Develop our prevention and family support work" /
            # "We will:": a heading over the next list, not the last item's wrapped end; the item has ended
            self.pending = None
            return False
        elif (
            text[:1].isupper()
            and len(text.split()) > 2 * MAX_FRAGMENT_WORDS
            and len((pending.last or pending.text).split()) <= MAX_FRAGMENT_WORDS
        ):
            return False  # a narrow column's fragment does not go on in a full-width sentence
        said = False
        reading = getattr(pending.item, "reading", None)
        if pending.kind == "priority" and reading is not None and reading.rule == RULE_LISTED_PRIORITY:
            # a listed priority's bullet goes on over the lines right under it, up to a dash after which
            # they say something of it ("… young people and families - In 2016 the inspection")
            above = number - 1
            joined = self.extraction.placed.get(above) == "priority continued"
            if above != pending.item.source_line and not joined:
                return False
            text, said = item_part(text)
        if len(pending.text.split()) + len(text.split()) > MAX_ITEM_WORDS:
            return False
        if pending.column is not None:
            # a space-aligned row's wrapped lines: the label cell goes on where it started; a line
            # starting elsewhere holds only other columns' cells
            printed = self.raw_lines[number - 1]
            start = len(printed) - len(printed.lstrip())
            if abs(start - pending.column) > 2:
                self.extraction.place(number, f"{pending.kind} row's other cells")
                return True
            text = clean_text(CELL_GAP.split(printed.strip())[0])
        pending.text, pending.last = clean_text(f"{pending.text} {text}"), text
        pending.item.label = pending.text  # type: ignore[misc]  # Outcome is frozen: never pending here
        self.extraction.place(number, f"{pending.kind} continued")
        self.after_sentence = bool(SENTENCE_END.search(text))  # a heading follows only a finished one
        if said:
            self.pending = None
        return True

    def _dash_continues(self, number: int, text: str) -> bool:
        """Whether ``text``, a dash before a lowercase word, goes on the line directly above it, one
        that ends in a word and is no list item ("… outline issues for 2008" / "– budgets, ideas",
        "CH06 Proportion of social care re-referrals in 12 months" / "- in current month"): a
        wrapped line's dash, no list item. A capitalised last word above is who does the item after the
        dash, and a dash on the line below makes a list. Notes the line when it is; returns whether it
        is."""
        above = self.raw_lines[number - 2].strip() if number > 1 else ""
        last = above.split()[-1] if above else ""
        # a capitalised last word names who does what follows ("SCL/SYS/CDW/Partners" / "– develop …")
        if not DASHED_LOWERCASE.match(text) or not last[-1:].isalnum() or last[:1].isupper():
            return False
        if BULLET.match(above) or NUMBER.match(above) or LETTER.match(above):
            return False
        below = self.raw_lines[number].strip() if number < len(self.raw_lines) else ""
        if BULLET.match(below):
            return False  # "… with a voice that matters" / "- ensuring …" / "- making sure …": a list
        self.pending = None
        self.extraction.place(number, "a wrapped line's dash")
        # "Tackling crime …" / "– our objective is to tackle crime …": a heading's description, whose
        # full stop lets the next heading of a list be read
        self.after_sentence = bool(SENTENCE_END.search(text))
        return True

    def _bullet_wrapped(self, number: int, text: str) -> bool:
        """Whether ``text``, a bullet, is the wrapped end of the bullet directly above it, whose item
        ends mid-phrase ("• Reducing re-offending by … Court Orders or Out of" / "• Court Disposals":
        the text's own line break marked as a bullet); joins it to that item when it is."""
        above = self.raw_lines[number - 2].strip() if number > 1 else ""
        bullet = BULLET.match(text)
        if bullet is None or not BULLET.match(above):
            return False
        found = self.extraction
        item = _read_from(number - 1, found.indicators, found.actions, found.priorities)
        if item is None or not _CUT_OFF.search(item.label):
            return False
        inner = clean_text(text[bullet.end() :])
        if not inner or len(item.label.split()) + len(inner.split()) > MAX_ITEM_WORDS:
            return False
        item.label = clean_text(f"{item.label} {inner}")
        self.pending = None
        self.extraction.place(number, "item continued after its bullet")
        return True


def _read_from(
    line: int, *groups: Sequence[Priority | Action | Indicator]
) -> Priority | Action | Indicator | None:
    """Return the last item read from ``line``, looking in ``groups`` in turn, each from its end.

    Items are kept in reading order, so each group is scanned back only past the items of later
    lines (a long list's bullets would otherwise cost a scan of every item read before, each).
    """
    for group in groups:
        for item in reversed(group):
            if item.source_line == line:
                return item
            if item.source_line < line:
                break
    return None


def _leads_in(text: str) -> bool:
    """True when a line leads in a list of its own ("We will:", "Enhance our … arrangements by:"): the
    line above it is a heading over that list, no wrapped end of the item before."""
    return bool(ACTION_LEAD_IN.match(text)) or (text.endswith(":") and not is_marked(text))

