"""The backups paxdesk has written: listed with their age, deletable (they hold old personal data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from paxdesk import paths


@dataclass(frozen=True)
class BackupFile:
    path: Path
    written: datetime
    size: int

    def age_days(self, now: datetime | None = None) -> int:
        return ((now or datetime.now()) - self.written).days


def list_backups(folder: Path | None = None) -> list[BackupFile]:
    folder = folder or paths.backups_dir()
    files = [p for p in folder.glob("crm-*") if p.is_file()]
    found = [BackupFile(p, datetime.fromtimestamp(p.stat().st_mtime), p.stat().st_size) for p in files]
    return sorted(found, key=lambda b: b.written, reverse=True)


def delete_backup(path: Path, folder: Path | None = None) -> None:
    """Delete one backup; only files inside the backups folder can be deleted this way."""
    folder = (folder or paths.backups_dir()).resolve()
    target = Path(path).resolve()
    if target.parent != folder:
        raise ValueError(f"{path} is not one of paxdesk's backups")
    target.unlink(missing_ok=True)
