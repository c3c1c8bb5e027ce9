"""Retry policy, retry budget and the AIMD concurrency limiter shared by both adapters."""

from __future__ import annotations

import email.utils
import random
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5          # per request, first try included
    base_delay: float = 0.2        # exponential backoff: base * 2**n, full jitter
    max_delay: float = 10.0
    retry_after_cap: float = 60.0  # a server asking for longer is not waited for
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    deadline: float = 90.0         # per request, all attempts and waits included, enforced by paxdesk
    max_answer_bytes: int = 1 << 20  # per answer, after decompression (the largest real one is ~100 KB)

    def backoff(self, attempt: int, rng: random.Random) -> float:
        return rng.uniform(0, min(self.max_delay, self.base_delay * (2 ** attempt)))


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header in either form (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = datetime.fromtimestamp(now if now is not None else time.time(), timezone.utc)
    return max(0.0, (when - current).total_seconds())


class RetryBudget:
    """Retries may add at most ``ratio`` of the first attempts plus ``reserve``.

    So a run of N requests sends at most N * (1 + ratio) + reserve requests,
    however the server behaves: an outage does not become a request storm.
    """

    def __init__(self, ratio: float = 1.0, reserve: int = 50):
        self.ratio = ratio
        self.reserve = reserve
        self._first = 0
        self._retries = 0
        self._lock = threading.Lock()

    def record_first_attempt(self) -> None:
        with self._lock:
            self._first += 1

    def try_spend(self) -> bool:
        with self._lock:
            if self._retries < self.reserve + self.ratio * self._first:
                self._retries += 1
                return True
            return False

    def bound(self, first_attempts: int) -> int:
        return int(first_attempts * (1 + self.ratio) + self.reserve)


class AdaptiveLimiter:
    """At most ``limit`` requests in flight; halves on 429, grows by one per ``limit`` successes (AIMD).

    A 429 with Retry-After also pauses *new* requests until then, so one rate
    limit answer does not turn into a burst of them.
    """

    def __init__(self, maximum: int, initial: int | None = None):
        self.maximum = max(1, maximum)
        self._limit = float(min(self.maximum, initial or self.maximum))
        self._in_flight = 0
        self._paused_until = 0.0
        self._cond = threading.Condition()

    @property
    def limit(self) -> int:
        return int(self._limit)

    def acquire(self, deadline: float) -> bool:
        with self._cond:
            while True:
                now = time.monotonic()
                if now >= deadline:
                    return False
                wait_pause = self._paused_until - now
                if wait_pause <= 0 and self._in_flight < int(self._limit):
                    self._in_flight += 1
                    return True
                self._cond.wait(timeout=min(deadline - now, max(wait_pause, 0.05)))

    def release(self) -> None:
        with self._cond:
            self._in_flight -= 1
            self._cond.notify()

    def on_success(self) -> None:
        with self._cond:
            if self._limit < self.maximum:
                self._limit = min(self.maximum, self._limit + 1.0 / self._limit)
                self._cond.notify_all()

    def on_rate_limited(self, retry_after: float | None) -> None:
        with self._cond:
            self._limit = max(1.0, self._limit / 2)
            if retry_after:
                self._paused_until = max(self._paused_until, time.monotonic() + retry_after)
