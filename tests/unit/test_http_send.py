"""``HttpClient`` sends straight to the client's transport (``_send``): what ``httpx.Client`` did for it must
still happen on every attempt — the client's headers, the caller's headers and parameters, the timeout —
and the transport is the one the client chose for the URL."""

from __future__ import annotations

import httpx

from paxdesk.midoffice.http import USER_AGENT, HttpClient
from paxdesk.midoffice.resilience import RetryPolicy

FAST = RetryPolicy(max_attempts=3, base_delay=0.0, max_delay=0.0)


def test_a_retried_request_carries_the_same_headers_parameters_and_timeout():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503 if len(seen) == 1 else 200, json={"ok": True})

    client = HttpClient("https://api.example/v1", policy=FAST, transport=httpx.MockTransport(handler))
    try:
        response = client.request("GET", "imports", params={"key": "k-1"}, headers={"Idempotency-Key": "k-1"})
    finally:
        client.close()
    assert response.status_code == 200 and len(seen) == 2 and client.requests_sent == 2
    for request in seen:  # the second attempt as whole as the first
        assert str(request.url) == "https://api.example/v1/imports?key=k-1"
        assert request.headers["Idempotency-Key"] == "k-1"
        assert request.headers["User-Agent"] == USER_AGENT and request.headers["Accept"] == "application/json"
        assert request.extensions["timeout"]["read"] <= FAST.read_timeout
    assert response.request is seen[-1] and response.content == b'{"ok":true}'


def test_the_request_goes_through_the_transport_the_client_chose_for_its_url(monkeypatch):
    """A proxy from the environment is a mount of the client: the request must go through it."""
    through_proxy: list[str] = []

    class Proxy(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            through_proxy.append(str(request.url))
            return httpx.Response(200, json={})

    client = HttpClient("https://api.example/v1")
    try:
        borrowed = client._borrow()
        monkeypatch.setattr(borrowed, "_transport_for_url", lambda url: Proxy())
        client._give_back(borrowed)
        assert client.request("GET", "status").status_code == 200
    finally:
        client.close()
    assert through_proxy == ["https://api.example/v1/status"]


def test_a_cookie_the_server_sets_is_never_sent_back():
    """Both MidOffice APIs authenticate by token (docs/decisions.md): a session cookie is neither kept nor sent."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={}, headers={"Set-Cookie": "session=abc; Path=/"})

    client = HttpClient("https://api.example/v1", transport=httpx.MockTransport(handler))
    try:
        client.request("GET", "a")
        client.request("GET", "b")
    finally:
        client.close()
    assert len(seen) == 2 and all("cookie" not in request.headers for request in seen)
