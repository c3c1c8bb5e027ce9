"""Reading a MidOffice's answers: JSON bodies, error codes, access refusals, and which kind of "no connection".

Every reader survives what a hostile server may send (bad bytes, deep nesting): an unreadable
body is a ProtocolError or no error code, never a crash.
"""

from __future__ import annotations

import socket
import ssl

import httpx

from paxdesk.errors import AuthError, ProtocolError, ScopeError, Unreachable

_UNREADABLE = object()


def _parsed(response: httpx.Response):
    """The JSON body, or _UNREADABLE for anything a hostile server may send (bad bytes, deep nesting)."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError, RecursionError):
        return _UNREADABLE


def error_code(response: httpx.Response) -> str | None:
    body = _parsed(response)
    return body.get("error") if isinstance(body, dict) and isinstance(body.get("error"), str) else None


def json_object(response: httpx.Response) -> dict:
    """The response body as a JSON object, or ProtocolError."""
    body = _parsed(response)
    if body is _UNREADABLE:
        raise ProtocolError(f"HTTP {response.status_code}: the answer is not valid JSON", "protocol")
    if not isinstance(body, dict):
        raise ProtocolError(f"HTTP {response.status_code}: the answer is not a JSON object", "protocol")
    return body


def raise_for_access(response: httpx.Response) -> None:
    """401 stops the run with an auth error; 403 is a missing permission."""
    if response.status_code == 401:
        raise AuthError("the MidOffice did not accept the token (invalid or revoked)", "auth")
    if response.status_code == 403:
        raise ScopeError("the token lacks the permission for this request", "scope")


def unreachable(exc: httpx.TransportError) -> Unreachable:
    """What kind of "no connection" this is (CONTRACT §4.1 step 2): DNS, TLS, refused, or other."""
    cause: BaseException | None = exc
    seen = 0
    while cause is not None and seen < 10:
        if isinstance(cause, socket.gaierror):
            return Unreachable("DNS: the MidOffice address could not be resolved", "unreachable", kind="dns")
        if isinstance(cause, ssl.SSLCertVerificationError):
            return Unreachable("TLS: the MidOffice's certificate is not trusted "
                               f"({cause.verify_message or 'verification failed'})", "unreachable", kind="tls")
        if isinstance(cause, ssl.SSLError):
            return Unreachable("TLS: the secure connection to the MidOffice failed", "unreachable", kind="tls")
        if isinstance(cause, ConnectionRefusedError):
            return Unreachable("the MidOffice refused the connection", "unreachable", kind="refused")
        cause, seen = cause.__cause__ or cause.__context__, seen + 1
    return Unreachable(f"the MidOffice cannot be reached ({exc.__class__.__name__})", "unreachable")
