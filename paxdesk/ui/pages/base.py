"""What every page shares: access to the wizard's state and background calls that keep the GUI responsive."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QScrollArea, QTableWidget, QVBoxLayout,
                               QWidget, QWizardPage)

from paxdesk.ui import texts
from paxdesk.ui.worker import Worker, run_call


def read_only_table(columns: list[str]) -> QTableWidget:
    """A table that shows, not edits: no cell editor on Space or typing, and Tab leaves it (no Tab trap)."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    return table


class Page(QWizardPage):
    """A wizard page whose content scrolls when the window is small (1366×768 at 125 % leaves ~400 px)."""

    def __init__(self, title: str, subtitle: str = ""):
        super().__init__()
        self.name = title  # the title without "Step x of 9", for dialog titles
        self.setTitle(title)
        if subtitle:
            self.setSubTitle(subtitle)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget()
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll)
        self.layout_ = QVBoxLayout(content)
        self.layout_.setContentsMargins(0, 0, 4, 0)
        self._workers: list[Worker] = []
        self._advance_ok = False
        self._advancing = False

    def set_step(self, number: int, total: int) -> None:
        self.setTitle(QCoreApplication.translate("Page", "Step {0} of {1}: {2}").replace("{0}", str(number)).replace("{1}", str(total))
                      .replace("{2}", self.name))

    @property
    def state(self):
        return self.wizard().state

    @property
    def context(self):
        return self.wizard().state.context

    def focus_once_shown(self, widget: QWidget) -> None:
        """For initializePage: QWizard gives the focus to the page's first widget after it, so ask again then."""
        widget.setFocus()
        QTimer.singleShot(0, widget, widget.setFocus)

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
        self.wizard().dialogs.error(self.name, texts.error_text(exc))

    def then_next(self, fn: Callable[[], object]) -> bool:
        """For validatePage: run ``fn`` in the background and go on when it succeeded."""
        if self._advance_ok:
            self._advance_ok = False
            return True
        if self._advancing:  # a second "Weiter" while the first is still at work
            return False
        self._advancing = True
        self.setEnabled(False)

        def done(_result):
            self._advancing = False
            self.setEnabled(True)
            self._advance_ok = True
            self.wizard().next()

        def failed(exc):
            self._advancing = False
            self.setEnabled(True)
            self.show_error(exc)
        self.background(fn, done, failed)
        return False

    def busy(self) -> bool:
        """Work is running that closing the window would interrupt (the wizard asks more sternly then)."""
        return False

    def stop_workers(self) -> None:
        for worker in self._workers:
            worker.cancel()
            worker.wait(2)
