"""Where paxdesk keeps its files on this computer: decided once, by the bootstrap, and handed to what writes.

Nothing here reads the environment (``paxdesk.paths`` does, for the faces): a service asks its ``Places``
for a folder, so a test, the demo or the self-test gives it another one without touching ``os.environ``.
The folders are made owner-only when first asked for, not before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from paxdesk.files import private_dir


@dataclass(frozen=True)
class Places:
    home: Path      # the user data folder: backups, settings, the wizard's progress, kept reports, upload record
    logs: Path      # the log files and crash reports
    reports: Path   # the reports for people (PDF, XLSX): the user's Documents folder

    @classmethod
    def under(cls, home: Path) -> Places:
        """Everything below one folder (tests, the demo, the self-test, portable use)."""
        home = Path(home)
        return cls(home, home / "logs", home / "Berichte")

    def data_dir(self) -> Path:
        return private_dir(self.home)

    def backups_dir(self) -> Path:
        return private_dir(self.home / "backups")

    def log_dir(self) -> Path:
        return private_dir(self.logs)

    def kept_reports_dir(self) -> Path:
        """The JSON reports of applied conversions the wizard keeps for a reopen (no personal values)."""
        return private_dir(self.home / "reports")

    def settings_file(self) -> Path:
        return self.data_dir() / "settings.json"
