"""Uploading a migration package to myJack (CONTRACT §6.4) and following the import to its end.

The same package (same manifest bytes) is uploaded once: its hash, the import id and
the last known status are recorded in ``migration-uploads.json`` in the user data
folder (no personal values). A second upload is refused unless ``again`` — or when
the earlier import ``failed``. Cancelling stops following the import, not the import.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from paxdesk import paths
from paxdesk.errors import Cancelled, InputError
from paxdesk.migration.package import read_manifest
from paxdesk.services.migration import MigrationProgress

RECORD = "migration-uploads.json"


class AlreadyUploaded(InputError):
    def __init__(self, folder: Path, earlier: dict):
        super().__init__(f"{folder}: this package was already uploaded on {earlier.get('uploaded', '?')} "
                         f"(import {earlier.get('import_id', '?')}, {earlier.get('status', '?')}); "
                         "uploading it again would import every customer twice — use --again if that is meant")
        self.earlier = earlier


@dataclass
class UploadResult:
    folder: Path
    manifest_sha256: str
    status: object  # midoffice.myjack_import.ImportStatus


def _record_path() -> Path:
    return paths.data_dir() / RECORD


def _records() -> dict:
    try:
        doc = json.loads(_record_path().read_text(encoding="utf-8"))
        return doc if isinstance(doc, dict) else {}
    except (OSError, ValueError):
        return {}


def _remember(digest: str, entry: dict) -> None:
    records = _records()
    records[digest] = {**records.get(digest, {}), **entry}
    path = _record_path()
    temp = path.with_suffix(".tmp")
    temp.write_text(json.dumps(records, indent=1, sort_keys=True), encoding="utf-8")
    temp.replace(path)


def earlier_upload(folder: Path) -> dict | None:
    """The record of an earlier upload of this package (None when there was none)."""
    _, raw = read_manifest(folder)
    return _records().get(hashlib.sha256(raw).hexdigest())


def upload(folder: Path, adapter_factory: Callable[[], object], again: bool = False,
           cancelled: Callable[[], bool] = lambda: False, poll: float = 0.3,
           ) -> Iterator[MigrationProgress | UploadResult]:
    folder = Path(folder)
    manifest, raw = read_manifest(folder)  # a changed or incomplete package fails here, before any request
    digest = hashlib.sha256(raw).hexdigest()
    earlier = _records().get(digest)
    if earlier and earlier.get("status") != "failed" and not again:
        raise AlreadyUploaded(folder, earlier)
    customers = (folder / "customers.csv").read_bytes()
    bookings = (folder / "bookings.csv").read_bytes()
    rows = manifest.get("counts", {})
    total = int(rows.get("customers", 0)) + int(rows.get("bookings", 0))
    adapter = adapter_factory()
    try:
        yield MigrationProgress("upload", 0, total, "sending")
        import_id = adapter.start_import(raw, customers, bookings)
        _remember(digest, {"import_id": import_id, "status": "queued", "package": str(folder.absolute()),
                           "uploaded": datetime.now(timezone.utc).isoformat(timespec="seconds")})
        while True:
            status = adapter.import_status(import_id)
            done = status.progress[0] if status.progress else (total if status.finished else 0)
            yield MigrationProgress("import", done, total, status.status)
            if status.finished:
                break
            if cancelled():
                raise Cancelled("stopped following the import; it goes on in myJack")
            time.sleep(poll)
        _remember(digest, {"status": status.status})
        yield UploadResult(folder, digest, status)
    finally:
        adapter.close()
