"""Review: the agent's (or a decisions file's) decisions, through one gate, with search and re-link targets."""

from __future__ import annotations

from collections.abc import Mapping

from paxdesk.crm import repository as repo
from paxdesk.domain.plan import Accept
from paxdesk.midoffice.base import SearchPage
from paxdesk.services import checkpoint as checkpoints
from paxdesk.crm import decisions_repository as saved
from paxdesk.services import duplicates
from paxdesk.services import relink as relinking
from paxdesk.services.conversion import PlannedItem
from paxdesk.services.matching import MatchItem
from paxdesk.services.review.headless import FileDecision, decide_from_file
from paxdesk.services.review.rows import Decision, status_seen
from paxdesk.services.review.state import ReviewState
from paxdesk.services.usecases.context import SessionContext


class Reviewing:
    def __init__(self, ctx: SessionContext):
        self.ctx = ctx

    def search(self, text: str, cursor: str | None = None) -> SearchPage:
        with self.ctx.connected(concurrency=1) as adapter:
            return adapter.search(text, cursor)

    def relink_candidates(self, customer_id: str, query: str | None = None) -> list[relinking.Candidate]:
        """MidOffice customers that are probably this copy's person, best first (searched as the dialog opens)."""
        copy = repo.load_customer(self.ctx.engine, customer_id) or {}
        with self.ctx.connected(concurrency=1) as adapter:
            return relinking.find_candidates(adapter.search, copy, query)

    def relink_target(self, customer_id: str, number: str):
        """The chosen customer, fetched afresh and judged against the copy (Candidate, or Gone/Failed)."""
        copy = repo.load_customer(self.ctx.engine, customer_id) or {}
        with self.ctx.connected(concurrency=1) as adapter:
            return relinking.target(adapter.fetch_one, copy, number)

    def duplicate_group(self, number: str) -> duplicates.DuplicateGroup:
        return duplicates.duplicate_group(self.ctx.engine, self.ctx.midoffice, number)

    def checkpoint(self, plan: list[PlannedItem], decided: set[str]) -> checkpoints.Checkpoint:
        """What the agent should know before applying (open warnings, majors, merges, CRM-only data)."""
        return checkpoints.checkpoint(self.ctx.engine, self.ctx.midoffice, plan, decided)

    def customer(self, customer_id: str) -> dict | None:
        return repo.load_customer(self.ctx.engine, customer_id)

    def child_counts(self, customer_ids: list[str]) -> dict[str, tuple[int, int]]:
        return repo.child_counts(self.ctx.engine, customer_ids)

    def save_decisions(self, pairs: list[tuple[MatchItem, Decision | None]]) -> None:
        """Persist review decisions (one transaction), so they survive closing paxdesk. The class seen is the
        one the decision was made for: a re-link's target's."""
        with self.ctx.save_lock:
            saved.save_decisions(self.ctx.engine, [
                (item.customer_id, d.action if d else None, status_seen(item, d) if d else str(item.status),
                 d.relink_to if d else None, bool(d and d.by_bulk)) for item, d in pairs])

    @staticmethod
    def plan(items: list[MatchItem], decisions: Mapping[str, Decision],
             accept: Accept = Accept.NONE) -> list[PlannedItem]:
        """The plan of decisions already taken (through the review's gate)."""
        return ReviewState(items, decisions).plan(accept)

    def review_from_file(self, items: list[MatchItem], decisions: Mapping[str, FileDecision]) -> ReviewState:
        """A ``--decisions`` file through the review's gate: all validated (re-link targets fetched and
        judged) before any is taken; InputError naming customer and number otherwise."""
        state = ReviewState(items)
        if not decisions:
            return state
        engine = self.ctx.engine
        with self.ctx.connected(concurrency=1) as adapter:
            def fetch(customer_id: str, number: str):
                return relinking.target(adapter.fetch_one, repo.load_customer(engine, customer_id) or {}, number)
            decide_from_file(state, decisions, lambda ids: repo.existing_customers(engine, ids), fetch)
        return state
