"""The wizard's part of items 1 and 7: it asks before sending the saved token to an address read from the CRM,
and after a GDPR delete it lists the backups (age, size) and offers to delete all but the newest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from paxdesk.bootstrap import open_session
from paxdesk.ui.app import application
from paxdesk.ui.wizard import ConversionWizard
from tests.helpers import import_crm
from tests.security.conftest import TOKEN, small_crm
from tests.ui.conftest import FakeDialogs


def _wizard(qtbot, url: str, start: int | None = None) -> tuple[ConversionWizard, FakeDialogs]:
    application(german=True)
    wizard = ConversionWizard(open_session(url), german=True)
    dialogs = FakeDialogs()
    wizard.dialogs = dialogs
    if start is not None:
        wizard.setStartId(start)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard, dialogs


def test_the_saved_token_goes_to_a_crm_address_only_when_confirmed(tmp_path, qtbot, memory_keyring, sandbox):
    from paxdesk import secrets

    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    crm_address = sandbox.api_url("myjack")
    small_crm(url, "myjack", base_url=crm_address)
    secrets.save_token("Reisebüro Sonnenschein", "myjack", TOKEN)
    secrets.bind_address("Reisebüro Sonnenschein", "myjack", "https://api.myjack.de:443")
    wizard, dialogs = _wizard(qtbot, url, start=1)
    page = wizard.currentPage()
    assert page.base_url.text() == crm_address and page.isComplete()
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    dialogs.confirm_answer = False
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    kind, title, text = dialogs.shown[-1]
    assert kind == "confirm" and "127.0.0.1" in text and "https://api.myjack.de:443" in text
    assert TOKEN not in text
    # declined: the page refused to go on (synchronously), nothing was started in the background
    assert wizard.currentPage() is page and not any(w.isRunning() for w in page._workers)
    assert secrets.bound_address("Reisebüro Sonnenschein", "myjack") == "https://api.myjack.de:443"

    dialogs.confirm_answer = True
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is not page, timeout=10_000)
    assert secrets.bound_address("Reisebüro Sonnenschein", "myjack").startswith("http://127.0.0.1:")
    wizard.done(0)


def _three_backups(tmp_path) -> tuple[str, list]:
    """A CRM with one customer awaiting a GDPR decision, and three backups of it (oldest first)."""
    from paxdesk import paths
    from paxdesk.crm.backup import default_backup_path, write_backup
    from paxdesk.crm.db import close_crm, open_crm

    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, {"format": "paxdesk-crm/1", "agency": {"name": "RB", "midoffice": "midoco"},
                     "customers": [{"id": "g1", "kind": "local", "first_name": "Ida", "gdpr_review": True}]})
    engine = open_crm(url)
    made = [write_backup(engine, default_backup_path(engine, paths.places().backups_dir())) for _ in range(3)]
    close_crm(engine)
    return url, made


def test_after_a_gdpr_delete_the_wizard_offers_to_purge_older_backups(tmp_path, qtbot):
    from paxdesk import paths
    from paxdesk.services.backups import list_backups

    url, made = _three_backups(tmp_path)
    newest = list_backups(paths.places().backups_dir())[0].path
    wizard, dialogs = _wizard(qtbot, url, start=7)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.backups.rowCount() == 3, timeout=10_000)
    assert page.backups.item(0, 2).text().endswith("MB") and "30" in page.retention.text()
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backups.rowCount() == 1, timeout=10_000)
    assert any("2 older backup" in text or "2 ältere" in text for _, _, text in dialogs.shown), dialogs.shown
    assert [p for p in made if p.exists()] == [newest]
    wizard.done(0)


def test_the_purge_offer_counts_and_keeps_the_backup_before_an_interrupted_conversion(tmp_path, qtbot):
    """Found by a walk: the offer counted the protected first-attempt backup as "older" and deleted nothing."""
    from paxdesk import paths
    from paxdesk.services.backups import list_backups, mark_before

    url, made = _three_backups(tmp_path)
    mark_before(made[0], paths.places().backups_dir())  # the state before the conversion whose first attempt was interrupted
    newest = list_backups(paths.places().backups_dir())[0].path
    wizard, dialogs = _wizard(qtbot, url, start=7)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.backups.rowCount() == 3, timeout=10_000)
    assert "Stand vor der letzten Konvertierung" in page.backups.item(2, 3).text()
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backups.rowCount() == 2, timeout=10_000)
    assert any("1 ältere Sicherung" in text for _, _, text in dialogs.shown), dialogs.shown
    assert sorted(p for p in made if p.exists()) == sorted([made[0], newest])
    wizard.done(0)
