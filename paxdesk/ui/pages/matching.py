from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWizard

from paxdesk.domain.matching import Status
from paxdesk.services.matching import MatchProgress
from paxdesk.services.conversion_session import MatchOutcome
from paxdesk.ui import texts
from paxdesk.ui.pages.base import Page
from paxdesk.ui.worker import Worker

# The order of the review's tabs (Automatic, Warnings, Deleted, Errors, No reference).
TAB_ORDER = (Status.MATCH, Status.MINOR, Status.MAJOR, Status.DELETED, Status.ERROR, Status.NO_REFERENCE)


class MatchingPage(Page):
    def __init__(self):
        super().__init__(self.tr("Comparison"), self.tr("Every copy is compared with its live MidOffice record."))
        self.bar = QProgressBar()
        self.layout_.addWidget(self.bar)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.layout_.addWidget(self.counts)
        self.speed = QLabel()
        self.layout_.addWidget(self.speed)
        self.cancel = QPushButton(self.tr("Stop comparison"))
        self.cancel.clicked.connect(self._cancel)
        self.restart = QPushButton(self.tr("Start comparison again"))
        self.restart.clicked.connect(self.start)
        self.restart.hide()
        self.button_row(self.cancel, self.restart)
        self.layout_.addStretch()
        self.worker: Worker | None = None
        self.outcome: MatchOutcome | None = None
        self.updates = 0
        self._stopped = False

    def initializePage(self):
        self.start()

    def start(self):
        if self.worker and self.worker.running:
            self.worker.cancel()  # re-entered the page before the last run let go: that one ends unheard
            for signal in (self.worker.events, self.worker.finished, self.worker.failed):
                signal.disconnect()
        self.outcome = None
        self.updates = 0
        self.bar.setValue(0)
        self.cancel.setEnabled(True)
        self.cancel.show()
        self.restart.hide()
        self.speed.setText("")
        self.counts.setText(self.tr("Starting…"))
        self._stopped = False
        self.completeChanged.emit()
        self.worker = Worker(lambda cancelled: self.context.match(cancelled, resume_decisions=True), self)
        self.worker.events.connect(self._events)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self._workers.append(self.worker)
        self.worker.start()

    def cleanupPage(self):
        if self.worker and self.worker.running:
            self.worker.cancel()

    def _cancel(self):
        self._stopped = True
        if self.worker:
            self.worker.cancel()
        self.speed.setText("")
        self.counts.setText(self.tr("Stopped. Nothing was changed; start the comparison again when you are ready."))
        self.cancel.hide()
        self.restart.show()
        self.restart.setEnabled(False)  # until the stopped run has let go
        self.restart.setFocus()

    def busy(self) -> bool:
        return False  # a comparison changes nothing: quitting in the middle loses nothing

    def _events(self, events):
        progress = next((e for e in reversed(events) if isinstance(e, MatchProgress)), None)
        if progress is None or self._stopped:
            return
        self.updates += 1
        self.bar.setMaximum(max(progress.total, 1))
        self.bar.setValue(progress.done)
        self.counts.setText(" · ".join(f"{texts.status_label(status)}: {progress.counts.get(str(status), 0)}"
                                       for status in TAB_ORDER))
        eta = self.tr("about {0} s left").replace("{0}", f"{progress.eta_s:.0f}") if progress.eta_s else ""
        self.speed.setText(f"{progress.done} / {progress.total} · {progress.requests_per_s:.0f} "
                           + self.tr("requests/s") + (f" · {eta}" if eta else ""))

    def _finished(self, result):
        had_focus = self.wizard().focusWidget() is self.cancel  # also while another window is active
        self.cancel.hide()  # done: back here from the review (its "Errors" tab says so), the agent can run it again
        self.restart.show()
        self.restart.setEnabled(True)
        if isinstance(result, MatchOutcome):
            self.outcome = result
            self.state.set_outcome(result)
            self.bar.setValue(self.bar.maximum())
            self.speed.setText(self.tr("Done: %n customer(s) compared.", "", len(result.items)))
        self.completeChanged.emit()
        if had_focus:  # the hidden "Stop" would hand the keyboard on to "Back": Enter would leave for step 4
            self._focus_after_stop()

    def _focus_after_stop(self):
        """Where the keyboard goes once "Stop comparison" is gone: "Next" when done, else "Start again"."""
        next_button = self.wizard().button(QWizard.WizardButton.NextButton)
        (next_button if self.isComplete() and next_button.isEnabled() else self.restart).setFocus()

    def _failed(self, exc):
        had_focus = self.wizard().focusWidget() is self.cancel  # also while another window is active
        self.cancel.hide()
        self.restart.show()
        self.restart.setEnabled(True)
        self.speed.setText("")
        self.counts.setText(texts.error_text(exc))
        if had_focus:
            self._focus_after_stop()

    def isComplete(self) -> bool:
        return self.outcome is not None
