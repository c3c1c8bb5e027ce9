from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from paxdesk.services.credential_check import Outcome
from paxdesk.ui.pages.base import Page

SYMBOL = {Outcome.OK: "✓", Outcome.FAILED: "✗", Outcome.WARNING: "⚠", Outcome.SKIPPED: "·"}
COLOR = {Outcome.OK: "#1b7f3b", Outcome.FAILED: "#b3261e", Outcome.WARNING: "#8a5a00", Outcome.SKIPPED: "#666"}


class CheckPage(Page):
    def __init__(self):
        super().__init__(self.tr("Access check"), self.tr("paxdesk checks the token with the MidOffice."))
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(2, 1)
        self.layout_.addWidget(self.grid_host)
        self.summary = self.note("")
        self.again = QPushButton(self.tr("Check again"))
        self.again.clicked.connect(self.run)
        self.change_token = QPushButton(self.tr("Change token"))
        self.change_token.clicked.connect(self._change_token)
        self.button_row(self.change_token, self.again)
        self.layout_.addStretch()
        self.report = None
        self.details: list[tuple[QPushButton, QPlainTextEdit]] = []  # of failed checks: (toggle, text)

    def titles(self):
        return {"token": self.tr("Token configured"), "reachable": self.tr("MidOffice reachable"),
                "accepted": self.tr("Token accepted"), "scopes": self.tr("Permissions (read, search)"),
                "agency": self.tr("Agency matches this CRM")}

    def initializePage(self):
        self.run()

    def run(self):
        self.report = None
        self.completeChanged.emit()
        self.summary.setText(self.tr("Checking…"))
        self.again.setEnabled(False)
        self.change_token.hide()
        self.background(self.context.check, self._show)

    def _show(self, report):
        self.report = report
        self.again.setEnabled(True)
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.details = []
        german = self.wizard().state.german
        for row, result in enumerate(report.results):
            mark = QLabel(f"<span style='color:{COLOR[result.outcome]};font-size:16pt'>{SYMBOL[result.outcome]}</span>")
            title = QLabel(f"<b>{self.titles()[result.key]}</b>")
            detail = self._detail(result)
            if result.outcome in (Outcome.FAILED, Outcome.WARNING):
                remedy = result.remedy_de if german else result.remedy_en
                detail = (detail + "<br>" if detail else "") + remedy
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            text = QLabel(detail)
            text.setWordWrap(True)
            column.addWidget(text)
            if result.outcome == Outcome.FAILED and result.detail:
                column.addWidget(self._folded(result))
            for index, widget in enumerate((mark, title)):  # beside the first line, also when details open
                self.grid.addWidget(widget, row, index, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(cell, row, 2)
        chain = [w for pair in self.details for w in pair] + [self.change_token, self.again]
        for before, after in zip(chain, chain[1:]):  # top to bottom, as on the screen
            QWidget.setTabOrder(before, after)
        failed = not report.passed
        self.change_token.setVisible(failed)
        self.summary.setText(self._summary(report))
        if failed:
            self.change_token.setFocus()
        self.completeChanged.emit()

    def _summary(self, report) -> str:
        if not report.passed:
            return self.tr("Please fix what is marked ✗: change the token, or check again once the cause is "
                           "fixed. Nothing has been saved or changed.")
        kept = {"keyring": self.tr(" The new token was accepted and is now saved in the Windows password store."),
                "memory": self.tr(" The new token was accepted; as this computer has no password store, paxdesk "
                                  "keeps it only until you close it.")}.get(self.context.token_kept, "")
        return self.tr("All required checks passed.") + kept

    def _folded(self, result) -> QWidget:
        """The technical detail (for IT), folded away behind a button that Tab reaches (Space opens it);
        opened, a read-only text that Tab reaches too, to select and copy for the IT service provider."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        title = self.tr("Technical details")
        toggle = QPushButton("▸ " + title)
        toggle.setCheckable(True)
        toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        detail = QPlainTextEdit(self.tr("For your IT service provider — address: {0}; answer: {1}")
                                .replace("{0}", self.context.base_url).replace("{1}", result.detail))
        detail.setReadOnly(True)
        detail.setTabChangesFocus(True)  # Tab goes on to the next control, not into the text
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard |
                                       Qt.TextInteractionFlag.TextSelectableByMouse)
        detail.setFixedHeight(detail.fontMetrics().lineSpacing() * 3 + 12)
        detail.setAccessibleName(title)
        detail.hide()

        def fold(shown: bool) -> None:
            toggle.setText(("▾ " if shown else "▸ ") + title)
            detail.setVisible(shown)
        toggle.toggled.connect(fold)
        column.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(detail)
        self.details.append((toggle, detail))
        return holder

    def _change_token(self):
        wizard = self.wizard()
        token_page = wizard.pages[1]
        while wizard.currentPage() is not token_page and wizard.currentId() > 0:
            wizard.back()
        token_page.token.setFocus()
        token_page.token.selectAll()

    def _detail(self, result) -> str:
        if result.key == "agency" and result.facts:
            return self.tr("MidOffice: {0} — CRM: {1}").replace("{0}", result.facts.get("midoffice_agency") or "?") \
                .replace("{1}", result.facts.get("crm_agency") or "?")
        if result.outcome == Outcome.SKIPPED:
            return self.tr("not checked")
        return ""

    def isComplete(self) -> bool:
        return self.report is not None and self.report.passed
