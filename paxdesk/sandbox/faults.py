"""Fault injection for the sandbox: latency, 503s, hanging requests, a token-bucket rate limit."""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass

from paxdesk.sandbox.fixture import Faults


@dataclass
class _Bucket:
    tokens: float
    updated: float


class FaultInjector:
    def __init__(self, faults: Faults):
        self.faults = faults
        self._rng = random.Random(faults.seed)
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def draw(self) -> str | None:
        """'timeout', 'error' or None for one request; reproducible for a given seed and order."""
        with self._lock:
            roll = self._rng.random()
        if roll < self.faults.timeout_rate:
            return "timeout"
        if roll < self.faults.timeout_rate + self.faults.error_rate:
            return "error"
        return None

    def coin(self) -> bool:
        with self._lock:
            return self._rng.random() < 0.5

    def take(self, key: str) -> float | None:
        """None if the request may pass, else seconds until the bucket has a token again."""
        rate = self.faults.rate_limit_per_s
        if not rate:
            return None
        now = time.monotonic()
        with self._lock:
            bucket = self._buckets.setdefault(key, _Bucket(tokens=rate, updated=now))
            bucket.tokens = min(rate, bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return None
            return (1 - bucket.tokens) / rate
