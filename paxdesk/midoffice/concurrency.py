"""Bounded parallel work that streams its results and stops promptly when cancelled."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait


def run_bounded(work: Callable, inputs: list, concurrency: int, cancelled: Callable[[], bool],
                flatten: bool = False) -> Iterator:
    """Run ``work`` over inputs on a few threads, yielding results as they complete.

    At most ``concurrency * 2`` inputs are queued ahead, so cancelling stops
    quickly: the generator checks ``cancelled`` after every result and leaves
    in-flight work behind without waiting for it.
    """
    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="midoffice")
    pending: set[Future] = set()
    source = iter(inputs)
    try:
        while True:
            while len(pending) < concurrency * 2:
                item = next(source, None)
                if item is None:
                    break
                pending.add(pool.submit(work, item))
            if not pending:
                return
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
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
