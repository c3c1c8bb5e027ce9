"""Where paxdesk keeps its files on this computer (per user, per OS): folders for the owner only."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from paxdesk.files import private_dir

APP = "paxdesk"
AUTHOR = "paxdesk"


def data_dir() -> Path:
    """The user data folder; ``PAXDESK_HOME`` overrides it (tests, portable use)."""
    override = os.environ.get("PAXDESK_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP, AUTHOR))
    return private_dir(path)


def backups_dir() -> Path:
    return private_dir(data_dir() / "backups")


def log_dir() -> Path:
    override = os.environ.get("PAXDESK_HOME")
    path = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP, AUTHOR))
    return private_dir(path)


def reports_dir() -> Path:
    """Where the reports for people go: the user's Documents folder.

    ``PAXDESK_REPORTS`` overrides it; with ``PAXDESK_HOME`` set (tests, the demo, portable use) they stay in
    ``<home>/Berichte``, so a demo or test never writes into the real Documents folder.
    """
    configured = os.environ.get("PAXDESK_REPORTS")
    if configured:
        return Path(configured)
    override = os.environ.get("PAXDESK_HOME")
    return Path(override) / "Berichte" if override else Path(platformdirs.user_documents_dir())


def default_db_url() -> str:
    """The CRM used when no ``--db`` is given: a SQLite file in the user data folder."""
    configured = os.environ.get("PAXDESK_DB")
    if configured:
        return configured
    return f"sqlite:///{(data_dir() / 'crm.sqlite').as_posix()}"
