"""Match: every copy's live MidOffice record fetched and compared, and the earlier sitting's decisions that still hold."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from paxdesk.crm import repository as repo
from paxdesk.domain.plan import Action
from paxdesk.crm import decisions_repository as saved
from paxdesk.services import relink as relinking
from paxdesk.services.matching import MatchItem, MatchProgress, item_for, run_matching
from paxdesk.services.review.rows import RELINKABLE, Decision, Source, still_holds
from paxdesk.services.usecases.context import SessionContext
from paxdesk.services.usecases.timing import timed


@dataclass
class MatchOutcome:
    """The matching run's result: every item, and the decisions of an earlier sitting that still hold."""

    items: list[MatchItem]
    decisions: dict[str, Decision] = field(default_factory=dict)
    changed_since: set[str] = field(default_factory=set)  # earlier decisions dropped: the class changed


class Matching:
    def __init__(self, ctx: SessionContext):
        self.ctx = ctx

    def match(self, cancelled: Callable[[], bool] = lambda: False, *, resume_decisions: bool = False,
              ) -> Iterator[MatchItem | MatchProgress | MatchOutcome]:
        """Stream items and progress, then the MatchOutcome. ``resume_decisions``: the wizard's saved ones."""
        ctx = self.ctx
        ctx.require_check()
        adapter = ctx.adapter()
        items: list[MatchItem] = []
        try:
            with timed("matching", lambda: len(items)):
                for event in run_matching(ctx.crm, adapter, ctx.midoffice, cancelled):
                    if isinstance(event, MatchItem):
                        items.append(event)
                    yield event
            outcome = self._with_saved_decisions(items, adapter) if resume_decisions else MatchOutcome(items)
        finally:
            adapter.close()
        yield outcome

    def _with_saved_decisions(self, items: list[MatchItem], adapter) -> MatchOutcome:
        """Decisions of an earlier sitting stay only where the class they were made for is still the class:
        the copy's own record's, or for a re-link its target's, fetched afresh now (so the row shows it)."""
        engine = self.ctx.engine
        outcome = MatchOutcome(items)
        stored = saved.saved_decisions(engine)
        stale = []
        for item in items:
            decision = stored.get(item.customer_id)
            if decision is None:
                continue
            relink = None
            if decision.relink_to and item.status in RELINKABLE:
                copy = repo.load_customer(engine, item.customer_id) or {}
                relink = relinking.target(adapter.fetch_one, copy, decision.relink_to)
                now = relink.status if isinstance(relink, relinking.Candidate) else None
            else:
                now = None if decision.relink_to else item.status
            if now is not None and still_holds(decision.status_seen, now, relink=bool(decision.relink_to)):
                source = Source.BULK if decision.by_bulk else Source.EARLIER
                outcome.decisions[item.customer_id] = Decision(Action(decision.action), decision.relink_to, True,
                                                               relink=relink, source=source)
            else:
                outcome.changed_since.add(item.customer_id)
                stale.append(item.customer_id)
        if stale:
            saved.forget_decisions(engine, stale)
        return outcome

    def recheck(self, items: list[MatchItem]) -> list[MatchItem]:
        """Fetch these customers again (before applying decisions of an earlier sitting)."""
        with self.ctx.connected() as adapter:
            copies, _referenced = self.ctx.crm.copies(self.ctx.midoffice)
            by_id = {c.id: c for c in copies}
            fresh = []
            for item in items:
                copy = by_id.get(item.customer_id)
                if copy is None or item.midoffice_id is None:
                    continue
                fresh.append(item_for(copy, adapter.fetch_one(item.midoffice_id), item.duplicate))
            return fresh
