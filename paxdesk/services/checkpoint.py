"""The checkpoint before applying: what the agent should know before "Convert now", in numbers.

The counts are the report's (``review.tally``): open warnings (left unchanged),
``major`` rows being converted, re-links, customers with data only in the CRM
(and how many of them converting drops). What only the CRM can say before the
apply — which copies will be merged into another customer, and how many
consultations and offers move — is counted exactly as the apply step will do it.
"""

from __future__ import annotations

from dataclasses import dataclass


from paxdesk.crm.db import Engine
from paxdesk.crm import repository as repo
from paxdesk.domain.plan import Action
from paxdesk.services.conversion import PlannedItem
from paxdesk.services.review.tally import Tally, tally


@dataclass
class Checkpoint(Tally):
    """The plan's tally, and what only the CRM can say before the apply: the merges."""

    merged_groups: int = 0
    consultations_moved: int = 0
    offers_moved: int = 0


def checkpoint(engine: Engine, midoffice: str, plan: list[PlannedItem], decided: set[str]) -> Checkpoint:
    result = Checkpoint(**vars(tally(plan, decided)))
    result.merged = []  # predicted below (the tally's are the applied ones: none yet)
    converting: dict[str, list[str]] = {}
    for p in sorted(plan, key=lambda p: p.item.customer_id):  # the apply's order
        if p.action == Action.CONVERT:
            converting.setdefault(p.number, []).append(p.item.customer_id)
    with engine.connect() as conn:
        refs = repo.references(conn, midoffice, set(converting))
        moving: list[str] = []
        for number, copies in converting.items():
            existing = refs.get(number, [])
            if not existing and len(copies) == 1:
                continue  # the copy simply becomes the reference: nothing is merged
            result.merged_groups += 1
            into_another = copies if existing else copies[1:]  # the first copy becomes the reference itself
            result.merged += into_another
            moving += existing[1:] + into_another
        counts = repo.child_counts_in(conn, moving)
    result.consultations_moved = sum(c for c, _ in counts.values())
    result.offers_moved = sum(o for _, o in counts.values())
    return result
