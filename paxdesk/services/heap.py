"""Keeping Python's garbage collector off what a conversion keeps until its end.

A run holds every copy, every live record and every match result until its report: 100,000
customers are a few million objects. Each full collection walks all of them while holding the
interpreter's lock, so the 96 request threads stand still: at 100,000 customers six full
collections took 1.3 s of a 106 s run (benchmarks/README.md, bench_scale). Inside ``kept()``,
what is alive is frozen (``gc.freeze``) at the start and again every ``every`` results, so the
collector walks only what is new; cyclic garbage is still found by the young generations. On
leaving the outermost block the frozen objects are handed back, and the next full collection
frees whatever of them has died.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0


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
    """Inside: long-lived objects out of the full collections' walk. Blocks may nest (the CLI's whole run
    around its matching); only the outermost hands the objects back."""
    global _depth
    with _lock:
        _depth += 1
        gc.freeze()
    try:
        yield Kept(every)
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.unfreeze()
