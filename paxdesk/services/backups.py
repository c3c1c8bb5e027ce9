"""The backups paxdesk has written: listed with age and size, deletable, and kept no longer than the retention.

Backups hold personal data, including people deleted or anonymized since. Retention:
after every conversion (which writes a new backup) the backups older than
``retention_days()`` — 30 by default, ``paxdesk db backups --keep-days N`` changes it
(stored in ``settings.json`` of the data folder) — are deleted; the newest is always kept.

The newest backup is the way back from the last conversion, so it is also protected from a
single click: it cannot be deleted until the agent has confirmed that the conversion result
is right, or until it is ``PROTECT_DAYS`` days old. The confirmation is kept beside the
backups in ``confirmed.json`` (file names only). A conversion whose first attempt was interrupted
(CONTRACT §4.3) has its way back in that attempt's backup, not in the newest one (written before the
finishing attempt, of a half-converted CRM): ``before.json`` names it, and it is protected the same way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from paxdesk.errors import InputError
from paxdesk.files import atomic_writer

DEFAULT_RETENTION_DAYS = 30
MAX_RETENTION_DAYS = 3650
_SETTING = "backup_retention_days"
PROTECT_DAYS = 14
CONFIRMED_FILE = "confirmed.json"
BEFORE_FILE = "before.json"


class BackupProtected(InputError):
    """The backup is the way back from the newest conversion (result not confirmed, younger than PROTECT_DAYS)."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    written: datetime
    size: int
    protected_until: datetime | None = None  # set for the newest backup while it is protected
    before: bool = False  # the state before the newest conversion (its first attempt's backup)

    def age_days(self, now: datetime | None = None) -> int:
        return ((now or datetime.now()) - self.written).days

    def protected(self, now: datetime | None = None) -> bool:
        return self.protected_until is not None and (now or datetime.now()) < self.protected_until


def _confirmed(folder: Path) -> set[str]:
    try:
        names = json.loads((folder / CONFIRMED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {n for n in names if isinstance(n, str)} if isinstance(names, list) else set()


def _before(folder: Path) -> str | None:
    try:
        name = json.loads((folder / BEFORE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return name if isinstance(name, str) else None


def mark_before(path: Path, folder: Path) -> None:
    """``path`` holds the CRM as it was before the conversion now applied (its first attempt's backup)."""
    with atomic_writer(folder / BEFORE_FILE) as out:
        out.write(json.dumps(Path(path).name))


def list_backups(folder: Path) -> list[BackupFile]:
    """Newest first; the newest and the one before the newest conversion carry ``protected_until``, unless
    the conversion's result was confirmed."""
    files = [p for p in folder.glob("crm-*") if p.is_file()]
    found = sorted((BackupFile(p, datetime.fromtimestamp(p.stat().st_mtime), p.stat().st_size) for p in files),
                   key=lambda b: b.written, reverse=True)
    confirmed, before = _confirmed(folder), _before(folder)
    for index, b in enumerate(found):
        if (index == 0 or b.path.name == before) and b.path.name not in confirmed:
            found[index] = BackupFile(b.path, b.written, b.size, b.written + timedelta(days=PROTECT_DAYS),
                                      b.path.name == before)
    return found


def confirm_result(folder: Path) -> None:
    """The agent checked the newest conversion's result: the protection of its backups ends now."""
    names = _confirmed(folder) | {b.path.name for b in list_backups(folder) if b.protected_until}
    with atomic_writer(folder / CONFIRMED_FILE) as out:
        out.write(json.dumps(sorted(names)))


def delete_backup(path: Path, folder: Path, now: datetime | None = None) -> None:
    """Delete one backup; only files inside the backups folder, and never a protected one."""
    folder = Path(folder).resolve()
    target = Path(path).resolve()
    if target.parent != folder:
        raise ValueError(f"{path} is not one of paxdesk's backups")
    for backup in list_backups(folder):
        if backup.path.resolve() == target and backup.protected(now):
            raise BackupProtected(f"{target.name} is the way back from the last conversion and protected until "
                                  f"{backup.protected_until:%Y-%m-%d %H:%M} (or until the result is confirmed)")
    target.unlink(missing_ok=True)


def _settings(settings_file: Path) -> dict:
    try:
        value = json.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def retention_days(settings_file: Path) -> int:
    """How many days backups are kept (the newest always); the setting (``Places.settings_file``), else 30."""
    value = _settings(settings_file).get(_SETTING)
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_RETENTION_DAYS \
        else DEFAULT_RETENTION_DAYS


def set_retention_days(days: int, settings_file: Path) -> None:
    if not 1 <= days <= MAX_RETENTION_DAYS:
        raise InputError(f"--keep-days: expected 1 to {MAX_RETENTION_DAYS} days")
    settings = _settings(settings_file)
    settings[_SETTING] = days
    with atomic_writer(settings_file) as out:
        out.write(json.dumps(settings, indent=1))


def apply_retention(folder: Path, settings_file: Path, now: datetime | None = None) -> list[BackupFile]:
    """Delete the backups older than the retention (never the newest). Returns what went."""
    return purge_backups(retention_days(settings_file), folder, now)


def backups_to_purge(older_than_days: int, folder: Path, now: datetime | None = None,
                     ) -> list[BackupFile]:
    """The backups older than ``older_than_days`` days, never the newest one nor a protected one."""
    if older_than_days < 0:
        raise ValueError("the number of days must not be negative")
    limit = timedelta(days=older_than_days)
    now = now or datetime.now()
    return [b for b in list_backups(folder)[1:]  # [0] is the newest: kept
            if now - b.written > limit and not b.protected(now)]


def purge_backups(older_than_days: int, folder: Path, now: datetime | None = None,
                  ) -> list[BackupFile]:
    """Delete the backups ``backups_to_purge`` names. Returns what went."""
    doomed = backups_to_purge(older_than_days, folder, now)
    for backup in doomed:
        delete_backup(backup.path, folder)
    return doomed
