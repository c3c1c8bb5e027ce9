"""Screenshots of every wizard page on the demo data, for docs/screenshots/ and the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

Drives the real wizard against the in-process sandbox (like `paxdesk demo`),
with a German UI at 1366×768 (the agents' screens), and grabs each page as the agent sees it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PAXDESK_LANG", "de")
os.environ["PAXDESK_HOME"] = tempfile.mkdtemp(prefix="paxdesk-shots-")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from paxdesk.sandbox.server import SandboxServer  # noqa: E402
from paxdesk.services.conversion_session import ConversionSession  # noqa: E402
from paxdesk.services.demo import DEMO_TOKEN, prepare_demo  # noqa: E402
from paxdesk.ui.app import application  # noqa: E402
from paxdesk.ui.guard_dialog import SamePersonDialog  # noqa: E402
from paxdesk.ui.search_dialog import SearchDialog  # noqa: E402
from paxdesk.ui.wizard import ConversionWizard  # noqa: E402


class Answers:
    """Answers the wizard's questions the way an agent would in the demo."""

    def error(self, title, text):
        print("error:", text)

    def info(self, title, text):
        print("info:", text)

    def confirm(self, title, text):
        return True

    def ask_text(self, title, label):
        return None

    def run(self, dialog):
        return False


def pump(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout: float = 60) -> None:
    end = time.time() + timeout
    while not condition() and time.time() < end:
        pump(50)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = application(german=True)
    db_url, fixture = prepare_demo(Path(os.environ["PAXDESK_HOME"]) / "demo", copies=600)
    with SandboxServer(fixture) as server:
        context = ConversionSession(db_url, midoffice="midoco", base_url=server.api_url("midoco"),
                                    token=DEMO_TOKEN, remember_token=False)
        wizard = ConversionWizard(context, german=True)
        wizard.dialogs = Answers()
        wizard.resize(1366, 768)
        wizard.show()
        pump(300)

        def shot(name: str) -> None:
            pump(400)
            wizard.grab().save(str(out / f"{name}.png"))
            print("saved", name)

        pages = wizard.pages
        shot("1-willkommen")
        wizard.next()
        shot("2-midoffice-token")
        wizard.next()
        wait_until(lambda: pages[2]._sessions is not None and context.lock_held)
        shot("3-vorbereitung")
        pages[2].force.setChecked(True)
        wizard.next()
        wait_until(lambda: pages[3].report is not None)
        shot("4-zugangspruefung")
        wizard.next()
        wait_until(lambda: pages[4].bar.value() > pages[4].bar.maximum() // 3, 30)
        shot("5-abgleich")
        wait_until(pages[4].isComplete)
        wizard.next()
        review = pages[5]
        review.tabs.setCurrentIndex(review._keys.index("warnings"))
        model = review.model
        major = next(r for r in model.visible_rows() if r.different_person())
        review.table.selectRow(model.position(major))
        wait_until(lambda: review._crm.get("id") == major.item.customer_id, 10)
        shot("6-pruefung")
        guard = SamePersonDialog(major, wizard)
        guard.show()
        pump(400)
        guard.grab().save(str(out / "6b-andere-person.png"))
        guard.done(0)
        dialog = SearchDialog(context, major.item.customer_id, review._crm, wizard)
        dialog.show()
        wait_until(lambda: dialog.results.rowCount() > 0, 20)
        pump(400)
        dialog.grab().save(str(out / "6c-neu-verknuepfen.png"))
        print("saved 6b-andere-person, 6c-neu-verknuepfen")
        dialog.done(0)
        review.tabs.setCurrentIndex(review._keys.index("duplicates"))
        review.table.selectRow(1)
        wait_until(lambda: "Dublettengruppe" in review.comparison.toPlainText(), 10)
        shot("6d-dubletten")
        wizard.next()
        wait_until(pages[6].start.isEnabled, 20)
        shot("7-konvertierung")
        pages[6].run()
        wait_until(pages[6].isComplete)
        shot("7b-konvertierung-fertig")
        wizard.next()
        wait_until(lambda: bool(pages[7].customers))
        pages[7].table.selectRow(0)
        shot("8-dsgvo")
        wizard.next()
        shot("9-abschluss")
        wizard.done(0)
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "screenshots")
