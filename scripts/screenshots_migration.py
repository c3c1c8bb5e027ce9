"""Screenshots of the migration wizard on demo legacy data, for docs/screenshots/ and the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_migration.py [OUT_DIR]

Like `paxdesk demo`: a Windows-1252 customer export, a bookings workbook and the
in-process sandbox as myJack; German UI at 1280×800; each page as the agent sees it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PAXDESK_LANG", "de")
os.environ["PAXDESK_HOME"] = tempfile.mkdtemp(prefix="paxdesk-mshots-")

from screenshots import Answers, _config, pump, wait_until  # noqa: E402  (same folder)

from paxdesk.sandbox.fixture import parse_fixture  # noqa: E402
from paxdesk.sandbox.server import SandboxServer  # noqa: E402
from paxdesk.services.legacy_migration import LegacyMigration  # noqa: E402
from paxdesk.services.demo import DEMO_TOKEN  # noqa: E402
from paxdesk.ui.app import application  # noqa: E402
from paxdesk.services.migration_demo import prepare_migration_demo  # noqa: E402
from paxdesk.ui.migration.wizard import MigrationWizard  # noqa: E402


def main(out: Path) -> None:
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.chdir(_config.parent)  # the screens' config file is named relative to it (see screenshots.py)
    app = application(german=True)
    fixture = parse_fixture({"format": "paxdesk-sandbox/1", "tokens": [
        {"token": DEMO_TOKEN, "agency_id": "A-1", "agency_name": "Reisebüro Sonnenschein", "scopes": ["read", "search"]}],
        "customers": [], "faults": {"latency_ms": 5}})
    with SandboxServer(fixture) as server:
        defaults = prepare_migration_demo(Path(os.environ["PAXDESK_HOME"]), fixture, server.api_url("myjack"),
                                          DEMO_TOKEN)
        wizard = MigrationWizard(LegacyMigration(defaults=defaults))
        wizard.dialogs = Answers()
        wizard.resize(1280, 800)
        wizard.show()
        pump(300)
        pages = wizard.pages

        def shot(name: str) -> None:
            pump(400)
            wizard.grab().save(str(out / f"{name}.png"))
            print("saved", name)

        shot("m1-altdaten-dateien")
        wizard.next()
        wait_until(lambda: wizard.currentPage() is pages[1])
        shot("m2-spalten")
        wizard.next()
        wait_until(pages[2].isComplete)
        shot("m3-pruefung")
        wizard.next()
        shot("m4-auffaelligkeiten")
        wizard.next()
        duplicates = pages[4]
        duplicates.table.selectRow(0)
        duplicates.decide("merge")
        duplicates.table.selectRow(1)
        shot("m5-dubletten")
        wizard.next()
        shot("m6-benutzer")
        wizard.next()
        shot("m7-werbesperren")
        wizard.next()
        pages[7].write()
        wait_until(pages[7].isComplete)
        pages[7].upload()
        wait_until(lambda: pages[7].uploaded is not None)
        shot("m8-paket-upload")
        wizard.next()
        shot("m9-abschluss")
        wizard.done(0)
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "screenshots")
