"""Validation of a backup's rows before a restore writes any (issue 27): what ``db import`` checks, for tables.

A backup is the agency's own file, but it may have been edited or damaged; restoring
``kind="weird"`` or a number as ``midoffice`` would only surface later, on a GDPR list or
as a crash. Every value is checked against its column (type, length, null) and the
rules paxdesk's own writers keep (kinds, MidOffices, dates, timestamps, actions, the
customer rules of CONTRACT §2), keys against their tables — every problem with its path.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Boolean, Integer, String, Table

from paxdesk.crm.exchange_schema import check_customer_rules, value_problem
from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action
from paxdesk.errors import shorten

RUN_STATES = ("planned", "applying", "interrupted", "done")
# (table, column) -> an exchange-file type (exchange_schema.value_problem) or the allowed values.
RULES: dict[tuple[str, str], str | tuple[str, ...]] = {
    ("agency", "midoffice"): "midoffice",
    ("customers", "kind"): "kind",
    ("customers", "midoffice"): "midoffice",
    ("customers", "birth_date"): "date",
    ("consultations", "date"): "date",
    ("offers", "date"): "date",
    ("offers", "price"): "price",
    ("sessions", "last_seen"): "timestamp",
    ("conversion_runs", "midoffice"): "midoffice",
    ("conversion_runs", "started_at"): "timestamp",
    ("conversion_runs", "finished_at"): "timestamp",
    ("conversion_runs", "state"): RUN_STATES,
    ("run_items", "status"): tuple(Status),
    ("run_items", "action"): tuple(Action),
    ("decisions", "action"): tuple(Action),
    ("decisions", "status_seen"): tuple(Status),
    ("decisions", "decided_at"): "timestamp",
    ("audit_log", "at"): "timestamp",
}
MAX_PROBLEMS = 200


def _type_problem(column, value) -> str | None:
    if isinstance(column.type, Boolean):
        return None if isinstance(value, bool) else f"{shorten(value)} is not true or false"
    if isinstance(column.type, Integer):
        return None if isinstance(value, int) and not isinstance(value, bool) else f"{shorten(value)} is not a number"
    if not isinstance(value, str):
        return f"{shorten(value)} is not a string"
    if isinstance(column.type, String) and column.type.length and len(value) > column.type.length:
        return f"is longer than {column.type.length} characters"
    return None


def _rule_problem(rule, value) -> str | None:
    if isinstance(rule, tuple):
        return None if value in rule else f"{shorten(value)} is not one of {', '.join(rule)}"
    return value_problem(rule, value)


def row_problems(table: Table, path: str, row: dict) -> list[str]:
    """Everything wrong with one row of ``table`` (columns by name), each as ``path.column: problem``."""
    out = []
    for column in table.columns:
        value = row.get(column.name)
        if value is None:
            if not column.nullable and not (column.primary_key and isinstance(column.type, Integer)):
                out.append(f"{path}.{column.name}: required value is missing")
            continue
        problem = _type_problem(column, value)
        rule = RULES.get((table.name, column.name))
        if problem is None and rule is not None:
            problem = _rule_problem(rule, value)
        if problem:
            out.append(f"{path}.{column.name}: {problem}")
    if table.name == "customers" and not out:
        check_customer_rules(path, row, out)
    return out


def _key_of(table: Table, row: dict) -> tuple:
    return tuple(row.get(c.name) for c in table.primary_key.columns)


def snapshot_problems(tables: dict[str, Table], rows: dict[str, Iterable[dict]]) -> list[str]:
    """All problems of a backup's tables, parents before children: values, duplicate keys, dangling references."""
    out: list[str] = []
    keys: dict[str, set] = {}
    for name, table in tables.items():
        seen: set = set()
        for index, row in enumerate(rows.get(name, ())):
            path = f"tables.{name}.rows[{index}]"
            out.extend(row_problems(table, path, row))
            key = _key_of(table, row)
            if None not in key:
                if key in seen:
                    out.append(f"{path}: duplicate key {shorten(key if len(key) > 1 else key[0])}")
                seen.add(key)
            for foreign in table.foreign_keys:
                ref = row.get(foreign.parent.name)
                target = foreign.column.table.name
                if ref is not None and (ref,) not in keys.get(target, set()):
                    out.append(f"{path}.{foreign.parent.name}: no row in {target} with key {shorten(ref)}")
            if len(out) >= MAX_PROBLEMS:
                return out
        keys[name] = seen
    return out
