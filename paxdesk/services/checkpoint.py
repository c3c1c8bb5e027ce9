"""The checkpoint before applying: what the agent should know before "Convert now", in numbers.

Open warnings (left unchanged), ``major`` rows being converted, duplicate groups
being merged (consultations and offers moved, counted exactly as the apply step
will move them) and customers whose CRM-only data is dropped.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Engine

from paxdesk.crm import repository as repo
from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action
from paxdesk.services.conversion import PlannedItem


@dataclass
class Checkpoint:
    actions: Counter = field(default_factory=Counter)  # Action -> customers
    open_warnings: list[str] = field(default_factory=list)     # customer ids
    major_converted: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)            # converted copies that are merged
    merged_groups: int = 0
    consultations_moved: int = 0
    offers_moved: int = 0
    crm_only_dropped: list[str] = field(default_factory=list)


def checkpoint(engine: Engine, midoffice: str, plan: list[PlannedItem], decided: set[str]) -> Checkpoint:
    result = Checkpoint(Counter(p.action for p in plan))
    converting: dict[str, list[str]] = {}
    for p in plan:
        item = p.item
        if item.status in (Status.MINOR, Status.MAJOR) and item.customer_id not in decided:
            result.open_warnings.append(item.customer_id)
        if p.action != Action.CONVERT:
            continue
        converting.setdefault(p.relink_to or item.midoffice_id, []).append(item.customer_id)
        if item.status == Status.MAJOR:
            result.major_converted.append(item.customer_id)
        if item.crm_only:
            result.crm_only_dropped.append(item.customer_id)
    with engine.connect() as conn:
        refs = repo.references(conn, midoffice, set(converting))
        moving: list[str] = []
        for number, copies in converting.items():
            existing = refs.get(number, [])
            if not existing and len(copies) == 1:
                continue  # the copy simply becomes the reference: nothing is merged
            result.merged_groups += 1
            result.merged += copies
            copies = sorted(copies)
            moving += existing[1:] + (copies if existing else copies[1:])
        counts = repo.child_counts_in(conn, moving)
    result.consultations_moved = sum(c for c, _ in counts.values())
    result.offers_moved = sum(o for _, o in counts.values())
    return result
