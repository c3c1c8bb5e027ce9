from datetime import datetime

from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem)

from paxdesk.ui.pages.base import Page


def full_name(customer: dict) -> str:
    return " ".join(part for part in (customer.get("first_name"), customer.get("last_name")) if part)


class GdprPage(Page):
    def __init__(self):
        super().__init__(self.tr("GDPR review"), self.tr(
            "These customers were deleted in the MidOffice and kept here so nothing was lost. Decide for each."))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("CRM no."), self.tr("Name"), self.tr("City"),
                                              self.tr("E-mail")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.layout_.addWidget(self.table, 2)
        row = QHBoxLayout()
        self.keep = QPushButton(self.tr("Keep (with reason)…"))
        self.delete = QPushButton(self.tr("Delete…"))
        self.anonymize = QPushButton(self.tr("Anonymize…"))
        for button in (self.keep, self.delete, self.anonymize):
            row.addWidget(button)
        row.addStretch()
        self.layout_.addLayout(row)
        self.keep.clicked.connect(self._keep)
        self.delete.clicked.connect(self._delete)
        self.anonymize.clicked.connect(self._anonymize)
        self.layout_.addWidget(QLabel(self.tr("<b>Backups</b> — they still contain the old personal data:")))
        self.backups = QTableWidget(0, 3)
        self.backups.setHorizontalHeaderLabels([self.tr("Backup"), self.tr("Age"), self.tr("Size")])
        self.backups.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups.verticalHeader().hide()
        self.layout_.addWidget(self.backups, 1)
        self.delete_backup = QPushButton(self.tr("Delete backup…"))
        self.delete_backup.clicked.connect(self._delete_backup)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.delete_backup)
        backup_row.addStretch()
        self.layout_.addLayout(backup_row)
        self.retention = self.note("")
        self.customers: list[dict] = []
        self.files = []
        self._offer_purge = False

    def initializePage(self):
        self.refresh()

    def refresh(self):
        self.background(lambda: (self.context.gdpr.customers(), self.context.backups()), self._show)

    def _show(self, result):
        self.customers, self.files = result
        self.table.setRowCount(len(self.customers))
        for row, c in enumerate(self.customers):
            for column, text in enumerate((c["id"], full_name(c), c.get("city") or "", c.get("email") or "")):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.backups.setRowCount(len(self.files))
        now = datetime.now()
        for row, b in enumerate(self.files):
            self.backups.setItem(row, 0, QTableWidgetItem(str(b.path)))
            self.backups.setItem(row, 1, QTableWidgetItem(self.tr("{0} day(s)").replace("{0}", str(b.age_days(now)))))
            self.backups.setItem(row, 2, QTableWidgetItem(f"{b.size / 2**20:.1f} MB"))
        self.retention.setText(self.tr("Backups older than {0} days are deleted after each conversion; the newest "
                                       "is always kept.").replace("{0}", str(self.context.backup_retention_days())))
        if self._offer_purge:
            self._offer_purge = False
            self._offer_to_purge()

    def _removed(self, _result=None):
        """After delete/anonymize: the backups still hold the person; offer to delete all but the newest."""
        self._offer_purge = True
        self.refresh()

    def _offer_to_purge(self):
        older = len(self.files) - 1
        if older < 1:
            return
        if self.wizard().dialogs.confirm(self.title(), self.tr(
                "The backups still contain this customer's earlier data. Delete the {0} older backup(s) now? The "
                "newest backup is kept as your way back.").replace("{0}", str(older))):
            self.background(self.context.purge_older_backups, lambda _: self.refresh())

    def _selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.customers[rows[0].row()] if rows else None

    def _keep(self):
        customer = self._selected()
        if customer is None:
            return
        reason = self.wizard().dialogs.ask_text(self.title(), self.tr("Why is this customer kept?"))
        if reason and reason.strip():
            self.background(lambda: self.context.gdpr.keep(customer["id"], reason), lambda _: self.refresh())

    def _delete(self):
        customer = self._selected()
        if customer and self.wizard().dialogs.confirm(self.title(), self.tr(
                "Delete this customer with all consultations and offers? This cannot be undone.")):
            self.background(lambda: self.context.gdpr.delete(customer["id"]), self._removed)

    def _anonymize(self):
        customer = self._selected()
        if customer is None:
            return
        name = full_name(customer)
        typed = self.wizard().dialogs.ask_text(self.title(), self.tr(
            "Anonymizing cannot be undone. To confirm, type the customer's name or number ({0}):")
            .replace("{0}", customer["id"]))
        if typed is not None and typed.strip() and typed.strip() in (name, customer["id"]):
            self.background(lambda: self.context.gdpr.anonymize(customer["id"]), self._removed)
        elif typed is not None:
            self.wizard().dialogs.info(self.title(), self.tr("The text did not match; nothing was changed."))

    def _delete_backup(self):
        rows = self.backups.selectionModel().selectedRows()
        if rows and self.wizard().dialogs.confirm(self.title(), self.tr("Delete this backup for good?")):
            path = self.files[rows[0].row()].path
            self.background(lambda: self.context.delete_backup(path), lambda _: self.refresh())
