"""What a server's answers prove about its rate limit: three measurements the ``Pacer`` (``pacing.py``) picks
among, kept as pure functions of what it logged so each can be read, and tested, without the pacer's state.

- ``proven_rate``: the first estimate, from the accepted requests before a bucket's first refusal;
- ``spaced_rate``: from the requests a refusing (empty) bucket accepted between close 429s: what it refilled;
- ``regular_rate``: from isolated 429s at even gaps: a bucket just below the pace, not noise.
"""

from __future__ import annotations

from collections.abc import Iterable

MEASURE_GAP = 2.0       # two 429s further apart may have a full bucket between them: not a measurement
MEASURE_COUNT = 60      # accepted requests a measurement needs (±1 of them is the error)
MIN_RATE = 0.2          # requests per second; never slower than this from 429s alone
BURST = 1.0             # seconds' worth a bucket is taken to hold (the common "burst = one second")
REGULAR = (8, 0.3)      # 8 gaps between isolated 429s varying by under 30 %: a bucket just below the pace
#   (an even pace overruns a bucket every k-th request; random refusals' gaps vary by ~100 %:
#   5 % noise looks this regular once in ~500 refusals)


def proven_rate(sends: Iterable[float], refused_at: float) -> float:
    """The rate the accepted requests prove: the most any stretch up to the refusal carried, less a burst.

    A bucket of rate r holding ``BURST`` seconds' worth accepts at most r·(BURST + t) requests
    in any t seconds; the busiest stretch before it refused is the best lower bound of r.
    """
    best, count = 0.0, 0
    for sent in sorted((t for t in sends if t <= refused_at), reverse=True):
        count += 1
        best = max(best, count / (BURST + refused_at - sent))
    return max(MIN_RATE, best)


def spaced_rate(marks: Iterable[tuple[float, int]]) -> float | None:
    """Accepted requests per second between 429s close enough that the bucket stayed empty-ish."""
    count, span = 0, 0.0
    marks = list(marks)
    for (t1, a1), (t2, a2) in zip(marks, marks[1:]):
        if t2 - t1 <= MEASURE_GAP:
            count, span = count + a2 - a1, span + t2 - t1
    return count / span if count >= MEASURE_COUNT and span > 0 else None


def regular_rate(isolated: Iterable[tuple[float, int]]) -> float | None:
    """The bucket's rate when the isolated 429s come at even gaps (what it accepted between them), else None."""
    marks = list(isolated)
    if len(marks) <= REGULAR[0]:
        return None
    gaps = [a2 - a1 for (_t1, a1), (_t2, a2) in zip(marks, marks[1:])]
    mean = sum(gaps) / len(gaps)
    spread = (sum((g - mean) ** 2 for g in gaps) / len(gaps)) ** 0.5
    span = marks[-1][0] - marks[0][0]
    if mean <= 0 or span <= 0 or spread / mean >= REGULAR[1]:
        return None
    return max(MIN_RATE, sum(gaps) / span)
