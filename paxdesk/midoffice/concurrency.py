"""Bounded parallel work that streams its results and stops promptly when cancelled."""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor


def run_bounded(work: Callable, inputs: list, concurrency: int, cancelled: Callable[[], bool],
                flatten: bool = False) -> Iterator:
    """Run ``work`` over inputs on a few threads, yielding results as they complete.

    At most ``concurrency * 2`` inputs are queued ahead, so cancelling stops
    quickly: the generator checks ``cancelled`` after every result (and at least
    every 0.2 s) and leaves in-flight work behind without waiting for it.
    Finished futures arrive through a queue: ``concurrent.futures.wait`` would
    walk every pending future for every result.
    """
    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="midoffice")
    finished: queue.SimpleQueue[Future] = queue.SimpleQueue()
    pending: set[Future] = set()
    source = iter(inputs)
    try:
        while True:
            while len(pending) < concurrency * 2:
                item = next(source, None)
                if item is None:
                    break
                future = pool.submit(work, item)
                pending.add(future)
                future.add_done_callback(finished.put)
            if not pending:
                return
            try:
                future = finished.get(timeout=0.2)
            except queue.Empty:
                if cancelled():
                    return
                continue
            pending.discard(future)
            result = future.result()
            if flatten:
                yield from result
            else:
                yield result
            if cancelled():
                return
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=False, cancel_futures=True)
