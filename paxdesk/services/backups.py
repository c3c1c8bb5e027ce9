"""The backups paxdesk has written: listed with age and size, deletable, and kept no longer than the retention.

Backups hold personal data, including people deleted or anonymized since. Retention:
after every conversion (which writes a new backup) the backups older than
``retention_days()`` — 30 by default, ``paxdesk db backups --keep-days N`` changes it
(stored in ``settings.json`` of the data folder) — are deleted; the newest is always kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from paxdesk import paths
from paxdesk.errors import InputError
from paxdesk.files import atomic_writer

DEFAULT_RETENTION_DAYS = 30
MAX_RETENTION_DAYS = 3650
_SETTING = "backup_retention_days"


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


def _settings_file() -> Path:
    return paths.data_dir() / "settings.json"


def _settings() -> dict:
    try:
        value = json.loads(_settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def retention_days() -> int:
    """How many days backups are kept (the newest always); the setting, else 30."""
    value = _settings().get(_SETTING)
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_RETENTION_DAYS \
        else DEFAULT_RETENTION_DAYS


def set_retention_days(days: int) -> None:
    if not 1 <= days <= MAX_RETENTION_DAYS:
        raise InputError(f"--keep-days: expected 1 to {MAX_RETENTION_DAYS} days")
    settings = _settings()
    settings[_SETTING] = days
    with atomic_writer(_settings_file()) as out:
        out.write(json.dumps(settings, indent=1))


def apply_retention(folder: Path | None = None, now: datetime | None = None) -> list[BackupFile]:
    """Delete the backups older than the retention (never the newest). Returns what went."""
    return purge_backups(retention_days(), folder, now)


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
