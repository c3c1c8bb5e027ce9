"""Console output on Windows code pages: redirected, Windows writes cp1252, which has no "→".

PYTHONIOENCODING=cp1252 makes every platform write like Windows does into a file or a pipe.
"""

from __future__ import annotations

import io
import sys

from paxdesk.console import make_console_robust
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.ui.app import application, install_crash_handler
from tests.helpers import import_crm, run_paxdesk


def test_check_prints_its_remedies_to_a_cp1252_console(tmp_path, sandbox):
    scenario = build_scenario(copies=5, midoffice="myjack", seed=4, token="unused")
    db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(db, scenario.crm)
    result = run_paxdesk("check", "--db", db, "--midoffice", "myjack", "--base-url", sandbox.api_url("myjack"),
                         "--token-env", "PAXDESK_TOKEN", env={"PAXDESK_TOKEN": "revoked-token",
                                                              "PYTHONIOENCODING": "cp1252"}, encoding="cp1252")
    assert result.returncode == 3, result.stderr[-2000:]
    assert "UnicodeEncodeError" not in result.stderr
    assert "(Configuration -> System connection -> Parameter 1)" in result.stdout


def _cp1252_stream() -> tuple[io.BytesIO, io.TextIOWrapper]:
    raw = io.BytesIO()
    return raw, io.TextIOWrapper(raw, encoding="cp1252", errors="strict", write_through=True)


def test_what_the_code_page_lacks_gets_a_stand_in(monkeypatch):
    raw, stream = _cp1252_stream()
    monkeypatch.setattr(sys, "stdout", stream)
    make_console_robust()
    print("Łukasz Weiß → Konfiguration", end="")
    assert raw.getvalue().decode("cp1252") == "?ukasz Weiß -> Konfiguration"


def test_no_console_at_all_is_fine(monkeypatch):
    """A windowed program (the bundle's paxdesk.exe, pythonw) has neither stdout nor stderr."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    make_console_robust()  # raised AttributeError on None before it was taught not to
    assert sys.stdout is None and sys.stderr is None  # left as they are: nothing to make robust


def test_the_gui_crash_path_writes_ctrl_c_to_a_cp1252_console(monkeypatch):
    raw, stream = _cp1252_stream()
    monkeypatch.setattr(sys, "stderr", stream)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_crash_handler(application(german=True), show=lambda title, text: None)
    try:
        raise KeyboardInterrupt("Abbruch → sofort")
    except KeyboardInterrupt:
        sys.excepthook(*sys.exc_info())
    assert "KeyboardInterrupt: Abbruch -> sofort" in raw.getvalue().decode("cp1252")
