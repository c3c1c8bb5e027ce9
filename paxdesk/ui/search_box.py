"""The review's search field: Enter goes back to the table, Esc empties the search.

Neither key reaches the wizard's buttons (Enter would mean "Weiter", Esc "Abbrechen").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView


class SearchBox(QLineEdit):
    def __init__(self, table: QTableView):
        super().__init__()
        self._table = table

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self._table.setFocus()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._table.setFocus()
            return
        super().keyPressEvent(event)
