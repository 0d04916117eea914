"""A lead-in naming no kind whose verb says what a board chose to work on: "… notes that in 2016/17
the BSCB prioritised work on:", "… the board has decided to focus on making sure that:".

A lead-in usually names its list's kind ("our priorities are:", read by
:func:`~councilkg.loaders.generic.leadinkind.lead_in_kind`); a board's report often says it by the
verb instead. The verb must be one of choosing done ("prioritised", "decided to focus on", "chose to
focus on") and end the lead-in, a few words at most before its colon: a plan, a review or a meeting
that only "should focus on:" or "will look at:" has chosen nothing, and its bullets are no
priorities (County Durham's 2009 report: "the Refresh element of the Review should focus on:"). A
committee's "agreed to focus on:" is left alone too: minutes agree on what a meeting looks at, not
only on priorities.

A plan says it by its focus as a noun too, the lead-in's whole subject: "Our focus for the next four
years:", "The specific focus is on:" (:func:`stated_focus`). "The focus of the review was on:" names
whose focus it is, a report's or a meeting's, and is left alone.
"""

from __future__ import annotations

import re

from councilkg.loaders.generic.outlinelines import OTHER_LIST_NOUNS

#: The verb of a choice made, then at most four words before the lead-in's colon.
_CHOSEN = re.compile(
    r"\b(?:prioriti[sz]ed|(?:decided|chose|chosen) to focus on)"
    r"(?P<tail>(?:\s+[\w’'/-]+){0,4})\s*:\s*$",
    re.IGNORECASE,
)

#: "… prioritised for support as follows:", "… prioritised for help:": who gets a service first.
_FOR_SERVICE = re.compile(r"^\s+for\s+(?:support|help|services?|places?|assessment|an? \w+)\b", re.IGNORECASE)


def chosen_focus(text: str) -> bool:
    """True when the lead-in ``text`` ends in a choice made of what to work on ("… prioritised work
    on:"), so the list after it holds the chooser's priorities; False for any other line, and for a
    choice of something no plan item is ("… prioritised the following documents:").

    Example:
        >>> chosen_focus("The foreword notes that in 2016/17 the BSCB prioritised work on:")
        True
        >>> chosen_focus("Families are prioritised for support as follows:")
        False
        >>> chosen_focus("As a result, the board has decided to focus on making sure that:")
        True
        >>> chosen_focus("The Partnership agreed that the Review should focus on:")
        False
        >>> chosen_focus("The Board prioritised the following documents:")
        False
    """
    found = _CHOSEN.search(text)
    # "… they're prioritised for support as follows:": who is put first for a service, not what is worked on
    for_whom = found is not None and _FOR_SERVICE.match(found.group("tail"))
    return found is not None and not OTHER_LIST_NOUNS.search(found.group("tail")) and not for_whom


#: "Our focus for the next four years:", "The specific focus is on:", "Our main focus will be:": the
#: plan's focus, the lead-in's subject, then at most a time it spans or a verb, and the colon; or the
#: plan as the subject focusing ("Our draft plan focuses on:").
_STATED = re.compile(
    r"^(?:our|the)\s+(?:(?:specific|main|key|strategic|particular|primary)\s+)?focus\s*"
    r"(?:(?:for|over|during)\s+(?:the\s+)?(?:next|coming|first)\s+[\w\s-]{1,25}?\s*)?"
    r"(?:(?:is|will be)(?:\s+on)?\s*)?:\s*$"
    # "Our draft plan focuses on:", "The strategy will focus on:": the plan itself, focusing
    r"|^(?:our|the|this)\s+(?:(?:draft|new|refreshed|updated|corporate|council)\s+)*"
    r"(?:plan|strategy|corporate plan|council plan)\s+"
    r"(?:(?:focuses|will focus|focusses)\s+on|emphasi[sz]es the importance of)\s*:\s*$",
    re.IGNORECASE,
)


def stated_focus(text: str) -> bool:
    """True when the lead-in ``text`` is a plan's focus named as its whole subject ("Our focus for
    the next four years:"), so the list after it holds the plan's priorities; False otherwise.

    Example:
        >>> stated_focus("Our focus for the next four years:"), stated_focus("The specific focus is on:")
        (True, True)
        >>> stated_focus("The draft plan emphasises the importance of:")
        True
        >>> stated_focus("The focus of the review was on:"), stated_focus("Our focus groups said:")
        (False, False)
        >>> stated_focus("Our draft plan focuses on:"), stated_focus("The review focuses on:")
        (True, False)
    """
    return _STATED.match(text) is not None
