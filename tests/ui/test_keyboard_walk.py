"""Findings of a keyboard-only walk through the wizard at 1366×768, one test each (steps 1, 2, 4, 5 and 9)."""

from __future__ import annotations

import shutil
import subprocess
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from paxdesk.services.gdpr import count_statuses
from paxdesk.ui.app import application
from tests.ui.conftest import hidden
from tests.ui.walk import PAGES, World, press_next, settle, walk


@contextmanager
def _german_wizard(tmp_path, qtbot, copies: int):
    """The wizard in German over a CRM of ``copies`` v1 copies, its window active (the keyboard goes to it)."""
    application(german=True)
    with World(tmp_path, copies=copies) as world:
        wizard = world.wizard(qtbot)
        wizard.activateWindow()
        yield world, wizard


def _list_numbers(html: str) -> list[str]:
    """The numbers a rich-text label shows in front of its list items ("1.", "2.", …)."""
    document = QTextDocument()
    document.setHtml(html)
    numbers, block = [], document.begin()
    while block.isValid():
        if block.textList() is not None:
            numbers.append(block.textList().itemText(block))
        block = block.next()
    return numbers


def test_step_1_numbers_the_nine_steps_from_one(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path, copies=5) as world:
        wizard = world.wizard(qtbot)
        numbers = _list_numbers(wizard.pages[0].intro.text())
        assert numbers == [f"{n}." for n in range(1, PAGES + 1)]
        assert "neun Schritten" in wizard.pages[0].intro.text() and len(wizard.pages) == PAGES
        wizard.done(0)


def test_step_9_shows_the_gdpr_counts_the_report_has(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path, copies=40) as world:
        wizard = world.walked(qtbot, to=7)
        gdpr, entries = wizard.state.context.gdpr, wizard.currentPage().entries
        assert len(entries) >= 3
        gdpr.keep(entries[0].id, "Reise läuft")
        gdpr.delete(entries[1].id)
        press_next(qtbot, wizard)
        settle(qtbot, wizard, 8)
        finish = wizard.currentPage()
        counts = count_statuses(gdpr.worklist())
        assert (counts["kept"], counts["deleted"], counts["anonymized"]) == (1, 1, 0)
        text = finish.gdpr.text()
        for label, status in (("behalten", "kept"), ("gelöscht", "deleted"), ("anonymisiert", "anonymized"),
                              ("noch offen", "open")):
            assert f"{label}: <b>{counts[status]}</b>" in text, (label, text)
        assert not hidden(finish.gdpr)
        if shutil.which("pdftotext"):  # the PDF written at the same time says the same
            pdf = subprocess.run(["pdftotext", "-layout", str(finish.paths[0]), "-"], capture_output=True,
                                 text=True, check=True).stdout
            assert f"behalten: {counts['kept']}" in pdf and f"offen: {counts['open']}" in pdf
        wizard.done(0)


def _to_failed_check(qtbot, wizard, world, token: str):
    """From the token page: enter ``token``, go on to step 4 and wait for its (failing) result."""
    page = wizard.currentPage()
    assert page is wizard.pages[1]
    (page.myjack if world.midoffice == "myjack" else page.midoco).setChecked(True)
    page.base_url.setText(world.server.api_url(world.midoffice))
    page.token.setText(token)
    press_next(qtbot, wizard)
    settle(qtbot, wizard, 2)
    press_next(qtbot, wizard)
    settle(qtbot, wizard, 3)
    check = wizard.currentPage()
    assert check is wizard.pages[3] and not check.report.passed
    return check


def test_step_4_technical_details_by_keyboard(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path, copies=5) as world:
        wizard = world.wizard(qtbot)
        wizard.resize(1366, 740)
        wizard.activateWindow()
        walk(qtbot, wizard, world, to=0)
        press_next(qtbot, wizard)
        check = _to_failed_check(qtbot, wizard, world, "falscher-token-123")
        assert check.details and QApplication.focusWidget() is check.change_token
        toggle, detail = check.details[0]
        # new widgets of a shown page are shown by a queued event: Shift+Tab skips them until then (a loaded
        # machine reached the key first once)
        qtbot.waitUntil(toggle.isVisible, timeout=5000)
        QTest.keyClick(check.change_token, Qt.Key.Key_Backtab)  # the section is in the tab order, above
        assert QApplication.focusWidget() is toggle and toggle.text() == "▸ Technische Details"
        assert hidden(detail)
        QTest.keyClick(toggle, Qt.Key.Key_Space)
        assert not hidden(detail) and toggle.text() == "▾ Technische Details"
        QTest.keyClick(toggle, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is detail and detail.isReadOnly()
        QTest.keyClick(detail, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select it, to copy for IT
        selected = detail.textCursor().selectedText()
        assert "Für Ihren IT-Dienstleister" in selected and world.server.api_url(world.midoffice) in selected
        assert "falscher-token" not in selected  # never the token itself
        QTest.keyClick(detail, Qt.Key.Key_Tab)  # no Tab trap: on to "Token ändern"
        assert QApplication.focusWidget() is check.change_token
        assert detail.visibleRegion().boundingRect().height() == detail.height()  # fully in view at 1366×768
        wizard.done(0)


def test_step_2_says_the_saved_token_stays_in_use_after_a_rejected_one(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path, copies=5) as world:
        wizard = world.walked(qtbot, to=3)  # the right token: accepted, saved
        assert wizard.state.context.has_token()
        wizard.back()
        wizard.back()
        token_page = wizard.currentPage()
        token_page.token.clear()
        assert "ist gespeichert" in token_page.saved.text()
        token_page.token.setText("neuer-falscher-token")  # typing a new one: the saved one still counts
        assert "bleibt in Gebrauch" in token_page.saved.text()
        token_page.token.clear()
        check = _to_failed_check(qtbot, wizard, world, "neuer-falscher-token")
        qtbot.mouseClick(check.change_token, Qt.MouseButton.LeftButton)  # "Token ändern"
        assert wizard.currentPage() is token_page
        hint = token_page.saved.text()
        assert "nicht akzeptiert" in hint and "bleibt in Gebrauch" in hint, hint
        token_page.token.clear()  # leaving it empty: the saved token is used again
        assert "ist gespeichert" in token_page.saved.text() and token_page.isComplete()
        press_next(qtbot, wizard)
        settle(qtbot, wizard, 2)
        press_next(qtbot, wizard)
        settle(qtbot, wizard, 3)
        assert wizard.currentPage().report.passed
        wizard.done(0)


def test_step_2_puts_the_keyboard_in_the_token_field(tmp_path, qtbot, memory_keyring):
    with _german_wizard(tmp_path, qtbot, copies=5) as (_world, wizard):
        press_next(qtbot, wizard)
        token_page = wizard.currentPage()
        assert token_page is wizard.pages[1]
        # once QWizard has placed its own focus (on the first radio button), the page moves it to the field
        qtbot.waitUntil(lambda: QApplication.focusWidget() is token_page.token, timeout=5000)
        QTest.keyClicks(QApplication.focusWidget(), "abc")  # typing goes into the field, not onto myJack
        assert token_page.token.text() == "abc" and token_page.midoco.isChecked()
        wizard.done(0)


def test_step_5_enter_after_the_comparison_goes_on_not_back(tmp_path, qtbot, memory_keyring):
    with _german_wizard(tmp_path, qtbot, copies=40) as (world, wizard):
        walk(qtbot, wizard, world, to=3)
        press_next(qtbot, wizard)
        matching = wizard.currentPage()
        assert matching is wizard.pages[4]
        qtbot.waitUntil(lambda: QApplication.focusWidget() is matching.cancel)  # where QWizard puts it
        qtbot.waitUntil(matching.isComplete, timeout=60_000)
        assert hidden(matching.cancel)
        focus = QApplication.focusWidget()
        assert focus is wizard.button(QWizard.WizardButton.NextButton), focus.text()
        QTest.keyClick(focus, Qt.Key.Key_Return)  # the agent's Enter: on to the review, not back to step 4
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.pages[5])
        qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.pages[5].table)  # the review has settled
        wizard.done(0)


def test_step_9_never_shows_the_gdpr_counts_from_before_the_decisions(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path, copies=40) as world:
        wizard = world.walked(qtbot, to=7)
        finish = wizard.pages[8]
        qtbot.waitUntil(lambda: len(finish.paths) == 2 and not finish._saving, timeout=60_000)  # saved after step 7
        assert "behalten: <b>0</b>" in finish.gdpr.text()
        wizard.state.context.gdpr.keep(wizard.currentPage().entries[0].id, "Reise läuft")
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is finish and finish._saving  # the report is being written again
        assert "behalten: <b>0</b>" not in finish.gdpr.text(), finish.gdpr.text()  # not the old count meanwhile
        settle(qtbot, wizard, 8)
        assert "behalten: <b>1</b>" in finish.gdpr.text()
        wizard.done(0)
