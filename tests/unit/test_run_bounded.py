"""run_bounded: a request sleeping through its Retry-After does not leave a slot in flight idle (issue 29)."""

from __future__ import annotations

import threading
import time

from paxdesk.midoffice.concurrency import run_bounded


def test_items_waiting_out_a_retry_after_do_not_hold_up_the_others():
    """Two of the first inputs "wait out a Retry-After"; with concurrency 2 the rest still go meanwhile.

    (With one thread per slot both threads slept, and every other input waited behind them.)"""
    released = threading.Event()

    def work(item: str) -> str:
        if item.startswith("refused"):
            released.wait(10)  # sleeping through the refusal's Retry-After: no request in flight
        return item

    inputs = ["refused-1", "refused-2"] + [f"ok-{i}" for i in range(10)]
    done: list[str] = []
    for result in run_bounded(work, inputs, concurrency=2, cancelled=lambda: False):
        done.append(result)
        if len(done) == 10:
            released.set()
    assert sorted(done[:10]) == sorted(f"ok-{i}" for i in range(10))
    assert sorted(done[10:]) == ["refused-1", "refused-2"]


def test_the_threads_are_bounded_by_the_inputs():
    seen: set[str] = set()

    def work(item: int) -> int:
        seen.add(threading.current_thread().name)
        time.sleep(0.01)
        return item

    assert sorted(run_bounded(work, [1, 2, 3], concurrency=32, cancelled=lambda: False)) == [1, 2, 3]
    assert len(seen) <= 3
