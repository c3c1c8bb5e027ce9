"""`paxdesk demo` (CONTRACT §1) headless: the real command builds the demo CRM and MidOffice, opens the wizard
pre-configured on them, and ends when the wizard is closed.

It runs `main(["demo"])` itself, offscreen: a timer, armed before the command starts its event loop, looks
at the wizard the command opened — as an agent would: the MidOffice page is filled in and complete, the
credential check passes against the demo's MidOffice — and then closes the window and answers "Quit" to the
question it asks. The command must return by itself then (a watchdog would quit the loop after 60 s and fail
the test).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from paxdesk.cli import main
from paxdesk.ui.wizard import ConversionWizard


def test_paxdesk_demo_opens_a_ready_wizard_and_ends_with_it(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the command installs its crash handler
    home = Path(os.environ["PAXDESK_HOME"])
    app = QApplication.instance() or QApplication([])
    seen: dict = {}

    def look_then_close():
        wizard = next((w for w in app.topLevelWidgets() if isinstance(w, ConversionWizard) and w.isVisible()), None)
        if wizard is None:
            QTimer.singleShot(50, look_then_close)
            return
        session = wizard.state.context
        seen["title"] = wizard.windowTitle()
        seen["first_page"] = type(wizard.currentPage()).__name__
        wizard.next()
        page = wizard.currentPage()
        seen["midoffice_page"] = (type(page).__name__, page.office(), page.base_url.text(), page.isComplete())
        seen["check"] = [str(r.outcome) for r in session.check().results]
        seen["crm"] = str(session.engine.url)
        seen["grab"] = not wizard.grab().isNull()
        QTimer.singleShot(0, answer_quit)
        wizard.close()  # as the agent would: the close box, then "Quit" in the question it asks

    def answer_quit():
        box = app.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer_quit)
            return
        seen["quit_question"] = box.windowTitle()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, look_then_close)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: (seen.setdefault("watchdog", True), app.quit()))
    watchdog.start(60_000)
    try:
        code = main(["demo"])
    finally:
        watchdog.stop()
    assert "watchdog" not in seen, "closing the wizard did not end `paxdesk demo`"
    assert code == 0
    assert seen["first_page"] == "WelcomePage" and seen["grab"] and seen["title"] and seen["quit_question"]
    name, office, url, complete = seen["midoffice_page"]
    assert (name, office, complete) == ("MidOfficePage", "midoco", True)
    assert url.startswith("http://127.0.0.1:") and url.endswith("/midoco/v2")
    assert seen["check"] == ["OK"] * 5
    demo = home / "demo"
    assert seen["crm"].endswith("demo-crm.sqlite") and (demo / "demo-crm.sqlite").exists()
    assert not (home / "crm.sqlite").exists()  # the agency's own CRM is never touched
