"""Migration pages 1–3: choose the files, check the column mapping, run the checks in the background."""

from __future__ import annotations

import html
from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QRadioButton, QTableWidget, QTableWidgetItem,
                               QWidget)

from paxdesk.migration.fields import fields_of, required_of
from paxdesk.services.migration import MigrationProgress
from paxdesk.services.legacy_migration import MigrationSources
from paxdesk.ui import texts as common_texts
from paxdesk.ui.migration import texts
from paxdesk.ui.pages.base import Page
from paxdesk.ui.worker import Worker


class FilesPage(Page):
    def __init__(self):
        super().__init__(self.tr("Legacy files"), self.tr(
            "Customers and bookings exported from the old system (CSV or Excel). Nothing is imported before "
            "step 8; with a token, step 3 asks myJack which customers it has already."))
        form = QFormLayout()
        self.customers = self._file_row(form, self.tr("Customers:"), self.tr("Choose…"), folder=False)
        self.bookings = self._file_row(form, self.tr("Bookings (optional):"), self.tr("Choose…"), folder=False)
        self.out = self._file_row(form, self.tr("Package folder:"), self.tr("Choose…"), folder=True)
        self.layout_.addLayout(form)
        self.note(self.tr("<b>myJack users and the search for customers already in myJack</b>"))
        self.use_myjack = QRadioButton(self.tr("Ask myJack (token with the import permission)"))
        self.use_file = QRadioButton(self.tr("Users from a file (abbreviation;name;email), no search in myJack"))
        self.use_none = QRadioButton(self.tr("Neither: every booking goes to the user \"Altdaten\""))
        self.choice = QButtonGroup(self)
        for button in (self.use_myjack, self.use_file, self.use_none):
            self.choice.addButton(button)
            self.layout_.addWidget(button)
        self.use_myjack.setChecked(True)
        connection = QFormLayout()
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText("https://…/myjack/v2")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        connection.addRow(self.tr("myJack address:"), self.base_url)
        connection.addRow(self.tr("Token:"), self.token)
        self.users_file = self._file_row(connection, self.tr("Users file:"), self.tr("Choose…"), folder=False)
        self.layout_.addLayout(connection)
        self.layout_.addStretch()
        for edit in (self.customers, self.out, self.base_url, self.token, self.users_file):
            edit.textChanged.connect(self.completeChanged)
        self.choice.buttonToggled.connect(lambda *_: self._toggle())
        self.customers.textChanged.connect(self._suggest_out)
        self._toggle()

    def initializePage(self):
        defaults = self.context.defaults
        if defaults is None or self.customers.text():
            return
        self.customers.setText(str(defaults.customers))
        self.bookings.setText(str(defaults.bookings or ""))
        self.out.setText(str(defaults.out))
        self.base_url.setText(defaults.base_url or "")
        self.token.setText(defaults.token or "")

    def _file_row(self, form: QFormLayout, label: str, button_text: str, folder: bool) -> QLineEdit:
        edit = QLineEdit()
        button = QPushButton(button_text)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(label, holder)
        button.clicked.connect(lambda: self._browse(edit, folder))
        return edit

    def _browse(self, edit: QLineEdit, folder: bool) -> None:
        if folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("Package folder"))
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "",
                                                  self.tr("Exports (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            edit.setText(path)

    def _suggest_out(self, text: str) -> None:
        if text and not self.out.text():
            self.out.setText(str(Path(text).with_name("myjack-paket")))

    def _toggle(self) -> None:
        for widget in (self.base_url, self.token):
            widget.setEnabled(self.use_myjack.isChecked())
        self.users_file.setEnabled(self.use_file.isChecked())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if not self.customers.text().strip() or not self.out.text().strip():
            return False
        if self.use_myjack.isChecked():
            return bool(self.base_url.text().strip() and self.token.text().strip())
        if self.use_file.isChecked():
            return bool(self.users_file.text().strip())
        return True

    def sources(self) -> MigrationSources:
        myjack = self.use_myjack.isChecked()
        return MigrationSources(Path(self.customers.text().strip()),
                                Path(self.bookings.text().strip()) if self.bookings.text().strip() else None,
                                Path(self.out.text().strip()),
                                self.base_url.text().strip() if myjack else None,
                                self.token.text().strip() if myjack else None,
                                Path(self.users_file.text().strip()) if self.use_file.isChecked() else None)

    def validatePage(self) -> bool:
        sources = self.sources()
        return self.then_next(lambda: self.context.choose(sources))


class MappingPage(Page):
    KINDS = ("customers", "bookings")

    def __init__(self):
        super().__init__(self.tr("Columns"), self.tr(
            "paxdesk recognised the columns by their headers. Check them against the first rows and correct "
            "where needed."))
        self.tables: dict[str, QTableWidget] = {}
        self.labels: dict[str, QLabel] = {}
        for kind in self.KINDS:
            self.labels[kind] = QLabel()
            self.layout_.addWidget(self.labels[kind])
            table = QTableWidget(0, 3)
            table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("becomes"),
                                             self.tr("First rows")])
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            table.setColumnWidth(0, 200)
            table.setColumnWidth(1, 230)
            self.tables[kind] = table
            self.layout_.addWidget(table, 1)

    def initializePage(self):
        session = self.context.session
        for kind in self.KINDS:
            table, label = self.tables[kind], self.labels[kind]
            present = kind in session.tables
            table.setVisible(present)
            label.setVisible(present)
            if not present:
                continue
            source = session.tables[kind]
            detail = self._read_as(source)
            title = self.tr("Customers") if kind == "customers" else self.tr("Bookings")
            label.setText(f"<b>{title}: {html.escape(source.name)}</b>"
                          + (f" – {html.escape(detail)}" if detail else ""))
            samples = self.context.sample_rows(kind)
            table.setRowCount(len(source.headers))
            for row, header in enumerate(source.headers):
                table.setItem(row, 0, QTableWidgetItem(header))
                combo = QComboBox()
                combo.addItem(self.tr("(ignore)"), None)
                for name in fields_of(kind):
                    combo.addItem(texts.field_label(name), name)
                current = session.mappings[kind].get(header)
                combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
                combo.currentIndexChanged.connect(
                    lambda _i, k=kind, h=header, c=combo: self.context.session.set_mapping(k, h, c.currentData()))
                table.setCellWidget(row, 1, combo)
                values = [_shown(s[row]) for s in samples if row < len(s) and s[row] not in (None, "")]
                table.setItem(row, 2, QTableWidgetItem(" · ".join(values)))

    def _read_as(self, source) -> str:
        """How the file was read, in the agent's words: the sheet of a workbook, a text file's character set and
        separator (a wrong guess shows as garbled umlauts in the first rows below)."""
        if source.format != "csv":
            return self.tr("sheet »{0}«").replace("{0}", source.sheet) if source.sheet else ""
        charset = self.tr("Windows characters") if source.encoding == "cp1252" else "Unicode"
        separator = self.tr("tab") if source.separator == "\t" else f"»{source.separator}«"
        return self.tr("text ({0}), columns separated by {1}").replace("{0}", charset).replace("{1}", separator)

    def missing(self) -> list[str]:
        session = self.context.session
        gaps = []
        for kind, mapping in session.mappings.items():
            for name in required_of(kind):
                if name not in mapping.values():
                    gaps.append(texts.field_label(name))
        return gaps

    def validatePage(self) -> bool:
        gaps = self.missing()
        if gaps:
            self.wizard().dialogs.error(self.title(), self.tr("Please assign a column to: {0}").replace(
                "{0}", ", ".join(gaps)))
            return False
        return True


def _shown(cell) -> str:
    """A cell as the agent knows it: Excel dates as TT.MM.JJJJ, not as timestamps."""
    if isinstance(cell, (datetime, date)):
        return common_texts.day_text(cell)
    return str(cell)


class CheckingPage(Page):
    def __init__(self):
        super().__init__(self.tr("Checking"), self.tr("paxdesk reads every row, looks for duplicates and, with a "
                                                      "token, searches myJack."))
        self.stage = QLabel()
        self.layout_.addWidget(self.stage)
        self.bar = QProgressBar()
        self.layout_.addWidget(self.bar)
        self.result = self.note("")
        self.cancel = QPushButton(self.tr("Stop checking"))
        self.cancel.clicked.connect(self._cancel)
        self.search_again = QPushButton(self.tr("Search myJack again"))
        self.search_again.clicked.connect(self._search_again)
        self.search_again.hide()
        self.button_row(self.cancel, self.search_again)
        self.unchecked = self.note("")
        self.layout_.addStretch()
        self.worker: Worker | None = None
        self.done = False

    def initializePage(self):
        self._searched_again = False
        self._run(self.context.check)

    def _run(self, job) -> None:
        self.done = False
        self.completeChanged.emit()
        self.result.setText("")
        self.unchecked.setText("")
        self.search_again.hide()
        self.bar.setValue(0)
        self.cancel.setEnabled(True)
        self.worker = self.stream(job, self._events, self._finished, self._failed)

    def _search_again(self):
        self._searched_again = True
        self._run(self.context.search_myjack_again)

    def cleanupPage(self):
        if self.worker and self.worker.running:
            self.worker.cancel()

    def _cancel(self):
        if self.worker:
            self.worker.cancel()
        self.cancel.setEnabled(False)
        self.result.setText(self.tr("Cancelled. Go back and forward again to start over."))

    def _events(self, events):
        last = next((e for e in reversed(events) if isinstance(e, MigrationProgress)), None)
        if last:
            self.stage.setText(texts.stage_label(last.stage))
            self.bar.setMaximum(max(1, last.total))
            self.bar.setValue(last.done)

    def _finished(self, result):
        self.cancel.setEnabled(False)
        if result is None:
            return
        session = self.context.session
        self.done = True
        self.bar.setValue(self.bar.maximum())
        self.result.setText(self.tr(
            "Customers read: <b>{0}</b> · bookings read: <b>{1}</b> · findings: <b>{2}</b> · duplicate groups: "
            "<b>{3}</b> (comparisons: {4}) · probably already in myJack: <b>{5}</b> · with a marketing lock: "
            "<b>{6}</b>")
            .replace("{0}", str(len(session.data.customers))).replace("{1}", str(len(session.data.bookings)))
            .replace("{2}", str(len(session.data.findings))).replace("{3}", str(len(session.groups)))
            .replace("{4}", str(session.comparisons)).replace("{5}", str(len(session.hits)))
            .replace("{6}", str(len(session.data.locked()))))
        missed = len(self.context.unchecked)
        self.search_again.setVisible(bool(missed))
        again = self.tr("Searched again at {0}: still the same. ").replace(
            "{0}", datetime.now().strftime("%H:%M")) if self._searched_again and missed else ""
        self.unchecked.setText(again + self.tr(
            "<b>Customers not checked in myJack: {0}</b> — myJack's answers for them could not be read. They are "
            "listed under “Findings” and will be created as new customers. Search again, or continue and check "
            "them in myJack afterwards.").replace("{0}", str(missed)) if missed else "")
        self.completeChanged.emit()

    def _failed(self, exc):
        self.cancel.setEnabled(False)
        self.result.setText(common_texts.error_text(exc))

    def isComplete(self) -> bool:
        return self.done
