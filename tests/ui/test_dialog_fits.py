"""The re-link dialog sizes itself from the screen its wizard is on (issue 30: a fixed 1000×640 put OK and
Abbrechen below a 1366×768 laptop's screen at 125 %). The test's offscreen screen (800×800) is narrower than 1000."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from paxdesk.ui.app import application
from paxdesk.ui.search_dialog import SearchDialog


class _Context:
    def relink_candidates(self, customer_id, query):
        return []


def test_the_relink_dialog_keeps_ok_and_cancel_on_a_small_screen(qtbot):
    application(german=True)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(700, 500)
    parent.show()
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.width() < 1000  # the screen is narrower than the dialog used to be
    dialog = SearchDialog(_Context(), "C-1", {"first_name": "Anna", "last_name": "Berg"}, parent)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.status.text() != dialog.tr("Searching…"))
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    for button in dialog.findChild(QDialogButtonBox).buttons():
        assert area.contains(button.mapToGlobal(button.rect().bottomRight())), button.text()
    dialog.done(0)
