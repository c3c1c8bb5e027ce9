"""Screenshots of the migration wizard on demo legacy data, for docs/screenshots/ and the README.

    .venv/bin/python scripts/screenshots_migration.py [OUT_DIR]

Like `paxdesk demo`: a Windows-1252 customer export, a bookings workbook and the in-process sandbox as
myJack; German UI on the 1366×768 screen of scripts/screenshots.py (whose --check walks this wizard too,
through ``walk_migration``); each page as the agent sees it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from offscreen_screens import Answers, pump, start_application, wait_until  # noqa: E402  (same folder)

from paxdesk.sandbox.fixture import parse_fixture  # noqa: E402
from paxdesk.sandbox.server import SandboxServer  # noqa: E402
from paxdesk.places import Places  # noqa: E402
from paxdesk.services.legacy_migration import LegacyMigration  # noqa: E402
from paxdesk.demo.conversion import DEMO_TOKEN  # noqa: E402
from paxdesk.demo.migration import prepare_migration_demo  # noqa: E402
from paxdesk.ui.migration.wizard import MigrationWizard  # noqa: E402


def walk_migration(screen, out: Path | None, checker=None) -> None:
    """Every page on ``screen``: a screenshot into ``out``, or judged by ``checker`` (scripts/screenshots.Checker)."""
    fixture = parse_fixture({"format": "paxdesk-sandbox/1", "tokens": [
        {"token": DEMO_TOKEN, "agency_id": "A-1", "agency_name": "Reisebüro Sonnenschein", "scopes": ["read", "search"]}],
        "customers": [], "faults": {"latency_ms": 5}})
    home = Path(tempfile.mkdtemp(prefix="paxdesk-mshots-"))
    with SandboxServer(fixture) as server:
        defaults = prepare_migration_demo(home, fixture, server.api_url("myjack"), DEMO_TOKEN)
        wizard = MigrationWizard(LegacyMigration(Places.under(home), defaults=defaults))
        answers = wizard.dialogs = Answers()
        wizard.fit_to_screen(screen)
        wizard.show()
        pump(300)
        pages = wizard.pages

        def shot(name: str) -> None:
            pump(400 if out is not None else 30)
            if out is not None:
                wizard.grab().save(str(out / f"{name}.png"))
                print("saved", name)
            if checker is not None:
                checker.page(name, wizard)

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
        if checker is not None and duplicates.context.hits:  # "Schon in myJack": its first header was cut
            duplicates.tabs.setCurrentIndex(1)
            shot("m5b-schon-in-myjack")
            duplicates.tabs.setCurrentIndex(0)
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
        if checker is not None:
            checker.questions("m-frage", wizard, answers.asked)
        wizard.done(0)


def main(out: Path) -> None:
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = start_application(german=os.environ["PAXDESK_LANG"] == "de")
    walk_migration(app.screens()[0], out)
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "screenshots")
