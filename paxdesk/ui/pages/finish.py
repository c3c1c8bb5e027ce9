from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QToolButton

from paxdesk.services.gdpr import count_statuses
from paxdesk.services.report import write_report
from paxdesk.services.report_export import WriteProgress
from paxdesk.services.report_words import words
from paxdesk.ui.pages.base import Page


class FinishPage(Page):
    """The result, and the report for people — saved by itself to the Documents folder."""

    def __init__(self):
        super().__init__(self.tr("Done"), self.tr("The conversion is complete."))
        self.summary = self.note("")
        self.gdpr = self.note("")  # the DSGVO counts, as the report written beside them has them
        self.saved_to = self.note("")
        self.open_pdf = QPushButton(self.tr("Open report"))
        self.open_pdf.clicked.connect(lambda: self._open(self.paths[0]))
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.clicked.connect(lambda: self._open(self.paths[0].parent))
        self.more = QToolButton()
        self.more.setText(self.tr("More formats"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more)
        menu.addAction(self.tr("Save report as JSON for IT (without names)…"), self.save_json)
        self.more.setMenu(menu)
        self.button_row(self.open_pdf, self.open_folder, self.more)
        self.backfill = QPushButton(self.tr("Delete the lists “Enter in MidOffice”…"))
        self.backfill.clicked.connect(self.delete_backfill)
        self.backfill_note = self.note("")
        self.button_row(self.backfill)
        self.backfill.hide()
        self.backfill_note.hide()
        self.note(self.tr("<p style='font-size:13pt'><b>Please close paxdesk and log in again.</b> "
                          "All sessions were ended; your colleagues must log in again too.</p>"))
        self.layout_.addStretch()
        self.paths: list[Path] = []
        self._stem: str | None = None  # the report of this run keeps its file name when written again
        self._saving = self._save_again = False

    def initializePage(self):
        s = self.state.report.summary
        self.summary.setText(self.tr("Converted to v2: <b>{0}</b> · kept as paxlounge customers: <b>{1}</b> · "
                                     "unchanged: <b>{2}</b> · failed: <b>{3}</b>")
                             .replace("{0}", str(s.converted)).replace("{1}", str(s.converted_local))
                             .replace("{2}", str(s.skipped)).replace("{3}", str(s.failed)))
        self.save_reports()  # again, now with the GDPR decisions
        self.background(self.context.backfill_lists, self._show_backfill)

    def _show_backfill(self, lists):
        self.backfill.setVisible(bool(lists))
        self.backfill_note.setVisible(bool(lists))
        self.backfill_note.setText(self.tr(
            "The lists “Enter in MidOffice” ({0}) hold your customers' personal data. Delete them once the "
            "values are entered in the MidOffice.").replace("{0}", ", ".join(p.name for p in lists)))

    def delete_backfill(self):
        lists = self.context.backfill_lists()
        if lists and self.wizard().dialogs.confirm(self.name, self.tr(
                "Delete these files for good? {0}\n\nThey list values that only the CRM copies had; the CRM no "
                "longer has them.").replace("{0}", ", ".join(p.name for p in lists)), self.tr("Delete lists")):
            self.background(self.context.delete_backfill_lists, self._backfill_deleted)

    def _backfill_deleted(self, result) -> None:
        _gone, kept = result
        self.background(self.context.backfill_lists, self._show_backfill)
        if kept:  # open in Excel (Windows keeps an open file from being deleted)
            self.wizard().dialogs.info(self.name, self.tr(
                "{0} could not be deleted: it is probably open in another program (Excel, a PDF viewer). Close it "
                "there and delete the lists again.").replace("{0}", ", ".join(p.name for p in kept)))

    def save_reports(self) -> None:
        """Write the PDF and Excel report into the Documents folder (in the background, one write at a time)."""
        if self._saving:
            self._save_again = True  # the DSGVO decisions changed while the last one was written
            return
        self._saving, self._save_again = True, False
        report, (crm, midoffice), dropped = self.state.report, self.state.known_names(), self.state.dropped
        context, stem, english = self.context, self._stem, not self.state.german  # the report in the UI's language
        self.saved_to.setText(self.tr("Saving the report…"))
        self.gdpr.setText(self.tr("GDPR decisions: being counted…"))  # not the counts of the last save meanwhile
        self._set_buttons(False)
        self.stream(lambda _cancelled: context.people_report(report, crm, midoffice, dropped, stem, english),
                    self._writing, self._saved, self._not_saved)

    def _writing(self, events):
        last = next((e for e in reversed(events) if isinstance(e, WriteProgress)), None)
        if last is not None and last.total:
            self.saved_to.setText(self.tr("Saving the report… {0} %").replace(
                "{0}", str(min(99, 100 * last.done // last.total))))

    def _saved(self, result):
        facts, paths = result
        self._saving = False
        self.paths = list(paths)
        self._show_gdpr(count_statuses(facts.gdpr))
        self._stem = self.paths[0].stem
        if self._save_again:
            self.save_reports()
            return
        self.saved_to.setText(self.tr("The report was saved (PDF and Excel):<br><b>{0}</b><br>{1}")
                              .replace("{0}", str(self.paths[0])).replace("{1}", str(self.paths[1])))
        self._set_buttons(True)

    def _show_gdpr(self, counts: dict[str, int]) -> None:
        if not any(counts.values()):
            self.gdpr.setText(self.tr("GDPR: no customer was deleted in the MidOffice."))
            return
        self.gdpr.setText(self.tr("GDPR decisions (customers deleted in the MidOffice): kept: <b>{0}</b> · "
                                  "deleted: <b>{1}</b> · anonymized: <b>{2}</b> · still open: <b>{3}</b>")
                          .replace("{0}", str(counts["kept"])).replace("{1}", str(counts["deleted"]))
                          .replace("{2}", str(counts["anonymized"])).replace("{3}", str(counts["open"])))

    def _not_saved(self, exc):
        self._saving = False
        self.saved_to.setText(self.tr("The report could not be saved ({0}). Please check that the Documents "
                                      "folder exists and is writable, then come back to this step.")
                              .replace("{0}", exc.__class__.__name__))

    def _set_buttons(self, enabled: bool):
        for button in (self.open_pdf, self.open_folder):
            button.setEnabled(enabled)

    def _open(self, path: Path):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_json(self, path: str | None = None):
        if path is None:
            folder = self.paths[0].parent if self.paths else Path.home()
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save JSON report"),
                                                  str(folder / f"{self._stem or report_name_stem(self.state.german)}.json"),
                                                  self.tr("JSON report (*.json)"))
        if not path:
            return
        report = self.state.report
        self.background(lambda: write_report(report, Path(path)),
                        lambda _: self.saved_to.setText(self.saved_to.text() + "<br>" +
                                                        self.tr("JSON for IT: {0}").replace("{0}", path)))


def report_name_stem(german: bool) -> str:
    """The report's file name without its date, in the UI's language (paxdesk-Bericht / paxdesk-report)."""
    return words(not german).stem
