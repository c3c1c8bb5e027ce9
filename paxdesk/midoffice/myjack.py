"""myJack v2 (Bewotec): Bearer token, bulk ``POST /customers/lookup`` in chunks of at most 100."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import httpx

from paxdesk.errors import AuthError, MidOfficeError, ProtocolError, ScopeError
from paxdesk.midoffice import fields as f
from paxdesk.midoffice.base import Failed, FetchResult, Found, Gone, Identity, MidOfficeCustomer, SearchPage
from paxdesk.midoffice.concurrency import run_bounded
from paxdesk.midoffice.adapter import HttpAdapter
from paxdesk.midoffice.http import HttpClient

LOOKUP_CHUNK = 100
SCOPES = {"customer.read": "read", "customer.search": "search", "customer.import": "import"}


class _Bearer(httpx.Auth):
    def __init__(self, token: str):
        self._token = token

    def auth_flow(self, request: httpx.Request):
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return "<Bearer ***>"


def parse_customer(data, where: str = "customer") -> MidOfficeCustomer:
    if not isinstance(data, dict):
        raise ProtocolError(f"{where}: expected an object", "protocol")
    address = f.sub_object(data, "address", where)
    return MidOfficeCustomer(
        number=f.number_text(data, "customerNumber", where),
        salutation=f.text(data, "salutation", where), title=f.text(data, "title", where),
        first_name=f.text(data, "firstName", where), last_name=f.text(data, "lastName", where),
        email=f.text(data, "email", where),
        other_emails=tuple(f.string_list(data, "additionalEmails", where)),
        phone=f.text(data, "phone", where),
        street=f.text(address, "street", where), zip=f.text(address, "zip", where),
        city=f.text(address, "city", where), country=f.text(address, "country", where),
        birth_date=f.text(data, "birthDate", where),
    )


GONE = {(404, "not_found"): "not_found", (410, "deleted"): "deleted"}


def _customer_record(body: dict) -> tuple[str, bool, MidOfficeCustomer]:
    customer = parse_customer(body)
    return customer.number, False, customer


class MyJackAdapter(HttpAdapter):
    name = "myjack"
    record_path, parse_record, gone = "customers/{}", staticmethod(_customer_record), GONE

    def __init__(self, base_url: str, token: str, *, concurrency: int = 4, policy=None, budget=None, seed=None,
                 transport=None):
        super().__init__(HttpClient(base_url, _Bearer(token), concurrency=concurrency, policy=policy,
                                    budget=budget, seed=seed, transport=transport), concurrency)

    def identity(self) -> Identity:
        body = self._object("GET", "me", "GET /me")
        scopes = frozenset(SCOPES[s] for s in f.string_list(body, "scopes", "me") if s in SCOPES)
        return Identity(agency_id=f.number_text(body, "agencyId", "me"),
                        agency_name=f.required_text(body, "agencyName", "me"),
                        user_email=f.text(body, "userEmail", "me"), scopes=scopes)

    def _lookup(self, chunk: list[str]) -> list[FetchResult]:
        try:
            body = self._object("POST", "customers/lookup", "lookup", json={"customerNumbers": chunk})
            records = f.object_list(body, "customers", "lookup")
            missing = {str(n) for n in f.object_list(body, "missing", "lookup") if isinstance(n, (str, int))}
        except (AuthError, ScopeError):
            raise
        except MidOfficeError as exc:
            return [Failed(n, exc.reason, str(exc)) for n in chunk]
        found: dict[str, FetchResult] = {}
        twice: set[str] = set()
        for index, record in enumerate(records):
            try:
                customer = parse_customer(record, f"lookup.customers[{index}]")
                result: FetchResult = Found(customer.number, customer)
            except ProtocolError as exc:
                number = record.get("customerNumber") if isinstance(record, dict) else None
                if not isinstance(number, (str, int)) or str(number) not in chunk:
                    continue
                result = Failed(str(number), "protocol", str(exc))
            if result.number in found:
                twice.add(result.number)
            found[result.number] = result
        results = []
        for number in chunk:
            if number in twice or number in found and number in missing:
                results.append(Failed(number, "protocol", "the lookup answer contradicts itself about this number"))
            elif number in found:
                results.append(found[number])
            elif number in missing:
                results.append(Gone(number, "not_found_or_deleted"))
            else:
                results.append(Failed(number, "protocol", "the lookup answer does not mention this number"))
        return results

    def fetch_many(self, numbers: Iterable[str], cancelled: Callable[[], bool] = lambda: False) -> Iterator[FetchResult]:
        unique = list(dict.fromkeys(numbers))
        chunks = [unique[i:i + LOOKUP_CHUNK] for i in range(0, len(unique), LOOKUP_CHUNK)]
        yield from run_bounded(self._lookup, chunks, self._concurrency, cancelled, flatten=True)

    def search(self, text: str, cursor: str | None = None, limit: int = 25) -> SearchPage:
        params = {"q": text, "limit": limit}
        if cursor:
            params["cursor"] = cursor
        body = self._object("GET", "customers", "search", params=params)
        items = [parse_customer(item, f"search.items[{i}]") for i, item in enumerate(f.object_list(body, "items", "search"))]
        return SearchPage(items, f.text(body, "nextCursor", "search"))

