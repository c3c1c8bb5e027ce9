from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from paxdesk.services.credential_check import Outcome
from paxdesk.ui.pages.base import Page

SYMBOL = {Outcome.OK: "✓", Outcome.FAILED: "✗", Outcome.WARNING: "⚠", Outcome.SKIPPED: "·"}
COLOR = {Outcome.OK: "#1b7f3b", Outcome.FAILED: "#b3261e", Outcome.WARNING: "#8a5a00", Outcome.SKIPPED: "#777"}


class CheckPage(Page):
    def __init__(self):
        super().__init__(self.tr("Access check"), self.tr("paxdesk checks the token with the MidOffice."))
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(2, 1)
        self.layout_.addWidget(self.grid_host)
        self.again = QPushButton(self.tr("Check again"))
        self.again.clicked.connect(self.run)
        self.button_row(self.again)
        self.summary = self.note("")
        self.layout_.addStretch()
        self.report = None

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
        self.background(self.context.check, self._show)

    def _show(self, report):
        self.report = report
        self.again.setEnabled(True)
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        german = self.wizard().state.german
        for row, result in enumerate(report.results):
            mark = QLabel(f"<span style='color:{COLOR[result.outcome]};font-size:16pt'>{SYMBOL[result.outcome]}</span>")
            title = QLabel(f"<b>{self.titles()[result.key]}</b>")
            detail = self._detail(result)
            if result.outcome in (Outcome.FAILED, Outcome.WARNING):
                remedy = result.remedy_de if german else result.remedy_en
                technical = "" if result.key == "agency" else f"<br><small style='color:#666'>{result.detail}</small>"
                detail = (detail + "<br>" if detail else "") + remedy + technical
            text = QLabel(detail)
            text.setWordWrap(True)
            for column, widget in enumerate((mark, title, text)):
                self.grid.addWidget(widget, row, column)
        self.summary.setText(self.tr("All required checks passed.") if report.passed else
                             self.tr("Please fix what is marked ✗ and check again."))
        self.completeChanged.emit()

    def _detail(self, result) -> str:
        if result.key == "agency" and result.facts:
            return self.tr("MidOffice: {0} — CRM: {1}").replace("{0}", result.facts.get("midoffice_agency") or "?") \
                .replace("{1}", result.facts.get("crm_agency") or "?")
        if result.outcome == Outcome.SKIPPED:
            return self.tr("not checked")
        return ""

    def isComplete(self) -> bool:
        return self.report is not None and self.report.passed
