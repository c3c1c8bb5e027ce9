"""What a server's rate-limit headers say: its sustained rate, what is left now, and when it comes back.

Read in every form met in practice, newest first:

- IETF httpapi draft 08 and later: ``RateLimit-Policy: "burst";q=100;w=1`` and
  ``RateLimit: "burst";r=57;t=1`` (structured-field lists, one item per policy);
- draft 07: ``RateLimit: limit=100, remaining=57, reset=1`` (a dictionary) with
  ``RateLimit-Policy: 100;w=1``;
- drafts up to 06 and the ``X-`` convention: ``(X-)RateLimit-Limit`` (``100`` or
  ``100, 100;w=1``), ``(X-)RateLimit-Remaining`` and ``(X-)RateLimit-Reset`` (seconds,
  or a Unix time as GitHub sends it).

Anything unreadable is ignored, never an error: the headers are advice, the 429s are the truth.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass

import http_sf

EPOCH = 1e9  # a "reset" larger than this is a Unix time, not a number of seconds


@dataclass(frozen=True)
class RateLimitInfo:
    rate: float | None = None       # requests per second the quota policy allows (quota / window)
    limit: float | None = None      # the quota, where no window is stated (X-RateLimit-Limit: 5000)
    remaining: float | None = None  # requests the server still accepts now
    reset: float | None = None      # seconds until the quota is restored


def _parsed(value: str | None, kind: str):
    if not value:
        return None
    try:
        return http_sf.parse(value.encode("ascii", "replace"), tltype=kind)
    except Exception:  # noqa: BLE001 - a malformed header is no rate limit information, never a failure
        return None


def _number(value) -> float | None:
    if isinstance(value, tuple):  # an item with its parameters
        value = value[0]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if value >= 0 else None


def _seconds(value, now: float) -> float | None:
    number = _number(value)
    if number is None:
        return None
    if number > EPOCH * 1000:  # a Unix time in milliseconds
        number /= 1000
    return max(0.0, number - now) if number > EPOCH else number


def _quota_rates(items) -> tuple[list[tuple[float, float]], float | None]:
    """((window, requests per second) of each ``quota;w=window`` item, a bare quota without window)."""
    rates, bare = [], None
    for value, params in items or []:
        quota = _number(params.get("q", value if not isinstance(value, str) else None))
        window = _number(params.get("w"))
        if quota is None:
            continue
        if window:
            rates.append((window, quota / window))
        elif bare is None:
            bare = quota
    return rates, bare


def read_rate_limit(headers: Mapping[str, str], now: float | None = None) -> RateLimitInfo | None:
    """The rate limit the answer's headers state, or None when they state none."""
    headers = {k.lower(): v for k, v in headers.items() if "ratelimit" in k.lower()}  # one pass over the answer
    if not headers:
        return None
    now = time.time() if now is None else now
    rates, limit = _quota_rates(_parsed(headers.get("ratelimit-policy"), "list"))
    remaining = reset = None
    current = headers.get("ratelimit")
    listed = _parsed(current, "list")
    if listed and all(isinstance(value, str) for value, _params in listed):  # draft 08+: one item per policy
        for _name, params in listed:
            left = _number(params.get("r"))
            if left is not None and (remaining is None or left < remaining):
                remaining, reset = left, _seconds(params.get("t"), now)
    else:
        fields = _parsed(current, "dictionary") or {}  # draft 07
        remaining, reset = _number(fields.get("remaining")), _seconds(fields.get("reset"), now)
        limit = limit if limit is not None else _number(fields.get("limit"))
    for prefix in ("ratelimit-", "x-ratelimit-"):
        more, bare = _quota_rates(_parsed(headers.get(prefix + "limit"), "list"))
        rates += more
        limit = limit if limit is not None else bare
        if remaining is None:
            remaining = _number(_parsed(headers.get(prefix + "remaining"), "item"))
        if reset is None:
            reset = _seconds(_parsed(headers.get(prefix + "reset"), "item"), now)
    if not rates and limit is None and remaining is None:
        return None
    # The shortest window paces; a longer one (1,000 a day) shows as remaining 0 until its reset.
    return RateLimitInfo(rate=min(rates)[1] if rates else None, limit=limit, remaining=remaining, reset=reset)
