"""Item 6 (and 7): the CRM, its WAL/SHM, exports, backups, reports, logs, crash reports and their folders are
owner-only from the first byte — with the usual umask 022 in force, which paxdesk must not rely on — and the
backups are listed with age and size under a retention rule."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.conftest import TOKEN as SANDBOX_TOKEN
from tests.helpers import run_paxdesk
from tests.security.conftest import small_crm

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows: per-user folders (ACLs), no mode bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_files_made_in_process_are_owner_only_despite_umask_022(tmp_path, umask_022, monkeypatch):
    """The services themselves create files 0600 and folders 0700 (the wizard runs them in-process)."""
    from paxdesk import paths
    from paxdesk.crm.backup import default_backup_path, write_backup
    from paxdesk.crm.db import close_crm, open_crm
    from paxdesk.logs import setup_logging, write_crash_report
    from paxdesk.services import crm_admin
    from paxdesk.domain.report import Report, Summary
    from paxdesk.services.report import write_report

    home = tmp_path / "home"
    monkeypatch.setenv("PAXDESK_HOME", str(home))
    crm = tmp_path / "new-folder" / "crm.sqlite"
    url = f"sqlite:///{crm.as_posix()}"
    small_crm(url)
    engine = open_crm(url)
    with engine.connect() as conn:  # WAL and SHM exist while the CRM is open
        conn.exec_driver_sql("SELECT 1")
        wal, shm = Path(f"{crm}-wal"), Path(f"{crm}-shm")
        assert _mode(wal) == 0o600 and _mode(shm) == 0o600
        backup = write_backup(engine, default_backup_path(engine, paths.places().backups_dir()))
    close_crm(engine)
    crm_admin.export_to(url, tmp_path / "export.json")
    write_report(Report("r", "midoco", True, None, Summary()), tmp_path / "report.json")
    setup_logging(paths.places().log_dir())
    import logging
    logging.getLogger("paxdesk").info("written")
    try:
        raise RuntimeError("x")
    except RuntimeError as exc:
        crash = write_crash_report(paths.places().log_dir(), exc)
    for path in (crm, backup, tmp_path / "export.json", tmp_path / "report.json", paths.places().log_dir() / "paxdesk.log",
                 crash):
        assert _mode(path) == 0o600, path
    for folder in (crm.parent, paths.places().data_dir(), paths.places().backups_dir(), paths.places().log_dir()):
        assert _mode(folder) == 0o700, folder


def test_the_command_line_creates_owner_only_files(tmp_path, sandbox):
    crm = tmp_path / "crm.sqlite"
    url = f"sqlite:///{crm.as_posix()}"
    small_crm(url, "myjack")
    os.chmod(crm, 0o644)  # an older paxdesk's CRM: left as it is, but what paxdesk writes now is private
    out = tmp_path / "exports"
    out.mkdir(mode=0o755)
    assert run_paxdesk("db", "export", "--db", url, "-o", str(out / "x.json")).returncode == 0
    assert run_paxdesk("db", "backup", "--db", url, "-o", str(out / "b.sqlite")).returncode == 0
    result = run_paxdesk("convert", "--db", url, "--midoffice", "myjack", "--base-url", sandbox.api_url("myjack"),
                         "--token-env", "T", "--yes", "--report", str(out / "r.json"), env={"T": SANDBOX_TOKEN})
    assert result.returncode in (0, 5), result.stderr
    backup = Path(result.stdout.split("backup: ", 1)[1].strip())
    for path in (out / "x.json", out / "b.sqlite", out / "r.json", backup):
        assert _mode(path) == 0o600, path


def test_backups_listed_with_age_and_size_and_a_retention_rule(tmp_path, sandbox):
    import time

    crm = tmp_path / "crm.sqlite"
    url = f"sqlite:///{crm.as_posix()}"
    small_crm(url, "myjack")
    made = []
    for age_days in (45, 20, 1):
        result = run_paxdesk("db", "backup", "--db", url)
        path = Path(result.stdout.strip())
        os.utime(path, (time.time() - age_days * 86400,) * 2)
        made.append(path)
    listing = run_paxdesk("db", "backups")
    assert "retention: 30 days" in listing.stderr and "45 days" in listing.stdout and " KB" in listing.stdout
    assert run_paxdesk("db", "backups", "--keep-days", "10").returncode == 0
    assert "retention: 10 days" in run_paxdesk("db", "backups").stderr
    assert run_paxdesk("db", "backups", "--keep-days", "0").returncode == 2
    # a conversion writes a new backup and then applies the retention: 45 and 20 days old go, the rest stays
    result = run_paxdesk("convert", "--db", url, "--midoffice", "myjack", "--base-url", sandbox.api_url("myjack"),
                         "--token-env", "T", "--yes", env={"T": SANDBOX_TOKEN})
    assert result.returncode in (0, 5), result.stderr
    assert [p.exists() for p in made] == [False, False, True]
