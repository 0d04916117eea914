"""What a line opening with "We" says: what the plan will do, or what is.

"• We will …", "• We want to …", "• We'll …" say what is to be done (:data:`WE_DO`): such a bullet
leads in as an action does, and may make the heading above it a priority. "• We are ambitious for our
children, families and communities.", "• We want strong schools and settings …", "• We have a skilled
workforce." say in the present tense what a council is or hopes for (:data:`STATE`): a vision's, a
value's or an outcome's words. Read by its place alone under a priority, such a bullet is no action of
it, and bullets like it make the heading above them ("In North Lincolnshire") no priority. "• Families
are supported to develop skills …", "• Children and young people understand healthy peer
relationships …" say what people will be, do or have (:data:`PEOPLE_STATE`): under a priority, the
outcomes it is for. "• Robust measures were in place to monitor …", "• There had been an improvement
in achievement …" report what was (:func:`reports_what_was`): a minute's or a review's points, no action.
"Director of Public Health" (:data:`POST_TITLE`) and "… is responsible for …" (:data:`ACCOUNTABLE`) say who
answers for a priority, never what is done for it.
"""

from __future__ import annotations

import re

from councilkg.loaders.parsing.cells import ACTION_VERBS

#: "Director of Public Health", "Cabinet Member for Adult Social Services": a post, who is accountable
#: for a priority (a list of them under "Accountability for delivery"), never what is done for it.
POST_TITLE = re.compile(
    r"^(?:the )?(?:(?:corporate|executive|assistant|deputy|strategic|interim) )?"
    r"(?:director|head|cabinet member|lead member|portfolio holder|chief executive|chief officer)"
    r"(?: (?:of|for) (?:(?!to |will )[^.;:])+)?$",
    re.IGNORECASE,
)
#: "… and the Chief Executive have accountability and oversight across all six pillars", "The
#: Children's Trust is responsible for …": who answers for the priority, not what is done for it.
ACCOUNTABLE = re.compile(
    r"\b(?:has|have)\s+(?:overall\s+|joint\s+)?(?:accountability|responsibility)\b"
    r"|\b(?:is|are)\s+(?:accountable|responsible)\s+for\b",
    re.IGNORECASE,
)
#: "We will …", "We shall …", "We want to …", "We aim to …", "We'll …": what is to be done.
WE_DO = re.compile(
    r"^We\s+(?:will|shall|want to|are going to|aim to|plan to|intend to|commit to)\b|^We['’]ll\b"
)
#: "We are …", "We're …", "We have …", "We believe …", "We value …", "We want <something>" (not "to").
STATE = re.compile(r"^we(?:\s+(?:are|have|believe|value)\b|['’]re\b|\s+want\s+(?!to\b))", re.IGNORECASE)
#: "Families are supported to …", "Children and young people understand …", "Parents and carers feel
#: supported …": people named, then what they are, feel, have or can do.
PEOPLE_STATE = re.compile(
    r"^(?:all |every |more |our |vulnerable |local )?(?:children|young people|families|parents|carers|"
    r"people|residents|everyone|pupils|learners|communities|care leavers)\b[^.;:]{0,60}?"
    r"\b(?:are|feel|have|can|understand|know|live|achieve|enjoy|receive)\b",
    re.IGNORECASE,
)


#: A point saying what was, its verb in the past within its opening words: "75.9% of initial assessments
#: were completed …", "At 31 March 2010, there were 147 children …", "The work of the Partnership had
#: been particularly important" (not "Children who were excluded …": the verb of a clause in the name).
_WAS = re.compile(
    r"^[^.;:]{0,80}?(?<!\bwho)(?<!\bwhich)(?<!\bthat)\s(?:was|were|had\s+\w+|remained|would\s+be)\s",
    re.IGNORECASE,
)

#: "Members highlighted …", "The Board emphasised the need for …": a meeting's body and what it said, in
#: the past tense (a minute's point).
_BODY_SAID = re.compile(
    r"^(?:the\s+)?(?:members?|board|committee|panel|councillors?|cabinet|chair(?:man)?)\s+"
    r"(?:\w+ed|said|felt|made|asked|noted)\b",
    re.IGNORECASE,
)

#: "26 (68%) have been completed as of March 2020": a count and its share, a tally of what was done.
_TALLY = re.compile(r"^\d[\d,]*\s*\(\d{1,3}(?:\.\d+)?%\)\s")

#: "… the Portfolio Holders have continued to discuss …": a paragraph's verb in the present perfect within
#: its opening words, an account of what has been done (a point this long is no item's title).
_HAVE_DONE = re.compile(
    r"^[^.;:]{0,100}?(?<!\bwho)(?<!\bwhich)(?<!\bthat)(?<!\bthey)(?<!\bwe)(?<!\byou)\s(?:have|has)\s+\w+ed\s",
    re.IGNORECASE,
)
MIN_REPORT_WORDS = 20


def is_tally(text: str) -> bool:
    """True when a point opens with a count and its share ("26 (68%) have been completed …"): a tally
    of a plan's items, none of them."""
    return _TALLY.match(text) is not None


def reports_what_was(text: str) -> bool:
    """True when a point reports in the past tense what was or had been (a minute's, a review's), not
    what is to be done: its opening words hold "was", "were", "had been" (or "had" and another verb,
    "remained", "would be"), or it opens with a meeting's body and what it said ("Members highlighted
    …") or a tally ("26 (68%) have been completed …"), and it opens with neither an action's verb
    ("Ensure that children who were …") nor "To".

    Example:
        >>> reports_what_was("Robust measures were in place to monitor newly qualified staff.")
        True
        >>> reports_what_was("Ensure that young people who were excluded are placed")
        False
        >>> reports_what_was("Children who were absent from school")
        False
        >>> reports_what_was("Members highlighted the importance of the Every Child Matters agenda")
        True
        >>> reports_what_was("26 (68%) have been completed as of March 2020")
        True
    """
    words = text.split()
    if _led_as_action(words):
        return False
    if len(words) >= MIN_REPORT_WORDS and _HAVE_DONE.match(" " + text):
        return True  # "Since the elections in May 2003, the Executive Portfolio Holders have worked …"
    return _WAS.match(" " + text) is not None or _BODY_SAID.match(text) is not None or is_tally(text)


#: "… is 81.5 years for men", "Only 57.6% of children … are meeting …": a figure stated in the present
#: tense, the verb within the point's opening words.
_IS_FIGURE = re.compile(
    r"^[^.;:]{0,80}?(?<!\bwho)(?<!\bwhich)(?<!\bthat)\s(?:is|are)\s[^.;:]{0,80}?"
    r"(?<![\w.])\d+(?:\.\d+)?(?:%|\s*per\s*cent\b|\s+years?\b)"
    r"|^(?:only\s+)?\d+(?:\.\d+)?%\s+of\s[^.;:]{0,80}?\s(?:is|are)\s",
    re.IGNORECASE,
)


def states_a_figure(text: str) -> bool:
    """True when a point states a figure of how things are ("Life expectancy in Buckinghamshire is 81.5
    years …", "Only 57.6% of children … are meeting …"): a fact about the area, no action. A point
    opening with an action's verb or "To" ("Increase the share … that is 75%") is none.

    Example:
        >>> states_a_figure("Life expectancy in Buckinghamshire is 81.5 years for men and 85.1 for women")
        True
        >>> states_a_figure("Only 57.6% of children and young people are meeting recommended levels")
        True
        >>> states_a_figure("Reduce the gap, which is 5.8 years, between the most and least deprived")
        False
    """
    if _led_as_action(text.split()):
        return False
    return _IS_FIGURE.match(text) is not None


def _led_as_action(words: list[str]) -> bool:
    """True when a point's ``words`` are none, or open with an action's verb or "To": what is to be done
    ("Ensure that children who were …"), never a report of what was or is."""
    return not words or words[0] in ACTION_VERBS or words[0].casefold() == "to"
