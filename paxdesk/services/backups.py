"""The backups paxdesk has written: listed with their age, deletable (they hold old personal data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
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



def backups_to_purge(older_than_days: int, folder: Path | None = None, now: datetime | None = None,
                     ) -> list[BackupFile]:
    """The backups older than ``older_than_days`` days, never the newest one."""
    if older_than_days < 0:
        raise ValueError("the number of days must not be negative")
    limit = timedelta(days=older_than_days)
    now = now or datetime.now()
    return [b for b in list_backups(folder)[1:] if now - b.written > limit]  # [0] is the newest: kept


def purge_backups(older_than_days: int, folder: Path | None = None, now: datetime | None = None,
                  ) -> list[BackupFile]:
    """Delete the backups ``backups_to_purge`` names. Returns what went."""
    doomed = backups_to_purge(older_than_days, folder, now)
    for backup in doomed:
        delete_backup(backup.path, folder)
    return doomed
