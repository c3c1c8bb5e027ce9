"""`paxdesk --selftest` passes and cleans up after itself: Windows deletes no file that is still open."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from paxdesk.cli import main
from tests.helpers import run_paxdesk


def test_selftest_passes_and_removes_its_temporary_folder(tmp_path):
    temp = tmp_path / "temp"
    temp.mkdir()
    result = run_paxdesk("--selftest", env={"TMP": str(temp), "TEMP": str(temp), "TMPDIR": str(temp)}, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "ok     remove the temporary folder" in result.stdout
    assert result.stdout.rstrip().endswith("selftest passed")
    assert list(temp.iterdir()) == []


def test_a_command_closes_its_log_file_when_it_ends(tmp_path):
    home = Path(os.environ["PAXDESK_HOME"])
    assert main(["db", "export", "--db", f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}",
                 "-o", str(tmp_path / "crm.json")]) == 0
    assert (home / "logs" / "paxdesk.log").read_text(encoding="utf-8")  # it logged ...
    open_files = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "").startswith(str(home))]
    assert open_files == []  # ... and let go of the file
    shutil.rmtree(home)  # on Windows: PermissionError [WinError 32] while the log file is open
