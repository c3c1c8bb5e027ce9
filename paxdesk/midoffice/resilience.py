"""Retry policy, retry budget and the bound on requests in flight, shared by both adapters."""

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


class InFlightLimit:
    """At most ``limit`` requests in flight (``--concurrency``); the pace is the ``Pacer``'s job (pacing.py)."""

    def __init__(self, limit: int):
        self.limit = max(1, limit)
        self._in_flight = 0
        self._cond = threading.Condition()

    def acquire(self, deadline: float) -> bool:
        with self._cond:
            while self._in_flight >= self.limit:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(timeout=left)
            self._in_flight += 1
            return True

    def release(self) -> None:
        with self._cond:
            self._in_flight -= 1
            self._cond.notify()
