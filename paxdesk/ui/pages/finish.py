from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton

from paxdesk.services import report_export
from paxdesk.services.report import write_report
from paxdesk.ui.pages.base import Page


class FinishPage(Page):
    def __init__(self):
        super().__init__(self.tr("Done"), self.tr("The conversion is complete."))
        self.summary = self.note("")
        row = QHBoxLayout()
        for label, kind in ((self.tr("Save report as PDF…"), "pdf"), (self.tr("Save report as Excel…"), "xlsx"),
                            (self.tr("Save report as JSON…"), "json")):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, k=kind: self.export(k))
            row.addWidget(button)
        row.addStretch()
        self.layout_.addLayout(row)
        self.note(self.tr("<p style='font-size:13pt'><b>Please close paxdesk and log in again.</b> "
                          "All sessions were ended; your colleagues must log in again too.</p>"))
        self.layout_.addStretch()
        self.saved_to = self.note("")

    def initializePage(self):
        report = self.state.report
        s = report["summary"]
        self.summary.setText(self.tr("Converted to v2: <b>{0}</b> · kept as paxlounge customers: <b>{1}</b> · "
                                     "unchanged: <b>{2}</b> · failed: <b>{3}</b>")
                             .replace("{0}", str(s["converted"])).replace("{1}", str(s["converted_local"]))
                             .replace("{2}", str(s["skipped"])).replace("{3}", str(s["failed"])))

    def export(self, kind: str, path: str | None = None):
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), f"paxdesk-bericht.{kind}")
        if not path:
            return
        report = self.state.report
        writers = {"pdf": report_export.write_pdf, "xlsx": report_export.write_xlsx,
                   "json": write_report}
        self.background(lambda: writers[kind](report, Path(path)),
                        lambda _: self.saved_to.setText(self.tr("Saved: {0}").replace("{0}", path)))
