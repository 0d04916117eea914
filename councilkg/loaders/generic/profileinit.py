"""Writing a starting profile from what the generic loader saw in a plan (``councilkg profile init``).

The profile restates what the loader found, so loading the plan with it gives what the generic
loader gives alone; the user then edits it: generalises the heading patterns, names the roles of
the header cells listed as comments, and corrects the guessed identity.
"""

from __future__ import annotations

import json
import re

from councilkg.documents.document import Document
from councilkg.loaders.generic.profile import ItemField, Profile, SectionKind
from councilkg.loaders.generic.profilefile import IGNORE_ROLE
from councilkg.loaders.generic.sections import Survey, survey
from councilkg.loaders.parsing.columns import ColumnRole
from councilkg.text import slugify


def toml_string(text: str) -> str:
    """Return ``text`` as a TOML basic string.

    Example:
        >>> print(toml_string("Children's \\\\d \\"plan\\""))
        "Children's \\\\d \\"plan\\""
    """
    return json.dumps(text, ensure_ascii=False)


def exact_pattern(text: str) -> str:
    """Return a regular expression matching exactly ``text``.

    Example:
        >>> exact_pattern("Target 2010/11 (%)")
        '^Target 2010/11 \\\\(%\\\\)$'
    """
    return f"^{_escape(text)}$"


def _escape(text: str) -> str:
    return re.escape(text).replace("\\ ", " ")


def initial_profile(document: Document, profile: Profile | None = None) -> str:
    """Return the TOML text of a starting profile for ``document``, from what the generic loader saw.

    It holds the guessed identity, one ``[[sections]]`` rule per heading read as a section (a
    priority's reference and label as named groups), one ``[[columns]]`` rule per header cell with
    the role it was given, and a commented rule per header cell no role was found for. Reading the
    returned text with :func:`~councilkg.loaders.generic.profilefile.read_profile` gives a valid profile.
    """
    seen = survey(document, profile)
    out: list[str] = [
        f"# Layout profile for {document.name}, written by `councilkg profile init` from what the",
        "# generic loader saw. Edit it (docs/profiles.md describes every key), then load with",
        f"#   councilkg load {document.name} --profile THIS.toml",
        "",
        "[profile]",
        f"name = {toml_string(slugify(document.path.stem))}",
        "",
        *_plan_lines(seen),
        *_section_lines(seen),
        *_column_lines(seen),
        "[owners]",
        '# separators = [";"]            # split owner cells here too ("/" always splits)',
        '# name_post = "^(?P<name>[^,]+),\\\\s*(?P<post>.+)$"   # a person and the post they hold',
        "# posts = []                     # owner strings that are posts (regular expressions)",
        "# people = []",
        "# units = []",
        "# partners = []",
    ]
    return "\n".join(out) + "\n"


def _plan_lines(seen: Survey) -> list[str]:
    plan = seen.extraction.plan
    guessed = seen.extraction.guessed
    values = {
        "council": plan.authority_label or plan.authority,
        "title": plan.title,
        "type": plan.plan_type,
        "years": f"{plan.start_year}-{plan.end_year}",
    }
    lines = ["[plan]"]
    for key, value in values.items():
        guess = guessed.get(key)
        note = f"  # guessed from {guess.basis}" if guess and guess.line is None else ""
        note = f"  # guessed from line {guess.line}" if guess and guess.line is not None else note
        lines.append(f"{key} = {toml_string(value or '')}{note}")
    lines += ['# gss = "E06000000"              # the council\'s ONS code', ""]
    return lines


def _section_lines(seen: Survey) -> list[str]:
    lines: list[str] = ["# Headings read as sections, each with its line; generalise the patterns."]
    priorities = {priority.source_line: priority for priority in seen.extraction.priorities}
    written: set[str] = set()
    for section in seen.sections:
        pattern = exact_pattern(section.text)
        priority = priorities.get(section.line)
        if section.kind is SectionKind.PRIORITY and priority is not None:
            pattern = _priority_pattern(section.text, priority.ref, priority.label)
        if pattern in written:
            continue
        written.add(pattern)
        lines += ["[[sections]]", f"match = {toml_string(pattern)}  # line {section.line}"]
        lines.append(f"kind = {toml_string(section.kind.value)}")
        if section.outcomes:
            lines.append(f"outcome = [{', '.join(toml_string(key) for key in section.outcomes)}]")
        lines.append("")
    return lines


def _priority_pattern(text: str, ref: str | None, label: str) -> str:
    at = text.rfind(label)
    if at < 0:
        return exact_pattern(text)
    head = text[:at]
    if ref and head.startswith(ref):
        return f"^(?P<ref>{_escape(ref)}){_escape(head[len(ref) :])}(?P<label>{_escape(label)})$"
    return f"^{_escape(head)}(?P<label>{_escape(label)})$"


def _column_lines(seen: Survey) -> list[str]:
    lines: list[str] = ["# Table header cells and the roles they were given; tables listed by line."]
    roles: dict[str, ColumnRole] = {}
    unmapped: dict[str, int] = {}
    for table in seen.tables:
        found = table.kind.value if table.kind else "not read"
        header = " | ".join(cell for cell in table.table.header if cell)
        lines.append(f"# line {table.table.header_line}: {header} -> {found}")
        for column in table.table.columns.columns:
            roles.setdefault(column.heading, column.role)
        for _, heading in table.table.unmapped:
            unmapped.setdefault(heading, table.table.header_line)
    lines.append("")
    for heading, role in roles.items():
        lines += ["[[columns]]", f"match = {toml_string(exact_pattern(heading))}"]
        lines += [f"role = {toml_string(role.value)}", ""]
    if unmapped:
        choices = ", ".join(
            [IGNORE_ROLE, *(role.value for role in ColumnRole), *(f.value for f in ItemField)]
        )
        lines.append(f"# Header cells with no role; give each one of: {choices}")
        for heading, line in unmapped.items():
            lines += [
                f"# [[columns]]  # line {line}",
                f"# match = {toml_string(exact_pattern(heading))}",
                '# role = ""',
                "",
            ]
    return lines
