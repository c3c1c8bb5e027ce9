"""Walk the whole migration path from the welcome page against the sandbox, with clicks and keys."""

from __future__ import annotations

from functools import partial

import csv
import io

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.legacy import BOOKING_HEADERS, HEADERS, build_legacy, legacy_fixture, write_csv
from paxdesk.sandbox.server import SandboxServer
from paxdesk.bootstrap import open_session
from paxdesk.ui.app import application
from paxdesk.ui.wizard import ConversionWizard
from tests.ui.conftest import FakeDialogs, press_next

TOKEN = "wizard-mig-SECRET-99"


_next = partial(press_next, turn=30_000)


def test_the_whole_migration_path(qtbot, tmp_path):
    application(german=True)
    export = build_legacy(150, seed=8, duplicate_rate=0.2)
    already = [r for r in export.customers if r["email"] and r["birth_date"] and "@" in r["email"]][:3]
    myjack = [{"id": str(100000 + i), "salutation": None, "title": None, "first_name": r["first_name"],
               "last_name": r["last_name"], "emails": [r["email"]], "phone": None, "street": None, "zip": None,
               "city": None, "country": None, "birth_date": None, "deleted": False} for i, r in enumerate(already)]
    customers = write_csv(export.customers, HEADERS, tmp_path / "kunden.csv", encoding="utf-8")
    bookings = write_csv(export.bookings, BOOKING_HEADERS, tmp_path / "vorgaenge.csv")
    out = tmp_path / "paket"
    with SandboxServer(parse_fixture(legacy_fixture(export, TOKEN, myjack))) as server:
        conversion = ConversionWizard(open_session(f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"))
        qtbot.addWidget(conversion)
        conversion.show()
        welcome = conversion.currentPage()
        assert welcome.migrate.text() == "Altdaten nach myJack übernehmen…"
        qtbot.mouseClick(welcome.migrate, Qt.MouseButton.LeftButton)
        wizard = conversion._migration_wizard
        qtbot.addWidget(wizard)
        dialogs = wizard.dialogs = FakeDialogs()
        qtbot.waitUntil(wizard.isVisible)

        files = wizard.currentPage()
        assert not files.isComplete()
        files.customers.setText(str(customers))
        files.bookings.setText(str(bookings))
        assert files.out.text() == str(tmp_path / "myjack-paket")
        files.out.setText(str(out))
        files.base_url.setText(server.url + "/myjack/v2")
        files.token.setText(TOKEN)
        assert files.token.echoMode() == files.token.EchoMode.Password

        mapping = _next(qtbot, wizard)
        table = mapping.tables["customers"]
        headers = [table.item(r, 0).text() for r in range(table.rowCount())]
        assert headers == list(HEADERS.values())
        email_row = headers.index("E-Mail")
        assert "@" in table.item(email_row, 2).text()  # the preview of the first rows
        combo = table.cellWidget(headers.index("Kundennummer"), 1)
        combo.setCurrentIndex(0)  # "(ignorieren)": the required id is gone
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is mapping and dialogs.shown[-1][0] == "error"
        combo.setCurrentIndex(combo.findData("legacy_id"))

        checking = _next(qtbot, wizard)
        qtbot.waitUntil(checking.isComplete, timeout=60_000)
        session = wizard.state.context.session
        assert len(session.data.customers) == len(export.customers)
        assert {h.legacy_id for h in session.hits} >= {r["legacy_id"] for r in already}

        findings = _next(qtbot, wizard)
        assert findings.model.rowCount() == len(session.data.findings) > 0

        duplicates = _next(qtbot, wizard)
        groups = session.groups
        assert len(groups) >= 4 and duplicates.groups.rowCount() == len(groups)
        duplicates.table.setFocus()
        duplicates.table.selectRow(0)
        QTest.keyClick(duplicates.table, Qt.Key.Key_M)
        QTest.keyClick(duplicates.table, Qt.Key.Key_A)
        to_drop = groups[2].members[-1].legacy_id
        QTest.keyClick(duplicates.table, Qt.Key.Key_D)
        assert groups[2].decision == f"drop:{to_drop}"
        QTest.keyClick(duplicates.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert groups[2].decision is None
        duplicates.table.selectRow(2)
        QTest.keyClick(duplicates.table, Qt.Key.Key_D)
        assert [g.decision for g in groups[:3]] == ["merge", "keep_all", f"drop:{to_drop}"]
        assert "3 von" in duplicates.progress.text()
        shown = duplicates.view.toPlainText()  # the selected group side by side, with the merged result
        assert all(m.legacy_id in shown for m in duplicates.current().members) and "Beim Zusammenführen" in shown
        assert "Verknüpft durch" in shown  # the pairs that link the group, each with its score
        duplicates.tabs.setCurrentIndex(1)
        duplicates.table.selectRow(0)
        skipped = duplicates.current()
        QTest.keyClick(duplicates.table, Qt.Key.Key_S)
        assert skipped.decision == "skip"
        duplicates.table.selectRow(1)
        linked = duplicates.current()
        shown = duplicates.view.toPlainText()  # side by side: the file's record and myJack's
        assert f"In myJack ({linked.number})" in shown and "Nachname" in shown and "Verknüpfen (L)" in shown
        QTest.keyClick(duplicates.table, Qt.Key.Key_L)
        assert linked.decision == "link"

        users = _next(qtbot, wizard)
        rows = {users.table.item(r, 0).text(): r for r in range(users.table.rowCount())}
        xy = users.table.cellWidget(rows["XY"], 3)
        assert xy.currentData() == "Altdaten"
        xy.setCurrentIndex(xy.findData("AM"))

        locks = _next(qtbot, wizard)
        assert {locks.model.item(r).legacy_id for r in range(locks.model.rowCount())} == export.locked

        package = _next(qtbot, wizard)
        assert not package.isComplete()
        qtbot.mouseClick(package.write_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(package.isComplete, timeout=30_000)
        assert (out / "manifest.json").exists()
        qtbot.mouseClick(package.upload_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: package.uploaded is not None, timeout=60_000)
        status = package.uploaded.status
        merged = len(groups[0].members) - 1 + 1  # the merged group's others, and the dropped record
        assert status.status == "done" and status.created == len(export.customers) - merged - 1 - 1  # skip, link
        assert status.appended == 1  # the linked customer: added to its myJack record
        imported = list(csv.DictReader(io.StringIO((out / "bookings.csv").read_text(encoding="utf-8-sig")),
                                       delimiter=";"))
        legacy_user = {b["booking_id"]: b["user"] for b in export.bookings}
        assert all(b["user"] == "AM" for b in imported if legacy_user[b["booking_id"]] == "XY")
        assert status.bookings == len(imported)
        written = (out / "manifest.json").stat().st_mtime_ns
        dialogs.confirm_answer = False  # writing again over the uploaded package: asked first, "Nein" keeps it
        package.write_button.setEnabled(True)
        qtbot.mouseClick(package.write_button, Qt.MouseButton.LeftButton)
        assert dialogs.shown[-1][0] == "confirm" and "hochgeladen" in dialogs.shown[-1][2]
        assert (out / "manifest.json").stat().st_mtime_ns == written
        dialogs.confirm_answer = True

        finish = _next(qtbot, wizard)
        assert str(out) in finish.where.text()
        qtbot.mouseClick(finish.delete_button, Qt.MouseButton.LeftButton)
        assert dialogs.shown[-1][0] == "confirm" and str(out) in dialogs.shown[-1][2]
        qtbot.waitUntil(lambda: not out.exists(), timeout=10_000)
        wizard.done(0)
        conversion.done(0)
