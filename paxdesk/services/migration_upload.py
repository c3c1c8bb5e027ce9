"""Uploading a migration package to myJack exactly once (CONTRACT §6.4) and following the import to its end.

A package's identity is the hash of its data files (``customers.csv``, ``bookings.csv``): the same
input and decisions give the same identity, whatever the manifest's ``created`` says. Each upload is
recorded in ``migration-uploads.json`` in the user data folder (``records_file``, no personal values) *before* anything
is sent, and sent with its key as ``Idempotency-Key``. So an upload killed at any moment and started
again follows the import already made: a recorded import id is followed; without one, myJack is asked
for the import its key made (``GET /imports?key=``), and only when there is none is the package sent —
with the same key, so even a POST that did arrive meanwhile creates nothing new.

A finished upload (``done``) is not repeated unless ``again``, which uses a new key; a ``failed`` one may
be sent again. Following an import polls with backoff until a deadline (default 2 h); then it stops and
says how to follow it later. Cancelling stops following the import, not the import.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from paxdesk.errors import Cancelled, ImportStillRunning, InputError
from paxdesk.files import atomic_writer
from paxdesk.migration.package import read_manifest
from paxdesk.services.migration import MigrationProgress

RECORD = "migration-uploads.json"
DATA_FILES = ("customers.csv", "bookings.csv")
DEADLINE_S = 2 * 3600.0
FIRST_POLL_S, LONGEST_POLL_S = 0.3, 15.0


class AlreadyUploaded(InputError):
    def __init__(self, folder: Path, earlier: dict):
        super().__init__(f"{folder}: this package was already uploaded on {earlier.get('uploaded', '?')} "
                         f"(import {earlier.get('import_id', '?')}, {earlier.get('status', '?')}); "
                         "uploading it again would import every customer twice — use --again if that is meant")
        self.earlier = earlier


def still_importing(folder: Path, import_id: str, status: str) -> ImportStillRunning:
    return ImportStillRunning(f"myJack is still importing (import {import_id}, {status}); paxdesk stopped waiting. "
                              f"Run the same upload of {folder} again later: it follows this import and sends "
                              "nothing twice", import_id)


@dataclass
class UploadResult:
    folder: Path
    identity: str
    status: object  # midoffice.myjack_import.ImportStatus


def package_identity(manifest: dict) -> str:
    """The hash of the package's data files (their hashes are in the manifest, checked by read_manifest)."""
    hashes = {e.get("name"): e.get("sha256") for e in manifest.get("files") or [] if isinstance(e, dict)}
    missing = [name for name in DATA_FILES if not isinstance(hashes.get(name), str)]
    if missing:
        raise InputError(f"manifest.json: no hash for {', '.join(missing)}")
    return hashlib.sha256("\n".join(f"{n}:{hashes[n]}" for n in DATA_FILES).encode()).hexdigest()


def records_file(data_dir: Path) -> Path:
    """Where the uploads are recorded: ``Places.data_dir()`` of the face that uploads."""
    return Path(data_dir) / RECORD


def _records(records: Path) -> dict:
    try:
        doc = json.loads(records.read_text(encoding="utf-8"))
        return doc if isinstance(doc, dict) else {}
    except (OSError, ValueError, RecursionError):
        return {}


def _remember(records_at: Path, identity: str, entry: dict) -> dict:
    """Merge ``entry`` into the record of ``identity``; written whole (owner-only, fsynced) before returning."""
    records = _records(records_at)
    records[identity] = {**records.get(identity, {}), **entry}
    with atomic_writer(records_at) as out:
        out.write(json.dumps(records, indent=1, sort_keys=True))
    return records[identity]


def earlier_upload(folder: Path, records: Path) -> dict | None:
    """The record of an earlier upload of this package (None when there was none)."""
    manifest, _ = read_manifest(folder)
    return _records(records).get(package_identity(manifest))


def _start(records: Path, identity: str, folder: Path, again: bool) -> tuple[dict, bool]:
    """The upload to make or to follow: (its record, whether it is one started before and not finished)."""
    earlier = _records(records).get(identity)
    if earlier and earlier.get("status") not in ("done", "failed") and earlier.get("key"):
        return earlier, True  # killed or stopped before its end: follow it, whatever ``again`` says
    if earlier and earlier.get("status") == "done" and not again:
        raise AlreadyUploaded(folder, earlier)
    attempt = int(earlier.get("attempt", 0)) + 1 if earlier else 1
    key = identity if attempt == 1 else f"{identity}-{attempt}"
    record = _remember(records, identity, {"key": key, "attempt": attempt, "status": "sending", "import_id": None,
                                  "package": str(folder.absolute()),
                                  "uploaded": datetime.now(timezone.utc).isoformat(timespec="seconds")})
    return record, False


def upload(folder: Path, adapter_factory: Callable[[], object], *, records: Path, again: bool = False,
           cancelled: Callable[[], bool] = lambda: False, poll: float = FIRST_POLL_S,
           timeout: float = DEADLINE_S, clock: Callable[[], float] = time.monotonic,
           ) -> Iterator[MigrationProgress | UploadResult]:
    folder = Path(folder)
    manifest, raw = read_manifest(folder)  # a changed or incomplete package fails here, before any request
    identity = package_identity(manifest)
    record, resumed = _start(records, identity, folder, again)
    rows = manifest.get("counts", {})
    total = int(rows.get("customers", 0)) + int(rows.get("bookings", 0))
    adapter = adapter_factory()
    try:
        yield MigrationProgress("upload", 0, total, "following" if resumed else "sending")
        import_id = record.get("import_id") or (adapter.find_import(record["key"]) if resumed else None)
        if import_id is None:
            import_id = adapter.start_import(raw, (folder / "customers.csv").read_bytes(),
                                             (folder / "bookings.csv").read_bytes(), record["key"])
        _remember(records, identity, {"import_id": import_id, "status": "queued"})
        status = yield from _follow(adapter, folder, import_id, total, cancelled, poll, timeout, clock)
        _remember(records, identity, {"status": status.status})
        yield UploadResult(folder, identity, status)
    finally:
        adapter.close()


def _follow(adapter, folder: Path, import_id: str, total: int, cancelled: Callable[[], bool], poll: float,
            timeout: float, clock: Callable[[], float]):
    """Poll the import until it ends, with backoff (×1.5 up to LONGEST_POLL_S) and a deadline."""
    deadline = clock() + timeout
    wait = poll
    while True:
        status = adapter.import_status(import_id)
        done = status.progress[0] if status.progress else (total if status.finished else 0)
        yield MigrationProgress("import", done, total, status.status)
        if status.finished:
            return status
        if cancelled():
            raise Cancelled("stopped following the import; it goes on in myJack")
        if clock() + wait > deadline:
            raise still_importing(folder, import_id, status.status)
        until = clock() + wait
        while clock() < until and not cancelled():  # a cancel is seen within a tenth of a second
            time.sleep(min(0.1, wait))
        wait = min(LONGEST_POLL_S, wait * 1.5)
