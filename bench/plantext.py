"""The Herefordshire 2009 directorate plan layout, written once for every synthetic plan.

:mod:`bench.synth` and :mod:`bench.pairs` draw a plan's parts (its people, priorities, indicator
and action rows, and for :mod:`bench.synth` projects, risks and partner indicators); these functions
set them out as the plan's text, so the headings the ``herefordshire-directorate-2009`` profile reads
stand in one place.

Example:
    >>> block = priority_lines(2007, "To keep children safe", "In Ashbridge, children are safe",
    ...                        "To improve prospects", "Stay Safe", ["NI 62\\tPlacements\\t12"], [])
    >>> block[0]
    'DIRECTORATE PRIORITY\\tTo keep children safe\\t\\t\\t'
    >>> block[5].split("\\t")[2:]
    ['Outturn 2005/2006', 'SN Group comparator', 'Outturn 2006/2007', 'Target 2007/2008', 'Target 2008/2009']
"""

from __future__ import annotations

from collections.abc import Sequence


def period(start: int) -> str:
    """Return the plan's name for the year starting in ``start`` ("2007/2008")."""
    return f"{start}/{start + 1}"


def _block(lines: Sequence[str]) -> list[str]:
    """Return ``lines`` and the blank line after them, or nothing where there are none."""
    return [*lines, ""] if lines else []


def priority_lines(
    start: int,
    label: str,
    laa: str,
    cypp: str,
    ecm: str,
    indicator_rows: Sequence[str],
    action_rows: Sequence[str],
    implications: Sequence[str] = (),
) -> list[str]:
    """Return one DIRECTORATE PRIORITY block of a plan starting in ``start``.

    Args:
        start: The plan's first year (it names the indicator table's outturn and target columns).
        label: The priority's label.
        laa: The Local Area Agreement outcome it serves.
        cypp: The Children and Young People's Plan priorities it serves.
        ecm: The Every Child Matters outcome.
        indicator_rows: The indicator table's rows, tab-separated.
        action_rows: The action plan's rows, tab-separated.
        implications: The implications table's lines, if the priority has one.

    Returns:
        The block's lines, ending with a blank line.
    """
    return [
        f"DIRECTORATE PRIORITY\t{label}\t\t\t",
        f"Local Area Agreement\t{laa}\t\t",
        f"Children and Young People's Plan priorities\t{cypp}\t{ecm}\t",
        "",
        "Indicators\t\t\t\t\t\t",
        f"PI Ref\tDefinition\tOutturn {period(start - 2)}\tSN Group comparator\t"
        f"Outturn {period(start - 1)}\tTarget {period(start)}\tTarget {period(start + 1)}",
        *indicator_rows,
        "",
        "Action plan\t\t\t\t",
        "Project Area\tActions\tTimescale\tDLT accountable\tLead manager",
        *action_rows,
        "",
        *_block(implications),
    ]


def plan_text(
    start: int,
    end: int,
    council: str,
    director: str,
    heads: Sequence[tuple[str, str]],
    labels: Sequence[str],
    priorities: Sequence[str],
    *,
    tagline: Sequence[str] = (),
    vision: Sequence[str] = (),
    partners: Sequence[str] = (),
    projects: Sequence[str] = (),
    risks: Sequence[str] = (),
    partner_indicators: Sequence[str] = (),
) -> str:
    """Return a directorate plan's text in the Herefordshire 2009 layout.

    Args:
        start: The plan's first year.
        end: The year it ends.
        council: The council's name, as the plan names it.
        director: The Director of Children's Services.
        heads: Each division of the leadership team and the person who heads it.
        labels: The priorities' labels, the last one the directorate's own ("For ourselves").
        priorities: The DIRECTORATE PRIORITY blocks' lines (see :func:`priority_lines`).
        tagline: Lines under the title.
        vision: Lines of section 1.1 before the priorities.
        partners: Lines of section 1.4.
        projects: The major projects table (section 3.6), its header first.
        risks: The risk register (appendix 2), its header first.
        partner_indicators: Appendix 3's table of partner-supplied indicators, its header first.

    Returns:
        The plan's text, each line ending with a newline; a part given no lines is left out with the
        blank line that would follow it.
    """
    lines = [
        f"Children and Young People's Directorate Plan {start}-{end}",
        "",
        *_block(tagline),
        "Directorate Leadership Team:",
        "",
        f"{director} (Director of Children's Services)",
        *(f"{holder} (Head of {division})" for division, holder in heads),
        "",
        "Section 1 The role of the directorate: what we do",
        "",
        "1.1 Vision and priorities",
        "",
        *_block(vision),
        f"Our priorities for {start}/{end} are:",
        "",
        "For children and young people, their families, parents/carers\t" + " ".join(labels[:-1]),
        "For ourselves\t" + labels[-1],
        "",
        "1.2 Overall purpose",
        "",
        f"The Children and Young People's Directorate Plan of {council} is supported by the following "
        "network of team plans:",
        "",
        *(division for division, _ in heads),
        "",
        "1.4 Working with other directorates and partners",
        "",
        *_block(partners),
        "Section 2 Current performance on improving outcomes: how well we are doing",
        "",
        "2.1 Annual Performance Assessment",
        "",
        "2.6 External assessments",
        "",
        "Section 3 New service requirements and priorities: what is changing",
        "",
        "3.2 Summary of new legislation and national guidance",
        "",
        "3.4 Changes to directorate structures and systems",
        "",
        "3.6 Directorate major projects",
        "",
        *_block(projects),
        f"Section 4 Priorities and actions {start}-{end}: what we will do",
        "",
        "4.1 Directorate priorities",
        "",
        "4.2 Performance management arrangements",
        "",
        f"4.3 Action Plan {start}-{end}",
        "",
        *priorities,
        "Appendices",
        "",
        f"Appendix 1 - Annual Performance Assessment {start - 1} gradings by outcome",
        "",
        f"Appendix 2 - Directorate Risk Register {start}-{start + 1}",
        "",
        *_block(risks),
        "Appendix 3 - Additional performance indicators relevant to the directorate",
        "",
        *_block(partner_indicators),
        "Appendix 4: Environmental Impacts",
        "",
    ]
    return "\n".join(lines) + "\n"
