"""The sandbox's shared machinery: auth per API, faults, scripted answers for tests (the routes use it)."""

from __future__ import annotations

import asyncio
import email.utils
import math
import re
import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from paxdesk.sandbox.faults import FaultInjector
from paxdesk.sandbox.fixture import Fixture, TokenInfo

HANG_SECONDS = 35.0  # "never answers within 30 s"


def error(status: int, code: str, message: str | None = None, headers: dict | None = None) -> JSONResponse:
    body = {"error": code}
    if message:
        body["message"] = message
    return JSONResponse(body, status_code=status, headers=headers)


@dataclass
class Gate:
    """Holds requests matching api, method and path until ``release()`` (tests: proving two runs overlap)."""

    api: str
    method: str
    path: re.Pattern
    released: threading.Event = field(default_factory=threading.Event)
    waiting: int = 0                                   # requests held right now
    clients: set[str] = field(default_factory=set)     # the bearer tokens of the held requests

    def release(self) -> None:
        self.released.set()


@dataclass
class Script:
    """A canned answer for the next ``times`` requests matching api, method and path (tests only)."""

    api: str
    method: str
    path: re.Pattern
    status: int
    body: bytes
    headers: dict
    times: int = 1


class Sandbox:
    def __init__(self, fixture: Fixture, token_ttl: float = 3600.0):
        self.fixture = fixture
        self.faults = FaultInjector(fixture.faults)
        self.token_ttl = token_ttl
        self.hang_seconds = HANG_SECONDS
        self.counts: Counter[str] = Counter()
        self.imports = None  # myJack's onboarding imports (sandbox/imports.py), made with the routes
        self.in_flight: Counter[str] = Counter()
        self.peak_in_flight: Counter[str] = Counter()  # the most requests of one API in progress at once
        self.by_route: Counter[str] = Counter()  # requests per API and first path segment, e.g. "midoco crm"
        self.gone = False  # the ``stop_after`` fault struck: nothing is answered any more
        self.on_gone = lambda: None  # set by the server: stop listening, drop every connection
        self._gates: list[Gate] = []
        self._access: dict[str, tuple[TokenInfo, float]] = {}
        self._scripts: list[Script] = []
        self._lock = threading.Lock()
        self._workers: asyncio.Semaphore | None = None  # ``faults.workers``: made on the server's event loop

    # -- for tests ---------------------------------------------------------------
    def script(self, api: str, method: str, path: str, status: int, body: bytes | str = b"",
               headers: dict | None = None, times: int = 1) -> None:
        raw = body.encode() if isinstance(body, str) else body
        with self._lock:
            self._scripts.append(Script(api, method.upper(), re.compile(path), status, raw,
                                        {"content-type": "application/json", **(headers or {})}, times))

    def hold(self, api: str, method: str, path: str) -> Gate:
        gate = Gate(api, method.upper(), re.compile(path))
        with self._lock:
            self._gates.append(gate)
        return gate

    def expire_access_tokens(self) -> None:
        with self._lock:
            self._access = {k: (info, 0.0) for k, (info, _) in self._access.items()}

    async def _vanish(self) -> Response:
        """The ``stop_after`` fault: like a crashed server, this and every later request get no answer."""
        self.gone = True
        self.on_gone()
        try:
            await asyncio.Event().wait()  # the connection is gone; the server's shutdown cancels this
        except asyncio.CancelledError:
            pass
        return error(503, "gone")  # never delivered

    async def _pass_gates(self, api: str, request: Request) -> None:
        with self._lock:
            gates = [g for g in self._gates if g.api == api and g.method == request.method
                     and g.path.fullmatch(_route_path(api, request))]
        for gate in gates:
            if gate.released.is_set():
                continue
            gate.waiting += 1
            gate.clients.add(self._bearer(request) or "")
            try:
                while not gate.released.is_set():
                    await asyncio.sleep(0.01)
            finally:
                gate.waiting -= 1

    def _scripted(self, api: str, request: Request) -> Response | None:
        with self._lock:
            for script in self._scripts:
                if script.api == api and script.method == request.method and script.path.fullmatch(
                        _route_path(api, request)):
                    script.times -= 1
                    if script.times <= 0:
                        self._scripts.remove(script)
                    return Response(script.body, status_code=script.status, headers=script.headers)
        return None

    # -- auth --------------------------------------------------------------------
    def issue_access_token(self, info: TokenInfo) -> str:
        access = secrets.token_urlsafe(24)
        with self._lock:
            self._access[access] = (info, time.monotonic() + self.token_ttl)
        return access

    @staticmethod
    def _bearer(request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        return header[7:] if header.lower().startswith("bearer ") else None

    def myjack_identity(self, request: Request) -> TokenInfo | Response:
        info = self.fixture.tokens.get(self._bearer(request) or "")
        return info if info else error(401, "invalid_token", "The access token is invalid or revoked.")

    def midoco_identity(self, request: Request) -> TokenInfo | Response:
        entry = self._access.get(self._bearer(request) or "")
        if entry is None:
            return error(401, "invalid_token")
        info, expires = entry
        if time.monotonic() >= expires:
            return error(401, "token_expired")
        return info

    # -- the guard every API request passes --------------------------------------
    async def guarded(self, api: str, request: Request, identify, handler) -> Response:
        self.counts[api] += 1
        self.by_route[f"{api} {_route_path(api, request).strip('/').split('/')[0]}"] += 1
        self.in_flight[api] += 1
        self.peak_in_flight[api] = max(self.peak_in_flight[api], self.in_flight[api])
        try:
            return await self._guarded(api, request, identify, handler)
        finally:
            self.in_flight[api] -= 1

    async def _guarded(self, api: str, request: Request, identify, handler) -> Response:
        stop_after = self.faults.faults.stop_after
        if self.gone or stop_after is not None and sum(self.counts[a] for a in ("myjack", "midoco")) > stop_after:
            return await self._vanish()
        await self._pass_gates(api, request)
        scripted = self._scripted(api, request)
        if scripted is not None:
            return scripted
        if self.faults.faults.workers is None:
            return await self._served(api, request, identify, handler)
        if self._workers is None:
            self._workers = asyncio.Semaphore(self.faults.faults.workers)
        async with self._workers:  # a small server: the others queue, as at a worker pool's door
            return await self._served(api, request, identify, handler)

    async def _served(self, api: str, request: Request, identify, handler) -> Response:
        faults = self.faults.faults
        if faults.latency_ms:
            await asyncio.sleep(faults.latency_ms / 1000)
        fault = self.faults.draw()
        if fault == "timeout":
            try:
                await asyncio.sleep(self.hang_seconds)
            except asyncio.CancelledError:  # the server is shutting down; nobody waits for this answer
                pass
            return error(504, "timeout")
        if fault == "error":
            return error(503, "unavailable", "The service is temporarily unavailable.")
        if fault == "refuse":  # a quota shared with other clients, a gateway's brief overload: not this pace
            return error(429, "rate_limited", headers={"Retry-After": self._retry_after(1.0, either_form=True)})
        identity = identify(request)
        if isinstance(identity, Response):
            return identity
        wait = self.faults.take(identity.token)
        limit_headers = self.faults.limit_headers(identity.token)
        if wait is not None:
            return error(429, "rate_limited", headers={"Retry-After": self._retry_after(wait, either_form=api == "midoco"),
                                                       **limit_headers})
        response = await handler(request, identity)
        response.headers.update(limit_headers)
        return response

    def endpoint(self, api: str, handler, scope: str | None = None):
        """A route of ``api``: guarded (faults, auth, rate limit), then the scope check, then ``handler``."""
        identify = self.myjack_identity if api == "myjack" else self.midoco_identity

        async def checked(request: Request, info: TokenInfo) -> Response:
            if scope and scope not in info.scopes:
                return error(403, "insufficient_scope")
            return await handler(request, info)

        async def route(request: Request) -> Response:
            return await self.guarded(api, request, identify, checked)
        return route

    def _retry_after(self, wait: float, either_form: bool) -> str:
        """Whole seconds, or — where ``either_form`` (Midoco's limit, the random refusals) — half the time an
        HTTP date."""
        seconds = max(1, math.ceil(wait))
        if either_form and self.faults.coin():
            when = datetime.now(timezone.utc) + timedelta(seconds=seconds + 1)
            return email.utils.format_datetime(when, usegmt=True)
        return str(seconds)


def _route_path(api: str, request: Request) -> str:
    """The path below the API's root, e.g. ``/crm/persons/100234``."""
    return request.url.path.split(f"/{api}/v2", 1)[-1]


def matches(customer: dict, text: str) -> bool:
    needle = text.casefold().strip()
    haystack = " ".join(filter(None, [customer.get("first_name"), customer.get("last_name"),
                                      f"{customer.get('first_name') or ''} {customer.get('last_name') or ''}",
                                      *customer["emails"]])).casefold()
    return bool(needle) and needle in haystack
