"""Validation of a CRM exchange file (CONTRACT §2): every problem, with its JSON path, before any write.

The validator is pure: it takes the parsed JSON and the ids the CRM already
holds, and returns a list of "path: problem" lines (empty when the file is good).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from paxdesk.crm.models import PERSONAL_FIELDS
from paxdesk.errors import shorten

FORMAT = "paxdesk-crm/1"
KINDS = ("v1", "v2", "local")
MIDOFFICES = ("myjack", "midoco")
_DECIMAL = re.compile(r"-?\d{1,12}(\.\d{1,6})?\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")

# field -> (type, required). Types: str, date, timestamp, bool, price, kind, midoffice.
RECORDS: dict[str, dict[str, tuple[str, bool]]] = {
    "users": {"id": ("str", True), "abbreviation": ("str", True), "name": ("str", False), "email": ("str", False)},
    "sessions": {"user": ("str", True), "host": ("str", False), "last_seen": ("timestamp", True)},
    "customers": {
        "id": ("str", True), "kind": ("kind", True), "midoffice": ("midoffice", False), "midoffice_id": ("str", False),
        **{name: ("date" if name == "birth_date" else "str", False) for name in PERSONAL_FIELDS},
        "gdpr_review": ("bool", False), "anonymized": ("bool", False),
    },
    "consultations": {"id": ("str", True), "customer": ("str", True), "user": ("str", False),
                      "date": ("date", False), "subject": ("str", False)},
    "offers": {"id": ("str", True), "customer": ("str", True), "user": ("str", False), "date": ("date", False),
               "title": ("str", False), "price": ("price", False), "currency": ("str", False)},
}
AGENCY = {"name": ("str", True), "midoffice": ("midoffice", False)}
TOP_LEVEL = ("format", "agency", *RECORDS)
_NON_EMPTY = frozenset({"id", "user", "customer"})


@dataclass
class ExistingIds:
    """Ids already in the CRM, so an import that extends it can check references and clashes."""

    users: set[str] = field(default_factory=set)
    customers: set[str] = field(default_factory=set)
    consultations: set[str] = field(default_factory=set)
    offers: set[str] = field(default_factory=set)
    agency: dict | None = None


_show = shorten


def _text_problem(value: str) -> str | None:
    if "\x00" in value:
        return "contains a NUL character"
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "contains an invalid (lone surrogate) character"
    return None


def value_problem(kind: str, value) -> str | None:
    """What is wrong with a non-null value of the given type, or None."""
    if kind == "bool":
        return None if isinstance(value, bool) else f"{_show(value)} is not true or false"
    if not isinstance(value, str):
        return f"{_show(value)} is not a string"
    if problem := _text_problem(value):
        return problem
    if kind == "kind" and value not in KINDS:
        return f"{_show(value)} is not one of v1, v2, local"
    if kind == "midoffice" and value not in MIDOFFICES:
        return f"{_show(value)} is not one of myjack, midoco"
    if kind == "date":
        try:
            if not _DATE.match(value):
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            return f"{_show(value)} is not a date (YYYY-MM-DD)"
    if kind == "timestamp":
        try:
            stamp = datetime.fromisoformat(value)
        except ValueError:
            return f"{_show(value)} is not an ISO 8601 timestamp"
        if stamp.tzinfo is None:
            return f"{_show(value)} has no UTC offset"
    if kind == "price" and not _DECIMAL.match(value):
        return f"{_show(value)} is not a decimal amount like '2480.00'"
    return None


def _key(key: str) -> str:
    """A key as it appears in a JSON path: unknown keys come from the file, so they are cut short."""
    return key if len(key) <= 40 and key.isprintable() else shorten(key, 40)


_REQUIRED_CACHE: dict[int, tuple[str, ...]] = {}


def _required(spec: dict[str, tuple[str, bool]]) -> tuple[str, ...]:
    key = id(spec)
    if key not in _REQUIRED_CACHE:
        _REQUIRED_CACHE[key] = tuple(name for name, (_kind, required) in spec.items() if required)
    return _REQUIRED_CACHE[key]


def _check_record(path: str, record, spec: dict[str, tuple[str, bool]], out: list[str]) -> bool:
    """Type checks of one record; False when it is not an object at all. Hot path of big imports."""
    if not isinstance(record, dict):
        out.append(f"{path}: expected an object, got {_show(record)}")
        return False
    for key, value in record.items():
        entry = spec.get(key)
        if entry is None:
            out.append(f"{path}.{_key(key)}: unknown key")
            continue
        if value is None:
            continue
        kind = entry[0]
        if kind == "str" and value.__class__ is str and value.isascii() and "\x00" not in value:
            problem = None  # the common case, checked without a call
        else:
            problem = value_problem(kind, value)
        if problem:
            out.append(f"{path}.{key}: {problem}")
        elif value == "" and key in _NON_EMPTY:
            out.append(f"{path}.{key}: must not be empty")
    for name in _required(spec):
        if record.get(name) is None:
            out.append(f"{path}.{name}: required field is missing")
    return True


def check_customer_rules(path: str, record: dict, out: list[str]) -> None:
    kind = record.get("kind")
    has_office = record.get("midoffice") is not None
    if kind in ("v1", "v2") and not has_office:
        out.append(f"{path}.midoffice: required for a {kind} customer")
    if kind == "v2" and record.get("midoffice_id") is None:
        out.append(f"{path}.midoffice_id: required for a v2 customer")
    if kind == "v2":
        for name in PERSONAL_FIELDS:
            if record.get(name) is not None:
                out.append(f"{path}.{name}: a v2 reference carries no personal data")
    if kind == "local":
        for name in ("midoffice", "midoffice_id"):
            if record.get(name) is not None:
                out.append(f"{path}.{name}: a local customer has no MidOffice reference")


def validate(doc, existing: ExistingIds | None = None) -> list[str]:
    """All problems of an exchange document, in file order."""
    existing = existing or ExistingIds()
    out: list[str] = []
    if not isinstance(doc, dict):
        return [f"$: expected a JSON object, got {_show(doc)}"]
    for key in doc:
        if key not in TOP_LEVEL:
            out.append(f"{_key(key)}: unknown key")
    if doc.get("format") != FORMAT:
        out.append(f"format: expected {FORMAT!r}, got {_show(doc.get('format'))}")
    agency = doc.get("agency")
    if agency is not None and _check_record("agency", agency, AGENCY, out) and existing.agency:
        if isinstance(agency.get("name"), str) and agency.get("name") != existing.agency["name"]:
            out.append(f"agency.name: the CRM belongs to {existing.agency['name']!r}, the file to {_show(agency['name'])}")

    ids: dict[str, set[str]] = {}
    for list_name, spec in RECORDS.items():
        records = doc.get(list_name)
        if records is None:
            ids[list_name] = set()
            continue
        if not isinstance(records, list):
            out.append(f"{list_name}: expected a list, got {_show(records)}")
            ids[list_name] = set()
            continue
        known = set(getattr(existing, list_name, set()))
        seen: set[str] = set()
        for index, record in enumerate(records):
            path = f"{list_name}[{index}]"
            if not _check_record(path, record, spec, out):
                continue
            if list_name == "customers":
                check_customer_rules(path, record, out)
            rid = record.get("id")
            if isinstance(rid, str) and "id" in spec:
                if rid in seen:
                    out.append(f"{path}.id: duplicate id {_show(rid)}")
                elif rid in known:
                    out.append(f"{path}.id: {_show(rid)} already exists in the CRM")
                seen.add(rid)
        ids[list_name] = seen

    users = ids["users"] | existing.users
    customers = ids["customers"] | existing.customers
    for list_name, refs in (("sessions", {"user": users}),
                            ("consultations", {"customer": customers, "user": users}),
                            ("offers", {"customer": customers, "user": users})):
        for index, record in enumerate(doc.get(list_name) or [] if isinstance(doc.get(list_name), list) else []):
            if not isinstance(record, dict):
                continue
            for name, targets in refs.items():
                ref = record.get(name)
                if isinstance(ref, str) and ref and ref not in targets:
                    what = "customer" if name == "customer" else "user"
                    out.append(f"{list_name}[{index}].{name}: no {what} with id {_show(ref)}")
    return out
