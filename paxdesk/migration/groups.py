"""Duplicate groups: the proposed survivor, the merge preview, and what a decision makes of a group.

Survivor and field values follow CONTRACT §6.3: fields come from the record that has
a value, the one with the newer booking where both have one. Members are ranked by
their newest booking (newest first), then by how many fields they fill, then by
their row in the file; the first is the proposed survivor.

A member without a last name (``Customer.incomplete``) is never the survivor and is imported only by a
merge, which completes the survivor with its values.

Decisions: ``merge`` (one customer, the others in ``merged_legacy_ids``), ``keep_all``,
``drop:<legacy id>`` (that record is not imported; its bookings go to the group's
survivor, whose ``merged_legacy_ids`` names it, so nothing is lost) or none (open:
imported unmerged and counted as open).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from paxdesk.migration.fields import CUSTOMER_FIELDS, LOCK_FIELDS
from paxdesk.migration.linkage import Pair
from paxdesk.migration.records import Customer

MERGE, KEEP_ALL, DROP = "merge", "keep_all", "drop:"


def natural_key(legacy_id: str):
    """Numbers by value, everything else as text: 'K9' < 'K10', '99' < '100'."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.findall(r"\d+|\D+", legacy_id)]


@dataclass
class Group:
    id: str                      # the smallest member legacy id (natural order)
    members: list[Customer]      # ranked: the proposed survivor first
    pairs: list[Pair[int]]       # the pairs that linked them (indices into the loaded customers)
    newest: dict[str, str] = field(default_factory=dict)  # legacy id -> newest booking date ("" none)
    decision: str | None = None
    links: list[Pair[str]] = field(default_factory=list)  # the pairs by legacy id, each with its own score and reasons

    @property
    def survivor(self) -> Customer:
        return self.members[0]

    @property
    def score(self) -> float:
        return max(p.score for p in self.pairs)

    def reasons(self) -> list[str]:
        return sorted({r for p in self.pairs for r in p.reasons})

    @property
    def dropped(self) -> str | None:
        """The legacy id a "drop:<id>" decision leaves out, else None."""
        return self.decision[len(DROP):] if self.decision and self.decision.startswith(DROP) else None

    def member_ids(self) -> list[str]:
        return [m.legacy_id for m in self.members]

    def preview(self, members: list[Customer] | None = None) -> dict[str, tuple[str, str]]:
        """field -> (value, legacy id it comes from) for the merged record."""
        merged: dict[str, tuple[str, str]] = {}
        for name in CUSTOMER_FIELDS:
            if name in LOCK_FIELDS:
                continue
            for member in members or self.members:
                if member.values.get(name):
                    merged[name] = (member.values[name], member.legacy_id)
                    break
            else:
                merged[name] = ("", "")
        survivor = (members or self.members)[0]
        merged["legacy_id"] = (survivor.legacy_id, survivor.legacy_id)
        return merged


def build_groups(customers: list[Customer], clusters: list[list[int]], pairs: list[Pair],
                 newest: dict[str, str]) -> list[Group]:
    by_cluster: dict[int, list[Pair]] = {}
    where = {index: number for number, cluster in enumerate(clusters) for index in cluster}
    for pair in pairs:  # a pair the clustering refused (conflicting evidence) belongs to no group
        cluster = where.get(pair.a)
        if cluster is not None and cluster == where.get(pair.b):
            by_cluster.setdefault(cluster, []).append(pair)
    groups = []
    for number, cluster in enumerate(clusters):
        members = [customers[i] for i in cluster]
        ranked = sorted(members, key=lambda c: (c.incomplete, _negate(newest.get(c.legacy_id, "")),
                                                -sum(1 for v in c.values.values() if v), c.row))
        group_id = min((m.legacy_id for m in members), key=natural_key)
        own = by_cluster.get(number, [])
        links = [Pair(*sorted((customers[q.a].legacy_id, customers[q.b].legacy_id), key=natural_key), q.score,
                      q.reasons, q.weight) for q in sorted(own, key=lambda q: -q.score)]
        groups.append(Group(group_id, ranked, own, {m.legacy_id: newest.get(m.legacy_id, "") for m in members},
                            links=links))
    groups.sort(key=lambda g: natural_key(g.id))
    return groups


def _negate(iso_date: str) -> str:
    """Sort key putting newer ISO dates first (and records without bookings last)."""
    return "".join(chr(0x7F - ord(ch)) for ch in iso_date) if iso_date else "\x7f"


def valid_decision(group: Group, decision: str) -> bool:
    if decision in (MERGE, KEEP_ALL):
        return True
    return decision.startswith(DROP) and decision[len(DROP):] in group.member_ids()


@dataclass
class Outcome:
    """The customers to import (values + merged ids) and where each legacy id's bookings go."""

    customers: list[tuple[dict[str, str], Customer, list[str]]]  # (values, the record, merged legacy ids)
    booking_target: dict[str, str]   # legacy id -> the legacy id its bookings now belong to
    merged: int = 0                  # records folded into another (merged or dropped)
    open_groups: int = 0


def apply_decisions(customers: list[Customer], groups: list[Group]) -> Outcome:
    in_group = {m.legacy_id: g for g in groups for m in g.members}
    outcome = Outcome([], {})
    done: set[str] = set()
    for customer in customers:
        group = in_group.get(customer.legacy_id)
        if group is None:
            outcome.customers.append((_values(customer), customer, []))
            continue
        if group.id in done:
            continue
        done.add(group.id)
        decision = group.decision
        if decision is None:
            outcome.open_groups += 1
        if decision == MERGE:
            preview = group.preview()
            values = {name: value for name, (value, _) in preview.items()}
            for lock in LOCK_FIELDS:
                values[lock] = _merged_lock(group.members, lock)
            others = [m.legacy_id for m in group.members[1:]]
            outcome.customers.append((values, group.survivor, others))
            for legacy_id in others:
                outcome.booking_target[legacy_id] = group.survivor.legacy_id
            outcome.merged += len(others)
            continue
        dropped = group.dropped
        kept = [m for m in group.members if m.legacy_id != dropped and not m.incomplete]  # no last name: only a
        # merge imports it (into the survivor); otherwise it stays left out, as its finding says
        for member in kept:
            extra = [dropped] if dropped and member is kept[0] else []
            outcome.customers.append((_values(member), member, extra))
        if dropped:
            outcome.booking_target[dropped] = kept[0].legacy_id
            outcome.merged += 1
    return outcome


def _values(customer: Customer) -> dict[str, str]:
    values = dict(customer.values)
    for name in LOCK_FIELDS:
        values[name] = customer.lock_text(name)
    return values


def _merged_lock(members: list[Customer], name: str) -> str:
    """A lock set in any record stays set (the safe side); an unreadable one is kept as written."""
    texts = [m.lock_text(name) for m in members]
    if "true" in texts:
        return "true"
    unreadable = [t for t in texts if t not in ("true", "false")]
    return unreadable[0] if unreadable else "false"
