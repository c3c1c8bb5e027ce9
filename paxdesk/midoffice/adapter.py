"""What both adapters share on top of the HTTP client: plumbing, JSON reads, and per-number failures."""

from __future__ import annotations

import httpx

from collections.abc import Callable
from urllib.parse import quote

from paxdesk.errors import AuthError, MidOfficeError, ProtocolError, ScopeError
from paxdesk.midoffice.base import Failed, FetchResult, Found, Gone, MidOfficeCustomer
from paxdesk.midoffice.answers import error_code, json_object, raise_for_access
from paxdesk.midoffice.http import HttpClient

# What one customer's record answer means, read once for both MidOffices (CONTRACT §5): the parser
# gives (the number answered for, deleted?, the record); (status, error code) pairs mean "gone".
RecordParser = Callable[[dict], tuple[str, bool, MidOfficeCustomer | None]]


class HttpAdapter:
    """Each MidOffice says where one customer's record is (``record_path``, the number in place of ``{}``), how it
    reads (``parse_record``) and which answers mean gone (``gone``); ``fetch_one`` is the same for both."""

    name = "midoffice"
    record_path: str
    parse_record: RecordParser
    gone: dict[tuple[int, str], str]

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

    def fetch_one(self, number: str) -> FetchResult:
        response = self._for_number(number, "GET", self.record_path.format(quote(number, safe="")))
        return self._one_record(number, response, self.parse_record, self.gone)

    def _one_record(self, number: str, response: httpx.Response | Failed, parse: RecordParser,
                    gone: dict[tuple[int, str], str]) -> FetchResult:
        """Found, Gone or Failed for one customer. Only the contract's own "gone" answers are Gone: any other
        status, an unreadable body or a record for another number is Failed — never taken for deleted."""
        if isinstance(response, Failed):
            return response
        if response.status_code != 200:  # the body is read once: for the error code here, else for the record
            reason = gone.get((response.status_code, error_code(response) or ""))
            return Gone(number, reason) if reason else Failed(number, "protocol", f"HTTP {response.status_code}")
        try:
            answered, deleted, customer = parse(json_object(response))
        except ProtocolError as exc:
            return Failed(number, "protocol", str(exc))
        if answered != number:
            return Failed(number, "protocol", "the answer is for another customer number")
        return Gone(number, "deleted") if deleted else Found(number, customer)
