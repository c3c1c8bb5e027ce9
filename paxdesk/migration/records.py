"""What reading a legacy export produces: customers, bookings and findings (plain data)."""

from __future__ import annotations

from dataclasses import dataclass, field

from paxdesk.migration.fields import LOCK_FIELDS


@dataclass(frozen=True)
class Finding:
    """A value paxdesk could not read or had to touch: where it is, what kind, and the raw value."""

    file: str
    row: int
    column: str
    kind: str      # date, price, lock, email, phone, zip, missing_value, duplicate_id, unknown_column,
                   # extra_cells, unknown_customer
    raw: str = ""


@dataclass
class Customer:
    row: int
    values: dict[str, str]                 # every customer field; unreadable values kept raw
    locks: dict[str, bool | None] = field(default_factory=dict)  # None: the flag could not be read
    unreadable: frozenset[str] = frozenset()  # fields whose value was kept raw (a finding)
    incomplete: bool = False  # no last name: not imported on its own, only merged into a duplicate (issue 28)

    @property
    def legacy_id(self) -> str:
        return self.values["legacy_id"]

    def any_lock(self) -> bool:
        return any(v is None or v for v in self.locks.values())

    def lock_text(self, name: str) -> str:
        value = self.locks.get(name, False)
        return self.values[name] if value is None else ("true" if value else "false")


@dataclass
class Booking:
    row: int
    values: dict[str, str]

    @property
    def legacy_id(self) -> str:
        return self.values["legacy_id"]


@dataclass
class Source:
    """One input file as the manifest names it (no personal values)."""

    file: str
    sha256: str
    rows: int


@dataclass
class LegacyData:
    customers: list[Customer]
    bookings: list[Booking]
    findings: list[Finding]
    sources: list[Source]
    mappings: dict[str, dict[str, str | None]]  # kind -> header -> field
    incomplete: list[Customer] = field(default_factory=list)  # rows without a last name (findings), which
    # take part in duplicate detection so that a merge can complete them

    def locked(self) -> list[Customer]:
        return [c for c in self.customers if c.any_lock()]


__all__ = ["Finding", "Customer", "Booking", "Source", "LegacyData", "LOCK_FIELDS"]
