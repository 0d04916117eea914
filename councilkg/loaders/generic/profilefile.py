"""Reading a layout profile's TOML file into a :class:`~councilkg.loaders.generic.profile.Profile`, checked.

Every key and value is checked as it is read: an unknown key, a value of the wrong type, a pattern
that does not compile or a template naming a group its pattern lacks is one :class:`LoaderError`
naming the file, the key and the value. ``docs/profiles.md`` describes the format.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from councilkg.errors import LoaderError
from councilkg.loaders.generic.profile import (
    DATE_PERIOD,
    ECM_KEYS,
    NAME_POST,
    OUTTURN_PERIOD,
    ColumnRule,
    ConceptRule,
    Framework,
    HolderRule,
    ItemField,
    OwnerRules,
    PartnerRule,
    PlanDefaults,
    PostRowRule,
    PriorityListRule,
    Profile,
    Recognition,
    RowRule,
    UnitRule,
    template_fields,
)
from councilkg.loaders.generic.profilecheck import Checker, check_template, required
from councilkg.loaders.generic.profilesections import key_length, section_rule
from councilkg.loaders.model import CitedPlan, OwnerKind
from councilkg.loaders.parsing.columns import ColumnRole
from councilkg.loaders.parsing.identity import check_gss, check_plan_type, parse_years
from councilkg.loaders.parsing.tomlfile import TomlError, parse_toml
from councilkg.text import clean_text, slugify

_Rule = TypeVar("_Rule")

_TOP_KEYS = {
    "profile",
    "recognise",
    "plan",
    "sections",
    "columns",
    "owners",
    "frameworks",
    "holders",
    "partners",
    "posts",
    "rows",
    "units",
    "priority_lists",
}
_RECOGNISE_KEYS = {"title", "contains", "first_lines"}
_PROFILE_KEYS = {
    "name",
    "description",
    "loader",
    "builtin_sections",
    "builtin_columns",
    "flattened_tables",
    "outline",
    "fill_down",
    "split_cells",
    "written_values",
    "placeholder",
    "paragraph_items",
    "continued_items",
    "subheadings",
    "outcome_subheadings",
    "paired_cells",
    "area_rows",
    "outcomes_measured",
    "outturn_warnings",
    "value_column_warnings",
    "ecm_names",
    "value_warnings",
    "area_key_length",
    "ignore_rows",
    "read_empty",
    "heading_lines",
    "min_confidence",
}
_PLAN_KEYS = {
    *("council", "authority", "gss", "title", "slug", "type", "years", "draws_on", "title_line", "title_page")
}
_DRAWS_ON_KEYS = {"title", "slug", "type"}
_COLUMN_KEYS = {
    "match",
    "role",
    "period",
    "outcomes",
    "split",
    "project",
    "value",
    "units",
    "scale",
    "full_from",
    "lists_to_priority",
    "scheme",
    "adds_to",
    "format",
    "anchor",
    "carry",
    "section",
    "reworded",
}
#: The units an observation's value may be given (``infer_unit``'s).
UNITS = ("percent", "GBP", "rate", "days", "score", "count")
_OWNER_KEYS = {
    "separators",
    "name_post",
    "posts",
    "people",
    "units",
    "partners",
    "aliases",
    "cut_posts",
    "partners_apart",
    "post_head",
    "chart",
}
_FRAMEWORK_KEYS = {"scheme", "label", "concepts"}
_CONCEPT_KEYS = {"match", "key", "label", "notation", "broader"}
_HOLDER_KEYS = {"match", "then", "unit", "parent", "post_line"}
_UNIT_KEYS = {"name", "match", "parent", "lines_after", "until", "listed_under", "header", "unit_column"}
_PRIORITY_LIST_KEYS = {"match", "section"}
_PARTNER_KEYS = {"name", "match", "on_item", "listed"}
_POST_ROW_KEYS = {"match", "read", "description", "priorities", "section", "key", "known_unit"}
_ROW_KEYS = {"match", "read_as", "in_tables", "outcomes", "scheme", "broader"}
_OWNER_KIND_KEYS = {
    "posts": OwnerKind.POST,
    "people": OwnerKind.PERSON,
    "units": OwnerKind.UNIT,
    "partners": OwnerKind.PARTNER,
}
#: The value of ``role`` that makes a column ignored.
IGNORE_ROLE = "ignore"


def read_profile(path: str | Path) -> Profile:
    """Return the profile in the TOML file at ``path``, checked strictly.

    Raises:
        LoaderError: the file cannot be read, is not TOML, or has an unknown key, a bad regular
            expression, an unknown section kind, column role, ECM outcome or plan type, or a bad
            GSS code, period or years (one line naming the file, the key and the value).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise LoaderError(path, f"cannot read the profile: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise LoaderError(path, "the profile is not UTF-8 text") from error
    try:
        data = parse_toml(text)
    except TomlError as error:
        raise LoaderError(path, f"not a TOML profile: {error}", line=error.line) from error
    return profile_from_data(data, path)


def _recognition(check: Checker, value: object) -> Recognition:
    """Return the ``[recognise]`` table: a title pattern and words the plan's text holds."""
    table = check.table(value, "recognise", _RECOGNISE_KEYS)
    return Recognition(
        title=check.regex(table["title"], "recognise.title") if "title" in table else None,
        contains=check.texts(table.get("contains", []), "recognise.contains"),
        first_lines=_first_lines(check, table.get("first_lines", 5)),
    )


def _first_lines(check: Checker, value: object) -> int:
    """Return ``[recognise] first_lines``: a whole number of lines, at least one."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise check.fail(
            "recognise.first_lines", f"must be a whole number of lines (1 or more), not {value!r}"
        )
    return value


def profile_from_data(data: Mapping[str, Any], path: Path) -> Profile:
    """Return the profile described by parsed TOML ``data`` (``path`` names it in errors).

    Raises:
        LoaderError: as :func:`read_profile`.
    """
    check = Checker(path)
    check.table(data, "", _TOP_KEYS)
    about = check.table(data.get("profile", {}), "profile", _PROFILE_KEYS)
    name = check.text(about["name"], "profile.name") if "name" in about else path.stem
    description = check.text(about["description"], "profile.description") if "description" in about else ""
    placeholder = check.regex(about["placeholder"], "profile.placeholder") if "placeholder" in about else None
    frameworks = _frameworks(check, data.get("frameworks", []))
    schemes = {framework.scheme for framework in frameworks}
    return Profile(
        name=name,
        source=str(path),
        description=description,
        loader=check.text(about["loader"], "profile.loader") if "loader" in about else None,
        recognise=_recognition(check, data["recognise"]) if "recognise" in data else None,
        sections=_each_rule(check, data, "sections", section_rule),
        columns=_each_rule(
            check, data, "columns", lambda check, rule, key: _column_rule(check, rule, key, schemes)
        ),
        owners=_owner_rules(check, data.get("owners", {})),
        plan=_plan_defaults(check, data.get("plan", {})),
        builtin_sections=_flag(check, about, "builtin_sections", True),
        builtin_columns=_flag(check, about, "builtin_columns", True),
        flattened_tables=_flag(check, about, "flattened_tables", True),
        outline=_flag(check, about, "outline", True),
        fill_down=_flag(check, about, "fill_down", True),
        split_cells=_flag(check, about, "split_cells", True),
        written_values=_flag(check, about, "written_values", True),
        paragraph_items=_flag(check, about, "paragraph_items", False),
        subheadings=_flag(check, about, "subheadings", True),
        outcome_subheadings=_flag(check, about, "outcome_subheadings", False),
        continued_items=_flag(check, about, "continued_items", False),
        paired_cells=_flag(check, about, "paired_cells", False),
        area_rows=_flag(check, about, "area_rows", False),
        outcomes_measured=_flag(check, about, "outcomes_measured", False),
        outturn_warnings=_flag(check, about, "outturn_warnings", True),
        value_column_warnings=_flag(check, about, "value_column_warnings", False),
        ecm_names=_ecm_names(check, about.get("ecm_names", {})),
        value_warnings=_flag(check, about, "value_warnings", False),
        area_key_length=key_length(check, about, "area_key_length", "profile"),
        frameworks=frameworks,
        units=_each_rule(check, data, "units", _unit_rule),
        priority_lists=_each_rule(check, data, "priority_lists", _priority_list_rule),
        holders=_each_rule(check, data, "holders", _holder_rule),
        partners=tuple(
            found
            for index, rule in enumerate(check.rules(data.get("partners", []), "partners"))
            if (found := _partner_rule(check, rule, f"partners[{index}]")) is not None
        ),
        partner_lists=_partner_lists(check, data.get("partners", [])),
        placeholder=placeholder,
        ignore_rows=check.regex(about["ignore_rows"], "profile.ignore_rows")
        if "ignore_rows" in about
        else None,
        post_rows=_each_rule(check, data, "posts", _post_row_rule),
        rows=_each_rule(check, data, "rows", lambda check, rule, key: _row_rule(check, rule, key, schemes)),
        read_empty=_flag(check, about, "read_empty", False),
        min_confidence=check.share(about.get("min_confidence", 0.0), "profile.min_confidence"),
        heading_lines=(
            check.regex(about["heading_lines"], "profile.heading_lines") if "heading_lines" in about else None
        ),
    )


def _flag(check: Checker, about: Mapping[str, Any], name: str, default: bool) -> bool:
    """Return the ``[profile]`` flag ``name`` (``default`` when the profile leaves it out), checked."""
    return check.flag(about.get(name, default), f"profile.{name}")


def _each_rule(
    check: Checker, data: Mapping[str, Any], table: str, read: Callable[[Checker, object, str], _Rule]
) -> tuple[_Rule, ...]:
    """Return each rule of the profile's ``[[table]]`` array as ``read`` reads it, given its key
    (``table[index]``) for the errors."""
    return tuple(
        read(check, rule, f"{table}[{index}]")
        for index, rule in enumerate(check.rules(data.get(table, []), table))
    )


def _row_rule(check: Checker, value: object, key: str, schemes: set[str]) -> RowRule:
    rule = check.table(value, key, _ROW_KEYS)
    required(check, rule, key, "match", "read_as")
    outcomes = check.flag(rule.get("outcomes", False), f"{key}.outcomes")
    return RowRule(
        check.regex(rule["match"], f"{key}.match"),
        check.text(rule["read_as"], f"{key}.read_as"),
        check.flag(rule.get("in_tables", outcomes), f"{key}.in_tables"),
        outcomes,
        _row_scheme(check, rule, key, outcomes, schemes),
        _row_broader(check, rule, key),
    )


def _row_broader(check: Checker, rule: Mapping[str, Any], key: str) -> re.Pattern[str] | None:
    """Return a ``[[rows]]`` rule's ``broader`` pattern, for a rule with a ``scheme``."""
    if "broader" not in rule:
        return None
    if "scheme" not in rule:
        raise check.fail(f"{key}.broader", "applies only to a rule with a scheme")
    return check.regex(rule["broader"], f"{key}.broader")


def _row_scheme(
    check: Checker, rule: Mapping[str, Any], key: str, outcomes: bool, schemes: set[str]
) -> str | None:
    """Return a ``[[rows]]`` rule's ``scheme``: one of the profile's frameworks, for a rule with outcomes."""
    if "scheme" not in rule:
        return None
    scheme = check.text(rule["scheme"], f"{key}.scheme")
    if not outcomes:
        raise check.fail(f"{key}.scheme", "applies only to a rule with outcomes = true")
    if scheme not in schemes:
        raise check.fail(f"{key}.scheme", f"no [[frameworks]] has the scheme {scheme!r}")
    return scheme


def _column_rule(check: Checker, value: object, key: str, schemes: set[str]) -> ColumnRule:
    rule = check.table(value, key, _COLUMN_KEYS)
    required(check, rule, key, "match", "role")
    roles: dict[str, ColumnRole | ItemField | None] = {role.value: role for role in ColumnRole}
    roles.update({item_field.value: item_field for item_field in ItemField})
    roles[IGNORE_ROLE] = None
    period = None
    if "period" in rule:
        period = check.text(rule["period"], f"{key}.period")
        well_formed = (
            bool(re.fullmatch(r"(19|20)\d{2}/\d{2}", period))
            and int(period[5:]) == (int(period[:4]) + 1) % 100
        )
        if period not in {DATE_PERIOD, OUTTURN_PERIOD} and not well_formed:
            raise check.fail(
                f"{key}.period", f"{period!r} is not a period such as 2009/10, nor 'date' or 'outturn'"
            )
    role = check.choice(rule["role"], f"{key}.role", roles)
    lists = check.flag(rule.get("lists_to_priority", False), f"{key}.lists_to_priority")
    if lists and role is not ColumnRole.EXPECTED_RESULT:
        raise check.fail(
            f"{key}.lists_to_priority",
            f"applies only to a column of role 'expected-result', not {rule['role']!r}",
        )
    project = check.regex(rule["project"], f"{key}.project") if "project" in rule else None
    if project is not None and role is not ItemField.TYPE:
        raise check.fail(f"{key}.project", f"applies only to a column of role 'type', not {rule['role']!r}")
    return ColumnRule(
        check.regex(rule["match"], f"{key}.match"),
        role if isinstance(role, ColumnRole) else None,
        period,
        role if isinstance(role, ItemField) else None,
        check.flag(rule.get("outcomes", False), f"{key}.outcomes"),
        check.regex(rule["split"], f"{key}.split") if "split" in rule else None,
        project,
        check.regex(rule["value"], f"{key}.value") if "value" in rule else None,
        _units(check, rule.get("units", {}), f"{key}.units"),
        scale=_number(check, rule, "scale", key, role),
        full_from=_number(check, rule, "full_from", key, role),
        lists_to_priority=lists,
        scheme=_column_scheme(check, rule, key, schemes),
        adds_to=check.choice(rule["adds_to"], f"{key}.adds_to", ADDS_TO) if "adds_to" in rule else None,
        format=_cell_format(check, rule, key),
        anchor=check.regex(rule["anchor"], f"{key}.anchor") if "anchor" in rule else None,
        carry=check.flag(rule.get("carry", False), f"{key}.carry"),
        section=check.flag(rule.get("section", False), f"{key}.section"),
        reworded=_reworded(check, rule, key, role),
    )


def _ecm_names(check: Checker, value: object) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Return ``[profile] ecm_names``: a table of Every Child Matters outcome keys and a pattern for
    another name a plan gives each."""
    names = check.table(value, "profile.ecm_names", set(ECM_KEYS))
    return tuple((check.regex(pattern, f"profile.ecm_names.{key}"), key) for key, pattern in names.items())


def _reworded(check: Checker, rule: Mapping[str, Any], key: str, role: object) -> bool:
    """Return a column rule's ``reworded``, for a column of role 'priority' only."""
    reworded = check.flag(rule.get("reworded", False), f"{key}.reworded")
    if reworded and role is not ColumnRole.PRIORITY:
        raise check.fail(
            f"{key}.reworded", f"applies only to a column of role 'priority', not {rule['role']!r}"
        )
    return reworded


#: The item fields a column's cells may be added to.
ADDS_TO = {"description": "description", "mitigation": "mitigation"}


def _cell_format(check: Checker, rule: Mapping[str, Any], key: str) -> str:
    """Return a column rule's ``format`` (default "{cell}"), for a column with ``adds_to``."""
    if "format" not in rule:
        return "{cell}"
    if "adds_to" not in rule:
        raise check.fail(f"{key}.format", "applies only to a column with adds_to")
    template = check.text(rule["format"], f"{key}.format")
    check_template(check, template, f"{key}.format", {"cell"}, "; it takes {cell}")
    return template


def _column_scheme(check: Checker, rule: Mapping[str, Any], key: str, schemes: set[str]) -> str | None:
    """Return a column rule's ``scheme``: "ecm" or one of the profile's frameworks, for a column read
    for outcomes."""
    if "scheme" not in rule:
        return None
    scheme = check.text(rule["scheme"], f"{key}.scheme")
    if not rule.get("outcomes") and rule.get("role") != "outcome":
        raise check.fail(f"{key}.scheme", "applies only to a column read for outcomes")
    if scheme != "ecm" and scheme not in schemes:
        raise check.fail(f"{key}.scheme", f"neither 'ecm' nor the scheme of a [[frameworks]]: {scheme!r}")
    return scheme


def _number(check: Checker, rule: Mapping[str, Any], name: str, key: str, role: object) -> Decimal | None:
    if name not in rule:
        return None
    value = rule[name]
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise check.fail(f"{key}.{name}", f"must be a positive number, not {value!r}")
    if role is not ColumnRole.AMOUNT:
        raise check.fail(f"{key}.{name}", f"applies only to a column of role 'amount', not {rule['role']!r}")
    return Decimal(str(value))


def _units(check: Checker, value: object, key: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    if not isinstance(value, dict):
        raise check.fail(key, f"must be a table of pattern = unit, not {value!r}")
    units = {unit: unit for unit in UNITS}
    return tuple(
        (check.regex(pattern, f"{key}.{pattern}"), check.choice(unit, f"{key}.{pattern}", units))
        for pattern, unit in value.items()
    )


def _owner_rules(check: Checker, value: object) -> OwnerRules:
    rules = check.table(value, "owners", _OWNER_KEYS)
    name_post: re.Pattern[str] | None = NAME_POST
    if "name_post" in rules:
        if rules["name_post"] == "":
            name_post = None
        else:
            name_post = check.regex(rules["name_post"], "owners.name_post")
            if not {"name", "post"} <= set(name_post.groupindex):
                raise check.fail("owners.name_post", "needs the groups (?P<name>...) and (?P<post>...)")
    kinds = tuple(
        (check.regex(pattern, f"owners.{key}[{index}]"), kind)
        for key, kind in _OWNER_KIND_KEYS.items()
        for index, pattern in enumerate(check.texts(rules.get(key, []), f"owners.{key}"))
    )
    separators = check.texts(rules.get("separators", []), "owners.separators")
    aliases = rules.get("aliases", {})
    if not isinstance(aliases, dict):
        raise check.fail("owners.aliases", f"must be a table of text = [names], not {aliases!r}")
    expanded = tuple(
        (clean_text(alias).casefold(), check.texts(names, f"owners.aliases.{alias}"))
        for alias, names in aliases.items()
    )
    return OwnerRules(
        separators=separators,
        name_post=name_post,
        kinds=kinds,
        aliases=expanded,
        cut_posts=check.flag(rules.get("cut_posts", False), "owners.cut_posts"),
        partners_apart=check.flag(rules.get("partners_apart", False), "owners.partners_apart"),
        post_head=check.regex(rules["post_head"], "owners.post_head") if "post_head" in rules else None,
        chart=check.text(rules["chart"], "owners.chart") if "chart" in rules else None,
    )


def _template(check: Checker, rule: Mapping[str, Any], name: str, key: str, groups: set[str]) -> str | None:
    if name not in rule:
        return None
    template = check.text(rule[name], f"{key}.{name}")
    check_template(check, template, f"{key}.{name}", groups | {"text"}, ", not a named group of match")
    return template


def _frameworks(check: Checker, value: object) -> tuple[Framework, ...]:
    frameworks: list[Framework] = []
    for index, item in enumerate(check.rules(value, "frameworks")):
        key = f"frameworks[{index}]"
        rule = check.table(item, key, _FRAMEWORK_KEYS)
        required(check, rule, key, "scheme", "label", "concepts")
        scheme = slugify(check.text(rule["scheme"], f"{key}.scheme"))
        if scheme == "ecm":
            raise check.fail(f"{key}.scheme", "'ecm' is the built-in Every Child Matters framework")
        concepts: list[ConceptRule] = []
        for number, concept in enumerate(check.rules(rule["concepts"], f"{key}.concepts")):
            where = f"{key}.concepts[{number}]"
            spec = check.table(concept, where, _CONCEPT_KEYS)
            required(check, spec, where, "match")
            pattern = check.regex(spec["match"], f"{where}.match")
            groups = set(pattern.groupindex)
            concepts.append(
                ConceptRule(
                    pattern,
                    _template(check, spec, "key", where, groups),
                    _template(check, spec, "label", where, groups) or "{text}",
                    _template(check, spec, "notation", where, groups),
                    _template(check, spec, "broader", where, groups),
                )
            )
        made = Framework(scheme, check.text(rule["label"], f"{key}.label"), tuple(concepts))
        for number, made_rule in enumerate(made.concepts):
            groups = set(made_rule.pattern.groupindex)
            if made_rule.broader is not None and not any(
                other is not made_rule and template_fields(other.key or other.label) <= groups
                for other in made.concepts
            ):
                raise check.fail(
                    f"{key}.concepts[{number}].broader",
                    f"no other concept rule makes {made_rule.broader!r} from the groups of match",
                )
        frameworks.append(made)
    return tuple(frameworks)


def _holder_rule(check: Checker, value: object, key: str) -> HolderRule:
    rule = check.table(value, key, _HOLDER_KEYS)
    required(check, rule, key, "match")
    pattern = check.regex(rule["match"], f"{key}.match")
    then = check.regex(rule["then"], f"{key}.then") if "then" in rule else None
    needed = (
        [(pattern, "match", {"name", "post"})]
        if then is None
        else [
            (pattern, "match", {"name"}),
            (then, "then", set() if "unit" in then.groupindex else {"post"}),
        ]
    )
    for regex, name, groups in needed:
        if not groups <= set(regex.groupindex):
            wanted = " and ".join(f"(?P<{group}>...)" for group in sorted(groups))
            raise check.fail(f"{key}.{name}", f"needs the group(s) {wanted}")
    return HolderRule(
        pattern,
        then,
        check.text(rule["unit"], f"{key}.unit") if "unit" in rule else None,
        check.text(rule["parent"], f"{key}.parent") if "parent" in rule else None,
        _post_line(check, rule, key),
    )


def _post_line(check: Checker, rule: Mapping[str, Any], key: str) -> bool:
    """Return a holder rule's ``post_line``, for a rule with ``then`` only."""
    post_line = check.flag(rule.get("post_line", False), f"{key}.post_line")
    if post_line and "then" not in rule:
        raise check.fail(f"{key}.post_line", "applies only to a rule with then")
    return post_line


def _unit_rule(check: Checker, value: object, key: str) -> UnitRule:
    rule = check.table(value, key, _UNIT_KEYS)
    texts = {name: check.text(rule[name], f"{key}.{name}") for name in ("name", "parent") if name in rule}
    patterns = {
        name: check.regex(rule[name], f"{key}.{name}")
        for name in ("match", "lines_after", "until", "listed_under", "header", "unit_column")
        if name in rule
    }
    modes = [name for name in ("match", "lines_after", "listed_under", "header") if name in patterns]
    if len(modes) != 1:
        raise check.fail(key, "needs one of match (with name), lines_after, listed_under or header")
    for needed, by in (("name", "match"), ("until", "lines_after"), ("unit_column", "header")):
        if by in patterns and needed not in texts and needed not in patterns:
            raise check.fail(f"{key}.{needed}", f"missing (a rule with {by} needs it)")
    listed = patterns.get("listed_under")
    if listed is not None and "parent" not in listed.groupindex and "parent" not in texts:
        raise check.fail(f"{key}.listed_under", "needs the group (?P<parent>...) or the rule's parent")
    return UnitRule(texts.get("name"), parent=texts.get("parent"), **patterns)


def _priority_list_rule(check: Checker, value: object, key: str) -> PriorityListRule:
    rule = check.table(value, key, _PRIORITY_LIST_KEYS)
    required(check, rule, key, "match")
    section = check.text(rule["section"], f"{key}.section") if "section" in rule else None
    return PriorityListRule(check.regex(rule["match"], f"{key}.match"), section)


def _partner_lists(check: Checker, value: object) -> tuple[re.Pattern[str], ...]:
    """Return the ``listed`` patterns of the ``[[partners]]`` rules that have one."""
    rules = enumerate(check.rules(value, "partners"))
    return tuple(
        check.regex(rule["listed"], f"partners[{index}].listed") for index, rule in rules if "listed" in rule
    )


def _partner_rule(check: Checker, value: object, key: str) -> PartnerRule | None:
    rule = check.table(value, key, _PARTNER_KEYS)
    if "listed" in rule:
        for name in ("name", "match", "on_item"):
            if name in rule:
                raise check.fail(f"{key}.{name}", "a rule with listed names no partner of its own")
        if "list" not in check.regex(rule["listed"], f"{key}.listed").groupindex:
            raise check.fail(f"{key}.listed", "needs the group (?P<list>...)")
        return None
    required(check, rule, key, "name", "match")
    return PartnerRule(
        check.text(rule["name"], f"{key}.name"),
        check.regex(rule["match"], f"{key}.match"),
        check.regex(rule["on_item"], f"{key}.on_item") if "on_item" in rule else None,
    )


def _post_row_rule(check: Checker, value: object, key: str) -> PostRowRule:
    rule = check.table(value, key, _POST_ROW_KEYS)
    required(check, rule, key, "match")
    pattern = check.regex(rule["match"], f"{key}.match")
    read = check.regex(rule["read"], f"{key}.read") if "read" in rule else None
    groups = set((read or pattern).groupindex)
    if not groups & {"post", "name"}:
        raise check.fail(
            f"{key}.{'read' if read else 'match'}", "needs the group (?P<post>...) or (?P<name>...)"
        )
    description = None
    if "description" in rule:
        description = check.text(rule["description"], f"{key}.description")
        check_template(check, description, f"{key}.description", groups, "; it takes the pattern's groups")
    priorities = check.regex(rule["priorities"], f"{key}.priorities") if "priorities" in rule else None
    for name in ("section", "key"):
        if name in rule and priorities is None:
            raise check.fail(f"{key}.{name}", "applies only to a rule with priorities")
    item_key = check.text(rule["key"], f"{key}.key") if "key" in rule else None
    if item_key is not None:
        check_template(
            check, item_key, f"{key}.key", groups | {"label", "unit"}, "; it takes {label}, {unit}"
        )
    return PostRowRule(
        pattern,
        read,
        description,
        priorities,
        check.text(rule["section"], f"{key}.section") if "section" in rule else None,
        item_key,
        check.flag(rule.get("known_unit", False), f"{key}.known_unit"),
    )


def _plan_defaults(check: Checker, value: object) -> PlanDefaults:
    plan = check.table(value, "plan", _PLAN_KEYS)
    texts = {
        key: check.text(plan[key], f"plan.{key}")
        for key in plan
        if key not in {"draws_on", "title_line", "title_page"}
    }
    start = end = None
    try:
        if "years" in texts:
            start, end = parse_years(texts["years"])
        gss = check_gss(texts["gss"]) if "gss" in texts else None
    except ValueError as error:
        key = "plan.years" if "years" in texts and start is None else "plan.gss"
        raise check.fail(key, str(error)) from error
    try:
        plan_type = check_plan_type(texts["type"]) if "type" in texts else None
    except ValueError as error:
        raise check.fail("plan.type", str(error)) from error
    return PlanDefaults(
        council=texts.get("council"),
        authority=slugify(texts["authority"]) if "authority" in texts else None,
        gss=gss,
        title=texts.get("title"),
        slug=slugify(texts["slug"]) if "slug" in texts else None,
        plan_type=plan_type,
        start_year=start,
        end_year=end,
        draws_on=tuple(
            _cited_plan(check, cited, f"plan.draws_on[{index}]")
            for index, cited in enumerate(check.rules(plan.get("draws_on", []), "plan.draws_on"))
        ),
        title_line=_patterns(check, plan.get("title_line", []), "plan.title_line"),
        title_page=check.flag(plan.get("title_page", False), "plan.title_page"),
    )


def _patterns(check: Checker, value: object, key: str) -> tuple[re.Pattern[str], ...]:
    """Return a pattern, or a list of patterns, checked."""
    return tuple(check.regex(text, key) for text in check.texts(value, key))


def _cited_plan(check: Checker, value: object, key: str) -> CitedPlan:
    cited = check.table(value, key, _DRAWS_ON_KEYS)
    required(check, cited, key, "title", "type")
    title = check.text(cited["title"], f"{key}.title")
    try:
        plan_type = check_plan_type(check.text(cited["type"], f"{key}.type"))
    except ValueError as error:
        raise check.fail(f"{key}.type", str(error)) from error
    slug = slugify(check.text(cited["slug"], f"{key}.slug")) if "slug" in cited else slugify(title)
    return CitedPlan(slug, title, plan_type)
