"""One conversion of one CRM, the use case both faces drive (CONTRACT §4).

The order is fixed here, not in the CLI or the wizard: credential check →
sessions and lock → matching → decisions → backup and apply → report → GDPR
follow-up. Each step refuses to run before the steps it needs (``match`` before a
passed check, ``apply`` before the CRM is reserved), so neither face can skip one.
The CLI runs the whole order at once through ``convert``; the wizard calls the
same methods page by page, from worker threads. Every method returns plain data.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update

from paxdesk import paths
from paxdesk.crm import models as m
from paxdesk.crm import repository as repo
from paxdesk.crm.backup import write_backup
from paxdesk.crm.db import close_crm, crm_files, open_crm
from paxdesk.crm.lock import ConversionLock
from paxdesk.crm.scrub import CONVERSION_TABLES, scrub_removed_values
from paxdesk.crm.sessions import ActiveSession, active_sessions
from paxdesk.crm.uow import UnitOfWork
from paxdesk.domain.plan import Accept, Action
from paxdesk.errors import Cancelled, CredentialError, InputError, LockHeld, PaxdeskError, SessionsActive
from paxdesk.files import private_dir
from paxdesk.midoffice import make_adapter
from paxdesk.secrets import TokenUnavailable
from paxdesk.midoffice.address import api_below_root, checked_base_url
from paxdesk.midoffice.base import SearchPage
from paxdesk.services import backups as backup_files
from paxdesk.services import checkpoint as checkpoints
from paxdesk.services import decisions as saved
from paxdesk.services import duplicates
from paxdesk.services import relink as relinking
from paxdesk.services import run_report
from paxdesk.services.conversion import BATCH, ApplyProgress, ApplyResult, PlannedItem, apply_plan
from paxdesk.services.credential_check import CheckReport, Outcome, check_adapter, run_credential_check
from paxdesk.services.gdpr import GdprReview
from paxdesk.services.matching import MatchItem, MatchProgress, item_for, run_matching
from paxdesk.services.progress import Progress, ProgressStore
from paxdesk.services.review.headless import FileDecision, decide_from_file
from paxdesk.services.review.rows import RELINKABLE, Decision, Source, status_seen, still_holds
from paxdesk.services.review.state import ReviewState
from paxdesk.services.report import build_report, check_report_path, write_report
from paxdesk.services.backfill import DroppedValue, dropped_values
from paxdesk.services.backfill_export import backfill_files, save_backfill
from paxdesk.services.report_export import ReportFacts, WriteProgress, save_steps
from paxdesk.services.report_names import ReportNames, gather_names
from paxdesk.services.token_access import DEFAULT_URLS, TokenAccess

log = logging.getLogger("paxdesk.conversion")


@contextmanager
def _timed(step: str, count: Callable[[], int]):
    """One log line per step with its duration and size (no personal data): where a long run's time went."""
    started = time.monotonic()
    yield
    log.info("%s: %d customers in %.1f s", step, count(), time.monotonic() - started)


@dataclass
class MatchOutcome:
    """The matching run's result: every item, and the decisions of an earlier sitting that still hold."""

    items: list[MatchItem]
    decisions: dict[str, Decision] = field(default_factory=dict)
    changed_since: set[str] = field(default_factory=set)  # earlier decisions dropped: the class changed


@dataclass(frozen=True)
class ConvertRequest:
    """What ``paxdesk convert`` asks for (CONTRACT §1)."""

    dry_run: bool = False
    accept: Accept = Accept.NONE
    decisions: Mapping[str, FileDecision] = field(default_factory=dict)  # a --decisions file, through the gate
    force: bool = False
    report: Path | None = None  # written after the run; checked before anything happens


def _whole_number(name: str, default: int, least: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < least:
        raise InputError(f"{name}={value!r}: expected a whole number of at least {least}")
    return int(value)


def apply_batch_size() -> int:
    """``PAXDESK_APPLY_BATCH`` customers per transaction (default 500), for both faces."""
    return _whole_number("PAXDESK_APPLY_BATCH", BATCH, 1)


def apply_pause() -> float:
    """``PAXDESK_APPLY_PAUSE_MS`` after each committed batch (default 0): makes the apply last long enough to be
    interrupted on purpose — the kill tests and a demonstration of an interrupted conversion use it."""
    return _whole_number("PAXDESK_APPLY_PAUSE_MS", 0, 0) / 1000


class ConversionSession:
    def __init__(self, db_url: str, *, midoffice: str | None = None, base_url: str | None = None,
                 token: str | None = None, token_env: str | None = None, remember_token: bool = True,
                 adapter_options: dict | None = None):
        if base_url is not None:
            checked_base_url(base_url)  # a refused address fails before the CRM is opened or created
        self.engine = open_crm(db_url)
        self.crm_files = crm_files(db_url)
        self._lock = ConversionLock(self.engine)
        self.progress = ProgressStore(db_url)
        self.remember_token = remember_token
        self.adapter_options = adapter_options or {}
        self.apply_batch = apply_batch_size()
        self.apply_pause = apply_pause()
        self.backups_dir = paths.backups_dir()
        with self.engine.connect() as conn:
            agency = conn.execute(select(m.Agency.name, m.Agency.midoffice, m.Agency.base_url)).first()
        self.agency_name = agency.name if agency else ""
        self.midoffice = midoffice or (agency.midoffice if agency and agency.midoffice else "myjack")
        crm_base_url = agency.base_url if agency and agency.base_url else None
        self.base_url = base_url or crm_base_url or DEFAULT_URLS[self.midoffice]
        self.tokens = TokenAccess(self.agency_name, given=token, env_name=token_env, remember=remember_token,
                                  crm_base_url=crm_base_url, address_given=base_url is not None)
        self.gdpr = GdprReview(self.engine)
        self._check: CheckReport | None = None
        self._reserved = False
        self._save = threading.Lock()

    # -- 1. set-up: MidOffice, address, token (which token goes where: ``self.tokens``) -----------------
    def token(self) -> str:
        return self.tokens.token(self.midoffice)

    def has_token(self) -> bool:
        """A kept token exists (one that passed a credential check, or was given); a pending one does not count."""
        return self.tokens.has_kept(self.midoffice)

    @property
    def token_rejected(self) -> bool:
        """The token entered last was checked and not accepted (it was not kept)."""
        return self.tokens.pending is not None and self._check is not None and not self._check.passed

    @property
    def token_kept(self) -> str | None:
        """Where the token accepted by the last check went: "keyring", "memory", or None (none was new)."""
        return self.tokens.kept_in

    def address_to_confirm(self, midoffice: str, base_url: str) -> tuple[str, str] | None:
        """(new address, the token's address) when the wizard must ask before the saved token goes there."""
        return self.tokens.address_to_confirm(midoffice, base_url)

    def configure(self, midoffice: str, base_url: str, token: str | None, *, confirmed_address: bool = False) -> str:
        """Store the MidOffice and base URL in the CRM; a new token waits for the credential check.

        An address read from the CRM that the saved token was not saved for needs ``confirmed_address``
        (the wizard asks the agent first). Returns "pending" or "unchanged".
        """
        base_url = base_url.strip()
        checked_base_url(base_url)
        self.tokens.agree_to(midoffice, base_url, confirmed_address)
        self.midoffice, self.base_url = midoffice, base_url
        self._check = None
        with UnitOfWork(self.engine) as uow:
            uow.session.execute(update(m.Agency).values(midoffice=midoffice, base_url=self.base_url))
            uow.commit()
        return self.tokens.enter(midoffice, base_url, token)

    # -- 2. credential check ---------------------------------------------------------------------
    def check(self) -> CheckReport:
        """The five checks of CONTRACT §4.1; a bare sandbox root falls back to ``ROOT/<midoffice>/v2``."""
        report = self._check_at(self.base_url)
        fallback = api_below_root(self.base_url, self.midoffice)
        if fallback and _failed(report, "reachable"):
            second = self._check_at(fallback)
            if second.passed:
                report, self.base_url = second, fallback
        self._check = report
        self.tokens.checked(report.passed, self.midoffice, self.base_url)
        return report

    def _check_at(self, base_url: str) -> CheckReport:
        self.tokens.guard(self.midoffice, base_url)
        return run_credential_check(self.token, lambda token: check_adapter(self.midoffice, base_url, token),
                                    self.agency_name)

    def _require_check(self) -> None:
        if self._check is None or not self._check.passed:
            raise CredentialError("the credential check has not passed; nothing was changed")

    # -- 3. colleagues and the conversion lock -----------------------------------------------------
    def sessions(self) -> list[ActiveSession]:
        return active_sessions(self.engine)

    def take_lock(self) -> None:
        """Hold the conversion lock (LockHeld if another conversion has it) until ``close``."""
        if not self._lock.held:
            self._lock.acquire()

    @property
    def lock_held(self) -> bool:
        return self._lock.held

    def reserve(self, force: bool = False) -> list[ActiveSession]:
        """Refuse while colleagues are logged in (unless ``force``), then take the lock. Needed to apply."""
        sessions = self.sessions()
        if sessions and not force:
            listing = "; ".join(s.describe() for s in sessions)
            raise SessionsActive(f"colleagues are logged in, ask them to log out first (or use --force): "
                                 f"{listing}", sessions)
        self.take_lock()
        self._reserved = True
        return sessions

    # -- 4. matching ----------------------------------------------------------------------------------
    def _adapter(self, **options):
        self.tokens.guard(self.midoffice, self.base_url)
        return make_adapter(self.midoffice, self.base_url, self.token(), **{**self.adapter_options, **options})

    def match(self, cancelled: Callable[[], bool] = lambda: False, *, resume_decisions: bool = False,
              ) -> Iterator[MatchItem | MatchProgress | MatchOutcome]:
        """Stream items and progress, then the MatchOutcome. ``resume_decisions``: the wizard's saved ones."""
        self._require_check()
        adapter = self._adapter()
        items: list[MatchItem] = []
        try:
            with _timed("matching", lambda: len(items)):
                for event in run_matching(self.engine, adapter, self.midoffice, cancelled):
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
        outcome = MatchOutcome(items)
        stored = saved.saved_decisions(self.engine)
        stale = []
        for item in items:
            decision = stored.get(item.customer_id)
            if decision is None:
                continue
            relink = None
            if decision.relink_to and item.status in RELINKABLE:
                copy = repo.load_customer(self.engine, item.customer_id) or {}
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
            saved.forget_decisions(self.engine, stale)
        return outcome

    # -- 5. decisions (the wizard's review) ------------------------------------------------------------
    def search(self, text: str, cursor: str | None = None) -> SearchPage:
        adapter = self._adapter(concurrency=1)
        try:
            return adapter.search(text, cursor)
        finally:
            adapter.close()

    def relink_candidates(self, customer_id: str, query: str | None = None) -> list[relinking.Candidate]:
        """MidOffice customers that are probably this copy's person, best first (searched as the dialog opens)."""
        copy = repo.load_customer(self.engine, customer_id) or {}
        adapter = self._adapter(concurrency=1)
        try:
            return relinking.find_candidates(adapter.search, copy, query)
        finally:
            adapter.close()

    def relink_target(self, customer_id: str, number: str):
        """The chosen customer, fetched afresh and judged against the copy (Candidate, or Gone/Failed)."""
        copy = repo.load_customer(self.engine, customer_id) or {}
        adapter = self._adapter(concurrency=1)
        try:
            return relinking.target(adapter.fetch_one, copy, number)
        finally:
            adapter.close()

    def duplicate_group(self, number: str) -> duplicates.DuplicateGroup:
        return duplicates.duplicate_group(self.engine, self.midoffice, number)

    def checkpoint(self, plan: list[PlannedItem], decided: set[str]) -> checkpoints.Checkpoint:
        """What the agent should know before applying (open warnings, majors, merges, CRM-only data)."""
        return checkpoints.checkpoint(self.engine, self.midoffice, plan, decided)

    def customer(self, customer_id: str) -> dict | None:
        return repo.load_customer(self.engine, customer_id)

    def child_counts(self, customer_ids: list[str]) -> dict[str, tuple[int, int]]:
        return repo.child_counts(self.engine, customer_ids)

    def save_decisions(self, pairs: list[tuple[MatchItem, Decision | None]]) -> None:
        """Persist review decisions (one transaction), so they survive closing paxdesk. The class seen is the
        one the decision was made for: a re-link's target's."""
        with self._save:
            saved.save_decisions(self.engine, [
                (item.customer_id, d.action if d else None, status_seen(item, d) if d else str(item.status),
                 d.relink_to if d else None, bool(d and d.by_bulk)) for item, d in pairs])

    def recheck(self, items: list[MatchItem]) -> list[MatchItem]:
        """Fetch these customers again (before applying decisions of an earlier sitting)."""
        adapter = self._adapter()
        try:
            copies, _referenced = repo.load_copies(self.engine, self.midoffice)
            by_id = {c.id: c for c in copies}
            fresh = []
            for item in items:
                copy = by_id.get(item.customer_id)
                if copy is None or item.midoffice_id is None:
                    continue
                fresh.append(item_for(copy, adapter.fetch_one(item.midoffice_id), item.duplicate))
            return fresh
        finally:
            adapter.close()

    def plan(self, items: list[MatchItem], decisions: Mapping[str, Decision],
             accept: Accept = Accept.NONE) -> list[PlannedItem]:
        """The plan of decisions already taken (through the review's gate)."""
        return ReviewState(items, decisions).plan(accept)

    def review_from_file(self, items: list[MatchItem], decisions: Mapping[str, FileDecision]) -> ReviewState:
        """A ``--decisions`` file through the review's gate: all validated (re-link targets fetched and
        judged) before any is taken; InputError naming customer and number otherwise."""
        state = ReviewState(items)
        if not decisions:
            return state
        adapter = self._adapter(concurrency=1)
        try:
            def fetch(customer_id: str, number: str):
                return relinking.target(adapter.fetch_one, repo.load_customer(self.engine, customer_id) or {}, number)
            decide_from_file(state, decisions, lambda ids: repo.existing_customers(self.engine, ids), fetch)
        finally:
            adapter.close()
        return state

    # -- 6. backup, apply, report ----------------------------------------------------------------------
    def apply(self, plan: list[PlannedItem], cancelled: Callable[[], bool] = lambda: False,
              ) -> Iterator[ApplyProgress | dict]:
        """Backup, apply in batches, end all sessions; yields progress, then the report (CONTRACT §4.3)."""
        self._require_check()
        if not self._reserved:
            raise InputError("the CRM is not reserved for this conversion (check the colleagues first)")
        self.take_lock()
        result: ApplyResult | None = None
        earlier = run_report.interrupted(self.engine)  # this run finishes it: its backup is the way back
        with _timed("backup", lambda: len(plan)):
            backup_path = write_backup(self.engine)  # before the first change of the run
        backup_files.mark_before(Path(earlier.backup) if earlier and earlier.backup else backup_path,
                                 self.backups_dir)
        with _timed("apply", lambda: len(plan)):
            for event in apply_plan(self.engine, plan, self.midoffice, backup=lambda: backup_path,
                                    batch_size=self.apply_batch, cancelled=cancelled):
                if isinstance(event, ApplyResult):
                    result = event
                else:
                    yield event
                    if self.apply_pause:
                        time.sleep(self.apply_pause)
        with _timed("clean-up (decisions, removed values)", lambda: len(plan)):
            saved.forget_decisions(self.engine, [p.item.customer_id for p in plan if p.outcome in
                                                 ("converted", "converted_local")])
            scrub_removed_values(self.engine, CONVERSION_TABLES)  # the copies' removed values, out of WAL and files
        backup_files.apply_retention(self.backups_dir)
        runs = run_report.conversion_runs(self.engine, result.run_id)
        if len(runs) > 1:  # it finished an interrupted conversion: the report covers every attempt
            yield run_report.journal_report(self.engine, result.run_id)
        else:
            yield build_report(result.run_id, self.midoffice, False, result.backup, plan)

    def interrupted(self) -> run_report.Interrupted | None:
        """The newest conversion, if a kill or crash stopped it during the apply and no run finished it since
        (None too while another computer's conversion holds the lock: that one is running, not interrupted)."""
        found = run_report.interrupted(self.engine)
        if found is None or self._lock.held:
            return found
        try:
            self._lock.acquire()
        except LockHeld:
            return None
        self._lock.release()
        return found

    def finished(self) -> tuple[run_report.Finished, int] | None:
        """The newest conversion if it finished, and how many DSGVO customers are still open."""
        found = run_report.finished(self.engine)
        if found is None:
            return None
        return found, sum(e.status == "open" for e in self.gdpr.worklist())

    def write_conversion_report(self, run_id: str | None, path: Path) -> dict:
        """``paxdesk report``: the report of an applied conversion (default: the newest), rebuilt from its
        journal, written as JSON, PDF or XLSX by the file's ending (the people's report names customers)."""
        run_report.check_report_file(path, self.crm_files)
        report = run_report.journal_report(self.engine, run_id)

        def facts() -> ReportFacts:
            *_, names = self.report_names(report, {}, {})
            return self.report_facts(names)
        run_report.write_report_file(report, path, facts)
        return report

    def dry_report(self, plan: list[PlannedItem]) -> dict:
        return build_report(str(uuid.uuid4()), self.midoffice, True, None, plan)

    # -- the wizard's progress and the reports for people ------------------------------------------------
    def remember_run(self, report: dict, page: int) -> None:
        """The wizard applied a conversion: its JSON report (no personal values) is kept beside the data,
        so a reopened wizard can go on with the DSGVO step and the report."""
        write_report(report, private_dir(paths.data_dir() / "reports") / f"{report['run_id']}.json")
        self.progress.save(page, report["run_id"])

    def reached(self) -> Progress | None:
        return self.progress.load()

    def remember_page(self, page: int) -> None:
        self.progress.save(page)

    def forget_progress(self) -> None:
        self.progress.clear()

    def last_report(self) -> dict | None:
        """The JSON report of the conversion applied in the sitting the progress remembers, if any."""
        reached = self.reached()
        if reached is None or not reached.run_id:
            return None
        try:
            return json.loads((paths.data_dir() / "reports" / f"{reached.run_id}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def report_names(self, report: dict, crm: Mapping[str, str], midoffice: Mapping[str, str],
                     ) -> Iterator[WriteProgress | ReportNames]:
        """The names for the people's report: those given (the sitting's copies and live records), the rest
        from the CRM and, for converted customers, live from the MidOffice (with progress)."""
        def adapter():
            try:
                return self._adapter()
            except TokenUnavailable:
                raise CredentialError("no token is saved for this MidOffice") from None
        return gather_names(report, crm, midoffice, lambda ids: repo.customer_names(self.engine, ids), adapter)

    def report_facts(self, names: ReportNames, dropped: list[DroppedValue] | None = None,
                     english: bool = False) -> ReportFacts:
        """Agency, Windows user, time and the DSGVO decisions for the people's report (in English if asked)."""
        try:
            user = getpass.getuser()
        except Exception:  # no user name in the environment: the report says so rather than fail
            user = ""
        return ReportFacts(self.agency_name, user, datetime.now(), names.crm, self.gdpr.worklist(),
                           names.midoffice, names.note, dropped, english)

    def people_report(self, report: dict, crm: Mapping[str, str], midoffice: Mapping[str, str],
                      dropped: list[DroppedValue] | None = None, stem: str | None = None,
                      english: bool = False) -> Iterator[WriteProgress | tuple[ReportFacts, tuple[Path, Path]]]:
        """PDF and XLSX into the user's Documents folder (``paths.reports_dir``): yields WriteProgress (names
        fetched, then rows written), then the facts and the paths (PDF, XLSX). ``english``: the wizard's
        language, the report's and its file name's."""
        names = yield from _progress_then_result(self.report_names(report, crm, midoffice))
        facts = self.report_facts(names, dropped, english)
        written = yield from _progress_then_result(save_steps(report, facts, paths.reports_dir(), stem))
        yield facts, written

    def dropped_values(self, plan: list[PlannedItem]) -> list[DroppedValue]:
        """"In MidOffice nachtragen": the values converting ``plan`` drops, read now (before the apply)."""
        return dropped_values(self.engine, plan)

    def save_backfill_list(self, values: list[DroppedValue], english: bool = False) -> tuple[Path, Path]:
        """The list as XLSX and PDF into the Documents folder, owner-only (it holds personal data); in English
        when the wizard is."""
        return save_backfill(values, self.agency_name, datetime.now(), paths.reports_dir(), english)

    def backfill_lists(self) -> list[Path]:
        return backfill_files(paths.reports_dir())

    def delete_backfill_lists(self) -> tuple[list[Path], list[Path]]:
        """Delete every "In MidOffice nachtragen" list (they hold personal data). Returns (deleted, still there:
        a file open in another program cannot be deleted on Windows)."""
        gone, kept = [], []
        for path in self.backfill_lists():
            try:
                path.unlink(missing_ok=True)
                gone.append(path)
            except OSError:
                kept.append(path)
        return gone, kept

    # -- backups (the GDPR follow-up is ``self.gdpr``) -----------------------------------------------
    def backups(self) -> list[backup_files.BackupFile]:
        return backup_files.list_backups(self.backups_dir)

    def delete_backup(self, path: Path) -> None:
        """Never a protected backup: the way back from the newest conversion (BackupProtected)."""
        backup_files.delete_backup(path, self.backups_dir)

    def confirm_result(self) -> None:
        """The agent confirmed the conversion result: its backups' protection ends."""
        backup_files.confirm_result(self.backups_dir)

    def purgeable_backups(self) -> list[backup_files.BackupFile]:
        """What ``purge_older_backups`` would delete: neither the newest nor a protected one."""
        return backup_files.backups_to_purge(0, self.backups_dir)

    def purge_older_backups(self) -> list[backup_files.BackupFile]:
        """All backups but the newest and the protected ones (after a GDPR delete/anonymize: they still hold
        the person)."""
        return backup_files.purge_backups(0, self.backups_dir)

    @staticmethod
    def backup_retention_days() -> int:
        return backup_files.retention_days()

    def close(self) -> None:
        self._lock.release()
        close_crm(self.engine)

    def __enter__(self) -> "ConversionSession":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def _progress_then_result(steps: Iterator):
    """Pass a job's WriteProgress events on as they come (``yield from``) and return its last event, the result."""
    result = None
    for event in steps:
        if isinstance(event, WriteProgress):
            yield event
        else:
            result = event
    return result


def _failed(report: CheckReport, key: str) -> bool:
    return any(r.key == key and r.outcome == Outcome.FAILED for r in report.results)


def convert(session: ConversionSession, request: ConvertRequest,
            confirm: Callable[[list[PlannedItem]], bool] = lambda plan: True,
            cancelled: Callable[[], bool] = lambda: False,
            ) -> Iterator[CheckReport | MatchProgress | ApplyProgress | dict]:
    """The whole conversion headless, in the contract's order; yields events, the report last.

    Raises CredentialError after yielding a failed CheckReport, SessionsActive / LockHeld when the CRM
    cannot be reserved, Cancelled when ``confirm`` says no. A dry run changes nothing at all. The report
    file (``request.report``) is checked before anything happens and written after the report is yielded.
    """
    if request.report is not None:
        check_report_path(request.report, session.crm_files)
    report = session.check()
    yield report
    if not report.passed:
        raise CredentialError("the credential check failed; nothing was changed")
    if not request.dry_run:
        session.reserve(force=request.force)
    items: list[MatchItem] = []
    for event in session.match(cancelled):
        if isinstance(event, MatchItem):
            items.append(event)
        elif isinstance(event, MatchProgress):
            yield event
    plan = session.review_from_file(items, request.decisions).plan(request.accept)
    if request.dry_run:
        result = session.dry_report(plan)
    else:
        if not confirm(plan):
            raise Cancelled("nothing was changed")
        result = None
        for event in session.apply(plan, cancelled):
            result = event
            if not isinstance(event, dict):
                yield event
    yield result
    if request.report is not None:
        try:
            write_report(result, request.report)
        except OSError as exc:
            raise PaxdeskError(f"--report {request.report}: could not be written ({exc.strerror}); the run itself "
                               "has finished as summarised") from None
