"""The demo's migration (CONTRACT §6) through all nine steps with its default, "myJack fragen" (found by a walk:
one unreadable search answer — the demo's myJack has a customer whose first name is a number — stopped the
whole search at step 3, with "Weiter" and "Abbrechen" disabled)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt

from paxdesk.sandbox.server import SandboxServer
from paxdesk.demo.conversion import DEMO_TOKEN, prepare_demo
from paxdesk.places import Places
from paxdesk.services.legacy_migration import LegacyMigration
from paxdesk.demo.migration import prepare_migration_demo
from paxdesk.ui.app import application
from paxdesk.ui.migration.wizard import MigrationWizard
from tests.ui.conftest import FakeDialogs, press_next


_next = partial(press_next, timeout=120_000, turn=30_000)


def test_the_demo_migration_completes_with_myjack_asked(qtbot, tmp_path):
    application(german=True)
    _url, fixture = prepare_demo(tmp_path / "demo")
    with SandboxServer(fixture) as server:
        sources = prepare_migration_demo(tmp_path / "demo", fixture, server.api_url("myjack"), DEMO_TOKEN)
        wizard = MigrationWizard(LegacyMigration(Places.under(tmp_path / "demo"), defaults=sources))
        qtbot.addWidget(wizard)
        wizard.dialogs = FakeDialogs()
        wizard.show()
        files = wizard.currentPage()
        assert files.use_myjack.isChecked() and files.token.text()  # the demo's default: ask myJack

        _next(qtbot, wizard)  # the columns
        checking = _next(qtbot, wizard)
        qtbot.waitUntil(lambda: checking.isComplete() or bool(checking.result.text()), timeout=120_000)
        assert checking.isComplete(), checking.result.text()
        session = wizard.state.context.session
        assert session.myjack_checked and session.hits  # the search went on past the unreadable answers
        missed = list(session.unchecked)  # the customers whose search met the unreadable record
        assert missed and checking.search_again.isVisible() and "nicht geprüft" in checking.unchecked.text()
        assert sum(f.kind == "myjack_unchecked" for f in session.data.findings) == len(missed)
        qtbot.mouseClick(checking.search_again, Qt.MouseButton.LeftButton)  # once more: the same, not twice
        qtbot.waitUntil(checking.isComplete, timeout=120_000)
        assert session.unchecked == missed and "erneut gesucht: unverändert" in checking.unchecked.text()
        named = {f.raw for f in session.data.findings if f.kind == "myjack_unchecked"}
        assert named == set(missed)  # each finding names its customer, not only a row
        assert sum(f.kind == "myjack_unchecked" for f in session.data.findings) == len(missed)
        _next(qtbot, wizard)  # findings
        duplicates = _next(qtbot, wizard)
        for tab in (0, 1):  # no column header is cut (the myJack tab's "Kundennummer" was "ındennumm")
            duplicates.tabs.setCurrentIndex(tab)
            header = duplicates.table.horizontalHeader()
            for column in range(duplicates.table.model().columnCount()):
                title = str(duplicates.table.model().headerData(column, Qt.Orientation.Horizontal))
                if header.sectionResizeMode(column) != header.ResizeMode.Stretch:
                    assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title
        for _step in range(2):  # users, marketing locks: the defaults
            _next(qtbot, wizard)
        package = _next(qtbot, wizard)
        qtbot.mouseClick(package.write_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(package.isComplete, timeout=60_000)
        qtbot.mouseClick(package.upload_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: package.uploaded is not None, timeout=120_000)
        assert package.uploaded.status.status == "done"
        finish = _next(qtbot, wizard)
        assert str(sources.out) in finish.where.text()
        wizard.done(0)

