"""What the conversion wizard needs from the core, behind one object the UI calls from its workers.

The wizard never touches the database or HTTP itself: every method here is
plain Python, safe to call from a background thread, and returns plain data.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, update

from paxdesk import paths, secrets
from paxdesk.crm import models as m
from paxdesk.crm import repository as repo
from paxdesk.crm.backup import write_backup
from paxdesk.crm.db import close_crm, open_crm
from paxdesk.crm.lock import ConversionLock
from paxdesk.crm.sessions import ActiveSession, active_sessions
from paxdesk.crm.uow import UnitOfWork
from paxdesk.domain.plan import Accept, Action
from paxdesk.errors import InputError
from paxdesk.midoffice import make_adapter
from paxdesk.midoffice.base import SearchPage
from paxdesk.services import backups as backup_files
from paxdesk.services import decisions as saved
from paxdesk.services import gdpr
from paxdesk.services.conversion import ApplyProgress, ApplyResult, PlannedItem, apply_plan, build_plan
from paxdesk.services.credential_check import CheckReport, check_adapter, run_credential_check
from paxdesk.services.matching import MatchItem, MatchProgress, item_for, run_matching
from paxdesk.services.report import build_report

DEFAULT_URLS = {"myjack": "https://api.myjack.de/v2", "midoco": "https://api.midoco.de/v2"}


@dataclass
class Decision:
    action: Action
    relink_to: str | None = None
    from_earlier_sitting: bool = False


@dataclass
class MatchOutcome:
    items: list[MatchItem]
    decisions: dict[str, Decision] = field(default_factory=dict)
    changed_since: set[str] = field(default_factory=set)  # earlier decisions dropped: the class changed


class ConversionContext:
    def __init__(self, db_url: str, *, midoffice: str | None = None, base_url: str | None = None,
                 token: str | None = None, remember_token: bool = True, adapter_options: dict | None = None):
        self.db_url = db_url
        self.engine = open_crm(db_url)
        self._lock = ConversionLock(self.engine)
        self._memory_token = token  # the demo's token, or one the keyring could not take
        self.remember_token = remember_token
        self.adapter_options = adapter_options or {}
        self.backups_dir = paths.backups_dir()
        with self.engine.connect() as conn:
            agency = conn.execute(select(m.Agency.name, m.Agency.midoffice, m.Agency.base_url)).first()
        self.agency_name = agency.name if agency else ""
        self.midoffice = midoffice or (agency.midoffice if agency and agency.midoffice else "myjack")
        self.base_url = base_url or (agency.base_url if agency and agency.base_url else DEFAULT_URLS[self.midoffice])
        self._save = threading.Lock()

    # -- set-up -------------------------------------------------------------------
    def has_token(self) -> bool:
        try:
            self.token()
            return True
        except Exception:
            return False

    def token(self) -> str:
        if self._memory_token:
            return self._memory_token
        return secrets.load_token(self.agency_name, self.midoffice)

    def configure(self, midoffice: str, base_url: str, token: str | None) -> str:
        """Store the MidOffice and base URL in the CRM and the token in the keyring. Returns where it went."""
        self.midoffice, self.base_url = midoffice, base_url.strip()
        with UnitOfWork(self.engine) as uow:
            uow.session.execute(update(m.Agency).values(midoffice=midoffice, base_url=self.base_url))
            uow.commit()
        if not token:
            return "unchanged"
        token = secrets.check_token(token)
        if self.remember_token:
            try:
                secrets.save_token(self.agency_name, midoffice, token)
                self._memory_token = None
                return "keyring"
            except InputError:
                pass
        self._memory_token = token
        return "memory"

    def sessions(self) -> list[ActiveSession]:
        return active_sessions(self.engine)

    def take_lock(self) -> None:
        """Hold the conversion lock from the preparation until the wizard closes."""
        if not self._lock.held:
            self._lock.acquire()

    @property
    def lock_held(self) -> bool:
        return self._lock.held

    def _adapter(self, **options):
        return make_adapter(self.midoffice, self.base_url, self.token(), **{**self.adapter_options, **options})

    # -- check and matching ----------------------------------------------------------
    def check(self) -> CheckReport:
        return run_credential_check(self.token, lambda token: check_adapter(self.midoffice, self.base_url, token),
                                    self.agency_name)

    def match(self, cancelled: Callable[[], bool]) -> Iterator[MatchItem | MatchProgress | MatchOutcome]:
        adapter = self._adapter()
        items: list[MatchItem] = []
        try:
            for event in run_matching(self.engine, adapter, self.midoffice, cancelled):
                if isinstance(event, MatchItem):
                    items.append(event)
                yield event
        finally:
            adapter.close()
        yield self._with_saved_decisions(items)

    def _with_saved_decisions(self, items: list[MatchItem]) -> MatchOutcome:
        """Decisions of an earlier sitting stay only where the freshly fetched class is still the same."""
        outcome = MatchOutcome(items)
        stored = saved.saved_decisions(self.engine)
        stale = []
        for item in items:
            decision = stored.get(item.customer_id)
            if decision is None:
                continue
            if decision.status_seen == str(item.status):
                outcome.decisions[item.customer_id] = Decision(Action(decision.action), decision.relink_to, True)
            else:
                outcome.changed_since.add(item.customer_id)
                stale.append(item.customer_id)
        if stale:
            saved.forget_decisions(self.engine, stale)
        return outcome

    def search(self, text: str, cursor: str | None = None) -> SearchPage:
        adapter = self._adapter(concurrency=1)
        try:
            return adapter.search(text, cursor)
        finally:
            adapter.close()

    def customer(self, customer_id: str) -> dict | None:
        return repo.load_customer(self.engine, customer_id)

    def child_counts(self, customer_ids: list[str]) -> dict[str, tuple[int, int]]:
        return repo.child_counts(self.engine, customer_ids)

    def save_decisions(self, pairs: list[tuple[MatchItem, Decision | None]]) -> None:
        """Persist review decisions (one transaction), so they survive closing paxdesk."""
        with self._save:
            saved.save_decisions(self.engine, [(item.customer_id, d.action if d else None, str(item.status),
                                                d.relink_to if d else None) for item, d in pairs])

    def recheck(self, items: list[MatchItem]) -> list[MatchItem]:
        """Fetch these customers again (before applying decisions of an earlier sitting)."""
        adapter = self._adapter()
        try:
            copies, referenced = repo.load_copies(self.engine, self.midoffice)
            by_id = {c.id: c for c in copies}
            fresh = []
            for item in items:
                copy = by_id.get(item.customer_id)
                if copy is None or item.midoffice_id is None:
                    continue
                result = adapter.fetch_one(item.midoffice_id)
                fresh.append(item_for(copy, result, item.duplicate))
            return fresh
        finally:
            adapter.close()

    # -- apply ---------------------------------------------------------------------
    def plan(self, items: list[MatchItem], decisions: dict[str, Decision]) -> list[PlannedItem]:
        return build_plan(items, Accept.NONE, {k: d.action for k, d in decisions.items()},
                          {k: d.relink_to for k, d in decisions.items() if d.relink_to})

    def apply(self, plan: list[PlannedItem], cancelled: Callable[[], bool]) -> Iterator[ApplyProgress | dict]:
        self.take_lock()
        result = None
        for event in apply_plan(self.engine, plan, self.midoffice, backup=lambda: write_backup(self.engine),
                                cancelled=cancelled):
            if isinstance(event, ApplyResult):
                result = event
            else:
                yield event
        saved.forget_decisions(self.engine, [p.item.customer_id for p in plan if p.outcome in
                                             ("converted", "converted_local")])
        yield build_report(result.run_id, self.midoffice, False, result.backup, plan)

    def dry_report(self, plan: list[PlannedItem]) -> dict:
        return build_report(str(uuid.uuid4()), self.midoffice, True, None, plan)

    # -- GDPR and backups --------------------------------------------------------------
    def gdpr_customers(self) -> list[dict]:
        return gdpr.list_for_review(self.engine)

    def gdpr_keep(self, customer_id: str, reason: str) -> None:
        gdpr.keep(self.engine, customer_id, reason)

    def gdpr_delete(self, customer_id: str) -> None:
        gdpr.delete(self.engine, customer_id)

    def gdpr_anonymize(self, customer_id: str) -> None:
        gdpr.anonymize(self.engine, customer_id)

    def backups(self) -> list[backup_files.BackupFile]:
        return backup_files.list_backups(self.backups_dir)

    def delete_backup(self, path: Path) -> None:
        backup_files.delete_backup(path, self.backups_dir)

    def close(self) -> None:
        self._lock.release()
        close_crm(self.engine)


