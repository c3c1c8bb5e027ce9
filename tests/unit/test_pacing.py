"""The pacer against the sandbox's token bucket on a fake clock: it converges, backs off, recovers, reads headers.

Deterministic: ``tests/pacing_sim.py`` plays 32 workers with 20 ms latency in time
order; nothing sleeps and nothing is timed. The figures asserted are the server's own
counts of accepted and refused requests.
"""

from __future__ import annotations

import pytest

from paxdesk.midoffice.pacing import BOOK_AHEAD, Pacer
from paxdesk.midoffice.ratelimit_headers import RateLimitInfo, read_rate_limit
from tests.pacing_sim import FakeClock, Server, simulate


def run(rate: float, seconds: float, headers: str | None = None, changes: dict | None = None):
    clock = FakeClock()
    pacer = Pacer(clock)
    result = simulate(pacer, clock, Server(clock, rate, headers), seconds, changes=changes)
    return pacer, result, clock.now - seconds


@pytest.mark.parametrize("limit", [30, 100, 300])
def test_without_headers_it_learns_the_limit_and_runs_just_under_it(limit):
    pacer, result, t0 = run(limit, 90)
    accepted = result.accepted_between(t0 + 20, t0 + 90) / 70
    refused = result.refused_between(t0 + 20, t0 + 90)
    assert 0.95 * limit <= accepted <= 1.01 * limit
    assert refused <= 0.01 * accepted * 70
    assert 0.93 * limit <= pacer.rate() <= 1.05 * limit


def test_it_starts_unpaced_and_one_stray_429_does_not_slow_it():
    clock = FakeClock()
    pacer = Pacer(clock)
    assert pacer.book() == (0.0, pacer.generation) and pacer.rate() is None
    pacer.on_answer(429, clock.now, retry_after=1.0)
    clock.now += 0.01
    assert pacer.rate() is None and pacer.book()[0] == 0.0


def test_it_backs_off_when_the_server_lowers_its_limit():
    _pacer, result, t0 = run(100, 120, changes={40: 50})
    assert 0.95 * 50 <= result.accepted_between(t0 + 60, t0 + 120) / 60 <= 1.01 * 50
    assert result.refused_between(t0 + 60, t0 + 120) <= 0.01 * 50 * 60
    assert result.refused_between(t0 + 40, t0 + 60) < 50  # the step down itself costs a few, not a storm


def test_it_recovers_when_the_server_raises_its_limit():
    _pacer, result, t0 = run(50, 150, changes={30: 200})
    assert result.accepted_between(t0 + 120, t0 + 150) / 30 >= 0.9 * 200


@pytest.mark.parametrize("style", ["ietf", "x-ratelimit"])
@pytest.mark.parametrize("limit", [100, 300])
def test_with_headers_it_paces_at_the_stated_rate_without_a_single_429(style, limit):
    pacer, result, t0 = run(limit, 60, headers=style)
    assert result.refused == []
    assert result.accepted_between(t0 + 5, t0 + 60) / 55 >= 0.98 * limit
    assert pacer.rate() == pytest.approx(0.99 * limit)


def test_with_headers_a_fast_start_past_a_small_bucket_costs_only_that_first_round():
    _pacer, result, _t0 = run(30, 60, headers="ietf")  # 32 in flight at once, the bucket holds 30
    assert len(result.refused) <= 2


def test_a_long_retry_after_pauses_every_new_request_a_short_one_only_the_refused():
    clock = FakeClock()
    pacer = Pacer(clock)
    pacer.on_answer(429, clock.now, retry_after=1.0)
    assert pacer.book()[0] == 0.0  # a per-second bucket's "1": the refused request waits, nobody else
    pacer.on_answer(429, clock.now, retry_after=30.0)
    assert pacer.book()[0] == pytest.approx(30.0)


def test_a_used_up_quota_without_a_stated_window_pauses_until_its_reset():
    clock = FakeClock()
    pacer = Pacer(clock)
    pacer.on_answer(200, clock.now, info=RateLimitInfo(limit=5000, remaining=0, reset=600))
    delay, generation = pacer.book()
    assert generation is None and delay == pytest.approx(600 - BOOK_AHEAD)  # bookable just before the reset
    clock.now += delay
    assert pacer.book() == (pytest.approx(BOOK_AHEAD), pacer.generation)  # its slot: at the reset


def test_a_drop_in_pace_voids_the_slots_booked_at_the_old_one():
    clock = FakeClock()
    pacer = Pacer(clock)
    pacer.on_answer(200, clock.now, info=RateLimitInfo(rate=100))
    _delay, generation = pacer.book()
    pacer.on_answer(200, clock.now, info=RateLimitInfo(rate=10))
    assert pacer.generation != generation


@pytest.mark.parametrize("headers,expected", [
    ({"RateLimit-Policy": '"burst";q=100;w=1, "day";q=1000;w=86400', "RateLimit": '"burst";r=57;t=1'},
     RateLimitInfo(rate=100, remaining=57, reset=1)),  # draft 08+: the shortest window paces
    ({"RateLimit-Policy": "100;w=2", "RateLimit": "limit=100, remaining=5, reset=3"},
     RateLimitInfo(rate=50, limit=100, remaining=5, reset=3)),  # draft 07
    ({"RateLimit-Limit": "10, 10;w=60", "RateLimit-Remaining": "3", "RateLimit-Reset": "7"},
     RateLimitInfo(rate=10 / 60, limit=10, remaining=3, reset=7)),  # drafts up to 06
    ({"X-RateLimit-Limit": "5000", "X-RateLimit-Remaining": "4990", "X-RateLimit-Reset": "1700000600"},
     RateLimitInfo(limit=5000, remaining=4990, reset=600)),  # GitHub: reset as a Unix time
    ({"X-RateLimit-Limit": "junk;;", "X-RateLimit-Remaining": "-3"}, None),
    ({"RateLimit": "not a structured field (", "Content-Type": "application/json"}, None),
])
def test_rate_limit_headers_are_read_in_every_common_form(headers, expected):
    assert read_rate_limit(headers, now=1_700_000_000) == expected
