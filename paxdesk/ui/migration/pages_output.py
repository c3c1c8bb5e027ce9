"""Migration pages 8–9: write the package, upload it with progress; where the files are, delete the package."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QPushButton

from paxdesk.services.migration import MigrationProgress
from paxdesk.services.migration_upload import UploadResult
from paxdesk.ui import texts as common_texts
from paxdesk.ui.migration import texts
from paxdesk.ui.pages.base import Page


class PackagePage(Page):
    def __init__(self):
        super().__init__(self.tr("Package and upload"), self.tr(
            "The package holds the cleaned customers and bookings and the lists for your team. Upload it to "
            "myJack here, or hand it to myJack's onboarding."))
        self.summary = self.note("")
        self.write_button = QPushButton(self.tr("Write the package"))
        self.upload_button = QPushButton(self.tr("Upload to myJack"))
        self.write_button.clicked.connect(self.write)
        self.upload_button.clicked.connect(self.upload)
        self.button_row(self.write_button, self.upload_button)
        self.written = self.note("")
        self.bar = QProgressBar()
        self.layout_.addWidget(self.bar)
        self.result = self.note("")
        self.layout_.addStretch()
        self.manifest = None
        self.uploaded = None

    def initializePage(self):
        self.manifest, self.uploaded = None, None
        groups, hits = self.context.groups, self.context.hits
        self.summary.setText(self.tr(
            "Duplicate groups: {0} to merge, {1} with a record left out, {2} kept, {3} open (their records "
            "become separate customers). Already in myJack: {4} linked (their bookings go to the myJack "
            "customer), {5} not imported (nor their bookings; listed as findings), {6} imported as a second "
            "customer.")
            .replace("{0}", str(sum(g.decision == "merge" for g in groups)))
            .replace("{1}", str(sum(bool(g.decision and g.decision.startswith("drop:")) for g in groups)))
            .replace("{2}", str(sum(g.decision == "keep_all" for g in groups)))
            .replace("{3}", str(sum(g.decision is None for g in groups)))
            .replace("{4}", str(sum(h.decision == "link" for h in hits)))
            .replace("{5}", str(sum(h.decision == "skip" for h in hits)))
            .replace("{6}", str(sum(h.decision in ("import", None) for h in hits))))
        self.written.setText("")
        self.result.setText("")
        self.bar.hide()
        self.write_button.setEnabled(True)
        self.upload_button.setEnabled(False)
        self.upload_button.setVisible(self.context.connected)

    def write(self):
        earlier = self.context.uploaded_before()
        if earlier and not self.wizard().dialogs.confirm(self.title(), self.tr(
                "The folder {0} holds a package that was uploaded to myJack on {1}. Writing the package now "
                "replaces it. Continue?").replace("{0}", str(self.context.sources.out))
                .replace("{1}", str(earlier.get("uploaded", "")))):
            return
        self.write_button.setEnabled(False)
        self.written.setText(self.tr("Writing…"))

        def done(manifest):
            self.manifest = manifest
            c = manifest["counts"]
            self.written.setText(self.tr(
                "Package written to <b>{0}</b>. Customers: {1} · bookings: {2} · merged into another: {3} · "
                "findings: {4} · marketing locks: {5}.").replace("{0}", str(self.context.sources.out))
                .replace("{1}", str(c["customers"])).replace("{2}", str(c["bookings"]))
                .replace("{3}", str(c["merged"])).replace("{4}", str(c["findings"]))
                .replace("{5}", str(c["marketing_locks"])))
            self.upload_button.setEnabled(self.context.connected)
            self.completeChanged.emit()

        def failed(exc):
            self.write_button.setEnabled(True)
            self.written.setText("")
            self.show_error(exc)
        self.background(self.context.write, done, failed)

    def upload(self):
        earlier = self.context.uploaded_before()
        again = False
        if earlier and earlier.get("status") == "done":  # one not finished is followed, never sent twice
            if not self.wizard().dialogs.confirm(self.title(), self.tr(
                    "This package was already uploaded ({0}). Uploading it again adds every customer a second "
                    "time unless myJack finds them by their customer number. Upload again?")
                    .replace("{0}", str(earlier.get("uploaded", "")))):
                return
            again = True
        self.upload_button.setEnabled(False)
        self.write_button.setEnabled(False)
        self.bar.show()
        self.bar.setValue(0)
        self.stream(lambda cancelled: self.context.upload(cancelled, again), self._progress, self._uploaded,
                    self._failed)

    def _progress(self, events):
        last = next((e for e in reversed(events) if isinstance(e, MigrationProgress)), None)
        if last:
            self.bar.setMaximum(max(1, last.total))
            self.bar.setValue(last.done)
            self.result.setText(f"{texts.stage_label(last.stage)} … {texts.status_label(last.detail)}")

    def _uploaded(self, result):
        if not isinstance(result, UploadResult):
            return
        self.uploaded = result
        s = result.status
        self.bar.setValue(self.bar.maximum())
        text = self.tr("myJack: {0}. New customers: {1}, added to existing: {2}, bookings: {3}, of them to "
                       "\"Altdaten\": {4}, errors: {5}.")
        status = self.tr("done") if s.status == "done" else self.tr("failed")
        self.result.setText(text.replace("{0}", status).replace("{1}", str(s.created)).replace("{2}", str(s.appended))
                            .replace("{3}", str(s.bookings)).replace("{4}", str(s.bookings_to_altdaten))
                            .replace("{5}", str(len(s.errors))))
        self.upload_button.setEnabled(s.status == "failed")
        self.completeChanged.emit()

    def _failed(self, exc):
        self.upload_button.setEnabled(True)
        self.result.setText(common_texts.error_text(exc))

    def isComplete(self) -> bool:
        return self.manifest is not None


class MigrationFinishPage(Page):
    def __init__(self):
        super().__init__(self.tr("Done"), self.tr("Where everything is, and what is left to do."))
        self.where = self.note("")
        self.delete_button = QPushButton(self.tr("Delete the package…"))
        self.delete_button.clicked.connect(self.delete)
        self.button_row(self.delete_button)
        self.deleted = self.note("")
        self.layout_.addStretch()

    def initializePage(self):
        folder = self.context.sources.out
        uploaded = self.context.upload_result
        done = uploaded is not None and uploaded.status.status == "done"
        self.where.setText(self.tr(
            "<p>The package is in <b>{0}</b>:</p><ul><li>customers.csv, bookings.csv — the data for myJack</li>"
            "<li>marketing-locks.xlsx — set these locks again in myJack after the import</li>"
            "<li>duplicates.xlsx, findings.xlsx, user-mapping.csv — for your team</li></ul>"
            "<p>The package holds personal data of your customers.</p>").replace("{0}", str(folder))
            + (self.tr("<p>The import into myJack is complete. <b>Before you delete the package</b>: set the "
                       "marketing locks again in myJack (marketing-locks.xlsx), check the customers not checked in "
                       "myJack and enter the bookings of customers not imported (findings.xlsx) — then delete "
                       "it.</p>") if done
               else self.tr("<p>Not uploaded yet: hand the package to myJack's onboarding, then delete it.</p>")))
        self.delete_button.setEnabled(True)
        self.deleted.setText("")

    def delete(self):
        folder = self.context.sources.out
        if not self.wizard().dialogs.confirm(self.title(), self.tr(
                "Delete the folder {0} with the customers, bookings and lists in it — including "
                "marketing-locks.xlsx, the customers whose marketing locks must be set again in myJack? Keep a "
                "copy of that list first if you still need it. This cannot be undone.")
                .replace("{0}", str(folder))):
            return
        self.delete_button.setEnabled(False)
        self.background(self.context.delete_package,
                        lambda _: self.deleted.setText(self.tr("Deleted: {0}").replace("{0}", str(folder))))
