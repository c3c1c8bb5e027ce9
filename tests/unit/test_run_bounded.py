"""run_bounded: a request sleeping through its Retry-After does not leave a slot in flight idle (issue 29)."""

from __future__ import annotations

import threading
import time

import httpx

from paxdesk.midoffice import concurrency
from paxdesk.midoffice.concurrency import STAND_INS_PER_THREAD, THREADS_PER_SLOT, run_bounded, wait_aside
from paxdesk.midoffice.http import HttpClient


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


def _wait_until(condition, seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.005)
    return False


def test_a_thread_waiting_aside_is_stood_in_for_and_the_crew_shrinks_back():
    """More refused inputs than threads (6 against concurrency 1's three threads): each waits aside, the
    others still go; when the sleepers come back no more than three inputs are worked on at once.

    (Without the stand-in all three threads slept, and nothing else went until they woke.)"""
    released = threading.Event()
    lock = threading.Lock()
    busy = [0, 0]  # now, most at once

    def work(item: str) -> str:
        if item.startswith("refused"):
            wait_aside(released, 10)  # a refusal's Retry-After: no request in flight
            return item
        with lock:
            busy[0] += 1
            busy[1] = max(busy[1], busy[0])
        time.sleep(0.01)
        with lock:
            busy[0] -= 1
        return item

    inputs = [f"refused-{i}" for i in range(6)] + [f"ok-{i}" for i in range(30)]
    done: list[str] = []
    for result in run_bounded(work, inputs, concurrency=1, cancelled=lambda: False):
        done.append(result)
        if len(done) == 10:
            released.set()  # the sleepers come back while inputs are left: three threads take them, not nine
    assert all(result.startswith("ok") for result in done[:10])
    assert busy[1] <= THREADS_PER_SLOT  # stand-ins replace the sleepers, they do not add to the crew
    assert sorted(done) == sorted(inputs)


def test_the_stand_ins_are_bounded():
    """However many inputs wait aside at once, the threads stay within STAND_INS_PER_THREAD more per thread."""
    released = threading.Event()
    most = THREADS_PER_SLOT * (1 + STAND_INS_PER_THREAD)
    lock = threading.Lock()
    asleep = [0, 0]  # now, most at once

    def work(item: int) -> int:
        with lock:
            asleep[0] += 1
            asleep[1] = max(asleep[1], asleep[0])
        wait_aside(released, 10)
        with lock:
            asleep[0] -= 1
        return item

    def release_when_all_asleep() -> None:
        _wait_until(lambda: asleep[0] >= most)
        time.sleep(0.1)  # a thread more would have started by now
        released.set()

    threading.Thread(target=release_when_all_asleep, daemon=True).start()
    assert sorted(run_bounded(work, list(range(3 * most)), concurrency=1, cancelled=lambda: False)) == \
        list(range(3 * most))
    assert asleep[1] == most  # every thread the bound allows, and not one more


def test_waiting_aside_off_a_worker_is_a_plain_wait():
    stop = threading.Event()
    stop.set()
    assert wait_aside(stop, 5) is True
    assert wait_aside(threading.Event(), 0.01) is False


def test_a_refused_request_waits_out_its_retry_after_aside():
    """The HTTP client's wait before a retry is ``wait_aside``: on concurrency 1 (three threads) every sixth
    request is refused once with ``Retry-After: 1``, and all thirty others are answered before any refused one
    is back. (Waiting in place, the three threads were all asleep after the first twelve.) The server states a
    high limit, so the pacer's slow start is not what is measured."""
    refused_once: set[str] = set()
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        name = request.url.path.rsplit("/", 1)[-1]
        with lock:
            first = name.startswith("refused") and name not in refused_once
            refused_once.add(name)
        if first:
            return httpx.Response(429, headers={"Retry-After": "1"})
        return httpx.Response(200, json={"name": name}, headers={"RateLimit-Policy": '"s";q=100000;w=1'})

    client = HttpClient("https://api.example/v1", concurrency=1, transport=httpx.MockTransport(handler))
    inputs = [name for i in range(6) for name in [f"refused-{i}"] + [f"ok-{i}-{j}" for j in range(5)]]
    try:
        done = list(run_bounded(lambda name: client.request("GET", f"customers/{name}").json()["name"],
                                inputs, concurrency=1, cancelled=lambda: False))
    finally:
        client.close()
    assert all(name.startswith("ok") for name in done[:30]), done
    assert sorted(done) == sorted(inputs)


def test_without_a_thread_to_spare_the_wait_is_in_place(monkeypatch):
    """A system out of threads refuses the stand-in: the input waits in its own thread and the run goes on."""
    refused = [0]

    class NoStandIn(threading.Thread):
        def start(self) -> None:
            if threading.current_thread().name.startswith("midoffice-"):  # asked for by a worker: a stand-in
                refused[0] += 1
                raise RuntimeError("can't start new thread")
            super().start()

    monkeypatch.setattr(concurrency.threading, "Thread", NoStandIn)
    stop = threading.Event()

    def work(item: int) -> int:
        if item % 2:
            wait_aside(stop, 0.1)
        return item

    assert sorted(run_bounded(work, list(range(12)), concurrency=1, cancelled=lambda: False)) == list(range(12))
    assert refused[0] > 0  # a stand-in was asked for, and refused
