"""How far the wizard got on a CRM, so reopening paxdesk can offer "Fortsetzen" at that step.

Kept per user in ``wizard-progress.json`` in the user data folder, keyed by a SHA-256 of the CRM's
address without its password: the file holds a step number, a time and the run id of a finished
conversion — nothing personal and no credential (the decisions themselves live in the CRM).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from paxdesk.crm.db import crm_key
from paxdesk.files import atomic_writer

FILE_NAME = "wizard-progress.json"
_UPDATING = threading.Lock()  # the wizard saves from the GUI thread and from workers: one at a time


@dataclass(frozen=True)
class Progress:
    page: int                   # the wizard page the agent was on last (0-based)
    at: datetime                # when it was reached
    run_id: str | None = None   # the conversion applied in that sitting, if any


class ProgressStore:
    def __init__(self, db_url: str, folder: Path):
        self.key = crm_key(db_url)
        self.path = Path(folder) / FILE_NAME

    def _read_all(self) -> dict:
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # no file yet, or one damaged by hand: start afresh rather than refuse to open
        return doc if isinstance(doc, dict) else {}

    def load(self) -> Progress | None:
        entry = self._read_all().get(self.key)
        try:
            return Progress(int(entry["page"]), datetime.fromisoformat(entry["at"]), entry.get("run_id"))
        except (TypeError, KeyError, ValueError):
            return None

    def save(self, page: int, run_id: str | None = None) -> None:
        """Remember ``page``, the step the agent is on (going back too: "Fortsetzen" names the step left)."""
        with _UPDATING:
            doc = self._read_all()
            old = self.load()
            if old is not None:
                run_id = run_id or old.run_id
            doc[self.key] = {"page": page, "at": datetime.now().isoformat(timespec="seconds"), "run_id": run_id}
            self._write(doc)

    def clear(self) -> None:
        with _UPDATING:
            doc = self._read_all()
            if doc.pop(self.key, None) is not None:
                self._write(doc)

    def _write(self, doc: dict) -> None:
        with atomic_writer(self.path) as out:  # owner-only; a crash leaves the old file or the new
            out.write(json.dumps(doc, indent=1))
