"""Step 7, the conversion: the summary and the checkpoint before, the progress while, the result after.

The result list (one row per customer, what it went to and how it ended) is ``ResultTable``.
"""

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

from paxdesk.domain.plan import Action
from paxdesk.services.conversion import ApplyProgress
from paxdesk.ui.checkpoint_text import checkpoint_html, checkpoint_rows, confirmation_text
from paxdesk.ui.pages.base import Page
from paxdesk.ui.pages.convert_result import ResultTable
from paxdesk.ui.worker import Worker
from paxdesk.domain.plan import CHANGED, Outcome


class ConvertPage(Page):
    """Converting is one click after the checkpoint; afterwards the page only shows what happened (no way back)."""

    def __init__(self):
        super().__init__(self.tr("Conversion"), self.tr("Check the summary, then convert."))
        self.summary = self.note("")
        self.checkpoint_label = QLabel()  # the checkpoint: what to know before converting, with links back
        self.checkpoint_label.setWordWrap(True)
        self.checkpoint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)  # Tab reaches links
        self.checkpoint_label.linkActivated.connect(self.show_in_review)
        self.layout_.addWidget(self.checkpoint_label)
        self.checkpoint = None
        self.start = QPushButton(self.tr("Convert now"))
        self.start.clicked.connect(self.run)
        self.backfill = QPushButton(self.tr("Save list “Enter in MidOffice” (Excel and PDF)…"))
        self.backfill.setToolTip(self.tr("The values only the CRM copies have, which converting removes: to enter "
                                         "them in the MidOffice afterwards."))
        self.backfill.clicked.connect(self.save_backfill)
        self.button_row(self.start, self.backfill)
        self.backfill_saved = self.note("")
        self.backfill_saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.backfill_saved.setOpenExternalLinks(True)
        self.bar = QProgressBar()
        self.layout_.addWidget(self.bar)
        self.result = self.note("")
        self.results = ResultTable(self)
        self.table = self.results.table
        self.layout_.addStretch(0)  # takes the free height while the table is hidden (no gaps between the texts)
        self.report = None
        self.plan = []
        self._running = False

    def initializePage(self):
        self.report = None
        self.plan = self.state.plan()  # the review is over: this is what will be applied
        counts = Counter(p.action for p in self.plan)
        self.summary.setText(self.tr(
            "Becoming v2 customers: <b>{0}</b> · kept as paxlounge customers: <b>{1}</b> · unchanged: "
            "<b>{2}</b>.<br>Before the first change a backup is written to {3}. "
            "Afterwards everybody must log in again.")
            .replace("{0}", str(counts[Action.CONVERT])).replace("{1}", str(counts[Action.LOCAL]))
            .replace("{2}", str(counts[Action.SKIP])).replace("{3}", str(self.context.backups_dir)))
        self.checkpoint = None
        self.checkpoint_label.setText(self.tr("Counting what converting will change…"))
        self.checkpoint_label.show()
        self.start.setEnabled(False)
        self.start.show()
        self.backfill.hide()
        self.backfill_saved.setText("")
        decided = self.state.model.review.decided()
        plan = self.plan
        self.background(lambda: self.context.checkpoint(plan, decided), self._show_checkpoint)
        self.bar.hide()  # shown once the conversion runs: an empty bar and table before that look broken
        self.table.hide()

    def _show_checkpoint(self, point):
        self.checkpoint = point
        earlier = self.state.interrupted
        self.checkpoint_label.setText((self.tr(
            "<p><b>This finishes the interrupted conversion</b>: %n customer(s) were converted then and are not "
            "counted below; the report will list both attempts.</p>", "", earlier.changed) if earlier else "")
            + checkpoint_html(point))
        self.start.setEnabled(True)
        self.backfill.setVisible(bool(point.crm_only_dropped))
        self.backfill.setEnabled(True)

    def save_backfill(self):
        """"In MidOffice nachtragen": the values converting drops, as files the agent can work through."""
        plan, context, english = self.plan, self.context, not self.state.german  # the list in the UI's language
        self.backfill.setEnabled(False)
        self.backfill_saved.setText(self.tr("Saving the list…"))
        self.background(lambda: context.save_backfill_list(context.dropped_values(plan), english),
                        self._backfill_saved,
                        self._backfill_failed)

    def _backfill_saved(self, paths):
        self.backfill.setEnabled(True)
        xlsx, pdf = paths
        self.backfill_saved.setText(self.tr(
            "Saved: <a href='{0}'>{1}</a> and <a href='{2}'>{3}</a>. It holds personal data: delete it once the "
            "values are entered (the last step offers that).")
            .replace("{0}", xlsx.as_uri()).replace("{1}", xlsx.name).replace("{2}", pdf.as_uri())
            .replace("{3}", pdf.name))

    def _backfill_failed(self, exc):
        self.backfill.setEnabled(True)
        self.backfill_saved.setText("")
        self.show_error(exc)

    def show_in_review(self, link: str):
        """A checkpoint link: back to the review, showing exactly those rows."""
        ids, title = checkpoint_rows(self.checkpoint, link)
        self.wizard().back()
        self.wizard().currentPage().show_selection(title, set(ids))

    def run(self):
        if self.checkpoint is not None and not self.wizard().dialogs.confirm(
                self.title(), confirmation_text(self.checkpoint), self.tr("&Convert now")):
            return
        earlier = [r.item for r in self.state.model.rows() if r.decision and r.decision.from_earlier_sitting]
        self.start.setEnabled(False)
        self.backfill.setEnabled(False)
        if earlier:
            self.result.setText(self.tr("Checking %n decision(s) from an earlier sitting again…", "", len(earlier)))
            self.background(lambda: self.context.recheck(earlier), self._rechecked)
        else:
            self._apply()

    def _rechecked(self, fresh):
        changed = self.state.model.take_fresh(fresh)
        if changed:
            pairs = [(row.item, None) for row in changed]
            self.background(lambda: self.context.save_decisions(pairs), lambda _: None)
            self.wizard().dialogs.info(self.name, self.tr(
                "%n customer(s) changed in the MidOffice since your earlier decision. They are back in the "
                "review with a note; please decide again.", "", len(changed)))
            self.wizard().back()
            return
        self._apply()

    def busy(self) -> bool:
        return self._running

    def _apply(self):
        plan = self.plan
        self._running = True
        self.bar.show()
        self.bar.setMaximum(max(1, sum(p.action != Action.SKIP for p in plan)))
        context, state = self.context, self.state

        def job(cancelled):
            state.dropped = context.dropped_values(plan)  # read while the copies still hold them
            yield from context.apply(plan, cancelled)
        worker = Worker(job, self)
        worker.events.connect(self._progress)
        worker.finished.connect(lambda report: self._done(report, plan))
        worker.failed.connect(self._failed)
        self._workers.append(worker)
        worker.start()

    def _progress(self, events):
        last = next((e for e in reversed(events) if isinstance(e, ApplyProgress)), None)
        if last:
            self.bar.setValue(last.done)

    def _done(self, report, plan):
        self._running = False
        self.report = report
        self.state.report = report
        self.bar.hide()  # the summary says it is done: the full bar would only take room from the result list
        self.start.hide()
        self.backfill.hide()
        self.checkpoint_label.hide()  # "before you convert" is over; its links led back to a review now closed
        self.setSubTitle(self.tr("The conversion is complete. Result per customer:"))
        summary = report.summary
        self.summary.setText(self.tr(
            "<b>The conversion is done.</b><br>Converted to v2 (only the MidOffice number is kept): <b>{0}</b> · "
            "kept as paxlounge customers: <b>{1}</b> · unchanged: <b>{2}</b> · failed: <b>{3}</b><br>"
            "Everybody has been logged out and must log in again.")
            .replace("{0}", str(summary.converted)).replace("{1}", str(summary.converted_local))
            .replace("{2}", str(summary.skipped)).replace("{3}", str(summary.failed)))
        changed = sorted((p for p in plan if p.outcome != Outcome.SKIPPED), key=lambda p: p.outcome != Outcome.FAILED)
        here = {p.item.customer_id for p in changed}
        earlier = sum(1 for i in report.items if i.outcome in CHANGED
                      and i.customer_id not in here)
        self.result.setText(self.tr("The backup written before the first change: {0}").replace(
            "{0}", report.backup or "–") + ("<br>" + self.tr(
                "%n customer(s) had already been converted by the interrupted attempt; they are counted above and "
                "listed in the report, not in the list below.", "", earlier) if earlier else ""))
        self.results.show(changed, {r.item.customer_id: r.name() for r in self.state.model.rows()})
        self.completeChanged.emit()
        self.wizard().button(self.wizard().WizardButton.BackButton).setEnabled(False)
        pages = self.wizard().pages
        self.background(lambda: self.context.remember_run(report, pages.index(self)), lambda _: None)
        self.wizard().pages[-1].save_reports()  # the report for people, written now (updated on the last step)

    def _failed(self, exc):
        self._running = False
        self.start.setEnabled(True)
        self.show_error(exc)

    def isComplete(self) -> bool:
        return self.report is not None

