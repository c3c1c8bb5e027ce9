"""Run a service generator in the background; deliver its events to the GUI at most ten times a second.

Like superqt's GeneratorWorker: the job is a generator that yields events and
checks ``cancelled()`` between steps. Events are collected in a buffer that a
GUI-thread timer drains every 100 ms, so a fast job cannot flood the event loop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer, Signal

from paxdesk.errors import Cancelled

INTERVAL_MS = 100


class Worker(QObject):
    events = Signal(list)      # the events since the last delivery, in order
    finished = Signal(object)  # the last event the job yielded (its result), or None
    failed = Signal(object)    # the exception; Cancelled is not reported

    def __init__(self, job: Callable[[Callable[[], bool]], Iterator], parent: QObject | None = None):
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()
        self._buffer: list = []
        self._lock = threading.Lock()
        self._outcome: tuple[str, object] | None = None
        self._thread = threading.Thread(target=self._run, name="paxdesk-worker", daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._drain)

    def start(self) -> "Worker":
        self._timer.start()
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def running(self) -> bool:
        return self._thread.is_alive() or self._timer.isActive()

    def _run(self) -> None:
        last = None
        try:
            for event in self._job(self._cancel.is_set):
                last = event
                with self._lock:
                    self._buffer.append(event)
            outcome = ("finished", last)
        except Cancelled:
            outcome = ("cancelled", None)
        except BaseException as exc:  # reported to the GUI, never lost in a thread
            outcome = ("failed", exc)
        with self._lock:
            self._outcome = outcome

    def _drain(self) -> None:
        with self._lock:
            batch, self._buffer = self._buffer, []
            outcome = self._outcome
        if batch:
            self.events.emit(batch)
        if outcome is not None:
            self._timer.stop()
            kind, value = outcome
            if kind == "finished":
                self.finished.emit(value)
            elif kind == "failed":
                self.failed.emit(value)
            else:
                self.finished.emit(None)

    def wait(self, timeout: float = 5.0) -> None:
        """For tests and shutdown: let the thread end (after cancel)."""
        self._thread.join(timeout)


def run_call(fn: Callable[[], object], parent: QObject) -> Worker:
    """A single background call (a query, a save) as a one-event job."""
    def job(_cancelled):
        yield fn()
    return Worker(job, parent).start()
