"""The CRM's SQL behind the conversion's port (``paxdesk.services.crm_port``): ``SqlAlchemyCrm`` and its unit of work.

Each method hands its work on to the repository function that did it before the port existed — the same
statements, the same batching, one transaction per batch — so the 100,000-customer conversion runs exactly
as it did (``benchmarks/bench_scale.py``). Per batch the port adds a handful of method calls, never work
per customer. The in-memory CRM of the tests (``tests/fakes.py``) implements the same port.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from paxdesk.crm import decisions_repository as decisions
from paxdesk.crm import journal_repository as journal
from paxdesk.crm import repository as repo
from paxdesk.crm.backup import default_backup_path, write_backup
from paxdesk.crm.db import close_crm, crm_files, open_crm
from paxdesk.crm.lock import ConversionLock
from paxdesk.crm.scrub import CONVERSION_TABLES, scrub_removed_values
from paxdesk.crm.sessions import ActiveSession, active_sessions, end_all_sessions
from paxdesk.crm.uow import UnitOfWork
from paxdesk.domain.changes import ChangeSet


class SqlCustomers:
    """The customers in the unit of work's transaction (its session's one connection)."""

    def __init__(self, session: Session):
        self._session = session

    def states(self, ids: list[str]) -> dict[str, tuple[str, str | None, str | None]]:
        return repo.copy_states(self._session.connection(), ids)

    def references(self, midoffice: str, numbers: set[str]) -> dict[str, list[str]]:
        return repo.references(self._session.connection(), midoffice, numbers)

    def child_counts(self, ids: list[str]) -> dict[str, tuple[int, int]]:
        return repo.child_counts_in(self._session.connection(), ids)

    def change(self, changes: ChangeSet) -> None:
        repo.write_changes(self._session.connection(), changes)


class SqlJournalEntries:
    def __init__(self, session: Session):
        self._session = session

    def begin_run(self, run_id: str, midoffice: str, backup: str) -> None:
        journal.begin_run(self._session, run_id, midoffice, backup)

    def record(self, rows: list[dict]) -> None:
        journal.record_outcomes(self._session.connection(), rows)

    def finish_run(self, run_id: str) -> None:
        journal.finish_run(self._session, run_id)


class SqlLogins:
    def __init__(self, session: Session):
        self._session = session

    def end_all(self) -> int:
        return end_all_sessions(self._session)


class SqlAlchemyUnitOfWork(UnitOfWork):
    """``crm.uow.UnitOfWork`` (one session, rolled back unless committed) with the port's repositories."""

    def __enter__(self) -> SqlAlchemyUnitOfWork:
        super().__enter__()
        self.customers = SqlCustomers(self.session)
        self.journal = SqlJournalEntries(self.session)
        self.logins = SqlLogins(self.session)
        return self


class SqlJournal:
    """The journal read back (``journal_repository``), each read on its own connection."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def all_runs(self):
        return journal.all_runs(self._engine)

    def run_items(self, run_ids: list[str]) -> list[list[dict]]:
        return journal.run_items(self._engine, run_ids)

    def newest_run(self):
        return journal.newest_run(self._engine)

    def changed_counts(self, run_ids: list[str]) -> dict[str, int]:
        return journal.changed_counts(self._engine, run_ids)

    def changed_items(self, run_ids: list[str]) -> int:
        return journal.changed_items(self._engine, run_ids)


class SqlAlchemyCrm:
    """A CRM on SQLite or PostgreSQL as the conversion's port (``services.crm_port.Crm``) sees it.

    ``engine`` stays public: the use cases not behind the port yet (the review's look-ups, the GDPR
    follow-up, the people's reports, the saved decisions) still take it.
    """

    def __init__(self, engine: Engine, url: str | None = None):
        self.engine = engine
        self.url = url if url is not None else engine.url.render_as_string(hide_password=False)
        self.files = crm_files(self.url)
        self.journal = SqlJournal(engine)

    @classmethod
    def open(cls, url: str) -> SqlAlchemyCrm:
        """The CRM at ``url``, upgraded to the newest schema (``crm.db.open_crm``)."""
        return cls(open_crm(url), url)

    def close(self) -> None:
        close_crm(self.engine)

    def agency(self):
        return repo.agency(self.engine)

    def copies(self, midoffice: str) -> tuple[list[repo.CopyRow], set[str]]:
        return repo.load_copies(self.engine, midoffice)

    def unit_of_work(self) -> SqlAlchemyUnitOfWork:
        return SqlAlchemyUnitOfWork(self.engine)

    def refresh_statistics(self) -> None:
        repo.refresh_statistics(self.engine)

    def backup(self, folder: Path) -> Path:
        return write_backup(self.engine, default_backup_path(self.engine, folder))

    def forget_decisions(self, customer_ids: list[str]) -> None:
        decisions.forget_decisions(self.engine, customer_ids)

    def scrub_removed_values(self) -> None:
        scrub_removed_values(self.engine, CONVERSION_TABLES)  # the copies' removed values, out of WAL and files

    def active_sessions(self) -> list[ActiveSession]:
        return active_sessions(self.engine)

    def conversion_lock(self) -> ConversionLock:
        return ConversionLock(self.engine)
