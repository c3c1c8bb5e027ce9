"""The DSGVO step as a decision list, and the report for people that follows it."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from paxdesk.services.backups import BackupProtected, apply_retention
from paxdesk.ui.app import application
from tests.ui.walk import World, press_next

INTERNAL_CODES = re.compile(r"\b(converted_local|converted|no_reference|customer_id|midoffice_id|minor|major|match|"
                            r"deleted|skipped|failed|protocol|duplicate|gdpr_\w+|None|True|False)\b")


def _status_of(page, entry) -> str:
    return page.table.item(next(i for i, e in enumerate(page.entries) if e.id == entry.id), 0).text()


def now(page, entry):
    """The entry as the page shows it now: a decision replaces it with what the service says changed."""
    return next(e for e in page.entries if e.id == entry.id)


def _click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_decisions_name_the_customer_and_nothing_is_chosen_for_the_agent(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path, copies=60) as world:
        wizard = world.walked(qtbot, to=7)
        page, dialogs = wizard.currentPage(), wizard.dialogs
        entries = list(page.entries)
        assert len(entries) >= 3 and all(e.status == "open" for e in entries)
        assert "Offen: <b>%d</b>" % len(entries) in page.counts.text()

        keep, delete, anonymize = entries[:3]
        # keep: the question names the customer; the row stays, with status and reason
        page.table.selectRow(0)
        dialogs.text_answer = "Stammkunde, Reise läuft noch"
        _click(qtbot, page.keep)
        assert keep.customer["last_name"] in dialogs.shown[-1][2] and keep.id in dialogs.shown[-1][2]
        qtbot.waitUntil(lambda: now(page, keep).status == "kept", timeout=10_000)
        assert _status_of(page, keep) == "behalten"
        assert page.table.item(0, 7).text() == "Stammkunde, Reise läuft noch"
        assert "wird behalten" in page.feedback.text()

        # delete: the confirmation names the customer and what goes with them; afterwards nothing is selected
        page.table.selectRow(1)
        _click(qtbot, page.delete)
        kind, _title, question = dialogs.shown[-1]
        assert kind == "confirm" and keep.customer["last_name"] not in question
        assert delete.customer["first_name"] in question and delete.customer["last_name"] in question
        assert re.search(r"\d+ Beratung", question) and re.search(r"\d+ Angebot", question)
        assert "Sicherungen" in question
        qtbot.waitUntil(lambda: now(page, delete).status == "deleted", timeout=10_000)
        assert page.table.selectionModel().selectedRows() == []
        assert not (page.keep.isEnabled() or page.delete.isEnabled() or page.anonymize.isEnabled())
        assert _status_of(page, delete) == "gelöscht" and len(page.entries) == len(entries)  # the row stays
        assert delete.customer["last_name"] in page.feedback.text() and "gelöscht" in page.feedback.text()
        assert wizard.state.context.gdpr.worklist()[-1].status in ("deleted", "kept")  # recorded in the CRM

        # anonymize: confirmed by typing the last name, which the prompt does not show
        page.table.selectRow(2)
        dialogs.text_answer = "Falscher Name"
        _click(qtbot, page.anonymize)
        confirm, prompt, refusal = dialogs.shown[-3:]
        assert confirm[0] == "confirm" and anonymize.customer["last_name"] in confirm[2]
        assert prompt[0] == "ask" and anonymize.customer["last_name"] not in prompt[2] and "Nachnamen" in prompt[2]
        assert refusal[0] == "info" and now(page, anonymize).status == "open"
        dialogs.text_answer = "  " + anonymize.customer["last_name"].upper() + " "
        _click(qtbot, page.anonymize)
        qtbot.waitUntil(lambda: now(page, anonymize).status == "anonymized", timeout=10_000)
        assert page.table.selectionModel().selectedRows() == []
        assert "Gelöscht: <b>1</b>" in page.counts.text() and "Anonymisiert: <b>1</b>" in page.counts.text()

        # the page shows the same list when entered again (from the CRM's audit trail)
        again = wizard.state.context.gdpr.worklist()
        assert {e.id: e.status for e in again}[delete.id] == "deleted"
        stored = next(e for e in again if e.id == anonymize.id).customer
        assert (now(page, anonymize).customer["first_name"], now(page, anonymize).customer["last_name"]) == \
            (stored["first_name"], stored["last_name"]) == ("Anonymisiert", "Anonymisiert")  # the row shows the CRM
        assert {e.id: e.reason for e in again}[keep.id] == "Stammkunde, Reise läuft noch"

        # the report for people: German labels, agency, date, DSGVO counts, no internal codes
        press_next(qtbot, wizard)
        finish = wizard.currentPage()
        qtbot.waitUntil(lambda: len(finish.paths) == 2 and not finish._saving, timeout=30_000)
        pdf, xlsx = finish.paths
        assert re.fullmatch(r"paxdesk-Bericht-\d{4}-\d\d-\d\d-\d{4}", pdf.stem) and xlsx.stem == pdf.stem
        if shutil.which("pdftotext") is None:
            pytest.skip("pdftotext (poppler-utils) is not installed: scripts/setup.sh installs it")
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        for label in ("Konvertierungsbericht", "Agentur", "Reisebüro Sonnenschein", "Erstellt am",
                      "Ausgeführt von (Windows-Benutzer)", "Midoco v2", "Sicherung vor der Konvertierung",
                      "DSGVO-Entscheidungen", "gelöscht: 1", "anonymisiert: 1", "behalten: 1",
                      "Stammkunde, Reise läuft noch", "nennt Kundinnen und Kunden", "Seite 1 von"):
            assert label in text, label
        assert datetime.now().strftime("%d.%m.%Y") in text
        assert keep.customer["last_name"] in text  # the agency's own records: names allowed, and said so
        for erased in (delete, anonymize):  # but not of a person deleted or anonymized for the GDPR
            assert erased.customer["last_name"] not in text and erased.id in text
        assert not INTERNAL_CODES.search(text), INTERNAL_CODES.search(text)
        with open(pdf, "rb") as handle:
            assert b"/MediaBox [0 0 595.28 841.89]" in handle.read()  # portrait A4
        book = load_workbook(xlsx)
        customers = book["Kunden"]
        assert customers.auto_filter.ref and customers.auto_filter.ref.startswith("A1:G")
        assert customers.freeze_panes == "A2"
        assert all(customers.column_dimensions[c].width >= 10 for c in "ABCDEFG")
        assert [c.value for c in customers[1]] == ["Kunde", "CRM-Nr.", "MidOffice-Nr.", "Name im MidOffice",
                                                   "Prüfung", "Ergebnis", "Hinweis"]
        rows = list(customers.iter_rows(min_row=2, values_only=True))
        assert all(row[0] for row in rows)  # every customer named: the copy's name, else the MidOffice's
        assert all(row[3] for row in rows if row[5].startswith("Konvertiert"))  # the name there
        outcomes = [row[5] for row in rows]
        order = {"Fehlgeschlagen": 0, "Unverändert (offen)": 1, "Als paxlounge-Kunde behalten": 2}
        ranks = [order.get(o, 3) for o in outcomes]
        assert ranks == sorted(ranks)  # open and failed first
        assert book["DSGVO"].auto_filter.ref
        wizard.done(0)


def test_the_newest_backup_cannot_be_deleted_in_one_click(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path) as world:
        wizard = world.walked(qtbot, to=7)
        page, dialogs = wizard.currentPage(), wizard.dialogs
        qtbot.waitUntil(lambda: bool(page.files), timeout=10_000)
        newest = page.files[0]
        assert newest.protected()
        assert "geschützt bis" in page.backups.item(0, 3).text()
        page.backups.selectRow(0)
        assert not page.delete_backup.isEnabled()
        qtbot.mouseClick(page.delete_backup, Qt.MouseButton.LeftButton)
        page._delete_backup()  # even called directly: nothing happens, nothing is asked
        assert newest.path.exists() and not [d for d in dialogs.shown if "Sicherung vom" in d[2]]
        with pytest.raises(BackupProtected):
            wizard.state.context.delete_backup(newest.path)

        dialogs.confirm_answer = False  # "Haben Sie das Ergebnis geprüft?" — not yet
        _click(qtbot, page.release)
        assert "Ergebnis" in dialogs.shown[-1][2]
        assert page.files[0].protected()
        dialogs.confirm_answer = True
        _click(qtbot, page.release)
        qtbot.waitUntil(lambda: not page.files[0].protected(), timeout=10_000)
        page.backups.selectRow(0)
        _click(qtbot, page.delete_backup)  # the second, separate step
        assert newest.path.name in dialogs.shown[-1][2]
        qtbot.waitUntil(lambda: "gelöscht" in page.feedback.text(), timeout=10_000)
        assert not newest.path.exists()
        wizard.done(0)


@pytest.mark.parametrize("german, one, two", [
    (True, "Noch 1 Kollegin oder Kollege ist angemeldet.", "Noch 2 Kolleginnen und Kollegen sind angemeldet."),
    (False, "1 colleague is still logged in.", "2 colleagues are still logged in."),
])
def test_plural_forms_for_one_and_two_colleagues(tmp_path, qtbot, memory_keyring, german, one, two):
    application(german=german)
    try:
        for count, expected in ((1, one), (2, two)):
            folder = tmp_path / str(count)
            folder.mkdir()
            with World(folder, colleagues=count) as world:
                wizard = world.walked(qtbot, to=1, german=german)
                press_next(qtbot, wizard)
                page = wizard.currentPage()
                qtbot.waitUntil(lambda: page._sessions is not None, timeout=10_000)
                assert page.sessions_label.text().startswith(expected)
                assert "(" not in page.sessions_label.text()
                assert page.table.rowCount() == count
                page.force.setChecked(True)
                question = wizard.dialogs.shown[-1][2]
                assert question.startswith(expected.replace(".", ":").replace(" ist angemeldet", " ist angemeldet")
                                           .rstrip(":")) or question.startswith(expected[:-1])
                wizard.done(0)
    finally:
        application(german=True)


def _gdpr_page(tmp_path, qtbot, world):
    application(german=True)
    wizard = world.walked(qtbot, to=7)
    wizard.dialogs.shown.clear()  # what the earlier steps asked
    wizard.dialogs.buttons.clear()
    return wizard, wizard.currentPage(), wizard.dialogs


def test_the_anonymize_and_delete_buttons_name_the_action_not_weiter(tmp_path, qtbot, memory_keyring):
    with World(tmp_path, copies=10) as world:
        wizard, page, dialogs = _gdpr_page(tmp_path, qtbot, world)
        entry = page.entries[0]
        page.table.selectRow(0)
        dialogs.confirm_answer, dialogs.text_answer = True, None  # then "Abbrechen" at the typed name
        _click(qtbot, page.anonymize)
        assert [kind for kind, *_ in dialogs.shown] == ["confirm", "ask"]
        assert dialogs.buttons == ["Anonymisieren …", "Anonymisieren"]  # not "Weiter", like the wizard's button
        dialogs.confirm_answer = False
        _click(qtbot, page.delete)
        assert dialogs.buttons[-1] == "Kunden löschen" and now(page, entry).status == "open"
        wizard.done(0)


def test_the_real_dialogs_name_the_action_and_default_to_no(qtbot):
    """paxdesk.ui.dialogs.Dialogs puts the label on the button; Enter in a question still means "Nein"."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

    from paxdesk.ui.dialogs import Dialogs
    application(german=True)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs, seen = Dialogs(parent), {}

    def answer_question():
        box = QApplication.activeModalWidget()
        seen["yes"] = box.button(QMessageBox.StandardButton.Yes).text()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    QTimer.singleShot(0, answer_question)
    assert dialogs.confirm("DSGVO", "Anonymisieren?", "Anonymisieren …") is False  # Enter: "Nein"
    assert seen == {"yes": "Anonymisieren …", "default": True}

    def type_name():
        box = QApplication.activeModalWidget()
        seen["ok"] = box.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).text()
        box.setTextValue("Müller")
        box.accept()
    QTimer.singleShot(0, type_name)
    assert dialogs.ask_text("DSGVO", "Nachname:", "Anonymisieren") == "Müller"
    assert seen["ok"] == "Anonymisieren"


def test_keep_with_an_empty_reason_asks_again_until_a_reason_or_cancel(tmp_path, qtbot, memory_keyring):
    with World(tmp_path, copies=10) as world:
        wizard, page, dialogs = _gdpr_page(tmp_path, qtbot, world)
        first, second = page.entries[:2]
        page.table.selectRow(0)
        dialogs.text_answer = ["", "   ", "Offene Rechnung"]
        _click(qtbot, page.keep)
        asks = [text for kind, _, text in dialogs.shown if kind == "ask"]
        assert len(asks) == 3 and dialogs.text_answer == [] and not [d for d in dialogs.shown if d[0] == "info"]
        assert first.customer["last_name"] in asks[1] and "Bitte geben Sie einen Grund an." in asks[1]
        assert "Bitte geben Sie einen Grund an." not in asks[0]
        assert dialogs.buttons[-1] == "Behalten"
        qtbot.waitUntil(lambda: now(page, first).status == "kept", timeout=10_000)
        assert now(page, first).reason == "Offene Rechnung"

        page.table.selectRow(1)  # an empty reason, then "Abbrechen": nothing changes
        dialogs.text_answer = ["", None]
        _click(qtbot, page.keep)
        assert dialogs.text_answer == [] and now(page, second).status == "open"
        wizard.done(0)


def test_the_retention_footer_agrees_with_the_protection_column(tmp_path, qtbot, memory_keyring):
    """Only the automatic deletion spares the newest backup; the agent may delete it once it is released."""
    with World(tmp_path, copies=10) as world:
        wizard, page, _dialogs = _gdpr_page(tmp_path, qtbot, world)
        qtbot.waitUntil(lambda: bool(page.files) and bool(page.retention.text()), timeout=10_000)
        assert page.retention.text() == (
            "Sicherungen, die älter als 30 Tage sind, werden nach jeder Konvertierung automatisch gelöscht – die "
            "neueste nie automatisch; Sie selbst können sie löschen, sobald sie nicht mehr geschützt ist.")
        assert "bis Sie das Ergebnis bestätigen" in page.backups.item(0, 3).text()
        context, newest = wizard.state.context, page.files[0]
        later = datetime.now() + timedelta(days=60)  # older than the retention and no longer protected
        assert apply_retention(newest.path.parent, context.places.settings_file(), later) == [] and newest.path.exists()  # never automatically
        context.confirm_result()  # released: the agent may delete it
        context.delete_backup(newest.path)
        assert not newest.path.exists()
        wizard.done(0)


def _alt(qtbot, page, key, dialogs) -> None:
    """Alt+letter, as the agent presses it (the button clicks itself after a short animation)."""
    asked, status = len(dialogs.shown), [e.status for e in page.entries]
    QTest.keyClick(page.table, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(dialogs.shown) > asked or [e.status for e in page.entries] != status or
                    page._acting, timeout=5_000)


def _focused_row(page) -> tuple[bool, int, list[int]]:
    """Whether the customer list has the keyboard, its current row, and the rows selected."""
    selected = [i.row() for i in page.table.selectionModel().selectedRows()]
    return QApplication.focusWidget() is page.table, page.table.currentIndex().row(), selected


def test_keyboard_only_the_list_keeps_the_focus_and_a_keep_can_be_undone(tmp_path, qtbot, memory_keyring):
    """Step 8 by keyboard: Alt+letter decides, the list keeps the focus (next customer, not selected),
    the MidOffice number is shown as in steps 6 and 7, and a keep can be taken back."""
    application(german=True)
    with World(tmp_path, copies=60) as world:
        wizard = world.walked(qtbot, to=7)
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        page, dialogs = wizard.currentPage(), wizard.dialogs
        entries = page.entries
        assert page.table.horizontalHeaderItem(2).text() == "MidOffice-Nr. (bisher)"
        journal = {i.customer_id: i.midoffice_id for i in wizard.state.report.items}
        for row, entry in enumerate(entries):
            assert page.table.item(row, 2).text() == journal[entry.id] and journal[entry.id]
        assert [b.text() for b in (page.keep, page.delete, page.anonymize, page.undo_keep)] == [
            "&Behalten (mit Begründung) …", "&Löschen …", "&Anonymisieren …", "Behalten &rückgängig machen"]
        assert "endgültig" in page.finality.text()

        page.table.setFocus()
        page.table.selectRow(0)
        dialogs.text_answer = "Reise im Juni"
        _alt(qtbot, page, Qt.Key.Key_B, dialogs)
        assert f"MidOffice-Nr. {journal[entries[0].id]}" in dialogs.shown[-1][2]  # the question names it too
        qtbot.waitUntil(lambda: now(page, entries[0]).status == "kept", timeout=10_000)
        assert _focused_row(page) == (True, 1, [])  # not the backups table: the next customer, not chosen
        # nothing is selected, so "undo" is not offered yet: the message says how to get to it
        assert not page.undo_keep.isEnabled() and "wählen Sie den Kunden wieder aus" in page.feedback.text()
        QTest.keyClick(page.table, Qt.Key.Key_Space)
        assert _focused_row(page) == (True, 1, [1]) and page.delete.isEnabled()
        _alt(qtbot, page, Qt.Key.Key_L, dialogs)
        assert "nicht rückgängig" in dialogs.shown[-1][2]
        qtbot.waitUntil(lambda: now(page, entries[1]).status == "deleted", timeout=10_000)
        qtbot.waitUntil(lambda: not page._offer_purge, timeout=10_000)
        assert _focused_row(page) == (True, 2, [])
        assert page.table.item(1, 2).text() == "entfernt (DSGVO)"  # unlinked for the GDPR

        # a delete is final: no undo; a keep is not: undo, and decide again
        page.table.selectRow(1)
        assert not page.undo_keep.isEnabled() and not page.keep.isEnabled()
        QTest.keyClick(page.table, Qt.Key.Key_Up)
        assert _focused_row(page) == (True, 0, [0]) and page.undo_keep.isEnabled() and not page.delete.isEnabled()
        _alt(qtbot, page, Qt.Key.Key_R, dialogs)
        qtbot.waitUntil(lambda: now(page, entries[0]).status == "open", timeout=10_000)
        assert _status_of(page, entries[0]) == "offen" and page.table.item(0, 7).text() == ""
        assert _focused_row(page) == (True, 0, [0]) and page.delete.isEnabled() and not page.undo_keep.isEnabled()
        assert {e.id: e.status for e in wizard.state.context.gdpr.worklist()}[entries[0].id] == "open"
        assert "rückgängig gemacht" in page.feedback.text()
        wizard.done(0)
