"""Reading a layout profile's ``[[sections]]`` rules (the headings that start sections), checked."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from councilkg.loaders.generic.profile import ECM_KEYS, SectionKind, SectionRule
from councilkg.loaders.generic.profilecheck import Checker, check_template, column_roles, required
from councilkg.loaders.parsing.columns import ColumnRole

SECTION_KEYS = {
    "match",
    "kind",
    "required",
    "columns",
    "outcome",
    "as_section",
    "type",
    "section",
    "same_columns",
    "unit",
    "sub_units",
    "description",
    "key",
    "key_length",
    "in_section",
    "projects",
    "priority_groups",
    "with_list",
    "ecm_expected",
    "risk_ref",
    "item_key",
    "listed",
    "items",
    "sentences",
    "topics",
    "expected",
    "priority",
    "above",
    "by",
    "action_word",
    "mention",
    "in_rows",
    "place",
    "until",
}


def section_rule(check: Checker, value: object, key: str) -> SectionRule:
    rule = check.table(value, key, SECTION_KEYS)
    required(check, rule, key, "match", "kind")
    kinds = {kind.value: kind for kind in SectionKind}
    outcomes = check.texts(rule.get("outcome", []), f"{key}.outcome")
    for outcome in outcomes:
        if outcome not in ECM_KEYS:
            raise check.fail(
                f"{key}.outcome",
                f"unknown Every Child Matters outcome {outcome!r}; choose from {', '.join(ECM_KEYS)}",
            )
    section = None
    if "section" in rule:
        roles = {role.value for role in ColumnRole}
        section = check.text(rule["section"], f"{key}.section")
        check_template(
            check,
            section,
            f"{key}.section",
            roles | {"heading"},
            "; it takes {heading} and column roles such as {outturn}",
        )
    kind = check.choice(rule["kind"], f"{key}.kind", kinds)
    for name in ("unit", "sub_units"):
        if name in rule and kind is not SectionKind.UNITS:
            raise check.fail(
                f"{key}.{name}", f"applies only to a section of kind 'units', not {rule['kind']!r}"
            )
    if "description" in rule and kind not in {SectionKind.PRIORITY, SectionKind.QUOTES}:
        raise check.fail(
            f"{key}.description", f"applies only to a section of kind 'priority', not {rule['kind']!r}"
        )
    description = check.regex(rule["description"], f"{key}.description") if "description" in rule else None
    area = _area_keys(check, rule, key, kind)
    sub_units = check.regex(rule["sub_units"], f"{key}.sub_units") if "sub_units" in rule else None
    if sub_units is not None and "name" not in sub_units.groupindex:
        raise check.fail(f"{key}.sub_units", "needs the group (?P<name>...)")
    return SectionRule(
        check.regex(rule["match"], f"{key}.match"),
        kind,
        outcomes,
        check.flag(rule.get("as_section", False), f"{key}.as_section"),
        check.text(rule["type"], f"{key}.type") if "type" in rule else None,
        section,
        check.flag(rule.get("same_columns", False), f"{key}.same_columns"),
        check.text(rule["unit"], f"{key}.unit") if "unit" in rule else None,
        sub_units,
        check.flag(rule.get("required", False), f"{key}.required"),
        column_roles(check, rule.get("columns", []), f"{key}.columns"),
        description=description,
        key=area[0],
        listed=area[1],
        items=area[2],
        sentences=_sentence_rule(check, rule, key, kind, "sentences"),
        topics=_sentence_rule(check, rule, key, kind, "topics"),
        expected=check.flag(rule.get("expected", False), f"{key}.expected"),
        quoted_priority=_quoted_priority(check, rule, key, kind),
        above=check.flag(rule.get("above", False), f"{key}.above"),
        quoted_by=check.text(rule["by"], f"{key}.by") if "by" in rule else None,
        action_word=check.text(rule.get("action_word", "action"), f"{key}.action_word"),
        mention=check.regex(rule["mention"], f"{key}.mention") if "mention" in rule else None,
        in_rows=check.flag(rule.get("in_rows", False), f"{key}.in_rows"),
        place=_kind_text(check, rule, key, kind, "place") or "ignored",
        until=check.regex(_kind_text(check, rule, key, kind, "until"), f"{key}.until")
        if "until" in rule
        else None,
        key_length=_priority_key_length(check, rule, key, kind),
        in_section=_priority_flag(check, rule, key, kind, "in_section"),
        projects=_kind_flag(check, rule, key, kind, "projects", SectionKind.ACTIONS),
        item_key=_item_key(check, rule, key, kind),
        with_list=_kind_flag(check, rule, key, kind, "with_list", SectionKind.VISION),
        ecm_expected=_kind_flag(check, rule, key, kind, "ecm_expected", SectionKind.PRIORITY),
        risk_ref=_risk_ref(check, rule, key, kind),
        priority_groups=(
            check.regex(rule["priority_groups"], f"{key}.priority_groups")
            if "priority_groups" in rule
            else None
        ),
    )


def _kind_text(check: Checker, rule: Mapping[str, Any], key: str, kind: SectionKind, name: str) -> str | None:
    """Return an ignore heading's text setting ``name`` (``place``, ``until``); ``None`` when unset."""
    if name not in rule:
        return None
    if kind is not SectionKind.IGNORE:
        raise check.fail(f"{key}.{name}", 'only for kind = "ignore"')
    return check.text(rule[name], f"{key}.{name}")


def _sentence_rule(
    check: Checker, rule: Mapping[str, Any], key: str, kind: SectionKind, name: str
) -> re.Pattern[str] | None:
    """Return an actions heading's ``sentences`` or ``topics`` pattern (``topics`` needs the group
    ``topic`` and ``sentences``)."""
    if name not in rule:
        return None
    if kind is not SectionKind.ACTIONS:
        raise check.fail(
            f"{key}.{name}", f"applies only to a section of kind 'actions', not {rule['kind']!r}"
        )
    pattern = check.regex(rule[name], f"{key}.{name}")
    if name == "topics" and ("topic" not in pattern.groupindex or "sentences" not in rule):
        raise check.fail(f"{key}.topics", "needs the group (?P<topic>...) and a rule with sentences")
    return pattern


def _item_key(check: Checker, rule: Mapping[str, Any], key: str, kind: SectionKind) -> str | None:
    """Return an actions or indicators heading's ``item_key``: the template of its tables' items' keys."""
    if "item_key" not in rule:
        return None
    if kind not in {SectionKind.ACTIONS, SectionKind.INDICATORS}:
        raise check.fail(
            f"{key}.item_key",
            f"applies only to a section of kind 'actions' or 'indicators', not {rule['kind']!r}",
        )
    template = check.text(rule["item_key"], f"{key}.item_key")
    check_template(
        check, template, f"{key}.item_key", {"label", "ref", "year"}, "; it takes {label}, {ref} and {year}"
    )
    return template


def _risk_ref(check: Checker, rule: Mapping[str, Any], key: str, kind: SectionKind) -> str | None:
    """Return a risks heading's ``risk_ref`` template (with {number}), checked."""
    if "risk_ref" not in rule:
        return None
    if kind is not SectionKind.RISKS:
        raise check.fail(
            f"{key}.risk_ref", f"applies only to a section of kind 'risks', not {rule['kind']!r}"
        )
    template = check.text(rule["risk_ref"], f"{key}.risk_ref")
    check_template(check, template, f"{key}.risk_ref", {"number"}, "; it takes {number}")
    return template


def _kind_flag(
    check: Checker, rule: Mapping[str, Any], key: str, kind: SectionKind, name: str, wanted: SectionKind
) -> bool:
    """Return a flag only a section of kind ``wanted`` takes, checked."""
    flag = check.flag(rule.get(name, False), f"{key}.{name}")
    if flag and kind is not wanted:
        raise check.fail(
            f"{key}.{name}", f"applies only to a section of kind {wanted.value!r}, not {rule['kind']!r}"
        )
    return flag


def _priority_flag(check: Checker, rule: Mapping[str, Any], key: str, kind: SectionKind, name: str) -> bool:
    """Return a flag only a priority heading takes, checked."""
    flag = check.flag(rule.get(name, False), f"{key}.{name}")
    if flag and kind is not SectionKind.PRIORITY:
        raise check.fail(
            f"{key}.{name}", f"applies only to a section of kind 'priority', not {rule['kind']!r}"
        )
    return flag


def _priority_key_length(check: Checker, rule: Mapping[str, Any], key: str, kind: SectionKind) -> int:
    """Return a priority or actions heading's ``key_length`` (default 60), checked."""
    if "key_length" in rule and kind not in {
        SectionKind.PRIORITY,
        SectionKind.ACTIONS,
        SectionKind.INDICATORS,
    }:
        raise check.fail(
            f"{key}.key_length",
            f"applies only to a section of kind 'priority', 'actions' or 'indicators', not {rule['kind']!r}",
        )
    return key_length(check, rule, "key_length", key)


def key_length(check: Checker, rule: Mapping[str, Any], name: str, key: str) -> int:
    """Return the longest a key's slug may be (default 60), checked: a whole number from 10 to 200."""
    value = rule.get(name, 60)
    if isinstance(value, bool) or not isinstance(value, int) or not 10 <= value <= 200:
        raise check.fail(f"{key}.{name}", f"must be a whole number from 10 to 200, not {value!r}")
    return value


def _quoted_priority(
    check: Checker, rule: Mapping[str, Any], key: str, kind: SectionKind
) -> re.Pattern[str] | None:
    """Return a quotes heading's ``priority`` pattern, checked (and that its other keys are a quotes
    heading's, and ``mention`` an area's)."""
    for name in ("priority", "above", "by", "action_word"):
        if name in rule and kind is not SectionKind.QUOTES:
            raise check.fail(
                f"{key}.{name}", f"applies only to a section of kind 'quotes', not {rule['kind']!r}"
            )
    if "mention" in rule and kind is not SectionKind.AREA:
        raise check.fail(f"{key}.mention", f"applies only to a section of kind 'area', not {rule['kind']!r}")
    if "mention" in rule and "label" not in check.regex(rule["mention"], f"{key}.mention").groupindex:
        raise check.fail(f"{key}.mention", "needs the group (?P<label>...)")
    return check.regex(rule["priority"], f"{key}.priority") if "priority" in rule else None


def _area_keys(
    check: Checker, rule: Mapping[str, Any], key: str, kind: SectionKind
) -> tuple[str | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """Return a section's ``key`` template (an area's, or its items'), an area's ``listed`` pattern
    and an actions section's ``items`` pattern, checked."""
    for name, wanted in (("listed", SectionKind.AREA), ("items", SectionKind.ACTIONS)):
        if name in rule and kind is not wanted:
            raise check.fail(
                f"{key}.{name}", f"applies only to a section of kind {wanted.value!r}, not {rule['kind']!r}"
            )
    items = check.regex(rule["items"], f"{key}.items") if "items" in rule else None
    template = None
    if "key" in rule:
        if kind not in {SectionKind.AREA, SectionKind.PRIORITY} and items is None:
            raise check.fail(
                f"{key}.key", "applies only to an area or a priority, or to a section with items"
            )
        template = check.text(rule["key"], f"{key}.key")
        keyed = items or check.regex(rule["match"], f"{key}.match")
        groups = set(keyed.groupindex) | {"label", "text"}
        check_template(
            check, template, f"{key}.key", groups, "; it takes {label}, {text} and the pattern's groups"
        )
    listed = check.regex(rule["listed"], f"{key}.listed") if "listed" in rule else None
    return template, listed, items
