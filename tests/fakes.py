"""In-memory stand-ins for the conversion's two outside worlds: the CRM and the MidOffice (issue 31).

``InMemoryCrm`` implements the conversion's port (``paxdesk/services/crm_port.py``) with dicts, as
cosmicpython's ``FakeRepository`` and ``FakeUnitOfWork`` do: a unit of work works on a copy of the tables,
``commit()`` makes the copy the CRM, leaving without it throws the copy away. ``fail_on`` makes one
customer's change raise ``paxdesk.crm.db.DatabaseError``, as a broken row does in a real database.
``FakeMidOffice`` is an agency's MidOffice in memory; a test gives it its records by subclassing.
Neither opens a file of a database or a socket.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

from paxdesk.crm.db import DatabaseError
from paxdesk.crm.repository import CopyRow
from paxdesk.crm.sessions import ActiveSession
from paxdesk.domain.changes import ChangeSet, now_text
from paxdesk.domain.crm_only import PERSONAL_FIELDS
from paxdesk.domain.plan import CHANGED
from paxdesk.errors import LockHeld
from paxdesk.midoffice.base import Found, Gone, Identity, MidOfficeCustomer, SearchPage

ACTIVE = timedelta(minutes=15)


@dataclass
class Run:
    id: str
    midoffice: str
    started_at: str
    state: str
    backup: str | None
    finished_at: str | None = None


@dataclass
class Tables:
    """The CRM's rows: customers by id (every column), consultations and offers as id → customer id."""

    customers: dict[str, dict] = field(default_factory=dict)
    consultations: dict[str, str] = field(default_factory=dict)
    offers: dict[str, str] = field(default_factory=dict)
    logins: list[dict] = field(default_factory=list)       # {"abbreviation", "host", "last_seen" (ISO)}
    runs: dict[str, Run] = field(default_factory=dict)     # in the order they began
    run_items: list[dict] = field(default_factory=list)
    audits: list[dict] = field(default_factory=list)


def customer(id: str, kind: str, midoffice: str | None = None, midoffice_id: str | None = None, **fields) -> dict:
    """A customer row with every column (personal fields absent are None)."""
    return {"id": id, "kind": kind, "midoffice": midoffice, "midoffice_id": midoffice_id, "gdpr_review": False,
            "anonymized": False, **{name: None for name in PERSONAL_FIELDS}, **fields}


class _Customers:
    def __init__(self, tables: Tables, failing: set[str]):
        self._t, self._failing = tables, failing

    def states(self, ids):
        rows = self._t.customers
        return {i: (rows[i]["kind"], rows[i]["midoffice"], (rows[i]["midoffice_id"] or "").strip() or None)
                for i in ids if i in rows}

    def references(self, midoffice, numbers):
        found: dict[str, list[str]] = {}
        for cid, row in sorted(self._t.customers.items()):
            number = (row["midoffice_id"] or "").strip()
            if row["kind"] == "v2" and row["midoffice"] == midoffice and number in numbers:
                found.setdefault(number, []).append(cid)
        return found

    def child_counts(self, ids):
        return {i: (sum(c == i for c in self._t.consultations.values()), sum(c == i for c in self._t.offers.values()))
                for i in ids}

    def change(self, changes: ChangeSet) -> None:
        touched = {row["cid"] for rows in (changes.references, changes.merges, changes.locals_, changes.reviews)
                   for row in rows}
        if touched & self._failing:
            raise DatabaseError(f"in memory: a row of {sorted(touched & self._failing)} cannot be written")
        rows = self._t.customers
        for ref in changes.references:
            rows[ref["cid"]].update(kind="v2", midoffice=ref["office"], midoffice_id=ref["number"], gdpr_review=False,
                                    anonymized=False, **{name: None for name in PERSONAL_FIELDS})
        for merge in changes.merges:
            for children in (self._t.consultations, self._t.offers):
                for child, owner in children.items():
                    if owner == merge["source"]:
                        children[child] = merge["target"]
            del rows[merge["source"]]
        for local in changes.locals_:
            rows[local["cid"]].update(kind="local", midoffice=None, midoffice_id=None)
        for review in changes.reviews:
            rows[review["cid"]].update(kind="local", midoffice=None, midoffice_id=None, gdpr_review=True)
        self._t.audits.extend(changes.audits)


class _JournalEntries:
    def __init__(self, tables: Tables):
        self._t = tables

    def begin_run(self, run_id, midoffice, backup):
        for run in self._t.runs.values():
            if run.state == "applying":
                run.state = "interrupted"
        self._t.runs[run_id] = Run(run_id, midoffice, now_text(), "applying", backup)

    def record(self, rows):
        self._t.run_items.extend(dict(row) for row in rows)

    def finish_run(self, run_id):
        self._t.runs[run_id].state, self._t.runs[run_id].finished_at = "done", now_text()


class _Logins:
    def __init__(self, tables: Tables):
        self._t = tables

    def end_all(self) -> int:
        ended = len(self._t.logins)
        self._t.logins.clear()
        return ended


class FakeUnitOfWork:
    """One transaction: the repositories change a copy of the tables; ``commit`` makes it the CRM's."""

    def __init__(self, crm: InMemoryCrm):
        self._crm = crm
        self.committed = False

    def __enter__(self) -> FakeUnitOfWork:
        self._tables = copy.deepcopy(self._crm.tables)
        self.customers = _Customers(self._tables, self._crm.failing)
        self.journal = _JournalEntries(self._tables)
        self.logins = _Logins(self._tables)
        self.committed = False
        return self

    def __exit__(self, *exc) -> None:
        self._tables = None  # without commit: thrown away
        self._crm.units_of_work += 1

    def commit(self) -> None:
        self._crm.tables = self._tables
        self._tables = copy.deepcopy(self._tables)  # whatever follows in this unit of work is a new change
        self.committed = True
        self._crm.commits += 1


class InMemoryJournal:
    def __init__(self, crm: InMemoryCrm):
        self._crm = crm

    def all_runs(self) -> list[Run]:
        return sorted(self._crm.tables.runs.values(), key=lambda r: r.started_at)  # stable: ties in begin order

    def run_items(self, run_ids):
        return [[dict(row) for row in self._crm.tables.run_items if row["run_id"] == run_id] for run_id in run_ids]

    def newest_run(self):
        runs = self.all_runs()
        return runs[-1] if runs else None

    def changed_counts(self, run_ids):
        reached: dict[str, set[str]] = {}
        for row in self._crm.tables.run_items:
            if row["run_id"] in run_ids and row["outcome"] in CHANGED:
                reached.setdefault(row["outcome"], set()).add(row["customer_id"])
        return {outcome: len(ids) for outcome, ids in reached.items()}

    def changed_items(self, run_ids):
        return sum(row["run_id"] in run_ids and row["outcome"] in CHANGED for row in self._crm.tables.run_items)


class InMemoryLock:
    def __init__(self, crm: InMemoryCrm):
        self._crm = crm

    @property
    def held(self) -> bool:
        return self._crm.lock_holder is self

    def acquire(self) -> None:
        if self._crm.lock_holder is not None:
            raise LockHeld("another conversion is running on this CRM")
        self._crm.lock_holder = self

    def release(self) -> None:
        if self.held:
            self._crm.lock_holder = None


class InMemoryCrm:
    """A CRM in memory behind the conversion's port (``services.crm_port.Crm``)."""

    url = "memory://crm"
    files: list[Path] = []

    def __init__(self, agency: str, midoffice: str, customers=(), consultations=None, offers=None, logins=()):
        self.tables = Tables({c["id"]: c for c in customers}, dict(consultations or {}), dict(offers or {}),
                             list(logins))
        self._agency = SimpleNamespace(name=agency, midoffice=midoffice, base_url=None)
        self.failing: set[str] = set()
        self.journal = InMemoryJournal(self)
        self.lock_holder: InMemoryLock | None = None
        self.decisions: dict[str, str] = {}
        self.backups: list[Path] = []
        self.scrubbed = self.units_of_work = self.commits = 0
        self.closed = False

    def fail_on(self, customer_id: str) -> None:
        """Every change that includes this customer raises DatabaseError (its batch, then it alone)."""
        self.failing.add(customer_id)

    def agency(self):
        return self._agency

    def copies(self, midoffice):
        rows = self.tables.customers
        copies = [CopyRow(id=cid, midoffice_id=row["midoffice_id"], **{name: row[name] for name in PERSONAL_FIELDS})
                  for cid, row in sorted(rows.items()) if row["kind"] == "v1" and row["midoffice"] == midoffice]
        referenced = {(row["midoffice_id"] or "").strip() for row in rows.values()
                      if row["kind"] == "v2" and row["midoffice"] == midoffice}
        return copies, referenced

    def unit_of_work(self) -> FakeUnitOfWork:
        return FakeUnitOfWork(self)

    def refresh_statistics(self) -> None:
        pass

    def backup(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crm-memory-{len(self.backups) + 1}.json"
        path.write_text(json.dumps({"customers": self.tables.customers}, ensure_ascii=False), encoding="utf-8")
        self.backups.append(path)
        return path

    def forget_decisions(self, customer_ids):
        for cid in customer_ids:
            self.decisions.pop(cid, None)

    def scrub_removed_values(self) -> None:
        self.scrubbed += 1

    def active_sessions(self, now: datetime | None = None) -> list[ActiveSession]:
        now = now or datetime.now(timezone.utc)
        seen = [(login, datetime.fromisoformat(login["last_seen"])) for login in self.tables.logins]
        return [ActiveSession(login["abbreviation"], None, login.get("host"), at) for login, at in seen
                if now - at <= ACTIVE]

    def conversion_lock(self) -> InMemoryLock:
        return InMemoryLock(self)

    def close(self) -> None:
        self.closed = True


class FakeMidOffice:
    """One agency's MidOffice in memory (an adapter factory): ``records`` by customer number, any other
    number was deleted; 100001 is Anna Weiß unless a subclass says otherwise."""

    agency = "Reisebüro Sonnenschein"
    records = {"100001": MidOfficeCustomer("100001", first_name="Anna", last_name="Weiß", email="anna@example.de")}
    calls: list[str] = []

    def __init__(self, midoffice: str, base_url: str, token: str, **options):
        self.calls.append(f"adapter {midoffice} {options.get('concurrency', '-')}")
        self.requests_sent = 0

    def identity(self) -> Identity:
        self.calls.append("identity")
        return Identity("A-1", self.agency, "anna@example.de", frozenset({"read", "search"}))

    def fetch_one(self, number: str):
        self.requests_sent += 1
        return Found(number, self.records[number]) if number in self.records else Gone(number, "deleted")

    def fetch_many(self, numbers, cancelled=lambda: False):
        self.calls.append(f"fetch {len(list(numbers))}")
        return [self.fetch_one(n) for n in numbers]

    def search(self, text: str, cursor: str | None = None, limit: int = 25) -> SearchPage:
        return SearchPage([], None)

    def close(self) -> None:
        pass
