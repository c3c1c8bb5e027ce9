"""Keeping Python's garbage collector off what a headless conversion keeps until its end.

A run holds every copy, every live record and every match result until its report: 100,000
customers are a few million objects. Each full collection walks all of them while holding the
interpreter's lock, so the 96 request threads stand still: at 100,000 customers the full
collections during and after the matching took 1.1 s of a 106 s run (benchmarks/README.md,
bench_scale). Inside ``kept()``, what is alive is frozen (``gc.freeze``) at the start and again
every ``every`` results, so the collector walks only what is new; cyclic garbage is still found
by the young generations. On leaving, the frozen objects are handed back (unless something froze
before the run began).

Only ``paxdesk convert`` uses it: the wizard freezes its session for good (``ui/heap.py``; a walk handed
back at the end of its matching would land on the GUI thread at once).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


class Kept:
    def __init__(self, every: int):
        self._every = every
        self._since = 0

    def note(self) -> None:
        """One more long-lived result: every ``every`` of them, freeze what is alive."""
        self._since += 1
        if self._since >= self._every:
            self._since = 0
            gc.freeze()


@contextmanager
def kept(every: int = 5000) -> Iterator[Kept]:
    """Inside: the run's long-lived objects out of the full collections' walk. What was frozen before
    (the wizard freezes its session for good: ``ui/heap.py``) stays frozen; only then are they handed back."""
    frozen_before = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        yield Kept(every)
    finally:
        if not frozen_before:
            gc.unfreeze()
