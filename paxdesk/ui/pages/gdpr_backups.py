"""Step 8's backup list: the backups that still hold deleted customers, releasing and deleting them.

A part of GdprPage, as ``GdprList`` and ``GdprDecisions`` are: it adds its widgets to the page's layout,
below the decisions, and runs its calls through the page. Its messages go to the decisions' feedback line.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableWidgetItem

from paxdesk.ui import texts
from paxdesk.ui.pages.base import read_only_table


class BackupList(QObject):
    """After a delete or anonymize the list offers to delete all backups but the protected ones."""

    def __init__(self, page, feedback: QLabel):
        super().__init__(page)
        self.page = page
        self.feedback = feedback
        page.layout_.addWidget(QLabel(self.tr(
            "<b>Backups</b> — they still contain the earlier data of every customer, also of those deleted "
            "or anonymized here:")))
        self.table = read_only_table([self.tr("Written"), self.tr("Age"), self.tr("Size"), self.tr("Protection"),
                                      self.tr("File")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        page.layout_.addWidget(self.table, 1)
        self.release = QPushButton(self.tr("Result checked: release the protected backups…"))
        self.release.clicked.connect(self._release)
        self.delete_backup = QPushButton(self.tr("Delete backup…"))
        self.delete_backup.clicked.connect(self.delete_selected)
        page.button_row(self.release, self.delete_backup)
        self.retention = page.note("")
        self.files = []
        self.offer_purge = False

    def _dialogs(self):
        return self.page.wizard().dialogs

    def refresh(self):
        self.page.background(self.page.context.backups, self._show)

    def _show(self, files):
        self.files = files
        self.table.setRowCount(len(files))
        now = datetime.now()
        for row, b in enumerate(files):
            protection = ((self.tr("state before the last conversion: protected until {0} or until you confirm "
                                   "the result") if b.before else
                           self.tr("newest: protected until {0} or until you confirm the result"))
                          .replace("{0}", texts.day_text(b.protected_until)) if b.protected(now) else "")
            values = (texts.moment_text(b.written), self._age(b.age_days(now)),
                      f"{b.size / 1_000_000:.1f} MB".replace(".", "," if self.page.state.german else "."),
                      protection, b.path.name)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                self.table.setItem(row, column, item)
        self.release.setVisible(any(b.protected(now) for b in files))
        self._selection_changed()
        self.retention.setText(self.tr(  # as services/backups.py does it: apply_retention never takes the newest
            "Backups older than %n day(s) are deleted automatically after each conversion – the newest never "
            "automatically; you can delete it yourself once it is no longer protected.", "",
            self.page.context.backup_retention_days()))
        if self.offer_purge:
            self.offer_purge = False
            self._offer_to_purge()

    def _age(self, days: int) -> str:
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return self.tr("%n day(s) ago", "", days)

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.files[rows[0].row()] if rows else None

    def _selection_changed(self):
        backup = self._selected()
        self.delete_backup.setEnabled(backup is not None and not backup.protected())

    # -- after a removal: the backups still hold the person ----------------------------------------------
    def after_removal(self) -> None:
        """Offer to delete all but the newest, once the list is fresh."""
        self.offer_purge = True
        self.refresh()

    def _offer_to_purge(self) -> None:
        self.page.background(self.page.context.purgeable_backups, self._ask_to_purge)

    def _ask_to_purge(self, older) -> None:
        if not older:
            return
        question = self.tr("The backups still contain this customer's earlier data. Delete the %n older backup(s) "
                           "now? The backups protected as your way back from the last conversion are kept.", "",
                           len(older))
        if self._dialogs().confirm(self.page.name, question, self.tr("Delete older backups")):
            def done(removed):
                self.feedback.setText(self.feedback.text() + " " + self.tr(
                    "%n older backup(s) deleted.", "", len(removed)))
                self.refresh()
            self.page.background(self.page.context.purge_older_backups, done)

    # -- releasing and deleting ------------------------------------------------------------------------------
    def _release(self):
        protected = [b for b in self.files if b.protected()]
        if not protected:
            return
        newest = next((b for b in protected if b.before), protected[0])  # the state before the conversion
        question = self.tr(
            "Have you checked the result of the conversion in the CRM?\n\nAfterwards the backup written before "
            "it ({0}) can be deleted, and then there is no way back. If you are unsure, keep it: it stays "
            "protected until {1} anyway.").replace("{0}", texts.moment_text(newest.written)) \
            .replace("{1}", texts.day_text(newest.protected_until))
        if self._dialogs().confirm(self.page.name, question, self.tr("The result is correct")):
            self.page.background(self.page.context.confirm_result, lambda _: self.refresh())

    def delete_selected(self):
        backup = self._selected()
        if backup is None or backup.protected():
            return
        question = self.tr("Delete the backup of {0} ({1}) for good? It holds the CRM as it was before that "
                           "conversion, with the earlier personal data.") \
            .replace("{0}", texts.moment_text(backup.written)).replace("{1}", backup.path.name)
        if self._dialogs().confirm(self.page.name, question, self.tr("Delete backup")):
            def done(_):
                self.feedback.setText(self.tr("✓ The backup of {0} was deleted.").replace(
                    "{0}", texts.moment_text(backup.written)))
                self.refresh()
            self.page.background(lambda: self.page.context.delete_backup(backup.path), done)
