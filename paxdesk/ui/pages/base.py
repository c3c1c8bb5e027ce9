"""What every page shares: access to the wizard's state and background calls that keep the GUI responsive."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWizardPage

from paxdesk.ui import texts
from paxdesk.ui.worker import Worker, run_call


class Page(QWizardPage):
    def __init__(self, title: str, subtitle: str = ""):
        super().__init__()
        self.setTitle(title)
        if subtitle:
            self.setSubTitle(subtitle)
        self.layout_ = QVBoxLayout(self)
        self._workers: list[Worker] = []
        self._advance_ok = False

    @property
    def state(self):
        return self.wizard().state

    @property
    def context(self):
        return self.wizard().state.context

    def note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        return label

    def button_row(self, *buttons) -> None:
        """Buttons at their natural width, left-aligned (a lone QPushButton would stretch across the page)."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        self.layout_.addLayout(row)

    def background(self, fn: Callable[[], object], done: Callable[[object], None],
                   failed: Callable[[BaseException], None] | None = None) -> Worker:
        """Call ``fn`` off the GUI thread; ``done(result)`` runs on the GUI thread."""
        worker = run_call(fn, self)
        worker.finished.connect(done)
        worker.failed.connect(failed or self.show_error)
        self._workers.append(worker)
        return worker

    def stream(self, job, events: Callable[[list], None], finished: Callable[[object], None],
               failed: Callable[[BaseException], None]) -> Worker:
        """Run a generator job (``job(cancelled)``) off the GUI thread; its events arrive ten times a second."""
        worker = Worker(job, self)
        worker.events.connect(events)
        worker.finished.connect(finished)
        worker.failed.connect(failed)
        self._workers.append(worker)
        return worker.start()

    def show_error(self, exc: BaseException) -> None:
        self.wizard().dialogs.error(self.title(), texts.error_text(exc))

    def then_next(self, fn: Callable[[], object]) -> bool:
        """For validatePage: run ``fn`` in the background and go on when it succeeded."""
        if self._advance_ok:
            self._advance_ok = False
            return True
        self.setEnabled(False)

        def done(_result):
            self.setEnabled(True)
            self._advance_ok = True
            self.wizard().next()

        def failed(exc):
            self.setEnabled(True)
            self.show_error(exc)
        self.background(fn, done, failed)
        return False

    def stop_workers(self) -> None:
        for worker in self._workers:
            worker.cancel()
            worker.wait(2)
