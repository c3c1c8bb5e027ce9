"""Where paxdesk keeps its files, read from the environment once by the faces (CLI, wizard, self-test).

The engine never imports this module (an import-linter contract): it is handed a ``Places``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from paxdesk.places import Places

APP = "paxdesk"
AUTHOR = "paxdesk"


def places(environ: Mapping[str, str] = os.environ) -> Places:
    """Per user and OS (platformdirs). ``PAXDESK_HOME`` puts everything below one folder (tests, the demo,
    portable use), reports in ``<home>/Berichte``, so a demo or test never writes into the real Documents
    folder; ``PAXDESK_REPORTS`` overrides where the reports for people go."""
    home = environ.get("PAXDESK_HOME")
    found = Places.under(Path(home)) if home else Places(
        Path(platformdirs.user_data_dir(APP, AUTHOR)), Path(platformdirs.user_log_dir(APP, AUTHOR)),
        Path(platformdirs.user_documents_dir()))
    reports = environ.get("PAXDESK_REPORTS")
    return Places(found.home, found.logs, Path(reports)) if reports else found


def default_db_url(environ: Mapping[str, str] = os.environ) -> str:
    """The CRM used when no ``--db`` is given: ``PAXDESK_DB``, else a SQLite file in the user data folder."""
    configured = environ.get("PAXDESK_DB")
    if configured:
        return configured
    return f"sqlite:///{(places(environ).data_dir() / 'crm.sqlite').as_posix()}"
