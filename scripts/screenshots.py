"""Screenshots of every wizard page on the demo data, and the layout check behind tests/ui/test_layout.py.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]             # docs/screenshots/, German, 1366×768
    .venv/bin/python scripts/screenshots.py --check OUT_DIR       # every page on 1366×768 (100 % and 125 %)
                                                                  # and 1280×720; geometry in OUT_DIR/layout.json

Drives the real wizard against the in-process sandbox (like `paxdesk demo`) on Qt's offscreen platform,
whose screens are configured here with the sizes and scaling of the laptops agents use. The wizard sizes
itself from the screen it opens on, as it does on Windows.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

# Logical size of each screen: 1366×768 at 125 % scaling is 1093×614 device-independent pixels.
SCREENS = [{"name": "1366x768", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
            "logicalBaseDpi": 96, "dpr": 1},
           {"name": "1366x768-125", "x": 1366, "y": 0, "width": 1366, "height": 768, "logicalDpi": 120,
            "logicalBaseDpi": 96, "dpr": 1},
           {"name": "1280x720", "x": 2732, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96,
            "logicalBaseDpi": 96, "dpr": 1}]
_config = Path(tempfile.mkdtemp(prefix="paxdesk-screens-")) / "screens.json"
_config.write_text(json.dumps({"screens": SCREENS, "windowFrameMargins": True}), encoding="utf-8")
# Qt splits the platform's arguments at ":", a Windows drive letter's too (Qt then dies): the file is named
# relative to its folder, the working directory while the application starts (main).
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_config.name}"
os.environ.setdefault("PAXDESK_LANG", "de")
os.environ["PAXDESK_HOME"] = tempfile.mkdtemp(prefix="paxdesk-shots-")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

from paxdesk.domain.plan import Action  # noqa: E402
from paxdesk.sandbox.server import SandboxServer  # noqa: E402
from paxdesk.services.conversion_session import ConversionSession  # noqa: E402
from paxdesk.services.demo import DEMO_TOKEN, prepare_demo  # noqa: E402
from paxdesk.services.review.gate import question_for  # noqa: E402
from paxdesk.ui.app import application  # noqa: E402
from paxdesk.ui.guard_dialog import SamePersonDialog  # noqa: E402
from paxdesk.ui.search_dialog import SearchDialog  # noqa: E402
from paxdesk.ui.wizard import ConversionWizard  # noqa: E402

BUTTONS = {"Weiter": QWizard.WizardButton.NextButton, "Zurück": QWizard.WizardButton.BackButton,
           "Abbrechen": QWizard.WizardButton.CancelButton, "Fertig": QWizard.WizardButton.FinishButton}


class Answers:
    """Answers the wizard's questions the way an agent would in the demo (and remembers them)."""

    def __init__(self):
        self.asked = []
        self.text = None

    def error(self, title, text):
        self.asked.append(text)

    def info(self, title, text):
        self.asked.append(text)

    def confirm(self, title, text, yes=None):
        self.asked.append(text)
        return True

    def ask_text(self, title, label, ok=None):
        self.asked.append(label)
        return self.text

    def run(self, dialog):
        return False


def pump(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout: float = 90) -> None:
    end = time.time() + timeout
    while not condition() and time.time() < end:
        pump(50)
    if not condition():
        raise TimeoutError("the wizard did not get there in time")


def geometry(wizard: ConversionWizard, screen) -> dict:
    """Where the window and its visible navigation buttons are, against the screen's free area."""
    area = screen.availableGeometry()
    frame = wizard.frameGeometry()
    buttons = {}
    for name, which in BUTTONS.items():
        button = wizard.button(which)
        if button.isVisible():
            top_left = button.mapToGlobal(button.rect().topLeft())
            buttons[name] = [top_left.x(), top_left.y(), button.width(), button.height()]
    return {"screen": [area.x(), area.y(), area.width(), area.height()],
            "window": [frame.x(), frame.y(), frame.width(), frame.height()], "buttons": buttons}


def walk(screen, out: Path, prefix: str, copies: int, record: dict | None = None, extras: bool = False) -> None:
    """The whole wizard on ``screen``: a screenshot of every page (and ``record`` of its geometry)."""
    home = Path(tempfile.mkdtemp(prefix=f"paxdesk-{screen.name()}-"))
    db_url, fixture = prepare_demo(home, copies=copies)
    with SandboxServer(fixture) as server:
        session = ConversionSession(db_url, midoffice="midoco", base_url=server.api_url("midoco"),
                                    token=DEMO_TOKEN, remember_token=False)
        wizard = ConversionWizard(session, german=True)
        answers = wizard.dialogs = Answers()
        wizard.fit_to_screen(screen)
        wizard.show()
        pages = wizard.pages

        def shot(name: str, index: int | None = None) -> None:
            pump(300)
            wizard.grab().save(str(out / f"{prefix}{name}.png"))
            if record is not None and index is not None:
                record[f"{index + 1}"] = geometry(wizard, screen)

        shot("1-willkommen", 0)
        wizard.next()
        if extras:
            pages[1].advanced.setChecked(True)
        shot("2-midoffice-token", 1)
        wizard.next()
        wait_until(lambda: pages[2]._sessions is not None and session.lock_held)
        shot("3-vorbereitung", 2)
        pages[2].force.setChecked(True)
        wizard.next()
        wait_until(lambda: pages[3].report is not None)
        shot("4-zugangspruefung", 3)
        wizard.next()
        wait_until(lambda: pages[4].bar.value() > pages[4].bar.maximum() // 3, 60)
        shot("5-abgleich", 4)
        wait_until(pages[4].isComplete)
        wizard.next()
        review = pages[5]
        if extras:  # a different person in the warnings, the question it asks, re-link candidates, a duplicate group
            review.tabs.setCurrentIndex(review._keys.index("warnings"))
            question = lambda r: question_for(r, Action.CONVERT, None, confirmed=False)  # noqa: E731
            major = next(r for r in review.model.visible_rows() if question(r) and not question(r).same_names)
            review.table.selectRow(review.model.position(major))
            wait_until(lambda: review._crm.get("id") == major.item.customer_id, 10)
        else:
            review.table.selectRow(3)
        shot("6-pruefung", 5)
        if extras:
            guard = SamePersonDialog(question(major), wizard)
            guard.show()
            pump(400)
            guard.grab().save(str(out / f"{prefix}6b-andere-person.png"))
            guard.done(0)
            dialog = SearchDialog(session, major.item.customer_id, review._crm, wizard)
            dialog.show()
            wait_until(lambda: dialog.results.rowCount() > 0, 20)
            pump(400)
            dialog.grab().save(str(out / f"{prefix}6c-neu-verknuepfen.png"))
            dialog.done(0)
            review.tabs.setCurrentIndex(review._keys.index("duplicates"))
            review.table.selectRow(1)
            wait_until(lambda: "Dublettengruppe" in review.comparison.toPlainText(), 10)
            shot("6d-dubletten")
        wizard.next()
        wait_until(pages[6].start.isEnabled, 20)  # the checkpoint has been counted
        shot("7-konvertierung", 6)
        pages[6].run()
        wait_until(pages[6].isComplete)
        shot("7b-konvertierung-fertig", 6)
        wizard.next()
        gdpr = pages[7]
        wait_until(lambda: bool(gdpr.entries) and bool(gdpr.files))
        shot("8-dsgvo", 7)
        if extras:  # keep one with a reason, delete another: the list keeps both with their status
            gdpr.table.selectRow(0)
            answers.text = "Reise im März noch offen"
            gdpr._keep()
            wait_until(lambda: gdpr.entries[0].status == "kept")
            gdpr.table.selectRow(1)
            gdpr._delete()
            wait_until(lambda: gdpr.entries[1].status == "deleted")
            shot("8b-dsgvo-entschieden")
        wizard.next()
        wait_until(lambda: len(pages[8].paths) == 2 and not pages[8]._saving)
        shot("9-abschluss", 8)
        if extras:
            wizard.done(0)
            QApplication.processEvents()
            reopened = ConversionWizard(ConversionSession(db_url, midoffice="midoco", base_url=server.api_url(
                "midoco"), token=DEMO_TOKEN, remember_token=False), german=True)
            reopened.fit_to_screen(screen)
            reopened.show()
            pump(300)
            reopened.grab().save(str(out / f"{prefix}1b-fortsetzen.png"))
            reopened.done(0)
        else:
            wizard.done(0)
    QApplication.processEvents()


def main(argv: list[str]) -> int:
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    cwd = os.getcwd()
    os.chdir(_config.parent)
    try:
        app = application(german=True)
    finally:
        os.chdir(cwd)
    screens = {s.name(): s for s in app.screens()}
    if not check:
        walk(screens["1366x768"], out, "", copies=600, extras=True)
        return 0
    layout = {}
    for name, screen in screens.items():
        layout[name] = {}
        walk(screen, out, f"layout-{name}-", copies=60, record=layout[name])
    (out / "layout.json").write_text(json.dumps(layout, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
