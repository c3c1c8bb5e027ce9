from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

from paxdesk.domain.matching import Status
from paxdesk.services.matching import MatchProgress
from paxdesk.services.conversion_session import MatchOutcome
from paxdesk.ui import texts
from paxdesk.ui.pages.base import Page
from paxdesk.ui.worker import Worker


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
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self._cancel)
        self.button_row(self.cancel)
        self.layout_.addStretch()
        self.worker: Worker | None = None
        self.outcome: MatchOutcome | None = None
        self.updates = 0

    def initializePage(self):
        self.outcome = None
        self.updates = 0
        self.bar.setValue(0)
        self.cancel.setEnabled(True)
        self.counts.setText(self.tr("Starting…"))
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
        if self.worker:
            self.worker.cancel()
        self.counts.setText(self.tr("Cancelled. Go back and forward again to restart the comparison."))
        self.cancel.setEnabled(False)

    def _events(self, events):
        progress = next((e for e in reversed(events) if isinstance(e, MatchProgress)), None)
        if progress is None:
            return
        self.updates += 1
        self.bar.setMaximum(max(progress.total, 1))
        self.bar.setValue(progress.done)
        parts = [f"{texts.status_label(Status(k))}: {v}" for k, v in sorted(progress.counts.items())]
        self.counts.setText(" · ".join(parts))
        eta = self.tr("about {0} s left").replace("{0}", f"{progress.eta_s:.0f}") if progress.eta_s else ""
        self.speed.setText(f"{progress.done} / {progress.total} · {progress.requests_per_s:.0f} "
                           + self.tr("requests/s") + (f" · {eta}" if eta else ""))

    def _finished(self, result):
        self.cancel.setEnabled(False)
        if isinstance(result, MatchOutcome):
            self.outcome = result
            self.state.set_outcome(result)
            self.bar.setValue(self.bar.maximum())
            self.speed.setText(self.tr("Done: {0} customers compared.").replace("{0}", str(len(result.items))))
        self.completeChanged.emit()

    def _failed(self, exc):
        self.cancel.setEnabled(False)
        self.counts.setText(texts.error_text(exc))

    def isComplete(self) -> bool:
        return self.outcome is not None
