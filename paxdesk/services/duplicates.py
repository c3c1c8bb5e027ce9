"""A duplicate group as the review shows it: every copy and v2 reference of one customer number, and
where their consultations and offers go when converted (the rule of CONTRACT §4.3 / docs/decisions.md)."""

from __future__ import annotations

from dataclasses import dataclass


from paxdesk.crm.db import Engine
from paxdesk.crm import repository as repo


@dataclass(frozen=True)
class Member:
    customer_id: str
    kind: str           # "v1" (a copy) or "v2" (the reference)
    name: str           # empty for a reference (it holds no personal data)
    consultations: int
    offers: int


@dataclass(frozen=True)
class DuplicateGroup:
    number: str
    copies: tuple[Member, ...]
    references: tuple[Member, ...]

    @property
    def target(self) -> str | None:
        """The reference everything ends with: the existing one with the smallest id (None: the first
        converted copy becomes the reference itself)."""
        return self.references[0].customer_id if self.references else None


def duplicate_group(engine: Engine, midoffice: str, number: str) -> DuplicateGroup:
    rows = repo.same_number(engine, midoffice, number)
    counts = repo.child_counts(engine, [r["id"] for r in rows])
    members = [Member(r["id"], r["kind"], " ".join(p for p in (r["first_name"], r["last_name"]) if p),
                      *counts[r["id"]]) for r in rows]
    return DuplicateGroup(number, tuple(m for m in members if m.kind == "v1"),
                          tuple(m for m in members if m.kind == "v2"))
