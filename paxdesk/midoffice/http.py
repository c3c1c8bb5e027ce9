"""The one place where paxdesk talks HTTP to a MidOffice: timeouts, deadline, retries, rate limits.

Retried: connect errors, timeouts, 502/503/504 and 429 (honouring Retry-After
in both forms, capped), with exponential backoff and full jitter, at most
``max_attempts`` per request, within a per-request deadline and a run-wide
retry budget. Everything else is returned to the adapter, which maps it.
New requests are paced to the rate the server allows (``pacing.py``), learnt from
its 429s and its rate-limit headers; at most ``concurrency`` are in flight.

Before any connection the address is checked (HTTPS, or HTTP to loopback only:
``address.py``); every answer is capped and every request ends by its deadline,
whatever the server sends (``limits.py``). An answer too large or not decodable is
a failed answer (``ProtocolError``), never a crash and never retried.
"""

from __future__ import annotations

import logging
import queue
import random
import re
import threading
import time

import httpx

from paxdesk import __version__
from paxdesk.errors import Cancelled, ProtocolError, TransientError, Unreachable
from paxdesk.midoffice.address import checked_base_url
from paxdesk.midoffice.answers import unreachable
from paxdesk.midoffice.concurrency import wait_aside
from paxdesk.midoffice.limits import AnswerTooLarge, AnswerUndecodable, bound_client, request_deadline
from paxdesk.midoffice.pacing import Pacer
from paxdesk.midoffice.ratelimit_headers import read_rate_limit
from paxdesk.midoffice.resilience import InFlightLimit, RetryBudget, RetryPolicy, parse_retry_after

log = logging.getLogger("paxdesk.midoffice")
RETRY_STATUS = {502, 503, 504}
USER_AGENT = f"paxdesk/{__version__}"
_NO_AUTH = httpx.Auth()  # a client without auth (tests): each request sent as it is


class _NoQueryInLogs(logging.Filter):
    """httpx logs full URLs at INFO; search texts (names, e-mails) must not reach a log file."""

    _query = re.compile(r"\?[^\s\"]*")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = tuple(self._query.sub("?…", a) if isinstance(a, str) else
                                self._query.sub("?…", str(a)) if isinstance(a, httpx.URL) else a
                                for a in record.args)
        return True


logging.getLogger("httpx").addFilter(_NoQueryInLogs())


class HttpClient:
    def __init__(self, base_url: str, auth: httpx.Auth | None = None, *, concurrency: int = 8,
                 policy: RetryPolicy | None = None, budget: RetryBudget | None = None, seed: int | None = None,
                 transport: httpx.BaseTransport | None = None):
        checked_base_url(base_url)  # before any connection: the token goes over HTTPS (or to loopback) only
        self.policy = policy or RetryPolicy()
        self.budget = budget or RetryBudget()
        self.limiter = InFlightLimit(concurrency)
        self.pacer = Pacer()
        self._rng = random.Random(seed)
        self._stop = threading.Event()
        self._sent = 0
        self._sent_lock = threading.Lock()
        self._gate = threading.Lock()  # pacing: slots are booked in turn (_paced)
        settings = dict(base_url=base_url.rstrip("/") + "/", auth=auth, follow_redirects=False,
                        headers={"Accept": "application/json", "User-Agent": USER_AGENT,
                                 "Accept-Encoding": "gzip, deflate"})
        if transport is None:  # loading the CA store is slow: one TLS context for all the clients
            settings["verify"] = httpx.create_ssl_context()
        else:
            settings["transport"] = transport
        self._settings = settings
        self._base_url = settings["base_url"]  # requests go to absolute URLs: httpx joins relative ones anew each time
        self._client = self._new_client()  # the first; more are made while requests overlap (_borrow)
        self._clients = [self._client]
        self._pooled = transport is None  # an injected transport (tests) serves one client
        self._idle: queue.SimpleQueue[httpx.Client] = queue.SimpleQueue()
        self._give_back(self._client)

    def _new_client(self) -> httpx.Client:
        client = httpx.Client(**self._settings, limits=httpx.Limits(max_connections=2, max_keepalive_connections=1))
        bound_client(client, self.policy.max_answer_bytes)
        return client

    def _borrow(self) -> httpx.Client:
        """An idle client, or a new one: one request per client at a time.

        httpx's connection pool serves all threads under one lock and walks every
        connection for every request; at 32 requests in flight that lock, not the
        network, set the pace (benchmarks/README.md, bench_scale). A client per
        request in flight, each with its own keep-alive connection, shares nothing.
        """
        if not self._pooled:
            return self._client
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        client = self._new_client()
        with self._sent_lock:
            self._clients.append(client)
        return client

    def _give_back(self, client: httpx.Client) -> None:
        if self._pooled:
            self._idle.put(client)

    @property
    def requests_sent(self) -> int:
        return self._sent

    def close(self) -> None:
        self._stop.set()
        with self._sent_lock:
            clients = list(self._clients)
        for client in clients:
            client.close()

    def request(self, method: str, path: str, *, idempotent: bool = True, **kwargs) -> httpx.Response:
        """Send with retries; returns the first non-retryable response, or raises a MidOfficeError.

        ``idempotent=False`` (an upload that creates something): a request that may have reached the
        server (read timeout, broken connection after sending) is not sent again.
        """
        policy = self.policy
        deadline = time.monotonic() + policy.deadline
        self.budget.record_first_attempt()
        attempt = 0
        while True:
            if self._stop.is_set():
                raise Cancelled("the MidOffice client was closed")
            granted = self._paced(deadline)
            sent_at = time.monotonic()  # the slot the pacer granted: what it knows as the request's start
            if granted is None or not self.limiter.acquire(deadline):
                raise Unreachable("no answer within the request deadline", "timeout")
            if granted != self.pacer.generation:  # the pace dropped while it waited for a slot in flight:
                self.limiter.release()            # its grant is void, as a booked slot is (a bucket just
                continue                          # emptied, a long Retry-After: pacing.py)
            retry_after = None
            remaining = max(0.1, deadline - time.monotonic())
            timeout = httpx.Timeout(min(policy.read_timeout, remaining), connect=min(policy.connect_timeout, remaining))
            try:
                client = self._borrow()
                try:
                    with request_deadline(deadline):
                        response = self._send(client, method, self._base_url + path.lstrip("/"), timeout, kwargs)
                finally:
                    self._give_back(client)
            except httpx.TimeoutException as exc:
                error = Unreachable("the MidOffice did not answer in time", "timeout")
                if not idempotent and not isinstance(exc, httpx.ConnectTimeout):
                    raise Unreachable("the MidOffice did not answer in time; the request may have arrived",
                                      "timeout") from None
            except AnswerTooLarge as exc:
                raise ProtocolError(str(exc), "too_large") from None
            except (AnswerUndecodable, httpx.DecodingError) as exc:
                raise ProtocolError(str(exc) if isinstance(exc, AnswerUndecodable) else
                                    "the answer's bytes do not decode", "undecodable") from None
            except httpx.TransportError as exc:
                if not idempotent and not isinstance(exc, httpx.ConnectError):
                    raise Unreachable(f"the connection broke ({exc.__class__.__name__}); the request may have "
                                      "arrived", "unreachable") from None
                if self._stop.is_set():
                    raise Cancelled("the MidOffice client was closed") from None
                error = unreachable(exc)
            else:
                status = response.status_code
                if status == 429:
                    retry_after = parse_retry_after(response.headers.get("Retry-After"))
                self.pacer.on_answer(status, sent_at, retry_after=retry_after, info=read_rate_limit(response.headers))
                if status == 429:
                    error = TransientError("the MidOffice limits the request rate (429)", "rate_limited")
                elif status in RETRY_STATUS:
                    error = TransientError(f"the MidOffice answered {status}", "transient")
                else:
                    return response
            finally:
                self.limiter.release()
            attempt += 1
            delay = policy.backoff(attempt, self._rng) if retry_after is None else retry_after
            log.debug("%s %s attempt %d failed (%s); next in %.2fs", method, _path_only(path), attempt,
                      error.reason, delay)
            if (retry_after is not None and retry_after > policy.retry_after_cap
                    or attempt >= policy.max_attempts
                    or time.monotonic() + delay > deadline
                    or not self.budget.try_spend()):
                raise error
            if wait_aside(self._stop, delay):  # holding no slot: on a run_bounded worker another thread goes on
                raise Cancelled("the MidOffice client was closed")

    def _send(self, client: httpx.Client, method: str, url: str, timeout: httpx.Timeout,
              kwargs: dict) -> httpx.Response:
        """What ``httpx.Client.request`` does for paxdesk's requests, straight to the client's transport.

        The client's layers above its transport (merging its settings into each request, cookies, event
        hooks, redirects, wrapping the body stream) cost CPU on every request, and at 32 in flight the
        client's CPU sets the pace (benchmarks/README.md, bench_scale). What they did that
        paxdesk needs is here: the client's headers, the timeout, the auth flow (the Midoco token
        exchange and its repeat on 401), the transport the client chose for the URL (a proxy from the
        environment), the body read under the caps of ``BoundedTransport``. Redirects are not followed.
        """
        headers = client.headers.copy()
        headers.update(kwargs.get("headers") or {})  # kwargs stay as they are: a retry sends them again
        rest = {key: value for key, value in kwargs.items() if key != "headers"}
        timeouts = timeout.as_dict()
        first = httpx.Request(method, url, headers=headers, extensions={"timeout": timeouts}, **rest)
        flow = (client.auth or _NO_AUTH).sync_auth_flow(first)
        try:
            request = next(flow)
            while True:  # the flow answers with the next request (the token exchange, the repeat) or stops
                response = self._exchange(client, request, timeouts)
                try:
                    request = flow.send(response)
                except StopIteration:
                    return response
        finally:
            flow.close()

    def _exchange(self, client: httpx.Client, request: httpx.Request, timeouts: dict) -> httpx.Response:
        """One request and its whole answer (read under ``BoundedTransport``'s caps), or an httpx error."""
        with self._sent_lock:
            self._sent += 1
        request.extensions.setdefault("timeout", timeouts)  # the token exchange's request too
        response = client._transport_for_url(request.url).handle_request(request)
        response.request = request
        try:
            response.read()
        except BaseException:
            response.close()
            raise
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s %s: HTTP %d", request.method, _path_only(request.url.raw_path.decode("ascii")),
                      response.status_code)
        return response

    def _paced(self, deadline: float) -> int | None:
        """Wait for this request's slot in the pacer's schedule: the pace's generation that granted it, or
        None if it comes after the deadline.

        Slots are booked at a gate, one request at a time: a request whose slot is not bookable yet
        waits there with the others behind it, instead of racing newcomers for every freed slot (at a
        30/s limit with 32 in flight, one request in 300 lost that race until its deadline).
        """
        while True:
            if not self._gate.acquire(timeout=max(0.0, deadline - time.monotonic())):
                return None
            try:
                delay, generation = self.pacer.book()
                while generation is None:  # the schedule is booked ahead: this request is next
                    if time.monotonic() + delay > deadline:
                        return None
                    if self._stop.wait(delay):
                        raise Cancelled("the MidOffice client was closed")
                    delay, generation = self.pacer.book()
            finally:
                self._gate.release()
            if delay <= 0:
                return generation
            if time.monotonic() + delay > deadline:
                return None
            if self._stop.wait(delay):
                raise Cancelled("the MidOffice client was closed")
            if generation == self.pacer.generation:
                return generation


def _path_only(path: str) -> str:
    return path.split("?", 1)[0]

