"""An unhandled exception in the GUI: a friendly German message and a crash report without data."""

import os
import sys
from pathlib import Path

from paxdesk.logs import register_secret
from paxdesk.ui.app import application, install_crash_handler


def test_unhandled_exception_shows_a_message_and_writes_a_report(monkeypatch):
    app = application(german=True)
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_crash_handler(app, show=lambda title, text: shown.append(text))
    token, customer = "gui-token-SECRET-99", {"name": "Jördis Weiß"}
    register_secret(token)
    try:  # like real code: the message is built from data, the source line holds none
        raise ValueError(f"Kunde {customer['name']}, Token {token}")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1 and "crash-" in shown[0]
    reports = list((Path(os.environ["PAXDESK_HOME"]) / "logs").glob("crash-*.txt"))
    text = reports[0].read_text(encoding="utf-8")
    assert "ValueError" in text and "test_unhandled_exception" in text
    assert "Jördis" not in text and "gui-token-SECRET-99" not in text
