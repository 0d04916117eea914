"""What a line of a plan's outline is: the patterns and word lists the outline's rules test a line
with, the kinds of item a lead-in names, and the names of the rules (``ckg:extractionRule``).

The patterns are linear: none is run over a line longer than :data:`MAX_LINE_CHARS`, and lists run
together are found by string tests (:mod:`councilkg.loaders.parsing.runlists`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilkg.documents.listmarks import BULLET, NUMBER
from councilkg.documents.tabindent import TAB_WIDTH
from councilkg.loaders.parsing.runlists import COUNT_WORDS
from councilkg.text import clean_text

RULE_LABELLED_HEADING = "heading: labelled priority"
RULE_OUTCOME_HEADING = "heading: labelled outcome"
RULE_NUMBERED_HEADING = "numbered heading"
RULE_NUMBERED_RUN = "one of a run of numbered headings"
RULE_HEADING_ABOVE_LIST = "heading above a list"
RULE_BULLET_ACTION = "list item under a priority"
RULE_LISTED_ACTION = "list item after an action lead-in"
RULE_NUMBERED_ACTION = "numbered item under a priority"
RULE_WE_WILL = "sentence: we will"
RULE_TITLED_COMMITMENT = "titled sentence: we will"
RULE_VERB_LED = "line led by a verb under a priority"
#: Verbs that, leading a line, are more often a table header's noun ("Lead officer", "Target value").
HEADER_NOUNS = frozenset({"Lead", "Target", "Report", "Plan", "Update"})
RULE_LISTED_MEASURE = "list item after a measures lead-in"
RULE_CODED_MEASURE = "line naming a national indicator"
RULE_LISTED_RISK = "list item after a risks lead-in"
RULE_INLINE_LIST = "numbered list on one line"
RULE_RUN_LIST = "numbered list run together"
RULE_COUNTED_LIST = "counted list run into a sentence"
RULE_COUNTED_LINES = "counted list, one item a line"
RULE_VALUE_ROW = "measure printed over its value"
RULE_CODED_ROW = "row led by a reference code"
RULE_HEADING_IN_LIST = "heading after a priorities lead-in"
RULE_LISTED_OUTCOME = "list item after an outcomes lead-in"
RULE_UNDER_LISTED_OUTCOME = "list item under one of a list of outcomes"
RULE_LISTED_PRIORITY = "list item after a priorities lead-in"
RULE_LABELLED_RUN = "labelled items run together on one line"
RULE_CONTENTS_ENTRY = "contents entry under an entry naming its kind"
RULE_CONTENTS_UNDER_OUTCOME = "contents entry under a framework outcome's entry"
RULE_NAMED_IN_SENTENCE = "titles a sentence names after their kind"
RULE_SENTENCE_ITEM = "sentence on the lines right after a lead-in"
RULE_NUMBERED_ABOVE_RESTART = "numbered item above a list numbered from 1 again"
RULE_NUMBERED_OVER_LETTERS = "numbered item above its lettered list"
RULE_QUOTED_FOCUS = "priority a lead-in names in quotes"
RULE_TARGET_POSITION = "measure a sentence opens with, above or below its target"
RULE_NAMED_IN_PROSE = "measure a sentence calls an indicator or quotes"
RULE_RISK_IN_PROSE = "risk a sentence names after the word"
RULE_MOVED_MEASURE = "measure a meeting reports as having moved"
RULE_PROMISED_ITEM = "list item saying what we will do, after a lead-in naming no kind"
RULE_REPORTED_MEASURE = "measure a listed point reports on"
RULE_CODED_POINT = "measure a point names with its code, then comments on"
RULE_PEOPLE_STATE = "bullet under a priority saying what people will be or have"
#: A sentence longer than this after a lead-in is a paragraph, not a list item.
MAX_SENTENCE_ITEM_WORDS = 40

#: "7 / Our Priorities": a contents page's number printed as a table's cell, then the title.
CELL_NUMBER = re.compile(r"^\d{1,2}\s+/\s+")
NATIONAL_CODE_FIRST = re.compile(r"^(?:NI|BVPI|PAF)\s?\d{1,3}[a-z]?\b", re.IGNORECASE)
CELL_GAP = re.compile(r"\s{2,}|\t")
#: Cells printed side by side across a page: "People        Place        Prosperity".
WIDE_GAP = re.compile(r"\s{3,}|\t")
SUB_OBJECTIVES = re.compile(r"^(?:key |our |main )?(?P<word>objectives|aims|goals)\s*:?$", re.IGNORECASE)
#: "1. 1. Strong families": a list number printed twice (a PDF's list label and its text).
DOUBLED_NUMBER = re.compile(r"^(\d{1,2}[.)])\s+\1\s+")


INLINE_NUMBERS = re.compile(r"(?:^|\s)(\d{1,2})[.)]\s+(?=[A-Z])")
#: "1 Prevention, Independence and Resilience 2 Participation …": numbers with no stop, after a lead-in.
BARE_INLINE_NUMBERS = re.compile(r"(?:^|\s)(\d{1,2})\s+(?=[A-Z])")
LIST_KIND_WORDS = re.compile(
    r"\b(priority actions|priority projects|key projects|actions|strategic commitments|commitments|key tasks|"
    r"activity areas|"
    r"activities|priorities|priority areas|priority headings|"
    r"areas of focus|focus areas|key areas|main areas of work|areas of work|objectives|"
    r"areas (?:of (?:significant )?weakness|of concern|for improvement)|"
    r"ambitions|aims|goals|themes|pledges|promises|workstreams|work streams|imperatives|pillars|"
    r"outcome statements|outcomes|measures|indicators|targets|milestones|risks)\b",
    re.IGNORECASE,
)
LEAD_IN_CUES = re.compile(
    r":\s*$|\bfollowing\b|\bare\s*:?\s*$|\bidentif(?:y|ies)\b|\bsets? out\b|\boutlines\b|\bfocus(?:es)? on\b|"
    r"\bas follows\b|"
    r"\bthese are\b|\binclude\b|"
    # "What are the key actions we will take?": a question the list under it answers
    r"^what (?:are|will be) (?:the |our )?(?:key |main )?[\w ]{0,40}\?\s*$",
    re.IGNORECASE,
)
#: A date's month after its day ("launched on Monday (14 August)") is nothing counted.
MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
#: "four types of information", "three key priorities": what a list after the line counts.
COUNTED = re.compile(
    # "Quarter 2 2016/2017": a number before another number (a year) counts nothing
    rf"(?<![\d/–-])\b{COUNT_WORDS}\s+(?!(?:years?|months?|weeks?|days?|quarters?|per cent|%|{MONTHS})\b|\d)"
    r"((?:[\w-]+\s+){0,2}[\w-]+)",
    re.IGNORECASE,
)
KIND_STEM = re.compile(
    r"\b(?:priorit|action|commitment|task|activit|area|focus|objective|ambition|aim|goal|theme|pledge|promise|"
    r"work ?stream|pillar|outcome|measure|indicator|target|risk)",
    re.IGNORECASE,
)
#: What a list after a line may hold other than plan items: the line's last sentence names it first.
OTHER_LIST_NOUNS = re.compile(
    r"\b(?:vision|values|principles|documents|strategies|members|partners|organisations|signatories)\b",
    re.IGNORECASE,
)
#: "poor outcomes", "improve outcomes", "such ambitious aims": the word said of results, not naming a list.
GENERIC_KIND_WORD = re.compile(
    r"\b(?:poor|poorer|better|good|improve|improved|improving|positive|such|ambitious|life|health)\s+$",
    re.IGNORECASE,
)
KIND_OF_WORD = {
    **dict.fromkeys(["priority actions", "actions", "commitments", "key tasks", "activities"], "action"),
    **dict.fromkeys(["priority projects", "key projects"], "action"),  # "… priority projects … are to:"
    "activity areas": "action",
    # an inspection's findings a written statement of action answers are the priorities it sets
    **dict.fromkeys(["areas of weakness", "areas of significant weakness", "areas of concern"], "priority"),
    **dict.fromkeys(["areas for improvement", "areas of focus", "focus areas", "key areas"], "priority"),
    **dict.fromkeys(["main areas of work", "areas of work"], "priority"),
    **dict.fromkeys(["priorities", "priority areas", "objectives", "ambitions", "aims", "goals"], "priority"),
    "priority headings": "priority",  # "… what was achieved under the following priority headings:"
    **dict.fromkeys(["themes", "pledges", "promises", "workstreams", "work streams", "pillars"], "priority"),
    "imperatives": "priority",
    "strategic commitments": "priority",  # "… includes five strategic commitments:" (a council's themes)
    **dict.fromkeys(["outcomes", "outcome statements", "outcome areas"], "outcome"),
    **dict.fromkeys(["measures", "indicators", "targets", "milestones"], "indicator"),
    "risks": "risk",
}
LABELLED = re.compile(
    # "2011/12 Priority: Youth Development", "CYPP Priority: …": the year or the plan's initials before
    r"^(?:\d{4}(?:[/-]\d{2,4})?\s+|(?-i:[A-Z]{2,6})\s+(?=(?-i:[A-Z])))?"
    r"(?P<word>(?:strategic |key |our |cross[- ]cutting )?"
    r"(?:priority outcome|priority area|priority theme|focus area|priority|objective|outcome|"
    r"aim|theme|goal|ambition|pledge|commitment|pillar|work ?stream|imperative|wish)(?:s|es)?)\s*"
    r"(?:(?P<ref>\d{1,2}(?:\.\d{1,2})?[a-z]?|(?-i:[A-Z])(?=\s*[:.–—-])|one|two|three|four|five|six|seven|eight)"
    r"\s*(?:[:.–—-]\s*|\s+|$)|[:–—-]\s*)(?P<label>.*)$",
    re.IGNORECASE,
)

#: "Working together and building trust - priority 1", "Improving health in Salford (pledge 1)": the label
#: first, the kind and number after it.
LABELLED_AFTER = re.compile(
    r"^(?P<label>[A-Z][^:]{2,120}?)\s+(?:[–—-]\s+|(?P<open>\())(?P<word>(?:strategic |key )?(?:priority|"
    r"objective|outcome|aim|theme|goal|ambition|pledge|pillar))\s+(?P<ref>\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight)(?(open)\))$",
    re.IGNORECASE,
)


#: "Priority 4: …": a labelled item's start anywhere in a line, for items run together on one line.
#: A mark glued to the word before it ("… protected from harmPriority 2: …") is one whose line break
#: the page lost: the word's capital after a small letter shows where.
LABEL_WORDS = ("Priority", "Objective", "Outcome", "Aim", "Theme", "Goal", "Ambition", "Pledge")
LABEL_MARK = re.compile(
    rf"(?:^|(?<=\s)|(?P<glued>(?<=[a-z])))(?P<word>(?-i:{'|'.join(LABEL_WORDS)}))\s+"
    r"(?P<ref>\d{1,2}|(?-i:[A-H])(?=\s*:))(?:\s*[:–—]|\s+-)\s+(?=[A-Z])"
)
#: A sentence glued to the word before it ("respectedWe have"): a small letter, then a capitalised word;
#: or the contents' page numbers glued on ("right for you1246711151923Organisational Chart").
_GLUED_SENTENCE = re.compile(r"[a-z](?=[A-Z][a-z]*\s|\d)")
#: A page number printed after a contents entry run together with the next: "… communities 6 Outcome B".
_PAGE_AFTER_LABEL = re.compile(r"\s\d{1,3}$")
_PAGE_IN_LABEL = re.compile(r"\s\d{1,3}(?=\s|$)")
#: A contents page's back matter run on after its last labelled entry: "… Appendix B: What we mean …".
_BACK_MATTER_AFTER = re.compile(r"\s+(?=(?:Appendix|Appendices|Annex|Glossary)\b)")
#: Marks this many in one line, numbered on, are items wherever the line puts them.
MIN_RUN_ANYWHERE = 3


_PAGE_FIRST = re.compile(r"^Page\s+\d{1,3}\s+(?=[A-Z])")


#: A title printed in capitals word by word ("The Salford Early Help Strategy").
TITLE_CASE = re.compile(r"(?:(?:[A-Z][\w’'&-]*|of|and|for|the|to|in)\s+){1,9}[A-Z][\w’'&-]*")


def labelled_title(match: re.Match[str]) -> str:
    """Return the title a :data:`LABELLED` line prints after its kind and number ("" when it prints none).

    Example:
        >>> labelled_title(LABELLED.match("Priority 2: Keep children safe"))
        'Keep children safe'
        >>> labelled_title(LABELLED.match("Aim 1"))
        ''
        >>> labelled_title(LABELLED.match("Priority One: Page 4 Local Services that work for Local People"))
        'Local Services that work for Local People'
    """
    # "Priority One: Page 4 Local Services …": a contents entry's page printed before its title
    return _PAGE_FIRST.sub("", clean_text(match.group("label"))).strip(" :–—-")


def kind_stem(word: str) -> str:
    """Return the last word of a label's kind word, lower-cased, its plural "s" dropped (so "Priority 1"
    and "Key Priority 2" name the same kind)."""
    return word.casefold().rstrip("s").split()[-1]


def _ordinal(ref: str) -> int:
    return int(ref) if ref.isdigit() else ord(ref) - ord("A") + 1


def labelled_run(text: str) -> list[tuple[str, str, str]]:
    """Return (kind word, ref, label) for each labelled item of a line that runs two or more together.

    A PDF's contents or summary page printed as one line keeps each item's label: "Priority 4: … Priority
    5: …". The items must share the word and number (or letter) on from each other; else the line is
    left alone. Page numbers printed after each entry are left out.

    Example:
        >>> labelled_run("Priority 4: Keep young people safe Priority 5: Good mental health")
        [('Priority', '4', 'Keep young people safe'), ('Priority', '5', 'Good mental health')]
        >>> labelled_run("Priority 1: Early help, as Priority 3: says")
        []
        >>> labelled_run("The Salford Early Help Strategy Aim 1: Support families to help themselves")
        [('Aim', '1', 'Support families to help themselves')]
        >>> [label for _, _, label in labelled_run("detail Outcome A : Safer communities 6 Outcome B : "
        ...  "Cleaner County 37 Outcome C : Secure future 50 Notes 92")]
        ['Safer communities', 'Cleaner County', 'Secure future']
        >>> labelled_run("Priority 1: Universal services Priority 2: Early help Appendix B: Needs")[-1]
        ('Priority', '2', 'Early help')
    """
    if not any(word in text for word in LABEL_WORDS):
        return []  # no mark's word: the pattern, tried at every position, need not run
    marks = list(LABEL_MARK.finditer(text))
    if len(marks) < 2 and (paged := _paged_labels(text)):
        return paged
    if not marks or len({mark.group("word") for mark in marks}) > 1:
        return []
    # a slide's title run into its body: "The Salford Early Help Strategy Aim 1: Support …"
    titled = marks[0].start() > 0 and TITLE_CASE.fullmatch(text[: marks[0].start()].strip()) is not None
    placed = marks[0].start() == 0 or titled or len(marks) >= MIN_RUN_ANYWHERE
    if not placed or (len(marks) < 2 and not titled):
        return []
    if not _numbered_on([_ordinal(mark.group("ref")) for mark in marks]):
        return []
    ends = [mark.start() for mark in marks[1:]] + [len(text)]
    if any(mark.group("glued") is not None for mark in marks[1:]) and (
        glue := _GLUED_SENTENCE.search(text, marks[-1].end())
    ):
        ends[-1] = (
            glue.start() + 1
        )  # "… listened to and respectedWe have a lot …": the last item ends as the others did
    labels = [clean_text(text[mark.end() : end]).rstrip(" ;,") for mark, end in zip(marks, ends, strict=True)]
    if len(labels) >= 2:
        labels = _without_pages(labels) or labels
    # "… as they grow up Appendix B: What we mean by …": the page's next entries run on after the last item
    labels[-1] = _BACK_MATTER_AFTER.split(labels[-1], maxsplit=1)[0]
    return [(mark.group("word"), mark.group("ref"), label) for mark, label in zip(marks, labels, strict=True)]


#: A label with no stop after it in a contents page's run: "Priority 2 Economy and Transport 30", or its
#: page right after the number, "Corporate Business Objective 1 15 To deliver …".
_BARE_LABEL_MARK = re.compile(
    rf"(?:^|(?<=\s))(?P<word>(?-i:{'|'.join(LABEL_WORDS)}))\s+(?P<ref>\d{{1,2}})\s+"
    r"(?:(?P<page>\d{1,3})\s+)?(?=[A-Za-z])"
)


def _paged_labels(text: str) -> list[tuple[str, str, str]]:
    """Return (kind word, ref, label) for each entry of a contents page's run of labels with no stop
    after them, three or more numbered on from each other, each with its page (after the label or after
    the title); else an empty list.

    Example:
        >>> [label for _, _, label in _paged_labels("Priority 1 Our Towns 24 Priority 2 Economy and "
        ...     "Transport 30 Priority 3 Climate Change 34 Appendices 40")]
        ['Our Towns', 'Economy and Transport', 'Climate Change']
        >>> _paged_labels("Priority 1 is health, priority 2 is jobs and Priority 3 is homes")
        []
    """
    marks = list(_BARE_LABEL_MARK.finditer(text))
    if len(marks) < MIN_RUN_ANYWHERE or len({mark.group("word") for mark in marks}) > 1:
        return []
    if not _numbered_on([int(mark.group("ref")) for mark in marks]):
        return []
    ends = [mark.start() for mark in marks[1:]] + [len(text)]
    labels = [clean_text(text[mark.end() : end]) for mark, end in zip(marks, ends, strict=True)]
    if all(mark.group("page") for mark in marks):
        # "… income and jobs. Corporate Business Objective 2": each title ends at its sentence's end
        labels = [re.split(r"(?<=[.!?])\s+(?=[A-Z])", label, maxsplit=1)[0] for label in labels]
    elif not (labels := _without_pages(labels)):
        return []
    return [
        (mark.group("word"), mark.group("ref"), label.rstrip(" ."))
        for mark, label in zip(marks, labels, strict=True)
    ]


def _numbered_on(numbers: list[int]) -> bool:
    """True when ``numbers`` go on by one from the first (1, 2, 3 or 4, 5)."""
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _without_pages(labels: list[str]) -> list[str]:
    """Return contents entries run together without the page printed after each ("Safer communities 6",
    …; the last cut at its page, whatever follows it), or [] when an entry but the last prints none."""
    if not all(_PAGE_AFTER_LABEL.search(label) for label in labels[:-1]):
        return []
    return [_PAGE_AFTER_LABEL.sub("", label) for label in labels[:-1]] + [
        _PAGE_IN_LABEL.split(labels[-1], maxsplit=1)[0]
    ]


def _coded_row(first_letter: str) -> re.Pattern[str]:
    """Return the pattern of a row led by a reference code whose label starts with ``first_letter``."""
    # "CRR0004", "CC1.1", "CYP200aii"; a one-letter prefix only before a dotted number ("C1.1.1", not
    # "Q1"); a document's own parts ("PART 2 Surrey CYPCP JAR Action Plan") are no codes
    return re.compile(
        r"^(?!(?:PART|SECTION|CHAPTER|APPENDIX|ANNEX|PAGE|STAGE|PHASE|STEP|ITEM)\s?\d)"
        r"(?P<ref>(?P<prefix>[A-Z]{2,6}|[A-Z](?=\d{1,3}\.\d))\s?(?P<number>\d{1,5}(?:\.\d{1,3}){0,3})[a-z]?(?:i{1,3}|iv|vi{0,3})?)\b"
        r"[\s.:*–-]+(?P<label>" + first_letter + r".*)$"
    )


CODED_ROW = _coded_row("[A-Z]")
#: A coded row printed as a list item ("o CRR01 children's operational staffing"): any first letter.
CODED_ITEM = _coded_row("[A-Za-z]")
VALUES_TAIL = 200
TRAILING_VALUES = re.compile(r"(?:\s+(?:\d+(?:\.\d+)?%?|TBC|N/A|n/a|High|Medium|Low|[HML]|–|-))+$")
KIND_CONTEXT = (
    (re.compile(r"\brisks?\b", re.IGNORECASE), "risk"),
    (
        re.compile(
            r"\b(?:indicators?|kpis?|pis?|measures?|targets?|outturn|baseline|scorecards?|dashboards?|"
            r"performance (?:figures|data|report))\b",
            re.IGNORECASE,
        ),
        "indicator",
    ),
    (re.compile(r"\b(?:actions?|tasks?|milestones?)\b", re.IGNORECASE), "action"),
    (re.compile(r"\b(?:priorit(?:y|ies)|objectives?|ambitions?)\b", re.IGNORECASE), "priority"),
)
OUTCOME_WORDS = re.compile(r"outcome|ambition|goal|pillar", re.IGNORECASE)
ACTION_LEAD_IN = re.compile(
    r"^(?:we will|we want(?: to)?|we aim to|what will we do|"
    r"what we will (?:do|be doing)(?: next| in (?-i:[A-Z])[\w ]{0,30})?|"
    r"how (?:we will|will we) (?:do it|do this|achieve (?:this|it)|deliver(?: this| it)?|get there|"
    r"make (?:this|it) happen)|"
    r"key (?:actions|tasks|"
    r"activities)|actions?|our (?:actions|commitments?)|what we are going to do|to achieve this,? we will|"
    r"in \d{4}(?:/\d{2})? we will|over the next \w+ years? we will|this year we will|next steps|"
    r"what we plan to do|priority actions|this will (?:involve|mean)(?: us)?|"
    r"we will (?:achieve|deliver|do) (?:this|it)(?: by)?|"
    # "Our plan to achieve this..." over the numbered steps
    r"our plan to (?:achieve|deliver) (?:this|it))\s*(?:(?:[:.?]|\.\.\.|…)\s*)?$|"
    # "In the next year the Council will:", "… how Medway will:", "… This will be achieved through:"
    # (each of the two ends in a colon: the lookahead says so first, and the scans run on such lines alone)
    r"^(?=[\s\S]*:\s*$).{0,300}?\b(?:we|the council|the partnership|the board|the trust|partners|"
    r"the service|this|"
    r"the (?:local )?authority|(?-i:[A-Z][\w’'-]+))\s+will(?: also| further)?"
    r"(?: have| be achieved (?:through|by))?\s*:\s*$|"
    r"^(?=[\s\S]*:\s*$)(?:.*[.!?]\s+)?[^.!?]{0,150}?\bwe will also\s*:\s*$|"
    # "… agreed to create a joint action plan with young people that will:": what the plan will do
    r"^(?=[\s\S]*:\s*$)[^.!?]{0,200}?\b(?:plan|strategy|programme)\b[^.!?:]{0,60}"
    r"\b(?:that|which) will\s*:\s*$|"
    # "We will improve our early intervention and prevention support by:": how, item by item
    r"^(?=[\s\S]*:\s*$)we(?: will|['’]ll) [^.!?:]{0,150}?\bby\s*:\s*$|"
    # "Key features include creating:", "The work will involve developing:": what is to be made
    r"^(?=[\s\S]*:\s*$)[^.!?]{0,150}?\b(?:include|includes|involve|involves)\s+(?:creating|developing|"
    r"establishing|introducing|delivering|setting up|building|launching|expanding)\s*:\s*$",
    re.IGNORECASE,
)
MEASURE_LEAD_IN = re.compile(
    # "Overarching success criteria", "Key performance measures"
    r"^(?:(?:key |overarching |overall |main |our )?"
    r"(?:success|outcome|performance) (?:measures?|criteria|indicators?)|"
    r"how (?:will we|we will) "
    r"(?:know|measure)[^:]*|measures? of success|key performance indicators?|kpis?|we will know we have "
    r"(?:succeeded|been successful)[^:]*|what (?:will )?success (?:will )?looks? like|measures?|targets?|"
    r"indicators?|how we will measure (?:success|progress)|we(?:['’]ll| will) see|"
    # "Measured by:", "Indicators to measure outcomes", "Progress will be measured by:"
    r"(?:(?:this|progress|success) will be )?measured by|(?:indicators|measures) to measure \w+)"
    r"\s*[:.?]?\s*$|"
    # "To measure progress on this priority we will be … monitoring the following target outcomes:"
    r"^to (?:measure|monitor|track) (?:our )?(?:progress|success|performance|impact)\b[^:]{0,200}:\s*$",
    re.IGNORECASE,
)
#: "What we have done in 2024 to 2025", "What has happened as a result", "Our achievements": a heading over
#: what was done or came of it, no plan items.
DONE_HEADING = re.compile(
    r"^(?:what we (?:have )?(?:done|did|achieved|delivered)|what (?:has )?happened(?: as a result)?|"
    r"(?:our |key )?achievements|what difference (?:has it|did it|it has) made)\b[^.:!?]{0,40}[:.]?$",
    re.IGNORECASE,
)
#: "To promote opportunities for communities to lead safe, healthy and fulfilling lives we will:": a
#: purpose, the title of the heading above it, leading in what is done for it.
PURPOSE_LEADS_IN = re.compile(r"^(?P<title>To\s+[a-z][^:]{10,200}?),?\s+(?:we|the council) will\s*:$")
#: "There are a number stages to the creation of the plan." over "1. First we will be talking …" / "2.
#: We'll then draft a plan …": the steps of a process (the plan's own making), never its items.
PROCESS_STAGES = re.compile(
    rf"^(?:there\s+(?:are|is|will\s+be)|(?:the|this|our)\s+(?:plan|strategy|process|review)\s+"
    rf"(?:has|have|will\s+have|is\s+in|will\s+be\s+in|falls\s+into))\s+"
    rf"(?:a\s+number\s+(?:of\s+)?|several\s+|{COUNT_WORDS}\s+|\d+\s+)?(?:key\s+|main\s+|distinct\s+)?"
    r"(?:stages?|steps?|phases?)\b",
    re.IGNORECASE,
)
#: "This has been developed in the strategic priority:", "… start thinking about a fourth priority:": the
#: one item named on the next line.
ONE_ITEM_LEAD_IN = re.compile(
    r"\b(?:the|our|one|a|this)\s+(?:(?:first|second|third|fourth|fifth|sixth|further|new)\s+)?"
    r"(?:(?:strategic|key|main|overarching|shared|single)\s+)?"
    r"(?P<word>priority|objective|ambition|aim|goal|outcome)\s*:\s*$",
    re.IGNORECASE,
)
RULE_ONE_ITEM = "item after a lead-in naming one"
#: "Outcome" or "Key area of action" alone on a line, over a numbered line: a table's header cell printed
#: over each block of its rows (one cell per line), naming the kind of the numbered lines under it.
KIND_LABEL_LINE = re.compile(
    r"^(?:key |strategic |main |our )?(?:(?P<outcome>outcome)|(?P<priority>priority|objective|aim|goal|"
    r"theme|priority area|focus area|areas? (?:of|for) (?:action|focus))|(?P<action>action|task|activity)|"
    r"(?P<indicator>measure|indicator|success measure|performance measure|kpi)|(?P<risk>risk))\s*:?$",
    re.IGNORECASE,
)


def label_line_kind(text: str) -> str | None:
    """Return the kind of item a line holding only a kind's name labels ("Key area of action": priority).

    Example:
        >>> label_line_kind("Outcome"), label_line_kind("Key area of action"), label_line_kind("Outcomes")
        ('outcome', 'priority', None)
    """
    match = KIND_LABEL_LINE.match(text)
    return next((kind for kind, word in match.groupdict().items() if word), None) if match else None


#: "We will need to …", "we will have to …" say what is needed, not what is done; "We will know we have
#: done what we promised", "… we'll see positive outcomes" what will be seen, an adverb between or not
#: ("We will also be increasing …", "We will continue to be bold").
NOT_DONE = r"(?!(?:also\s+|still\s+|continue\s+to\s+)?(?:be|need|have to|know|see)\b)"
WE_WILL = re.compile(
    rf"(?:^|(?<=[.;]\s))(?:(?:we|the council|the partnership) will|we['’]ll)\s+{NOT_DONE}", re.IGNORECASE
)
NOT_A_PRIORITY = re.compile(
    # "The purpose of the plan", "Proposal": a part of the document, the article before it or not
    r"^(?:(?:the|this|our) )?(?:contents|introduction|foreword|background|context|summary|executive summary|"
    r"(?:draft |new |shared )?vision|appendix|glossary|purpose|scope|governance|monitoring|consultation|"
    r"proposals?|acknowledgements|references|"
    r"next steps|conclusion|national context|local context|where we are now|key facts|page \d+|"
    # "Measuring our progress", "Monitoring performance": how the plan is checked, no priority of it
    r"(?:measuring|monitoring) (?:our |the plan'?s? )?(?:progress|success|performance)$|"
    r"(?:key |main )?(?:challenges|achievements|issues|recommendations)$|"
    # "Our values", "Values for our residents", "Principles and behaviours": how, not what, is done
    r"(?:core |guiding )?(?:values|principles|behaviours)(?:\s+(?:and|&)\s+(?:values|principles|behaviours))?"
    r"(?:\s+for\s+(?:our |the )?[\w ]{1,30})?:?$|"
    # "Quality of Life Implications", "Resource and legal implications": a committee report's sections
    r"(?:[\w&-]+\s+){0,3}implications:?$|"
    # "What is it", "How we will know": a question heading over narrative, its mark lost or never printed
    r"(?:what|how|why|who|where|when)\s+(?:is|are|do|does|will|we|can|should|has|have|this|it|that)\b)\b",
    re.IGNORECASE,
)
COMMITMENT = re.compile(
    # "With schools, businesses, and other partners we will link …", "In all this we will listen …";
    # "Together, we will seize every chance …" with no one named is a vision's call, no action
    r"(?:(?:with|in|over|by|together with|through|working|across|during|alongside|as part of)\b[^.;:]{0,100}?"
    r"\s)?"
    rf"(?:(?:we|the council|the partnership) will,?|we['’]ll)\s+{NOT_DONE}",
    re.IGNORECASE,
)
#: "… to ensure that all children and young people:": a list of what they will be or do, the outcomes.
CHILDREN_TO = re.compile(
    r"\b(?:all|every|our)\s+(?:children(?:,)?(?: and young people| young people and (?:their )?families)?"
    r"|child(?: and young person)?)(?:\s+(?:in [A-Z][\w ]{1,30}|will|to|can|should|are|have))?\s*:$"
    # "… a place where every child and young person receives the help they need to:"
    r"|\bevery child(?: and young person)?\b[^.:;]{0,80}\b(?:need|able|want|helped|supported) to\s*:$"
    # "We want Coventry children and young people to:"
    r"|\bwant\b[^.:;]{0,40}\bchildren(?: and young people)?\s+to\s*:$"
    # "We want all children and young people to have the best possible start in life:" over "• to …"
    r"|\bwant (?:all|every|our) children(?: and young people)?\s+to\s+(?:have|be|enjoy)\b[^.:;]{0,80}:$"
    # "We want people in Wealden's communities to have the opportunity to enjoy … quality of life through:"
    r"|^[Ww]e want (?:people|residents|everyone)\b[^.:;]{0,60}\bto (?:have|enjoy|be)\b"
    r"[^.:;]{0,100}\bthrough\s*:$"
    # "In Rochdale, we want to see:": what the partners want to see come about
    r"|\b(?:[Ww]e|partners|the partnership|the board)\s+(?:want|would like|wish|hope|expect)\s+to\s+see\s*:$"
    # "In a 'Family Friendly' Barnet, children and families are able to:"
    r"|\bchildren(?:,)?(?: and young people| and families| young people and (?:their )?families)?\s+"
    r"(?:are able to|will be able to|will|can|should)\s*:$"
    # "Children and young people are positive about their future …. They are:": what they are, each line
    r"|^[Cc]hildren(?: and young people)?\s+(?:are|will be|feel)\b[^.:;]{0,200}\.\s+"
    r"[Tt]hey (?:are|will be)\s*:$",
)
#: "We want to help young people … find work." under an outcome or priority: what is done for it; "We
#: want to make a difference to …" says only that something should come of it, the plan's purpose.
WANT = re.compile(r"we want to\s+(?!be\b|hear\b|know\b|make an? (?:\w+ )?difference\b)", re.IGNORECASE)
#: "… We will monitor this by assessing:" after a labelled item's title: the measures listed under it.
MEASURED_BY = re.compile(
    r"(?:^|(?<=[.;]\s))(?:we will|we'll|this will be) (?:monitor|measur|track|assess)\w*\b[^.:]{0,80}:$",
    re.IGNORECASE,
)
#: "We want our children, young people and their families to be healthy …": what others will be, an
#: aspiration (an outcome's words), not something done.
ASPIRATION = re.compile(r"^(?:[^,.]{0,60},\s*)?we want (?!to\b)[^.;:]{1,120}?\bto\b", re.IGNORECASE)
#: "EA1i: Percentage of …", "NI 117: …": an indicator's own code before its label.
CODED_MEASURE = re.compile(r"^(?P<code>[A-Z]{1,5}\s?\d{1,3}[a-z]{0,2})\s*[:–]\s+(?P<label>[A-Z0-9].{4,300})$")
#: "Priority - All" over a cabinet paper's title, "Outcome: N/A": which items a paper serves, no title.
#: "Outcome: Recommendations Approved": a committee decision page's field, what was decided, no title.
NO_TITLE = re.compile(
    r"^(?:all|none|n/?a|tbc|tbd|various|any|(?:(?:recommendations?|decisions?|report)\s+)?"
    r"(?:approved|agreed|noted|deferred|rejected|withdrawn|resolved|adopted|carried|made|"
    r"approved with amendments?|for (?:determination|decision|information|noting)))$",
    re.IGNORECASE,
)
#: "pdf icon PDF 119 KB": a committee site's mark of a link to a paper, and the file's size.
_PAPER_SIZE = r"pdf icon pdf [\d.]+\s*[kmg]b"
#: Page headers and footers, and a web page's own furniture, printed among a plan's lines.
FURNITURE = re.compile(
    r"^(?:page \d{1,3}(?: of \d{1,3})?|page \d{1,3}:.*|\d{1,3}(?:[-–]\d{1,3})?|you are here:?.*|"
    r"listen to this page|"
    # a news page's advertising and pictures: "Hide Ad", "Image caption,", "risk thumbnail"
    r"hide ad|(?:- )?advertisement(?: -)?|image caption,?|(?:[\w-]+ ){0,3}thumbnail(?: [\w-]+){0,3}|"
    r"print this page|share this page|back to top|skip to (?:main )?content|skip (?:to )?main menu|"
    r"(?:share (?:on|by|via) [\w.]+\s*)+|"  # "Share on Facebook Share on Twitter Share by email"
    r"access keys:?|(?:\w+ )?(?:last )?updated(?: on)?:?\s.{0,30}\d{4}(?:\s*[-–,]?\s*\d{1,2}[:.]\d{2})?|"
    r"rate (?:the information on )?this page|"
    r"(?:release date|article date|date published|published(?: on)?|posted(?: on)?):?\s.{0,30}\d{4}|"
    r"(?:chapter|section|part) \d{1,2}|"
    # a committee site's page of an agenda item: "- Meeting of Audit Committee, Thursday, … (Item 5.6)"
    r"agenda item|issue - meetings|supporting documents:?|(?:[-•·]\s*)?view the background to item [\w.]+|"
    r"(?:[-•·]\s*)?meeting(?: of|:) .{3,160}\(item [\w.]+\)|"
    # "Read the Strategy for Knowsley 2016-2020", "Download the full plan": a web page's link to a document
    r"(?:download|read|view)\s+(?:the|our)\s+[^.:;!?]{1,100}(?:\shere)?\.?|"
    # "Priorities for 2013-2014(pdf, 89KB)": a link to download a file
    r".{1,200}\((?:pdf|docx?|xlsx?|pptx?|odt|rtf)[,\s]+[\d.]+\s*[kmg]b\)|"
    # "10. Draft Corporate Plan 2021-2025 pdf icon PDF 119 KB": a committee site's link to a paper
    rf".{{1,200}}\b{_PAPER_SIZE})$",
    re.IGNORECASE,
)
#: "29 CYPP Priority: Empowering Families … pdf icon PDF 226 KB": a committee site's link to a paper, its
#: agenda number and the file's size around the paper's title.
PAPER_LINK = re.compile(rf"^(?:\d{{1,3}}\.?\s+)?(?P<title>.{{1,200}}?)\s+{_PAPER_SIZE}$", re.IGNORECASE)
#: "14", "15-24", "Page 7": the page a contents entry printed on the line above is on.
PAGE_REF = re.compile(r"^(?:pages? )?\d{1,3}(?:\s?[-–]\s?\d{1,3})?$", re.IGNORECASE)
QUOTED = re.compile(r"^[\"“‘']")
VISION = re.compile(r"\bvision\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.;:!?][\"”’')]?$")
MAX_HEADING_WORDS = 16
MAX_ITEM_WORDS = 80
#: An item whose last line is this short, with no full stop, is a narrow column's fragment: its text
#: goes on past a blank line.
MAX_FRAGMENT_WORDS = 5
#: Longer lines are paragraphs; the rules' patterns are not run over them (a 10 MB line is no item).
MAX_LINE_CHARS = 2_000


#: A text whose lines nearly all stand a blank line apart (a web page's paragraphs, a PDF's spaced
#: lines): there a blank line is no sign a list has ended.
SPACED_SHARE = 0.8
MIN_SPACED_LINES = 6


def double_spaced(texts: Sequence[str]) -> bool:
    """Return True when nearly every line with text is followed by a blank line (then text again).

    Example:
        >>> double_spaced(["A", "", "B", "", "C", "", "D", "", "E", "", "F", "", "G"])
        True
        >>> double_spaced(["A", "B"] * 4)
        False
    """
    filled = [position for position, text in enumerate(texts[:-1]) if text]
    if len(filled) < MIN_SPACED_LINES:
        return False
    apart = sum(1 for position in filled if not texts[position + 1])
    return apart >= SPACED_SHARE * len(filled)


def kind_named(word: str | None) -> str | None:
    """Return the kind of item a word names in the singular or plural ("objective" → "priority")."""
    if word is None:
        return None
    plural = word if word.endswith("s") else "priorities" if word == "priority" else f"{word}s"
    return KIND_OF_WORD.get(plural)


def coded_row(text: str) -> re.Match[str] | None:
    """Return the match of a row led by a reference code, also when printed as a list item.

    Example:
        >>> coded_row("o   CRR01 children's operational staffing").group("ref")
        'CRR01'
    """
    bullet = BULLET.match(text)
    if bullet is None:
        return CODED_ROW.match(text)
    return CODED_ITEM.match(text[bullet.end() :])


def coded_row_kinds(texts: Sequence[tuple[int, str]]) -> dict[str, str]:
    """Return, for each code prefix that leads two or more lines, the kind of item those rows are.

    The kind comes from the words printed in the dozen lines above the first such row (a header
    such as "Risk No. Risk Title Current Risk Rating"); a prefix with no such word is not read.

    Example:
        >>> coded_row_kinds([(1, "Risk No. Risk Title Rating"), (2, "CRR0001 Safeguarding children 20 15"),
        ...                  (3, "CRR0002 Safeguarding adults 20 15")])
        {'CRR': 'risk'}
    """
    rows: dict[str, list[int]] = {}
    for position, (_, text) in enumerate(texts):
        match = coded_row(text)
        if match:
            rows.setdefault(match.group("prefix"), []).append(position)
    kinds: dict[str, str] = {}
    for prefix, positions in rows.items():
        if len(positions) < 2:
            continue
        above = " ".join(text for _, text in texts[max(0, positions[0] - 12) : positions[0]])
        if prefix in {"NI", "BVPI", "BV", "PAF", "KPI", "PI", "LPI"}:
            kinds[prefix] = "indicator"
            continue
        for pattern, kind in KIND_CONTEXT:
            if pattern.search(above):
                kinds[prefix] = kind
                break
    return kinds


def coded_parents(texts: Sequence[tuple[int, str]]) -> set[str]:
    """Return the codes of rows that head later rows: "CC1.1" over "C1.1.1" (its number, then more).

    Example:
        >>> sorted(coded_parents([(1, "CC1 Accessible services"), (2, "CC1.1 Transforming government"),
        ...                       (3, "C1.1.1 Making sure governance works"), (4, "C1.1.2 Agreeing themes")]))
        ['CC1', 'CC1.1']
    """
    numbers: dict[str, str] = {}
    for _, text in texts:
        match = coded_row(text)
        if match:
            numbers[match.group("ref")] = match.group("number")
    heads = {number.rpartition(".")[0] for number in numbers.values() if "." in number}
    return {ref for ref, number in numbers.items() if number in heads}


def heading_depths(texts: Sequence[tuple[int, str]]) -> set[int]:
    """Return the depths of dotted numbers ("5.1" is depth 1) at which some number heads deeper ones
    ("5.1" over "5.1.1"), when the plan numbers three levels or more: the levels of its headings,
    the deepest level being its actions.

    Example:
        >>> heading_depths([(1, "5.1. Closer working"), (2, "5.1.1. Re-establish forums"),
        ...                 (3, "5.2. Enable the seldom heard")])
        {1}
        >>> heading_depths([(1, "1. Safe"), (2, "2. Healthy")])
        set()
    """
    refs = {match.group(1).rstrip(".") for _, text in texts if (match := NUMBER.match(text))}
    parents = {ref.rpartition(".")[0] for ref in refs if "." in ref}
    depths = {ref.count(".") for ref in refs}
    if len(depths) < 2 or max(depths) < 2:
        return set()
    return {ref.count(".") for ref in refs & parents if ref.count(".") < max(depths)}


def indent_of(line: str) -> int:
    """Return how far a line is indented (a tab as wide as the text reader takes it, `TAB_WIDTH`).

    Example:
        >>> indent_of("    We will ensure …"), indent_of("2. A more prosperous borough")
        (4, 0)
    """
    expanded = line.expandtabs(TAB_WIDTH)
    return len(expanded) - len(expanded.lstrip())
