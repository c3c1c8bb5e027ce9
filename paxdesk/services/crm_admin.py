"""The CRM's housekeeping for ``paxdesk db``: import, export, backup, restore — each opens and closes the CRM.

No command writes onto the CRM it reads: every output path is checked against the
CRM's files (also through symlinks) before anything is written, and exports and
backups are written to a temporary file and renamed.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from paxdesk.crm import backup, exchange
from paxdesk.crm.db import close_crm, crm_exists, crm_files, open_crm
from paxdesk.crm.exchange_schema import validate
from paxdesk.errors import ExchangeFileError
from paxdesk.files import atomic_writer, check_output


def import_file(path: Path, db_url: str) -> dict[str, int]:
    """Create or extend the CRM from an exchange file; a bad file fails before the CRM is touched (or created)."""
    document = exchange.read_document(path)
    if not crm_exists(db_url):
        problems = validate(document)
        if problems:
            raise ExchangeFileError(str(path), problems)
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


def export_to(db_url: str, target: Path) -> None:
    """The exchange file written to ``target`` (never the CRM itself), whole or not at all."""
    check_output(target, crm_files(db_url), "export")
    document = export_document(db_url)
    with atomic_writer(target) as out:
        exchange.write_document(document, out)


def backup_to(db_url: str, target: Path | None, folder: Path) -> Path:
    """A consistent backup of the CRM to ``target`` (None: a new file in ``folder``, the backups folder);
    returns its path."""
    if target is not None:
        check_output(target, crm_files(db_url), "backup")  # before the CRM is even opened
    engine = open_crm(db_url)
    try:
        return backup.write_backup(engine, target or backup.default_backup_path(engine, folder))
    finally:
        close_crm(engine)


def restore(path: Path, db_url: str) -> None:
    """Restore a backup into an empty CRM."""
    backup.restore_backup(path, db_url)
