"""Turning a table's rows into customers and bookings: every value read per CONTRACT §6.1 or reported.

A row without its legacy id (or a customer without a last name) cannot be imported
and is left out with a ``missing_value`` finding; a second row with the same
customer number is left out with ``duplicate_id``. Nothing else is ever dropped.
A customer row without a last name but with its id is still handed back in ``incomplete``
(when the caller asks): it may be a duplicate of a complete row, and a merge completes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from paxdesk.migration import values as v
from paxdesk.migration.fields import CUSTOMER_FIELDS, BOOKING_FIELDS, LOCK_FIELDS, fields_of, header_label, required_of
from paxdesk.migration.reading import Table, UnreadableFile
from paxdesk.migration.records import Booking, Customer, Finding

TEXT_FIELDS = {"salutation", "title", "first_name", "last_name", "street", "city", "country", "user",
               "legacy_id", "booking_id", "destination"}


def columns(table: Table, mapping: dict[str, str | None]) -> tuple[dict[str, list[tuple[int, str]]], list[Finding]]:
    """field → [(cell index, header)] (the first non-empty column wins), and unknown columns as findings.

    A required field without a column makes the file unreadable (exit 2).
    """
    by_field: dict[str, list[tuple[int, str]]] = {}
    unknown = []
    allowed = set(fields_of(table.kind))
    for index, header in enumerate(table.headers):
        name = mapping.get(header)
        if name in allowed:
            by_field.setdefault(name, []).append((index, header))
        else:
            unknown.append(Finding(table.name, 1, header, "unknown_column"))
    for name in required_of(table.kind):
        if name not in by_field:
            label = header_label(name, table.kind)
            found = ", ".join(h if len(h) <= 40 else h[:39] + "…" for h in table.headers[:30])
            raise UnreadableFile(table.path, f"the required column {label!r} is missing (headers found in row "
                                 f"{table.header_row}: {found})", table.header_row, label)
    return by_field, unknown


def _raw_rows(table: Table, by_field) -> Iterator[tuple[int, dict, dict, list]]:
    width = len(table.headers)
    for number, cells in table.rows():
        raw, header_of = {}, {}
        for name, places in by_field.items():
            for index, header in places:
                cell = cells[index] if index < len(cells) else None
                if cell not in (None, ""):
                    raw[name], header_of[name] = cell, header
                    break
            else:
                header_of[name] = places[0][1]
        extra = [c for c in cells[width:] if c not in (None, "")]
        yield number, raw, header_of, extra


def load_customers(table: Table, mapping: dict[str, str | None], cancelled: Callable[[], bool] = lambda: False,
                   incomplete: list[Customer] | None = None) -> tuple[list[Customer], list[Finding]]:
    by_field, findings = columns(table, mapping)
    customers: list[Customer] = []
    seen: set[str] = set()
    for number, raw, header_of, extra in _raw_rows(table, by_field):
        if number % 5000 == 0 and cancelled():
            break

        unreadable = set()

        def report(name: str, kind: str, value) -> None:
            findings.append(Finding(table.name, number, header_of.get(name, name), kind,
                                    "" if value is None else str(value)))
            if kind != "zip":
                unreadable.add(name)
        if extra:
            report("legacy_id", "extra_cells", " | ".join(str(c) for c in extra))
        values: dict[str, str] = {}
        for name in CUSTOMER_FIELDS:
            if name in TEXT_FIELDS:
                values[name] = v.text(raw.get(name))[0]
        country = values["country"]
        locks = {}
        for name in LOCK_FIELDS:
            flag, kept, problem = v.lock(raw.get(name))
            locks[name], values[name] = flag, kept
            if problem:
                report(name, problem, raw.get(name))
        for name, reader in (("email", v.email), ("phone", lambda r: v.phone(r, country)),
                             ("zip", lambda r: v.zip_code(r, country)), ("birth_date", v.legacy_date)):
            values[name], problem = reader(raw.get(name))
            if problem:
                report(name, problem, raw.get(name))
        if not values["legacy_id"] or not values["last_name"]:
            report("legacy_id" if not values["legacy_id"] else "last_name", "missing_value", "")
            if values["legacy_id"] and incomplete is not None and values["legacy_id"] not in seen:
                incomplete.append(Customer(number, values, locks, frozenset(unreadable), incomplete=True))
            continue
        if values["legacy_id"] in seen:
            report("legacy_id", "duplicate_id", values["legacy_id"])
            continue
        seen.add(values["legacy_id"])
        customers.append(Customer(number, values, locks, frozenset(unreadable)))
    return customers, findings


def load_bookings(table: Table, mapping: dict[str, str | None],
                  cancelled: Callable[[], bool] = lambda: False) -> tuple[list[Booking], list[Finding]]:
    by_field, findings = columns(table, mapping)
    bookings: list[Booking] = []
    for number, raw, header_of, extra in _raw_rows(table, by_field):
        if number % 5000 == 0 and cancelled():
            break

        def report(name: str, kind: str, value) -> None:
            findings.append(Finding(table.name, number, header_of.get(name, name), kind,
                                    "" if value is None else str(value)))
        if extra:
            report("legacy_id", "extra_cells", " | ".join(str(c) for c in extra))
        values = {name: v.text(raw.get(name))[0] for name in BOOKING_FIELDS if name in TEXT_FIELDS}
        for name in ("date", "travel_date"):
            values[name], problem = v.legacy_date(raw.get(name), "travel")
            if problem:
                report(name, problem, raw.get(name))
        values["price"], problem = v.price(raw.get("price"))
        if problem:
            report("price", problem, raw.get("price"))
        values["currency"] = v.text(raw.get("currency"))[0].upper() or "EUR"
        if not values["legacy_id"]:
            report("legacy_id", "missing_value", "")
            continue
        bookings.append(Booking(number, {name: values[name] for name in BOOKING_FIELDS}))
    return bookings, findings
