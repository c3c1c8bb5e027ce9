"""Re-link: search the MidOffice for the right customer and pick one."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from paxdesk.ui import texts
from paxdesk.ui.worker import run_call


class SearchDialog(QDialog):
    def __init__(self, context, initial: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-link with another MidOffice customer"))
        self.resize(560, 420)
        self.context = context
        self.chosen: str | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.query = QLineEdit(initial)
        self.query.returnPressed.connect(self.search)
        button = QPushButton(self.tr("Search"))
        button.clicked.connect(self.search)
        row.addWidget(self.query, 1)
        row.addWidget(button)
        layout.addLayout(row)
        self.results = QListWidget()
        self.results.itemDoubleClicked.connect(lambda _: self.accept())
        layout.addWidget(self.results)
        self.status = QLabel()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._worker = None

    def search(self) -> None:
        text = self.query.text().strip()
        if not text:
            return
        self.status.setText(self.tr("Searching…"))
        self._worker = run_call(lambda: self.context.search(text), self)
        self._worker.finished.connect(self._show)
        self._worker.failed.connect(lambda exc: self.status.setText(texts.error_text(exc)))

    def _show(self, page) -> None:
        self.results.clear()
        for customer in page.items:
            label = f"{customer.number} — {customer.first_name or ''} {customer.last_name or ''} · {customer.email or ''}"
            item = QListWidgetItem(label)
            item.setData(256, customer.number)
            self.results.addItem(item)
        self.status.setText(self.tr("{0} found").replace("{0}", str(len(page.items))))

    def accept(self) -> None:
        current = self.results.currentItem()
        self.chosen = current.data(256) if current else None
        if self.chosen:
            super().accept()
