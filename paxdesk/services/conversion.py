"""Applying a plan (CONTRACT §4.3): backup first, then batches of whole customers, journalled.

Each batch is one transaction that changes its customers *and* records their
outcome in the run's journal, so after a crash every customer is either fully
converted or untouched. A rerun matches again: converted customers are no
longer v1 copies, so nothing is ever applied twice.
"""

from __future__ import annotations

import json
import uuid
from functools import lru_cache
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from paxdesk.crm.db import DatabaseError
from paxdesk.domain.changes import ChangeSet
from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Accept, Action, Outcome, choose_action
from paxdesk.services.crm_port import BatchStore, JournalEntries, UnitOfWork
from paxdesk.services.matching import MatchItem

BATCH = 500


@dataclass(slots=True)
class PlannedItem:
    item: MatchItem
    action: Action
    note: str | None = None
    relink_to: str | None = None
    outcome: Outcome | None = None
    apply_error: str | None = None
    detail: dict | None = None  # for the journal (as JSON): target reference, moved rows

    @property
    def error(self) -> str | None:
        return self.apply_error or self.item.error or self.note

    @property
    def number(self) -> str | None:
        """The MidOffice customer no. it goes (or went) to: the re-link target's, else the copy's own."""
        return self.relink_to or self.item.midoffice_id

    @property
    def merged_into(self) -> str | None:
        """The CRM customer this copy was merged into (an existing v2 reference or another copy), if any."""
        if self.outcome != Outcome.CONVERTED or not self.detail:
            return None
        into = self.detail.get("into")
        return into if into not in (None, self.item.customer_id) else None


@dataclass(frozen=True)
class ApplyProgress:
    """Customers applied so far, of those with something to apply (outcomes are on the plan items)."""

    done: int
    total: int


@dataclass(frozen=True)
class ApplyResult:
    run_id: str
    backup: Path


def build_plan(items: list[MatchItem], accept: Accept = Accept.NONE,
               decisions: dict[str, Action] | None = None, relinks: dict[str, str] | None = None) -> list[PlannedItem]:
    decisions = decisions or {}
    relinks = relinks or {}
    plan = []
    for item in sorted(items, key=lambda i: i.customer_id):
        action, note = choose_action(item.status, accept, decisions.get(item.customer_id))
        relink = relinks.get(item.customer_id) if action == Action.CONVERT else None
        plan.append(PlannedItem(item, action, note, relink))
    return plan


def _journal(uow: UnitOfWork, run_id: str, midoffice: str, backup: Path, plan: list[PlannedItem]) -> None:
    uow.journal.begin_run(run_id, midoffice, str(backup))
    _record_outcomes(uow.journal, run_id, [p for p in plan if p.action == Action.SKIP], Outcome.SKIPPED)


def _text(value: Outcome | None) -> str | None:
    return None if value is None else str(value)


def _record_outcomes(journal: JournalEntries, run_id: str, items: list[PlannedItem],
                     outcome: Outcome | None = None) -> None:
    """Journal rows — the per-customer audit entries — written in the transaction of their changes."""
    if not items:
        return
    journal.record([
        {"run_id": run_id, "customer_id": p.item.customer_id, "midoffice_id": p.item.midoffice_id,
         "status": str(p.item.status), "differences": _as_json(p.item.differences),
         "duplicate": p.item.duplicate, "action": str(p.action), "outcome": _text(outcome or p.outcome),
         "error": p.error, "detail": _with_crm_only(p)} for p in items])


def _with_crm_only(p: PlannedItem) -> str | None:
    """The journal's detail, with the fields converting drops (so a report rebuilt from it is whole)."""
    detail = {**(p.detail or {}), "crm_only": list(p.item.crm_only)} if p.item.crm_only else p.detail
    return json.dumps(detail) if detail else None


@lru_cache(maxsize=64)
def _as_json(differences: tuple[str, ...]) -> str:
    return json.dumps(list(differences))


def _apply_in(uow: UnitOfWork, run_id: str, batch: list[PlannedItem], midoffice: str) -> None:
    """Decide every customer of the batch against the CRM as it is now, then write all changes at once."""
    customers = uow.customers
    states = customers.states([p.item.customer_id for p in batch])
    wanted = {p.relink_to or p.item.midoffice_id for p in batch if p.action == Action.CONVERT}
    refs = customers.references(midoffice, wanted)
    changes = ChangeSet(midoffice)
    merged_into: dict[str, tuple[str, list[str]]] = {}
    for planned in batch:
        item = planned.item
        if states.get(item.customer_id) != ("v1", midoffice, item.midoffice_id):
            planned.outcome, planned.apply_error = Outcome.FAILED, "changed_since_matching"
        elif planned.action == Action.CONVERT:
            number = planned.relink_to or item.midoffice_id
            existing = refs.get(number, [])
            if not existing:  # the copy itself becomes the reference
                changes.to_reference(item.customer_id, number)
                refs[number] = [item.customer_id]
                merged_into[item.customer_id] = (item.customer_id, [])
            else:  # merged into the existing reference (and extra references with it)
                sources = [*existing[1:], item.customer_id]
                for source in sources:
                    changes.merge(source, existing[0])
                refs[number] = [existing[0]]
                merged_into[item.customer_id] = (existing[0], sources)
            planned.outcome = Outcome.CONVERTED
        else:
            review = item.status == Status.DELETED
            changes.to_local(item.customer_id, gdpr_review=review)
            planned.detail = {"gdpr_review": True} if review else None
            planned.outcome = Outcome.CONVERTED_LOCAL
    moved = customers.child_counts([s for _, sources in merged_into.values() for s in sources])
    for planned in batch:
        if planned.item.customer_id in merged_into:
            into, sources = merged_into[planned.item.customer_id]
            planned.detail = {
                "into": into, "relinked_to": planned.relink_to, "references_merged": max(0, len(sources) - 1),
                "consultations_moved": sum(moved[s][0] for s in sources),
                "offers_moved": sum(moved[s][1] for s in sources)}
    customers.change(changes)
    _record_outcomes(uow.journal, run_id, batch)


def _apply_batch(crm: BatchStore, run_id: str, batch: list[PlannedItem], midoffice: str) -> None:
    try:
        with crm.unit_of_work() as uow:
            _apply_in(uow, run_id, batch, midoffice)
            uow.commit()
        return
    except DatabaseError:
        for planned in batch:
            planned.outcome = planned.apply_error = None
    for planned in batch:  # the batch failed: one transaction per customer, so one bad row fails alone
        try:
            with crm.unit_of_work() as uow:
                _apply_in(uow, run_id, [planned], midoffice)
                uow.commit()
        except DatabaseError as exc:
            planned.outcome, planned.apply_error = Outcome.FAILED, f"database_error:{exc.__class__.__name__}"
            with crm.unit_of_work() as uow:
                _record_outcomes(uow.journal, run_id, [planned])
                uow.commit()


def apply_plan(crm: BatchStore, plan: list[PlannedItem], midoffice: str, backup: Callable[[], Path],
               batch_size: int = BATCH, cancelled: Callable[[], bool] = lambda: False,
               ) -> Iterator[ApplyProgress | ApplyResult]:
    """Backup, journal, apply in batches, end all sessions. Yields progress, then the ApplyResult.

    ``crm``: the CRM's units of work (``crm_port.BatchStore``; ``paxdesk.crm.conversion_store.SqlAlchemyCrm``)."""
    backup_path = backup()  # before the first change of the run
    crm.refresh_statistics()
    run_id = str(uuid.uuid4())
    with crm.unit_of_work() as uow:
        _journal(uow, run_id, midoffice, backup_path, plan)
        uow.commit()
    for planned in plan:
        if planned.action == Action.SKIP:
            planned.outcome = Outcome.SKIPPED
    work = [p for p in plan if p.action != Action.SKIP]
    for start in range(0, len(work), batch_size):
        if cancelled():
            break
        batch = work[start:start + batch_size]
        _apply_batch(crm, run_id, batch, midoffice)
        yield ApplyProgress(start + len(batch), len(work))
    for planned in work:
        if planned.outcome is None:  # cancelled before its batch: untouched
            planned.outcome, planned.apply_error = Outcome.SKIPPED, "cancelled"
    with crm.unit_of_work() as uow:
        _record_outcomes(uow.journal, run_id, [p for p in work if p.apply_error == "cancelled"])
        uow.logins.end_all()
        uow.journal.finish_run(run_id)
        uow.commit()
    yield ApplyResult(run_id, backup_path)
