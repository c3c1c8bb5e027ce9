"""What both adapters share on top of the HTTP client: plumbing, JSON reads, and per-number failures."""

from __future__ import annotations

import httpx

from paxdesk.errors import AuthError, MidOfficeError, ProtocolError, ScopeError
from paxdesk.midoffice.base import Failed
from paxdesk.midoffice.http import HttpClient, json_object, raise_for_access


class HttpAdapter:
    name = "midoffice"

    def __init__(self, http: HttpClient, concurrency: int):
        self._http = http
        self._concurrency = max(1, concurrency)

    def __repr__(self) -> str:  # never the token: the auth objects hide it too
        return f"<{type(self).__name__} {self._http._client.base_url}>"

    @property
    def requests_sent(self) -> int:
        return self._http.requests_sent

    @property
    def http(self) -> HttpClient:
        return self._http

    def close(self) -> None:
        self._http.close()

    def _object(self, method: str, path: str, what: str, **kwargs) -> dict:
        """A request whose answer must be a 200 JSON object; 401/403 raise for the whole run."""
        response = self._http.request(method, path, **kwargs)
        raise_for_access(response)
        if response.status_code != 200:
            raise ProtocolError(f"{what} answered {response.status_code}", "protocol")
        return json_object(response)

    def _for_number(self, number: str, method: str, path: str, **kwargs) -> httpx.Response | Failed:
        """A request about one customer: transport and server failures become that number's Failed."""
        try:
            response = self._http.request(method, path, **kwargs)
        except (AuthError, ScopeError):
            raise
        except MidOfficeError as exc:
            return Failed(number, exc.reason, str(exc))
        raise_for_access(response)
        return response
