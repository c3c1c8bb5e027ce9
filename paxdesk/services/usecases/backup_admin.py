"""Backups: listed, deleted (never a protected one), released once the agent confirms the result, purged."""

from __future__ import annotations

from pathlib import Path

from paxdesk.places import Places
from paxdesk.services import backups as backup_files


class BackupAdmin:
    def __init__(self, places: Places):
        self.places = places

    @property
    def folder(self) -> Path:
        return self.places.backups_dir()

    def backups(self) -> list[backup_files.BackupFile]:
        return backup_files.list_backups(self.folder)

    def delete_backup(self, path: Path) -> None:
        """Never a protected backup: the way back from the newest conversion (BackupProtected)."""
        backup_files.delete_backup(path, self.folder)

    def confirm_result(self) -> None:
        """The agent confirmed the conversion result: its backups' protection ends."""
        backup_files.confirm_result(self.folder)

    def purgeable_backups(self) -> list[backup_files.BackupFile]:
        """What ``purge_older_backups`` would delete: neither the newest nor a protected one."""
        return backup_files.backups_to_purge(0, self.folder)

    def purge_older_backups(self) -> list[backup_files.BackupFile]:
        """All backups but the newest and the protected ones (after a GDPR delete/anonymize: they still hold
        the person)."""
        return backup_files.purge_backups(0, self.folder)

    def backup_retention_days(self) -> int:
        return backup_files.retention_days(self.places.settings_file())

    def set_backup_retention_days(self, days: int) -> None:
        backup_files.set_retention_days(days, self.places.settings_file())
