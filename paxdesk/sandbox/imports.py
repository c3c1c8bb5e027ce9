"""myJack's onboarding import as the sandbox simulates it (CONTRACT §6.4).

- the manifest's hashes must match the uploaded files (else 400, nothing imported);
- each customer row creates a new myJack customer (no duplicate check), unless it carries a
  ``myjack_id`` or its ``legacy_id`` (or one of its ``merged_legacy_ids``) was imported before: then
  its non-empty fields are appended where that record has none, nothing overwritten;
- bookings attach to their customer, marked legacy, assigned to the user with the
  abbreviation (N1), else to "Altdaten"; marketing locks are not imported.
An import is ``queued``, then ``running`` (in steps, so clients see progress), then
``done`` (row errors listed) or ``failed`` (the files could not be read at all).
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import itertools
import json
from dataclasses import dataclass, field

from paxdesk.domain.normalize import n1
from paxdesk.sandbox.fixture import CUSTOMER_FIELDS, Fixture

STEP_ROWS = 500
PERSONAL = ("salutation", "title", "first_name", "last_name", "phone", "street", "zip", "city", "country",
            "birth_date")


class BadPackage(Exception):
    """400: the upload is no consistent package."""


class KeyReused(Exception):
    """422: an Idempotency-Key sent again with other files."""


@dataclass
class ImportJob:
    id: str
    customers: bytes
    bookings: bytes
    status: str = "queued"
    created: int = 0
    appended: int = 0
    booking_count: int = 0
    to_altdaten: int = 0
    errors: list[dict] = field(default_factory=list)
    done_rows: int = 0
    total_rows: int = 0

    def as_json(self) -> dict:
        return {"importId": self.id, "status": self.status, "created": self.created, "appended": self.appended,
                "bookings": self.booking_count, "bookingsToAltdaten": self.to_altdaten, "errors": self.errors,
                "progress": {"done": self.done_rows, "total": self.total_rows}}


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _rows(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


class ImportStore:
    def __init__(self, fixture: Fixture):
        self.fixture = fixture
        self.jobs: dict[str, ImportJob] = {}
        self.by_legacy: dict[str, str] = {}     # legacy id -> myJack customer number
        self.bookings: list[dict] = []          # every imported booking (legacy, with its user)
        self.by_key: dict[str, tuple[str, str]] = {}  # Idempotency-Key -> (import id, the files' hashes)
        self._ids = itertools.count(1)
        self._numbers = itertools.count(700001)
        self._tasks: set[asyncio.Task] = set()

    def submit(self, manifest: bytes, customers: bytes, bookings: bytes, key: str | None = None,
               ) -> tuple[ImportJob, bool]:
        """The import for this upload, and whether it is new: a ``key`` used before returns its import
        (KeyReused when it came with other files), as the IETF Idempotency-Key draft says."""
        payload = _sha256(customers) + _sha256(bookings)
        if key is not None and key in self.by_key:
            job_id, seen = self.by_key[key]
            if seen != payload:
                raise KeyReused(key)
            return self.jobs[job_id], False
        try:
            doc = json.loads(manifest.decode("utf-8"))
            hashes = {f["name"]: f["sha256"] for f in doc["files"]}
        except (ValueError, KeyError, TypeError, AttributeError):
            raise BadPackage("the manifest is not a migration package manifest") from None
        for name, data in (("customers.csv", customers), ("bookings.csv", bookings)):
            if hashes.get(name) != _sha256(data):
                raise BadPackage(f"{name} does not match the manifest's hash")
        job = ImportJob(str(next(self._ids)), customers, bookings)
        self.jobs[job.id] = job
        if key is not None:
            self.by_key[key] = (job.id, payload)
        task = asyncio.get_running_loop().create_task(self._run(job))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return job, True

    def by_idempotency_key(self, key: str) -> ImportJob | None:
        found = self.by_key.get(key)
        return self.jobs[found[0]] if found else None

    async def _run(self, job: ImportJob) -> None:
        await asyncio.sleep(0.05)
        job.status = "running"
        try:
            customers, bookings = _rows(job.customers), _rows(job.bookings)
        except (UnicodeDecodeError, csv.Error) as exc:
            job.status = "failed"
            job.errors.append({"row": None, "message": f"the files cannot be read ({exc.__class__.__name__})"})
            return
        job.total_rows = len(customers) + len(bookings)
        for number, row in enumerate(customers, start=2):
            self._customer(job, number, row)
            await self._step(job)
        for number, row in enumerate(bookings, start=2):
            self._booking(job, number, row)
            await self._step(job)
        job.customers = job.bookings = b""
        job.status = "done"

    async def _step(self, job: ImportJob) -> None:
        job.done_rows += 1
        if job.done_rows % STEP_ROWS == 0:
            await asyncio.sleep(0.01)

    def _customer(self, job: ImportJob, number: int, row: dict) -> None:
        legacy_id = (row.get("legacy_id") or "").strip()
        if not legacy_id:
            job.errors.append({"row": number, "message": "legacy_id is empty"})
            return
        ids = [legacy_id] + [i for i in (row.get("merged_legacy_ids") or "").split("|") if i]
        existing = next((self.by_legacy[i] for i in ids if i in self.by_legacy), None)
        linked = (row.get("myjack_id") or "").strip()
        if linked:  # §6.4: attached to that myJack customer, no record created
            if linked not in self.fixture.customers:
                job.errors.append({"row": number, "message": f"myjack_id {linked} is no myJack customer"})
                return
            existing = linked
        if existing is not None:
            record = self.fixture.customers[existing]
            for name in PERSONAL:
                if not record.get(name) and row.get(name):
                    record[name] = row[name]
            if row.get("email") and row["email"] not in record["emails"]:
                record["emails"].append(row["email"])  # an address is appended beside the existing ones
            job.appended += 1
        else:
            existing = str(next(self._numbers))
            record = {"id": existing, "emails": [row["email"]] if row.get("email") else [], "deleted": False,
                      "malformed": False, **{k: (row.get(k) or None) for k in CUSTOMER_FIELDS}}
            record["legacy_id"] = legacy_id
            self.fixture.customers[existing] = record
            job.created += 1
        for i in ids:
            self.by_legacy.setdefault(i, existing)

    def _booking(self, job: ImportJob, number: int, row: dict) -> None:
        customer = self.by_legacy.get((row.get("legacy_id") or "").strip())
        if customer is None:
            job.errors.append({"row": number, "message": "the booking's customer is unknown"})
            return
        wanted = n1(row.get("user"))
        user = next((u for u in self.fixture.users if n1(u["abbreviation"]) == wanted and wanted), None)
        altdaten = self.fixture.altdaten_user()
        if user is None:
            user = altdaten
        self.bookings.append({"booking_id": row.get("booking_id"), "customer": customer, "user": user["id"],
                              "legacy": True, "date": row.get("date"), "price": row.get("price")})
        job.booking_count += 1
        if user is altdaten:
            job.to_altdaten += 1
