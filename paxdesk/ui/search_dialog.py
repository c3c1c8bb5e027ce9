"""Re-link: candidates for a CRM copy, searched as the dialog opens, ranked; the chosen one side by side.

Like OpenRefine's reconcile dialog: the agent sees scored candidates with the
fields that speak for them, and before OK the chosen candidate next to the
CRM copy, classified by the same policy as the matching run. The comparison
always shows exactly the candidate OK would choose (nothing while a search
runs); Enter in the search field searches and never chooses; OK on a ``major``
candidate asks the decision gate's question first (``may_choose``, from the page).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser,
                               QVBoxLayout)

from paxdesk.domain.matching import Status
from paxdesk.ui import texts
from paxdesk.ui.comparison import comparison_table
from paxdesk.ui.window_fit import fit_to_screen, screen_of
from paxdesk.ui.worker import run_call

NUMBER_ROLE = Qt.ItemDataRole.UserRole
PREFERRED = QSize(1000, 640)  # on a large screen; a 125 % laptop gets its free area (OK stays on the screen)
MINIMUM = QSize(560, 340)


class SearchDialog(QDialog):
    def __init__(self, context, customer_id: str, crm: dict, parent=None,
                 may_choose: Callable[[object], bool] = lambda candidate: True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-link with another MidOffice customer"))
        self.context = context
        self.customer_id = customer_id
        self.crm = crm
        self.may_choose = may_choose
        self.chosen: str | None = None
        self.confirmed = None  # the ``major`` candidate the agent confirmed (its record as shown), if any
        self.candidates = []
        layout = QVBoxLayout(self)
        name = " ".join(p for p in (crm.get("first_name"), crm.get("last_name")) if p)
        self.intro = QLabel(self.tr("Customers in the MidOffice who are probably <b>{0}</b> — best match first. "
                                    "Choose one to compare it with the CRM copy.").replace("{0}", html.escape(name or customer_id)))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search by name or e-mail yourself…"))
        self.query.installEventFilter(self)  # Enter here searches (QDialog would take it for OK)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.clicked.connect(self.search)
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        layout.addLayout(row)
        self.results = QTableWidget(0, 8)
        self.results.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Customer no."), self.tr("Name"),
                                                self.tr("Postcode"), self.tr("City"), self.tr("Date of birth"),
                                                self.tr("E-mail"), self.tr("Class")])
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.horizontalHeaderItem(0).setToolTip(self.tr(
            "How closely the MidOffice customer agrees with the CRM copy (name, e-mail, postcode, date of birth): "
            "100 % means all of them agree; the comparison below shows each field."))
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.currentCellChanged.connect(lambda *_: self._show_current())
        self.results.cellDoubleClicked.connect(lambda *_: self.accept())
        self.preview = QTextBrowser()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.results)
        splitter.addWidget(self.preview)
        splitter.setSizes([250, 330])
        layout.addWidget(splitter, 1)
        self.status = QLabel()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, PREFERRED, MINIMUM, screen_of(parent))
        self._worker = None
        self._run(None)  # searches on its own as it opens

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.search()
            return True
        return super().eventFilter(watched, event)

    def search(self) -> None:
        text = self.query.text().strip()
        if text:  # the list no longer holds paxdesk's own proposals: the line above it says what it holds
            self.intro.setText(self.tr("MidOffice customers found for <b>{0}</b> — compare each with the CRM copy "
                                       "before you choose.").replace("{0}", html.escape(text)))
        self._run(text or None)

    def _run(self, query: str | None) -> None:
        self._show([])  # nothing to choose while searching: OK never takes a candidate of the last search
        self.status.setText(self.tr("Searching…"))
        worker = self._worker = run_call(lambda: self.context.relink_candidates(self.customer_id, query), self)
        worker.finished.connect(lambda found: self._show(found) if worker is self._worker else None)  # the last only
        worker.failed.connect(lambda exc: self.status.setText(texts.error_text(exc)) if worker is self._worker
                              else None)

    def _show(self, candidates) -> None:
        self.candidates = candidates
        self.results.setRowCount(len(candidates))
        for row, candidate in enumerate(candidates):
            c = candidate.customer
            values = (f"{candidate.score:.0f} %", c.number, c.name, c.zip or "", c.city or "",
                      texts.date_label(c.birth_date), c.email or "", texts.status_label(candidate.status))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(NUMBER_ROLE, c.number)
                self.results.setItem(row, column, cell)
        agreeing = {"name": texts.tr("name"), "email": texts.field_label("email"), "zip": texts.field_label("zip"),
                    "birth_date": texts.field_label("birth_date")}
        for row, candidate in enumerate(candidates):
            self.results.item(row, 0).setToolTip(texts.tr("Agrees: {0}").replace(
                "{0}", ", ".join(agreeing[a] for a in candidate.agrees) or "–"))
        self.status.setText(self.tr("{0} found").replace("{0}", str(len(candidates))))
        if candidates:
            self.results.setCurrentCell(0, 0)
            self.results.setFocus()
        self._show_current()  # also when the current cell stayed (0, 0): the pane shows this search's first

    def current(self):
        row = self.results.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def _show_current(self) -> None:
        candidate = self.current()
        if candidate is None:
            self.preview.setHtml("")
            return
        title = texts.tr("MidOffice {0}").replace("{0}", candidate.number)
        verdict = texts.tr("Compared with the CRM copy: {0}.").replace("{0}", texts.status_label(candidate.status))
        self.preview.setHtml(f"<p><b>{verdict}</b></p>"
                             + comparison_table(self.crm, candidate.customer, candidate.crm_only, title))

    def accept(self) -> None:
        """OK, Enter on the list, a double click: the candidate shown, once the gate allows it."""
        candidate = self.current()
        if candidate is None:
            return
        if not self.may_choose(candidate):
            self.status.setText(self.tr("Not chosen: {0}. Choose another customer or Cancel.")
                                .replace("{0}", candidate.number))
            return
        self.chosen = candidate.number
        self.confirmed = candidate if candidate.status == Status.MAJOR else None
        super().accept()
