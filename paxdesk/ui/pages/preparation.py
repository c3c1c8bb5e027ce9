from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QHeaderView, QTableWidgetItem

from paxdesk.errors import LockHeld
from paxdesk.ui import texts
from paxdesk.ui.pages.base import Page, read_only_table

REFRESH_MS = 5000


class PreparationPage(Page):
    def __init__(self):
        super().__init__(self.tr("Preparation"), self.tr("Nobody may work in the CRM while it is converted."))
        self.sessions_label = self.note("")
        self.table = read_only_table([self.tr("Colleague"), self.tr("Workstation"), self.tr("Last seen")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(60)
        self.layout_.addWidget(self.table)
        self.force = QCheckBox(self.tr("Continue &anyway, although colleagues are logged in"))
        self.force.toggled.connect(self._force_toggled)
        self.layout_.addWidget(self.force)
        self.force_warning = self.note(self.tr(
            "⚠ Only if you are sure nobody is working any more (for example a forgotten login): after the "
            "conversion everybody is logged out, and what a colleague has not saved by then is lost."))
        self.force_warning.setStyleSheet("color:#8a5a00")
        self.lock_label = self.note("")
        self.backup_label = self.note("")
        self.layout_.addStretch()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._sessions = None

    def initializePage(self):
        self.backup_label.setText(self.tr("Before the first change, a backup is written to: {0}").replace(
            "{0}", str(self.context.backups_dir)))
        self.lock_label.setText(self.tr("Reserving the CRM for this conversion…"))
        self.background(self.context.take_lock, self._locked, self._lock_failed)
        self.refresh()
        self._timer.start()

    def cleanupPage(self):
        self._timer.stop()

    def _locked(self, _):
        self.lock_label.setText(self.tr("✓ The CRM is reserved for this conversion; no second conversion can start."))
        self.completeChanged.emit()

    def _force_toggled(self, checked: bool):
        if checked and not self.wizard().dialogs.confirm(self.name, self._force_question(), self.tr("Continue anyway")):
            self.force.setChecked(False)
            return
        self.completeChanged.emit()

    def _force_question(self) -> str:
        names = ", ".join(f"{s.abbreviation} ({s.name})" if s.name else s.abbreviation for s in self._sessions or [])
        return self.tr("%n colleague(s) still logged in: {0}.\n\nIf you continue, they will be logged out after "
                       "the conversion, and whatever they have not saved by then is lost. Please continue only "
                       "when you are sure nobody is still working.\n\nContinue anyway?", "",
                       len(self._sessions or [])).replace("{0}", names)

    def _lock_failed(self, exc):
        if isinstance(exc, LockHeld):
            self.lock_label.setText(self.tr("✗ Another conversion is running on this CRM. Please wait until it "
                                            "has finished, then go back and forward again."))
        else:
            self.show_error(exc)

    def refresh(self):
        self.background(self.context.sessions, self._show_sessions)

    def _show_sessions(self, sessions):
        self._sessions = sessions
        self.table.setRowCount(len(sessions))
        for row, s in enumerate(sessions):
            for column, text in enumerate((f"{s.abbreviation} ({s.name})" if s.name else s.abbreviation,
                                           s.host or "–",
                                           texts.moment_text(s.last_seen.astimezone()))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if sessions:
            self.sessions_label.setText(self.tr("%n colleague(s) still logged in. Please ask them to save their "
                                                "work and log out; this list refreshes by itself.", "", len(sessions)))
        else:
            self.sessions_label.setText(self.tr("✓ Nobody else is logged in."))
        self.force.setVisible(bool(sessions))
        self.force_warning.setVisible(bool(sessions))
        self.table.setVisible(bool(sessions))
        rows = sum(self.table.rowHeight(r) for r in range(len(sessions)))  # as tall as its rows, at most 200 px
        self.table.setMaximumHeight(min(200, self.table.horizontalHeader().height() + rows + 6))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self._sessions is None or not self.context.lock_held:
            return False
        return not self._sessions or self.force.isChecked()

    def validatePage(self) -> bool:
        """Reserve the CRM for the conversion: sessions checked once more (a colleague may just have logged in)."""
        force = self.force.isChecked()
        advancing = self.then_next(lambda: self.context.reserve(force=force))
        if advancing:
            self._timer.stop()
        return advancing
