"""Two plan years of one synthetic council whose changes and target outcomes are known in advance.

The bundled plans share no person, indicator period or target across years, so ``councilkg changes``
and ``councilkg targets`` are tested here on a pair written in the layout of :mod:`bench.synth` (the
Herefordshire 2009 directorate plan): Ashbridge's plans for 2007-2009 and 2009-2011. What carries
across, and what each command should say about it, is :data:`EXPECTED_CHANGES` and
:data:`EXPECTED_TARGETS`; who held which post when (one person moves between posts), for
``owner --at``, is :data:`EXPECTED_TENURES` and :data:`EXPECTED_OWNED_ACTIONS`.

Example:
    >>> first, second = known_pair()
    >>> (first.start_year, second.start_year, first.authority == second.authority)
    (2007, 2009, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bench.plantext import plan_text, priority_lines
from bench.synth import LOADER, PlanCounts, SynthPlan, write_plans

COUNCIL = "Ashbridge"
AUTHORITY = "ashbridge"
GSS = "E06900001"


@dataclass(frozen=True)
class _Indicator:
    code: str
    title: str
    cells: tuple[str, str, str, str, str]
    """Outturn two years before the plan, comparator, outturn the year before, target for the
    plan's first year and for its second."""


@dataclass(frozen=True)
class _Action:
    area: str
    text: str
    when: str
    accountable: str
    manager: str


@dataclass(frozen=True)
class _Priority:
    label: str
    ecm: str
    indicators: tuple[_Indicator, ...]
    actions: tuple[_Action, ...]


_SAFEGUARDING = "Head of Safeguarding and Vulnerable Children"
_EARLY_HELP = "Head of Early Help and Prevention"
_LEARNING = "Head of Learning and Achievement"
_NI62 = "Stability of placements of looked after children: number of placements"
_NI59 = (
    "Percentage of initial assessments for children's social care carried out within 7 working days "
    "of referral"
)

_FIRST = (
    _Priority(
        "To be ambitious for children in our care and raise their aspirations",
        "Stay Safe",
        (
            _Indicator("NI 62", _NI62, ("14.0%", "12.0%", "13.0%", "12.0%", "11.0%")),
            _Indicator("NI 59", _NI59, ("70.0%", "75.0%", "72.0%", "80.0%", "82.0%")),
        ),
        (
            _Action(
                "Foster carer recruitment",
                "Recruit foster carers for older children",
                "March 2008",
                _SAFEGUARDING,
                "Fostering Service Manager",
            ),
        ),
    ),
    _Priority(
        "To reduce teenage conceptions and improve sexual health",
        "Be Healthy",
        (_Indicator("NI 112", "Under 18 conception rate", ("45.0", "40.0", "44.0", "42.0", "40.0")),),
        (
            _Action(
                "Teenage pregnancy",
                "Deliver sex and relationship education in every secondary school",
                "June 2008",
                _EARLY_HELP,
                "Family Support Manager",
            ),
        ),
    ),
    _Priority(
        "To improve school attendance and reduce exclusions",
        "Enjoy and Achieve",
        (
            _Indicator(
                "NI 87", "Secondary school persistent absence rate", ("6.0%", "5.5%", "5.8%", "5.5%", "5.0%")
            ),
        ),
        (
            _Action(
                "Attendance",
                "Launch an attendance campaign with primary schools",
                "September 2008",
                _LEARNING,
                "Attendance and Welfare Manager",
            ),
        ),
    ),
)

_SECOND = (
    _Priority(
        "To be ambitious for children in our care and raise their aspirations",
        "Stay Safe",
        (
            _Indicator(
                "NI 62",
                "Stability of placements of looked after children: number of moves",
                ("11.5%", "12.0%", "11.8%", "11.0%", "10.5%"),
            ),
            _Indicator("NI 59", _NI59, ("76.0%", "78.0%", "", "84.0%", "85.0%")),
        ),
        (
            _Action(
                "Foster carer recruitment",
                "Recruit foster carers for older children",
                "March 2010",
                _EARLY_HELP,
                "Fostering Service Manager",
            ),
        ),
    ),
    _Priority(
        "To cut teenage conceptions and improve sexual health services",
        "Be Healthy",
        (_Indicator("NI 112", "Under 18 conception rate", ("41.0", "39.0", "40.0", "38.0", "36.0")),),
        (
            _Action(
                "Teenage pregnancy",
                "Deliver sex and relationship education in all secondary schools and academies",
                "June 2010",
                _EARLY_HELP,
                "Family Support Manager",
            ),
        ),
    ),
    _Priority(
        "To develop a skilled and stable workforce for the directorate",
        "Achieve Economic Wellbeing",
        (
            _Indicator(
                "NI 117",
                "16 to 18 year olds who are not in education, employment or training (NEET)",
                ("8.0%", "7.0%", "7.5%", "7.0%", "6.5%"),
            ),
        ),
        (
            _Action(
                "Workforce development",
                "Introduce a workforce development programme for social workers",
                "December 2009",
                _LEARNING,
                "Workforce Strategy Manager",
            ),
        ),
    ),
)

EXPECTED_CHANGES: dict[tuple[str, str], set[tuple[str, str]]] = {
    ("Priority", "kept"): {
        (
            "To be ambitious for children in our care and raise their aspirations",
            "To be ambitious for children in our care and raise their aspirations",
        )
    },
    ("Priority", "re-worded"): {
        (
            "To reduce teenage conceptions and improve sexual health",
            "To cut teenage conceptions and improve sexual health services",
        )
    },
    ("Priority", "dropped"): {("To improve school attendance and reduce exclusions", "")},
    ("Priority", "added"): {("", "To develop a skilled and stable workforce for the directorate")},
    ("Action", "kept"): {
        ("Recruit foster carers for older children", "Recruit foster carers for older children")
    },
    ("Action", "re-worded"): {
        (
            "Deliver sex and relationship education in every secondary school",
            "Deliver sex and relationship education in all secondary schools and academies",
        )
    },
    ("Action", "dropped"): {("Launch an attendance campaign with primary schools", "")},
    ("Action", "added"): {("", "Introduce a workforce development programme for social workers")},
    ("Indicator", "kept"): {(_NI59, _NI59), ("Under 18 conception rate", "Under 18 conception rate")},
    ("Indicator", "re-worded"): {
        (_NI62, "Stability of placements of looked after children: number of moves"),
    },
    ("Indicator", "dropped"): {("Secondary school persistent absence rate", "")},
    ("Indicator", "added"): {
        ("", "16 to 18 year olds who are not in education, employment or training (NEET)")
    },
}
"""(kind, status) → {(earlier plan's label, later plan's label)}: what ``changes`` should find."""

EXPECTED_TARGETS: dict[tuple[str, str], str] = {
    ("NI 62", "2007/08"): "met",  # 11.5% against 12.0%, lower is better
    ("NI 62", "2008/09"): "missed",  # 11.8% against 11.0%
    ("NI 59", "2007/08"): "missed",  # 76.0% against 80.0%, higher is better
    ("NI 59", "2008/09"): "no data",  # the later plan leaves the cell empty
    ("NI 112", "2007/08"): "met",  # 41.0 against 42.0, lower is better
    ("NI 112", "2008/09"): "met",  # 40.0 against 40.0: on the target is meeting it
    ("NI 87", "2007/08"): "no data",  # the later plan drops the indicator
    ("NI 87", "2008/09"): "no data",
}
"""(code, period) → what ``targets`` should say of each target of the earlier plan."""

MOVED_OWNER = (_SAFEGUARDING, _EARLY_HELP)
"""The post that owned "Recruit foster carers for older children" in 2007-09, and the one in 2009-11."""


MOVED_PERSON = "Ruth Patel"
"""Head of Early Help and Prevention in 2007-09, Head of Learning and Achievement in 2009-11."""

EXPECTED_TENURES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Ruth Patel", "2008-06-01"): (_EARLY_HELP,),
    ("Ruth Patel", "2010-06-01"): (_LEARNING,),
    ("Ruth Patel", "2012-06-01"): (),  # after both plans: no plan says what she held
    ("Mark Dixon", "2008-06-01"): (_SAFEGUARDING,),
    ("Mark Dixon", "2010-06-01"): (_SAFEGUARDING,),
    (_EARLY_HELP, "2008-06-01"): ("Ruth Patel",),
    (_EARLY_HELP, "2010-06-01"): ("Anita Shah",),
    (_LEARNING, "2008-06-01"): ("Omar Hussain",),
    (_LEARNING, "2010-06-01"): ("Ruth Patel",),
}
"""(person or post, date) → the posts the person held, or the people who held the post, that day: what
``owner NAME --at DATE`` should say. The 2007-09 plan speaks for 1 April 2007 to 31 March 2009, the
2009-11 plan for 1 April 2009 to 31 March 2011."""

EXPECTED_OWNED_ACTIONS: dict[str, set[str]] = {
    "Ruth Patel": {
        "Deliver sex and relationship education in every secondary school",  # Early Help, 2007-09
        "Introduce a workforce development programme for social workers",  # Learning, 2009-11
    },
    "Anita Shah": {  # Early Help, 2009-11 only
        "Recruit foster carers for older children",
        "Deliver sex and relationship education in all secondary schools and academies",
    },
}
"""Person → the actions they own through the posts they held, each only in the plan years they held
it (the Early Help post's 2009-11 actions are Anita Shah's, not Ruth Patel's)."""


def _text(start: int, priorities: tuple[_Priority, ...], heads: dict[str, str]) -> str:
    """Return the plan text in the Herefordshire 2009 layout, as :mod:`bench.synth` writes it."""
    return plan_text(
        start,
        start + 2,
        COUNCIL,
        "Helen Carter",
        [(post.removeprefix("Head of "), holder) for post, holder in heads.items()],
        [p.label for p in priorities],
        [
            line
            for p in priorities
            for line in priority_lines(
                start,
                p.label,
                f"In {COUNCIL}, young people are healthy and make positive choices",
                f"To improve prospects of vulnerable groups in {COUNCIL}",
                p.ecm,
                [f"{i.code}\t{i.title}\t" + "\t".join(i.cells) for i in p.indicators],
                [f"{a.area}\t{a.text}\t{a.when}\t{a.accountable}\t{a.manager}" for a in p.actions],
            )
        ],
    )


def _plan(start: int, priorities: tuple[_Priority, ...], heads: dict[str, str]) -> SynthPlan:
    slug = f"cyp-directorate-plan-{start}-{(start + 2) % 100:02d}"
    indicators = sum(len(p.indicators) for p in priorities)
    return SynthPlan(
        file=f"{AUTHORITY}-{slug}.txt",
        council=COUNCIL,
        authority=AUTHORITY,
        gss=GSS,
        slug=slug,
        start_year=start,
        end_year=start + 2,
        text=_text(start, priorities, heads),
        counts=PlanCounts(
            len(priorities),
            sum(len(p.actions) for p in priorities),
            indicators,
            sum(1 for p in priorities for i in p.indicators for cell in i.cells if cell),
            0,
        ),
        priorities=tuple(p.label for p in priorities),
        people=("Helen Carter", *heads.values()),
        laa_outcomes=(),
    )


def known_pair() -> tuple[SynthPlan, SynthPlan]:
    """Return Ashbridge's plans for 2007-2009 and 2009-2011 (see :data:`EXPECTED_CHANGES`)."""
    first_heads = {_SAFEGUARDING: "Mark Dixon", _EARLY_HELP: "Ruth Patel", _LEARNING: "Omar Hussain"}
    second_heads = {_SAFEGUARDING: "Mark Dixon", _EARLY_HELP: "Anita Shah", _LEARNING: "Ruth Patel"}
    return _plan(2007, _FIRST, first_heads), _plan(2009, _SECOND, second_heads)


def write_pair(folder: str | Path) -> Path:
    """Write the pair's plan files and a ``councilkg build --manifest`` manifest into ``folder``.

    Returns:
        The manifest's path.
    """
    return write_plans(folder, known_pair())


__all__ = [
    "EXPECTED_CHANGES",
    "EXPECTED_OWNED_ACTIONS",
    "EXPECTED_TARGETS",
    "EXPECTED_TENURES",
    "LOADER",
    "MOVED_OWNER",
    "MOVED_PERSON",
    "known_pair",
    "write_pair",
]
