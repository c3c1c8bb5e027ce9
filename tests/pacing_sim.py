"""A deterministic simulation of paxdesk's workers against a token-bucket server, on a fake clock.

It drives the real ``Pacer`` the way ``HttpClient.request`` does (book a slot, wait,
book again if the pace dropped meanwhile, send, learn from the answer, wait
Retry-After after a 429), with no threads and no sleeping: events in time order.
The server is the sandbox's bucket (``sandbox/faults.py``): ``rate`` per second, a
burst of one second's worth, Retry-After rounded up to whole seconds, and optional
rate-limit headers the way the sandbox sends them; ``noise`` is the share of requests
refused at random whatever the pace (``faults.refuse_rate``), with ``Retry-After: 1``.
"""

from __future__ import annotations

import heapq
import math
import random
from dataclasses import dataclass, field, replace

from paxdesk.midoffice.pacing import Pacer
from paxdesk.midoffice.ratelimit_headers import read_rate_limit
from paxdesk.sandbox.faults import FaultInjector
from paxdesk.sandbox.fixture import Faults


class FakeClock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


class Server:
    """The sandbox's rate limit (``FaultInjector``) on the fake clock, answering as ``Sandbox.guarded`` does."""

    def __init__(self, clock: FakeClock, rate: float | None, headers: str | None = None, noise: float = 0.0,
                 seed: int = 0):
        self.injector = FaultInjector(Faults(rate_limit_per_s=rate, rate_limit_headers=headers), clock=clock)
        self.noise = noise
        self._rng = random.Random(seed)

    def set_rate(self, rate: float) -> None:
        self.injector.faults = replace(self.injector.faults, rate_limit_per_s=rate)

    def answer(self) -> tuple[int, dict]:
        if self.noise and self._rng.random() < self.noise:
            return 429, {"retry-after": "1"}
        wait = self.injector.take("token")
        headers = self.injector.limit_headers("token")
        if wait is not None:
            headers["Retry-After"] = str(max(1, math.ceil(wait)))
        return (200 if wait is None else 429), {k.lower(): v for k, v in headers.items()}


@dataclass
class Run:
    accepted: list[float] = field(default_factory=list)  # server times of accepted requests
    refused: list[float] = field(default_factory=list)

    def accepted_between(self, start: float, end: float) -> int:
        return sum(start <= t < end for t in self.accepted)

    def refused_between(self, start: float, end: float) -> int:
        return sum(start <= t < end for t in self.refused)


def simulate(pacer: Pacer, clock: FakeClock, server: Server, duration: float, *, workers: int = 32,
             latency: float = 0.02, cpu: float = 0.0012, changes: dict[float, float] | None = None) -> Run:
    """Run ``workers`` for ``duration`` seconds; ``changes`` = {time offset: new server rate}."""
    start = clock.now
    run = Run()
    events: list[tuple[float, int, str, int]] = []  # (time, order, kind, worker)
    order = 0
    generation: dict[int, int] = {}
    sent_at: dict[int, float] = {}
    answers: dict[int, dict] = {}
    cpu_free = start
    pending_changes = sorted((start + offset, rate) for offset, rate in (changes or {}).items())

    def push(when: float, kind: str, worker: int) -> None:
        nonlocal order
        order += 1
        heapq.heappush(events, (when, order, kind, worker))

    for w in range(workers):
        push(start, "book", w)
    while events:
        when, _, kind, w = heapq.heappop(events)
        if when > start + duration:
            break
        clock.now = when
        while pending_changes and pending_changes[0][0] <= when:
            server.set_rate(pending_changes.pop(0)[1])
        if kind == "book":
            delay, generation[w] = pacer.book()
            push(when + delay, "send", w)
        elif kind == "send":
            if generation[w] is None or pacer.generation != generation[w]:
                push(when, "book", w)
                continue
            sent_at[w] = when  # the slot was granted: what the pacer knows as the request's start
            cpu_free = max(cpu_free, when) + cpu  # the client's CPU sends one request at a time
            push(cpu_free + latency, "check", w)
        elif kind == "check":  # the server's limit looks at the request (after its latency)
            status, headers = server.answer()
            (run.accepted if status == 200 else run.refused).append(when)
            push(when + 0.0005, f"answer{status}", w)
            answers[w] = headers
        else:
            status = int(kind[6:])
            headers = answers.pop(w)
            retry_after = float(headers["retry-after"]) if "retry-after" in headers else None
            pacer.on_answer(status, sent_at[w], retry_after=retry_after,
                            info=read_rate_limit(headers, now=0.0))
            push(when + (retry_after if status == 429 else 0.0), "book", w)
    clock.now = start + duration
    return run
