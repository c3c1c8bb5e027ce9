"""Bounded parallel work that streams its results and stops promptly when cancelled."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator

_END = object()     # no more inputs
_FAILED = object()  # a result that is an exception


THREADS_PER_SLOT = 3  # a request waiting out its Retry-After holds a thread, not one of the slots in flight.
#   Six were tried (2026-12-07): 5 % random 429s on an unbounded server cost 1.27x instead of 1.41x, but the
#   100,000-customer conversion ran 2-5 % slower (119.0 / 123.5 s against 116.9 / 117.6 s, paired) - kept at 3


def run_bounded(work: Callable, inputs: list, concurrency: int, cancelled: Callable[[], bool],
                flatten: bool = False) -> Iterator:
    """Run ``work`` over inputs on ``concurrency`` threads, yielding results as they complete.

    Each thread takes the next input when it is free (nothing is queued ahead), so
    cancelling stops quickly: the generator checks ``cancelled`` after every result
    (and at least every 0.2 s), tells the threads to take nothing more and leaves
    in-flight work behind without waiting for it. An exception in ``work`` (an
    AuthError for the whole run) is raised here. Results travel through one queue:
    no future, no executor bookkeeping per input (100,000 of them in a conversion).

    ``concurrency`` bounds the requests in flight (the client's ``InFlightLimit``); there are
    ``THREADS_PER_SLOT`` times as many threads, so a refused request sleeping through its
    ``Retry-After`` does not leave a slot idle: with 5 % random 429s at 1-2 s each, 32 threads
    spent most of a run asleep (issue 29, benchmarks/README.md).
    """
    source = iter(inputs)
    take = threading.Lock()
    stop = threading.Event()
    results: queue.SimpleQueue = queue.SimpleQueue()

    def worker() -> None:
        while not stop.is_set():
            with take:
                item = next(source, _END)
            if item is _END:
                break
            try:
                results.put((True, work(item)))
            except BaseException as exc:  # noqa: BLE001 - handed to the generator, which raises it
                results.put((_FAILED, exc))
                return
        results.put((None, None))

    threads = [threading.Thread(target=worker, name=f"midoffice-{i}", daemon=True)
               for i in range(max(1, min(concurrency * THREADS_PER_SLOT, len(inputs))))]
    for thread in threads:
        thread.start()
    running = len(threads)
    try:
        while running:
            try:
                kind, value = results.get(timeout=0.2)
            except queue.Empty:
                if cancelled():
                    return
                continue
            if kind is None:
                running -= 1
                continue
            if kind is _FAILED:
                raise value
            if flatten:
                yield from value
            else:
                yield value
            if cancelled():
                return
    finally:
        stop.set()
