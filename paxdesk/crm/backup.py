"""Consistent backups of the CRM and restoring them into an empty CRM.

SQLite: the online backup API (a consistent copy even while others read or
write). PostgreSQL: a logical backup in the exchange format. Backups hold
personal data, so on POSIX they are readable by the owner only.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, func, select

from paxdesk import paths
from paxdesk.crm import models as m
from paxdesk.crm.db import close_crm, open_crm, sqlite_path
from paxdesk.crm.exchange import export_document, import_document, read_document, write_document
from paxdesk.errors import InputError

SQLITE_MAGIC = b"SQLite format 3\x00"


def _free_path(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def default_backup_path(engine: Engine, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y-%m-%dT%H-%M-%S")
    suffix = ".sqlite" if engine.dialect.name == "sqlite" else ".json"
    return _free_path(paths.backups_dir(), f"crm-{stamp}", suffix)


def _owner_only(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, 0o600)


def _sqlite_copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def write_backup(engine: Engine, out: Path | None = None) -> Path:
    """Write a consistent backup and return its path."""
    target = Path(out) if out else default_backup_path(engine)
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite_path(engine.url.render_as_string(hide_password=False))
    if source is not None:
        if target.exists():
            target.unlink()
        _sqlite_copy(source, target)
    else:
        with open(target, "w", encoding="utf-8") as fh:
            write_document(export_document(engine), fh)
    _owner_only(target)
    return target


def is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return not any(conn.scalar(select(func.count()).select_from(table))
                       for table in (m.Agency, m.User, m.Customer))


def restore_backup(path: Path, target_url: str) -> None:
    """Restore a backup (SQLite file or exchange JSON) into an empty CRM."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such backup file")
    target = open_crm(target_url)
    try:
        if not is_empty(target):
            raise InputError(f"{target.url.render_as_string(hide_password=True)}: the CRM is not empty; "
                             "restore only into an empty CRM")
        with open(path, "rb") as fh:
            is_sqlite = fh.read(16) == SQLITE_MAGIC
        if not is_sqlite:
            import_document(target, read_document(path), str(path))
            return
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp) / "restore.sqlite"
            shutil.copyfile(path, work)
            source = open_crm(f"sqlite:///{work.as_posix()}")  # upgrades an older backup's schema
            try:
                target_file = sqlite_path(target_url)
                if target_file is not None:
                    close_crm(source)
                    close_crm(target)
                    _sqlite_copy(work, target_file)
                else:
                    import_document(target, export_document(source), str(path))
            finally:
                close_crm(source)
    finally:
        close_crm(target)
