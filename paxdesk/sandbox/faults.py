"""Fault injection for the sandbox: latency, 503s, hanging requests, a token-bucket rate limit (and its headers)."""

from __future__ import annotations

import math
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
    def __init__(self, faults: Faults, clock=time.monotonic):
        self.faults = faults
        self._clock = clock  # a fake one in the pacer's unit tests
        self._rng = random.Random(faults.seed)
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def draw(self) -> str | None:
        """'timeout', 'error', 'refuse' or None for one request; reproducible for a given seed and order."""
        with self._lock:
            roll = self._rng.random()
        if roll < self.faults.timeout_rate:
            return "timeout"
        if roll < self.faults.timeout_rate + self.faults.error_rate:
            return "error"
        if roll < self.faults.timeout_rate + self.faults.error_rate + self.faults.refuse_rate:
            return "refuse"
        return None

    def coin(self) -> bool:
        with self._lock:
            return self._rng.random() < 0.5

    def take(self, key: str) -> float | None:
        """None if the request may pass, else seconds until the bucket has a token again."""
        rate = self.faults.rate_limit_per_s
        if not rate:
            return None
        now = self._clock()
        with self._lock:
            bucket = self._buckets.setdefault(key, _Bucket(tokens=rate, updated=now))
            bucket.tokens = min(rate, bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return None
            return (1 - bucket.tokens) / rate

    def limit_headers(self, key: str) -> dict[str, str]:
        """The bucket of ``key`` as rate-limit headers (``faults.rate_limit_headers``), or none.

        The policy is the bucket: ``rate`` requests per 1 s window; remaining is the whole
        tokens left, reset the seconds until the bucket is full again (rounded up).
        """
        style, rate = self.faults.rate_limit_headers, self.faults.rate_limit_per_s
        if not style or not rate:
            return {}
        with self._lock:
            bucket = self._buckets[key]
            left, full_in = int(bucket.tokens), math.ceil((rate - bucket.tokens) / rate)
        if style == "ietf":  # quota and window are integers: 2.5 per second is 25 per 10 s
            policy = f"q={int(rate)};w=1" if float(rate).is_integer() else f"q={round(rate * 10)};w=10"
            return {"RateLimit-Policy": f'"burst";{policy}', "RateLimit": f'"burst";r={left};t={full_in}'}
        return {"X-RateLimit-Limit": str(max(1, int(rate))), "X-RateLimit-Remaining": str(left),
                "X-RateLimit-Reset": str(full_in)}
