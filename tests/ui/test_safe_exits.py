"""Leaving and coming back: Esc, Abbrechen and the close box ask first; reopening offers to continue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from paxdesk.ui.app import application
from paxdesk.ui.dialogs import Dialogs
from tests.ui.walk import PAGES, TOKEN, World, press_next, walk


def test_esc_and_cancel_on_every_page_ask_and_no_keeps_the_wizard(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path) as world:
        wizard = world.wizard(qtbot)
        dialogs = wizard.dialogs
        visited = []

        def try_to_leave(index):
            dialogs.confirm_answer = False  # "Nein" to quitting ...
            for leave in ("esc", "cancel", "close"):
                if leave == "cancel" and index == PAGES - 1:
                    continue  # the last page has no Abbrechen, only Fertig
                asked = len(dialogs.shown)
                if leave == "esc":
                    QTest.keyClick(wizard, Qt.Key.Key_Escape)
                elif leave == "cancel":
                    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
                else:
                    wizard.close()
                kind, title, text = dialogs.shown[asked]
                assert kind == "confirm" and title == "paxdesk beenden?"
                assert "gespeichert" in text, text
                assert wizard.isVisible() and wizard.currentId() == index
            dialogs.confirm_answer = True  # ... and "Ja" to the page's own questions (the checkpoint)
            visited.append(index)

        walk(qtbot, wizard, world, on_page=try_to_leave)
        assert sorted(set(visited)) == list(range(PAGES))
        dialogs.confirm_answer = True
        QTest.keyClick(wizard, Qt.Key.Key_Escape)
        assert not wizard.isVisible()


def test_the_real_question_says_decisions_are_kept_and_nein_keeps_the_wizard(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path) as world:
        wizard = world.wizard(qtbot)
        wizard.dialogs = Dialogs(wizard)
        seen = {}

        def answer_no():
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            seen["text"], seen["buttons"] = box.text(), [b.text() for b in box.buttons()]
            no = box.button(QMessageBox.StandardButton.No)
            assert box.defaultButton() is no  # Enter does not quit
            qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
        QTimer.singleShot(200, answer_no)
        QTest.keyClick(wizard, Qt.Key.Key_Escape)
        assert "Ihre Entscheidungen bleiben gespeichert" in seen["text"]
        assert set(seen["buttons"]) == {"Beenden", "&Nein"} or set(seen["buttons"]) == {"Beenden", "Nein"}
        assert wizard.isVisible()
        wizard.done(0)


def test_reopening_offers_to_continue_at_the_step_reached(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path) as world:
        first = world.wizard(qtbot)
        assert first.pages[0].resume_box.isHidden()  # nothing to continue the first time
        walk(qtbot, first, world, to=5)  # up to the review
        first.dialogs.confirm_answer = True
        QTest.keyClick(first, Qt.Key.Key_Escape)
        assert not first.isVisible()

        second = world.wizard(qtbot)  # the token comes from the keyring now: it passed the check
        welcome = second.pages[0]
        assert not welcome.resume_box.isHidden()
        assert "Schritt 6 von 9: Prüfung" in welcome.resume_text.text()
        assert welcome.resume_button.text() == "Fortsetzen bei Schritt 6"
        qtbot.mouseClick(welcome.resume_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: second.currentId() == 5, timeout=60_000)  # through steps 2-5 by themselves
        assert second.state.model.rows()

        walk(qtbot, second, world, to=7)  # convert, then stop in the DSGVO step
        second.dialogs.confirm_answer = True
        QTest.keyClick(second, Qt.Key.Key_Escape)

        third = world.wizard(qtbot)
        assert "Schritt 8 von 9: DSGVO" in third.pages[0].resume_text.text()
        promise = third.pages[0].promise  # no longer "the CRM changes only in step 7": what was done and remains
        qtbot.waitUntil(lambda: "abgeschlossen" in promise.text(), timeout=10_000)
        assert "Noch zu tun" in promise.text() and "erst in Schritt 7 verändert</b>" not in promise.text()
        qtbot.mouseClick(third.pages[0].resume_button, Qt.MouseButton.LeftButton)
        assert third.currentId() == 7  # the conversion is applied: straight to the DSGVO step
        qtbot.waitUntil(lambda: bool(third.pages[7].entries), timeout=20_000)
        waiting = len(third.pages[7].customers)
        assert waiting
        third.dialogs.confirm_answer = False
        qtbot.mouseClick(third.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)  # a reminder
        assert f"{waiting} im MidOffice gelöscht" in third.dialogs.shown[-1][2] and third.currentId() == 7
        third.dialogs.confirm_answer = True
        press_next(qtbot, third)
        finish = third.currentPage()
        qtbot.waitUntil(lambda: len(finish.paths) == 2 and not finish._saving, timeout=30_000)
        assert finish.paths[0].exists()
        qtbot.mouseClick(third.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
        assert third.state.context.reached().page == 7  # the open DSGVO customers: offered again next time


def test_resuming_never_moves_on_behind_an_open_question(tmp_path, qtbot, memory_keyring):
    """Found by a walk: resuming pressed "Weiter" by itself while the colleague question was still open, so "Nein"
    left the agent on step 7 with colleagues logged in. An open question stops resuming: the agent goes on."""
    from paxdesk.ui.dialogs import Dialogs

    application(german=True)
    with World(tmp_path, colleagues=1) as world:
        first = world.walked(qtbot, to=5)  # the walk confirms "continue anyway" on step 3
        first.dialogs.confirm_answer = True
        QTest.keyClick(first, Qt.Key.Key_Escape)

        second = world.wizard(qtbot)
        second.dialogs = Dialogs(second)  # real, modal questions
        qtbot.mouseClick(second.pages[0].resume_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: second.currentId() == 2 and second.pages[2]._sessions, timeout=60_000)
        seen = {}

        def while_asked():
            box = QApplication.activeModalWidget()
            seen["page"] = second.currentId()
            if box is not None:
                seen["text"] = box.text()
                QTest.keyClick(box, Qt.Key.Key_Escape)  # "Nein"

        QTimer.singleShot(500, while_asked)  # resume timers would have fired by then
        second.pages[2].force.setChecked(True)  # the question opens (and is answered "Nein" above)
        assert "angemeldet" in seen["text"] and seen["page"] == 2
        assert second.currentId() == 2 and not second.pages[2].force.isChecked()
        second.pages[2].refresh()
        qtbot.waitUntil(lambda: second._resume_to is None, timeout=5000)
        assert second.currentId() == 2  # stays where the agent said no
        second.done(0)


@pytest.mark.parametrize("by_mouse", [False, True])
def test_resuming_hands_over_once_the_agent_types(tmp_path, qtbot, memory_keyring, by_mouse):
    """Found by a walk: after "Fortsetzen", step 2 waited for a token and every keystroke made it complete, so
    the resume pressed "Weiter" with a one-letter token. Typing ends the resume: the agent goes on."""
    application(german=True)
    with World(tmp_path) as world:
        first = world.walked(qtbot, to=5, remember_token=False)  # no token kept: step 2 waits for one next time
        first.dialogs.confirm_answer = True
        QTest.keyClick(first, Qt.Key.Key_Escape)

        second = world.wizard(qtbot)
        assert "Schritt 6 von 9" in second.pages[0].resume_text.text()
        qtbot.mouseClick(second.pages[0].resume_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: second.currentId() == 1, timeout=20_000)
        page = second.currentPage()
        assert not page.isComplete() and second._resume_to is not None  # it waits for the token
        if by_mouse:  # "Einfügen" from the field's context menu: a click, then the text arrives at once
            qtbot.mouseClick(page.token, Qt.MouseButton.RightButton)
            page.token.setText(TOKEN)
        else:
            page.token.setFocus()
            QTest.keyClicks(page.token, "x")
        QTest.qWait(300)  # a resume would have pressed "Weiter" by now
        assert second.currentId() == 1 and second._resume_to is None and page.isComplete()
        assert not [d for d in second.dialogs.shown if d[0] == "error"]
        second.done(0)

        third = world.wizard(qtbot)  # left at step 2 while resuming: the step offered is still the one left before
        assert "Schritt 6 von 9" in third.pages[0].resume_text.text()
        third.done(0)


def test_the_resume_names_the_step_the_agent_left(tmp_path, qtbot, memory_keyring):
    """Gone on to step 7, back to step 6, quit: "Fortsetzen" names step 6, not the furthest step."""
    application(german=True)
    with World(tmp_path) as world:
        first = world.walked(qtbot, to=5)
        press_next(qtbot, first)  # step 7, the checkpoint (nothing converted)
        qtbot.mouseClick(first.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: first.currentId() == 5, timeout=10_000)
        first.dialogs.confirm_answer = True
        QTest.keyClick(first, Qt.Key.Key_Escape)

        second = world.wizard(qtbot)
        assert "Schritt 6 von 9: Prüfung" in second.pages[0].resume_text.text()
        second.done(0)
