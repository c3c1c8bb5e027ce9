"""Applying a plan (CONTRACT §4.3): backup first, then batches of whole customers, journalled.

Each batch is one transaction that changes its customers *and* records their
outcome in the run's journal, so after a crash every customer is either fully
converted or untouched. A rerun matches again: converted customers are no
longer v1 copies, so nothing is ever applied twice.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, insert, update
from sqlalchemy.exc import SQLAlchemyError

from paxdesk.crm import models as m
from paxdesk.crm import repository as repo
from paxdesk.crm.sessions import end_all_sessions
from paxdesk.crm.uow import UnitOfWork
from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Accept, Action, choose_action
from paxdesk.services.matching import MatchItem

BATCH = 200


@dataclass
class PlannedItem:
    item: MatchItem
    action: Action
    note: str | None = None
    relink_to: str | None = None
    outcome: str | None = None
    apply_error: str | None = None

    @property
    def error(self) -> str | None:
        return self.apply_error or self.item.error or self.note


@dataclass(frozen=True)
class ApplyProgress:
    done: int
    total: int
    converted: int = 0
    converted_local: int = 0
    failed: int = 0


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
    session = uow.session
    session.execute(update(m.ConversionRun).where(m.ConversionRun.state == "applying").values(state="interrupted"))
    session.add(m.ConversionRun(id=run_id, midoffice=midoffice, started_at=repo.now_text(), state="applying",
                                backup=str(backup)))
    session.flush()
    rows = [{"run_id": run_id, "customer_id": p.item.customer_id, "midoffice_id": p.item.midoffice_id,
             "status": str(p.item.status), "differences": json.dumps(list(p.item.differences)),
             "duplicate": p.item.duplicate, "action": str(p.action),
             "outcome": "skipped" if p.action == Action.SKIP else None, "error": p.error}
            for p in plan]
    for start in range(0, len(rows), 5_000):
        session.execute(insert(m.RunItem), rows[start:start + 5_000])


def _apply_one(session, run_id: str, planned: PlannedItem, midoffice: str) -> None:
    item = planned.item
    state = repo.copy_state(session, item.customer_id)
    if state is None or state[0] != "v1" or state[1] != midoffice or state[2] != item.midoffice_id:
        planned.outcome, planned.apply_error = "failed", "changed_since_matching"
    elif planned.action == Action.CONVERT:
        number = planned.relink_to or item.midoffice_id
        detail = repo.convert_copy(session, item.customer_id, number, midoffice)
        repo.audit(session, run_id, item.customer_id, "convert", status=str(item.status),
                   relinked=planned.relink_to is not None, **detail)
        planned.outcome = "converted"
    else:
        review = item.status == Status.DELETED
        repo.make_local(session, item.customer_id, gdpr_review=review)
        repo.audit(session, run_id, item.customer_id, "local", status=str(item.status), gdpr_review=review)
        planned.outcome = "converted_local"
    session.execute(update(m.RunItem).where(m.RunItem.run_id == run_id,
                                            m.RunItem.customer_id == item.customer_id)
                    .values(outcome=planned.outcome, error=planned.error))


def _apply_batch(engine: Engine, run_id: str, batch: list[PlannedItem], midoffice: str) -> None:
    try:
        with UnitOfWork(engine) as uow:
            for planned in batch:
                _apply_one(uow.session, run_id, planned, midoffice)
            uow.commit()
        return
    except SQLAlchemyError:
        for planned in batch:
            planned.outcome = planned.apply_error = None
    for planned in batch:  # the batch failed: one transaction per customer, so one bad row fails alone
        try:
            with UnitOfWork(engine) as uow:
                _apply_one(uow.session, run_id, planned, midoffice)
                uow.commit()
        except SQLAlchemyError as exc:
            planned.outcome, planned.apply_error = "failed", f"database_error:{exc.__class__.__name__}"
            with UnitOfWork(engine) as uow:
                uow.session.execute(update(m.RunItem).where(m.RunItem.run_id == run_id,
                                                            m.RunItem.customer_id == planned.item.customer_id)
                                    .values(outcome="failed", error=planned.apply_error))
                uow.commit()


def apply_plan(engine: Engine, plan: list[PlannedItem], midoffice: str, backup: Callable[[], Path],
               batch_size: int = BATCH, cancelled: Callable[[], bool] = lambda: False,
               ) -> Iterator[ApplyProgress | ApplyResult]:
    """Backup, journal, apply in batches, end all sessions. Yields progress, then the ApplyResult."""
    backup_path = backup()  # before the first change of the run
    run_id = str(uuid.uuid4())
    with UnitOfWork(engine) as uow:
        _journal(uow, run_id, midoffice, backup_path, plan)
        uow.commit()
    for planned in plan:
        if planned.action == Action.SKIP:
            planned.outcome = "skipped"
    work = [p for p in plan if p.action != Action.SKIP]
    done = 0
    for start in range(0, len(work), batch_size):
        if cancelled():
            break
        batch = work[start:start + batch_size]
        _apply_batch(engine, run_id, batch, midoffice)
        done += len(batch)
        yield ApplyProgress(done, len(work), sum(p.outcome == "converted" for p in work),
                            sum(p.outcome == "converted_local" for p in work),
                            sum(p.outcome == "failed" for p in work))
    for planned in work:
        if planned.outcome is None:  # cancelled before its batch: untouched
            planned.outcome, planned.apply_error = "skipped", "cancelled"
    with UnitOfWork(engine) as uow:
        for planned in work:
            if planned.apply_error == "cancelled":
                uow.session.execute(update(m.RunItem).where(m.RunItem.run_id == run_id,
                                                            m.RunItem.customer_id == planned.item.customer_id)
                                    .values(outcome="skipped", error="cancelled"))
        end_all_sessions(uow.session)
        uow.session.execute(update(m.ConversionRun).where(m.ConversionRun.id == run_id)
                            .values(state="done", finished_at=repo.now_text()))
        uow.commit()
    yield ApplyResult(run_id, backup_path)
