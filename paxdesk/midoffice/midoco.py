"""Midoco v2: agency token exchanged for short-lived access tokens; one GET per person, in parallel."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator

import httpx

from paxdesk.errors import AuthError, ProtocolError
from paxdesk.logs import register_secret
from paxdesk.midoffice import fields as f
from paxdesk.midoffice.base import FetchResult, Identity, MidOfficeCustomer, SearchPage
from paxdesk.midoffice.concurrency import run_bounded
from paxdesk.midoffice.adapter import HttpAdapter
from paxdesk.midoffice.answers import error_code, json_object
from paxdesk.midoffice.http import HttpClient

PERMISSIONS = {"CRM_READ": "read", "CRM_SEARCH": "search"}


class TokenExchangeAuth(httpx.Auth):
    """``POST /auth/token`` for an access token; on ``401 token_expired`` exchange again and repeat once.

    Threads share one access token: the exchange runs under a lock, and a
    thread that waited for it reuses the token another thread just got.
    """

    requires_response_body = True

    def __init__(self, token_url: str, agency_token: str):
        self._token_url = token_url
        self._agency_token = agency_token
        self._access: str | None = None
        self._generation = 0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return "<TokenExchangeAuth ***>"

    def _exchange(self, seen_generation: int):
        with self._lock:
            if self._access is not None and self._generation != seen_generation:
                return  # another thread exchanged meanwhile
            response = yield httpx.Request("POST", self._token_url,
                                           data={"grant_type": "agency_token", "token": self._agency_token})
            if response.status_code in (400, 401, 403):
                raise AuthError("the MidOffice did not accept the token (invalid or revoked)", "auth")
            if response.status_code != 200:
                raise ProtocolError(f"the token exchange answered {response.status_code}", "protocol")
            body = json_object(response)
            access = body.get("access_token")
            if not isinstance(access, str) or not access:
                raise ProtocolError("the token exchange gave no access token", "protocol")
            register_secret(access)
            self._access = access
            self._generation += 1

    def auth_flow(self, request: httpx.Request):
        generation = self._generation
        if self._access is None:
            yield from self._exchange(generation)
        generation = self._generation
        request.headers["Authorization"] = f"Bearer {self._access}"
        response = yield request
        if response.status_code == 401 and error_code(response) == "token_expired":
            yield from self._exchange(generation)
            request.headers["Authorization"] = f"Bearer {self._access}"
            yield request


def _primary_and_others(contact: dict, where: str) -> tuple[str | None, tuple[str, ...]]:
    addresses: list[str] = []
    primary = None
    for index, entry in enumerate(f.object_list(contact, "emails", where)):
        if not isinstance(entry, dict):
            raise ProtocolError(f"{where}.emails[{index}]: expected an object", "protocol")
        address = f.text(entry, "address", f"{where}.emails[{index}]")
        flag = entry.get("primary", False)
        if not isinstance(flag, bool) and flag is not None:
            raise ProtocolError(f"{where}.emails[{index}].primary: expected true or false", "protocol")
        if address is None:
            continue
        addresses.append(address)
        if flag and primary is None:
            primary = address
    if primary is None and addresses:
        primary = addresses[0]
    others = list(addresses)
    if primary is not None:
        others.remove(primary)
    return primary, tuple(others)


def parse_person(data, where: str = "person") -> tuple[str, str, MidOfficeCustomer | None]:
    """(id, status, customer); the customer is None for a DELETED person."""
    if not isinstance(data, dict):
        raise ProtocolError(f"{where}: expected an object", "protocol")
    number = f.number_text(data, "id", where)
    status = data.get("status")
    if status not in ("ACTIVE", "DELETED"):
        raise ProtocolError(f"{where}.status: expected ACTIVE or DELETED", "protocol")
    if status == "DELETED":
        return number, status, None
    name = f.sub_object(data, "name", where)
    contact = f.sub_object(data, "contact", where)
    address = f.sub_object(data, "address", where)
    primary, others = _primary_and_others(contact, f"{where}.contact")
    phones = f.object_list(contact, "phones", f"{where}.contact")
    phone = None
    if phones:
        if not isinstance(phones[0], dict):
            raise ProtocolError(f"{where}.contact.phones[0]: expected an object", "protocol")
        phone = f.text(phones[0], "number", f"{where}.contact.phones[0]")
    customer = MidOfficeCustomer(
        number=number, salutation=f.text(data, "salutation", where),
        title=f.text(name, "title", where), first_name=f.text(name, "first", where),
        last_name=f.text(name, "last", where), email=primary, other_emails=others, phone=phone,
        street=f.text(address, "street", where), zip=f.text(address, "postalCode", where),
        city=f.text(address, "city", where), country=f.text(address, "countryCode", where),
        birth_date=f.text(data, "birthday", where),
    )
    return number, status, customer


GONE = {(404, "not_found"): "not_found"}  # a deleted person is a 200 with status DELETED


def _person_record(body: dict) -> tuple[str, bool, MidOfficeCustomer | None]:
    number, status, customer = parse_person(body)
    return number, status == "DELETED", customer


class MidocoAdapter(HttpAdapter):
    name = "midoco"
    record_path, parse_record, gone = "crm/persons/{}", staticmethod(_person_record), GONE

    def __init__(self, base_url: str, token: str, *, concurrency: int = 32, policy=None, budget=None, seed=None,
                 transport=None):
        root = base_url.rstrip("/")
        super().__init__(HttpClient(root, TokenExchangeAuth(f"{root}/auth/token", token), concurrency=concurrency,
                                    policy=policy, budget=budget, seed=seed, transport=transport), concurrency)

    def identity(self) -> Identity:
        body = self._object("GET", "agency", "GET /agency")
        agency = f.sub_object(body, "agency", "agency")
        user = f.sub_object(body, "user", "agency")
        scopes = frozenset(PERMISSIONS[p] for p in f.string_list(body, "permissions", "agency") if p in PERMISSIONS)
        return Identity(agency_id=f.number_text(agency, "number", "agency.agency"),
                        agency_name=f.required_text(agency, "name", "agency.agency"),
                        user_email=f.text(user, "email", "agency.user"), scopes=scopes)

    def fetch_many(self, numbers: Iterable[str], cancelled: Callable[[], bool] = lambda: False) -> Iterator[FetchResult]:
        unique = list(dict.fromkeys(numbers))
        yield from run_bounded(self.fetch_one, unique, self._concurrency, cancelled)

    def search(self, text: str, cursor: str | None = None, limit: int = 25) -> SearchPage:
        page = int(cursor) if cursor and cursor.isdigit() else 0
        body = self._object("GET", "crm/persons", "search", params={"search": text, "page": page, "size": limit})
        items = []
        for index, record in enumerate(f.object_list(body, "content", "search")):
            _number, status, customer = parse_person(record, f"search.content[{index}]")
            if customer is not None:
                items.append(customer)
        info = f.sub_object(body, "page", "search")
        total_pages = info.get("totalPages")
        has_next = isinstance(total_pages, int) and page + 1 < total_pages
        return SearchPage(items, str(page + 1) if has_next else None)
