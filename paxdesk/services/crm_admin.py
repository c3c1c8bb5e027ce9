"""The CRM's housekeeping for ``paxdesk db``: import, export, backup, restore — each opens and closes the CRM."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from paxdesk.crm import backup, exchange
from paxdesk.crm.db import close_crm, open_crm


def import_file(path: Path, db_url: str) -> dict[str, int]:
    """Create or extend the CRM from an exchange file; a bad file fails before the CRM is touched."""
    document = exchange.read_document(path)
    engine = open_crm(db_url)
    try:
        return exchange.import_document(engine, document, str(path))
    finally:
        close_crm(engine)


def export_document(db_url: str) -> dict:
    """The whole CRM as an exchange document (CONTRACT §2)."""
    engine = open_crm(db_url)
    try:
        return exchange.export_document(engine)
    finally:
        close_crm(engine)


def write_document(document: dict, out: IO[str]) -> None:
    exchange.write_document(document, out)


def backup_to(db_url: str, target: Path | None = None) -> Path:
    """A consistent backup of the CRM (default: the backups folder); returns its path."""
    engine = open_crm(db_url)
    try:
        return backup.write_backup(engine, target)
    finally:
        close_crm(engine)


def restore(path: Path, db_url: str) -> None:
    """Restore a backup into an empty CRM."""
    backup.restore_backup(path, db_url)
