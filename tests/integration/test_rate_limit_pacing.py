"""Rate-limit headers from the sandbox reach paxdesk's pacer over real HTTP; the fixture extension is checked."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from paxdesk.errors import InputError
from paxdesk.midoffice import Found, Gone, make_adapter
from paxdesk.midoffice.http import HttpClient
from paxdesk.midoffice.ratelimit_headers import RateLimitInfo
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.server import SandboxServer
from tests.conftest import TOKEN, sandbox_doc


@pytest.mark.parametrize("style", ["ietf", "x-ratelimit"])
@pytest.mark.parametrize("midoffice", ["midoco", "myjack"])
def test_the_stated_rate_paces_the_run_before_any_429(midoffice, style):
    doc = sandbox_doc(customers=100, faults={"rate_limit_per_s": 50, "rate_limit_headers": style})
    with SandboxServer(parse_fixture(doc)) as server:
        adapter = make_adapter(midoffice, server.api_url(midoffice), TOKEN)
        results = list(adapter.fetch_many([c["id"] for c in doc["customers"]]))
        rate = adapter.http.pacer.rate()
        adapter.close()
        requests = server.sandbox.counts[midoffice]
    assert len(results) == 100 and all(isinstance(r, (Found, Gone)) for r in results)
    assert rate == pytest.approx(0.99 * 50)
    # The bucket holds 50 and at most 32 go at once before the first answer: not one request was refused.
    assert requests == (100 if midoffice == "midoco" else 1)


def test_without_the_extension_the_sandbox_sends_no_rate_limit_headers():
    doc = sandbox_doc(customers=3, faults={"rate_limit_per_s": 50})
    with SandboxServer(parse_fixture(doc)) as server:
        adapter = make_adapter("myjack", server.api_url("myjack"), TOKEN)
        response = adapter.http.request("GET", f"customers/{doc['customers'][0]['id']}")
        adapter.close()
    assert response.status_code == 200
    assert not [name for name in response.headers if "ratelimit" in name.lower()]


def test_an_unknown_header_style_is_refused_with_its_field():
    doc = sandbox_doc(customers=1, faults={"rate_limit_per_s": 5, "rate_limit_headers": "github"})
    with pytest.raises(InputError, match=r"faults\.rate_limit_headers"):
        parse_fixture(doc, "fx.json")


def test_requests_waiting_for_a_slot_are_served_in_turn():
    """32 requests in flight at a stated 30/s: each waits about 32/30 s for its slot, none much longer.

    (Racing for every freed slot, one request in 300 lost again and again until its 90 s deadline.)"""
    http = HttpClient("http://127.0.0.1:9/midoco/v2", concurrency=32)
    http.pacer.on_answer(200, time.monotonic(), info=RateLimitInfo(rate=30))
    waits: list[float] = []
    lock = threading.Lock()
    until = time.monotonic() + 10

    def request_after_request() -> None:
        while time.monotonic() < until:
            began = time.monotonic()
            assert http._paced(began + 90)
            with lock:
                waits.append(time.monotonic() - began)
            time.sleep(0.02)  # the answer's latency

    threads = [threading.Thread(target=request_after_request) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    http.close()
    assert 0.9 * 300 < len(waits) < 1.1 * 300  # the pace held: 10 s at 30/s
    assert max(waits) < 2.5, sorted(waits)[-5:]


def test_random_refusals_cost_their_own_retry_after_and_are_never_deleted():
    """faults.refuse_rate (issue 29): 429s whatever the pace. Every customer is still found, none is
    taken for deleted, and the pacer never learns a rate from them."""
    doc = sandbox_doc(customers=200, deleted_every=0, faults={"refuse_rate": 0.05, "seed": 3})
    with SandboxServer(parse_fixture(doc)) as server:
        adapter = make_adapter("midoco", server.api_url("midoco"), TOKEN)
        results = list(adapter.fetch_many([c["id"] for c in doc["customers"]]))
        learnt = adapter.http.pacer.learnt_rate
        adapter.close()
        requests = server.sandbox.counts["midoco"]
    assert len(results) == 200 and all(isinstance(r, Found) for r in results)
    assert requests > 200  # some were refused and sent again
    assert learnt is None


@pytest.mark.parametrize("workers", [None, 1])
def test_a_small_server_serves_its_workers_at_once_and_queues_the_rest(workers):
    """faults.workers (sandbox extension): one worker answers 8 lookups of 150 ms one after another."""
    doc = sandbox_doc(customers=8, deleted_every=0, faults={"latency_ms": 150, "workers": workers})
    with SandboxServer(parse_fixture(doc)) as server:
        adapter = make_adapter("midoco", server.api_url("midoco"), TOKEN)
        adapter.identity()
        started = time.monotonic()
        results = list(adapter.fetch_many([c["id"] for c in doc["customers"]]))
        seconds = time.monotonic() - started
        adapter.close()
    assert len(results) == 8 and all(isinstance(r, Found) for r in results)
    if workers == 1:
        assert seconds >= 8 * 0.15  # cannot be faster when served one at a time
    else:
        assert seconds < 8 * 0.15  # the slow start sends 4 at once: at most about two rounds of 150 ms


def test_a_server_without_workers_is_refused_by_name():
    with pytest.raises(InputError, match="faults.workers"):
        parse_fixture(sandbox_doc(customers=1, faults={"workers": 0}))


def test_a_request_waiting_for_a_slot_in_flight_is_held_by_a_long_retry_after():
    """The pacer granted B its start, then B waited for the one slot in flight; A's answer there is a 429
    with ``Retry-After: 3`` (longer than a per-second bucket sends: every new request holds). B's grant is
    void: it is sent after the pause, not into it (at 300/s such requests doubled a start's 429s)."""
    arrivals: list[tuple[str, float]] = []
    b_waits = threading.Event()
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        name = request.url.path.rsplit("/", 1)[-1]
        with lock:
            arrivals.append((name, time.monotonic()))
            first_a = name == "a" and sum(n == "a" for n, _ in arrivals) == 1
        if first_a:
            b_waits.wait(5)
            time.sleep(0.2)  # B is past its pacing and waits for A's slot
            return httpx.Response(429, headers={"Retry-After": "3"})
        return httpx.Response(200, json={})

    client = HttpClient("https://api.example/v1", concurrency=1, transport=httpx.MockTransport(handler))
    try:
        a = threading.Thread(target=client.request, args=("GET", "a"))
        a.start()
        while not arrivals:
            time.sleep(0.005)
        b_waits.set()
        refused_at = time.monotonic() + 0.2
        assert client.request("GET", "b").status_code == 200
        a.join(10)
    finally:
        client.close()
    b_sent = next(at for name, at in arrivals if name == "b")
    assert b_sent >= refused_at + 2.9, f"B went {b_sent - refused_at:.2f} s after A's 429 with Retry-After: 3"
