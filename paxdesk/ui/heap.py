"""Keeping the garbage collector from pausing the GUI."""

from __future__ import annotations

import gc


def settle_heap() -> None:
    """Move what lives for the whole session out of the collector's way.

    A full collection stops every thread; walking Qt, SQLAlchemy and thousands
    of review rows paused the GUI for ~110 ms during matching and ~270 ms on a
    bulk decision over 100,000 rows. Frozen objects are not walked (measured in
    tests/ui/test_responsiveness.py and benchmarks/bench_review.py).
    """
    gc.collect()
    gc.freeze()
