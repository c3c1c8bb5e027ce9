"""The CRM as the conversion's match → plan → apply sees it: cosmicpython's abstract repository and unit of work.

Small ports, each named by what it is to the conversion; the use cases take them, never an engine:

- ``CopySource``: the v1 copies to match (``Matching``, ``run_matching``).
- ``UnitOfWork`` with its repositories ``customers``, ``journal`` and ``logins``: one transaction of the
  apply (a batch of customers, the run's opening or its close); left without ``commit()`` it is undone.
  ``BatchStore`` hands them out (``apply_plan``).
- ``Safekeeping``: what ``Applying`` does around the batches — the backup before the first change,
  forgetting the applied decisions, scrubbing the removed values out of the database's files.
- ``Journal``: the journal read back (the interrupted-run lookup, the report rebuilt from it: ``run_report``).
- ``Reservations``: the colleagues logged in and the conversion lock (``Reservation``).

``Crm`` is all of them, what ``paxdesk.bootstrap.open_session(crm=…)`` takes. ``paxdesk.crm.conversion_store``
implements it with the CRM's SQL (the same statements, batching and transactions as before it existed);
``tests/fakes.py`` in memory, so a test runs the whole conversion without SQLite or HTTP. A batch's changes
are a ``paxdesk.domain.changes.ChangeSet``, a pure description both apply.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from paxdesk.crm.repository import CopyRow
from paxdesk.crm.sessions import ActiveSession
from paxdesk.domain.changes import ChangeSet

CopyState = tuple[str, str | None, str | None]  # (kind, MidOffice, stripped customer number) of a customer now


class CopySource(Protocol):
    def copies(self, midoffice: str) -> tuple[list[CopyRow], set[str]]:
        """The v1 copies of this MidOffice (by id), and the customer numbers that already have a v2 reference."""


class Customers(Protocol):
    """The customers inside one unit of work: read as they are now, changed a batch at a time."""

    def states(self, ids: list[str]) -> dict[str, CopyState]: ...

    def references(self, midoffice: str, numbers: set[str]) -> dict[str, list[str]]:
        """The v2 reference ids per (trimmed) customer number, smallest id first."""

    def child_counts(self, ids: list[str]) -> dict[str, tuple[int, int]]:
        """(consultations, offers) per customer."""

    def change(self, changes: ChangeSet) -> None: ...


class JournalEntries(Protocol):
    """The conversion's journal, written in the transaction of the changes it records."""

    def begin_run(self, run_id: str, midoffice: str, backup: str) -> None:
        """A new run is applying; one still marked applying was killed: it becomes interrupted."""

    def record(self, rows: list[dict]) -> None:
        """Journal rows, one per customer (every column of ``run_items``)."""

    def finish_run(self, run_id: str) -> None: ...


class Logins(Protocol):
    def end_all(self) -> int:
        """Every colleague's CRM session ends (they log in again after the conversion); how many there were."""


class UnitOfWork(Protocol):
    customers: Customers
    journal: JournalEntries
    logins: Logins

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(self, *exc) -> None:
        """Undo whatever was not committed (an exception, or leaving without ``commit()``)."""

    def commit(self) -> None: ...


class BatchStore(Protocol):
    def unit_of_work(self) -> UnitOfWork: ...

    def refresh_statistics(self) -> None:
        """Before the batches' look-ups (PostgreSQL's planner statistics of a CRM imported moments ago)."""


class Safekeeping(Protocol):
    def backup(self, folder: Path) -> Path:
        """A consistent backup of the CRM in ``folder``, written before the conversion's first change."""

    def forget_decisions(self, customer_ids: list[str]) -> None:
        """The saved review decisions of these customers (applied now), in one transaction."""

    def scrub_removed_values(self) -> None:
        """The values the conversion emptied or deleted, out of the database's files too."""


class Run(Protocol):
    id: str
    midoffice: str
    started_at: str
    finished_at: str | None
    state: str            # applying, interrupted, done
    backup: str | None


class Journal(Protocol):
    """The journal read back, each call on its own."""

    def all_runs(self) -> list[Run]:
        """Every run, oldest first."""

    def run_items(self, run_ids: list[str]) -> list[list[dict]]:
        """The journal rows of each run, in the order of ``run_ids``."""

    def newest_run(self) -> Run | None: ...

    def changed_counts(self, run_ids: list[str]) -> dict[str, int]:
        """Customers each changing outcome reached in these runs (each customer once per outcome)."""

    def changed_items(self, run_ids: list[str]) -> int:
        """Journal rows of these runs that changed the CRM."""


class Lock(Protocol):
    """Only one conversion per CRM at a time (LockHeld at once if another holds it)."""

    @property
    def held(self) -> bool: ...

    def acquire(self) -> None: ...

    def release(self) -> None: ...


class Agency(Protocol):
    name: str
    midoffice: str | None
    base_url: str | None


class Reservations(Protocol):
    def active_sessions(self) -> list[ActiveSession]: ...

    def conversion_lock(self) -> Lock: ...


class Crm(CopySource, BatchStore, Safekeeping, Reservations, Protocol):
    """One CRM as a conversion session holds it (``paxdesk.bootstrap`` opens it, or a test hands one in)."""

    url: str            # which CRM (the wizard keeps its progress under a hash of it, without a password)
    files: list[Path]   # its files on this computer (no report or list may be written over them)
    journal: Journal

    def agency(self) -> Agency | None:
        """The agency the CRM belongs to, the MidOffice and address it set up; None before an import."""

    def close(self) -> None: ...
