"""Generated MidOffice answers — wrong types, nulls, huge and hostile strings, deep nesting — fed to both adapters.

Every answer must end as Found, Gone or Failed (or a typed auth/scope error): no
crash, and Gone only for the explicit not-found/deleted answers of CONTRACT §5.
"""

from __future__ import annotations

import json

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paxdesk.errors import AuthError, ScopeError
from paxdesk.midoffice import Failed, Found, Gone, make_adapter
from paxdesk.midoffice.resilience import RetryPolicy

NO_RETRY = RetryPolicy(max_attempts=1, read_timeout=2, deadline=5)
EXAMPLES = 5_200  # per adapter: > 10,000 payloads in all

hostile_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", "\x00", "\ud800", "\udfff", "a\x00b", "Jördis\u200b", "🌴" * 10]),
)
leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), hostile_text)
json_value = st.recursive(leaf, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(st.text(max_size=12), inner, max_size=5)),
                          max_leaves=25)


def person_like(number: str):
    """Mostly-right Midoco persons with one thing wrong, and anything at all."""
    field = st.sampled_from(["id", "status", "name", "contact", "address", "birthday", "salutation"])
    good = {"id": number, "status": "ACTIVE", "name": {"first": "A", "last": "B"},
            "contact": {"emails": [{"address": "a@x.de", "primary": True}]}, "address": None, "birthday": None}
    broken = st.builds(lambda k, v: {**good, k: v}, field, json_value)
    return st.one_of(broken, json_value)


def customer_like(number: str):
    field = st.sampled_from(["customerNumber", "firstName", "lastName", "email", "additionalEmails", "address"])
    good = {"customerNumber": number, "firstName": "A", "lastName": "B", "email": "a@x.de", "additionalEmails": []}
    return st.one_of(st.builds(lambda k, v: {**good, k: v}, field, json_value), json_value)


HUGE = b'{"id": "4711", "customerNumber": "4711", "status": "ACTIVE", "firstName": "' + b"x" * 10_000_000 + b'"}'


def body_strategy(maker, number: str):
    as_json = maker(number).map(lambda v: json.dumps(v, allow_nan=True).encode("utf-8", "surrogatepass"))
    raw = st.one_of(st.binary(max_size=64), st.just(b"{" * 5000), st.just(b"[" * 100_000 + b"]" * 100_000),
                    st.just(HUGE))
    return st.one_of(as_json, raw)


def adapter_for(midoffice: str, status: int, body: bytes, headers: dict):
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/token"):
            return httpx.Response(200, json={"access_token": "acc", "token_type": "Bearer", "expires_in": 60})
        return httpx.Response(status, content=body, headers=headers)
    return make_adapter(midoffice, "https://midoffice.invalid/api", "tok", policy=NO_RETRY,
                        transport=httpx.MockTransport(handler), concurrency=1)


statuses = st.sampled_from([200, 200, 200, 200, 404, 410, 400, 401, 403, 429, 500, 503])
content_types = st.sampled_from([{"content-type": "application/json"}, {"content-type": "text/html"}, {}])


def explicit_gone(midoffice: str, status: int, body: bytes, number: str) -> bool:
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        doc = None
    code = doc.get("error") if isinstance(doc, dict) else None
    if status == 404 and code == "not_found":
        return True
    if midoffice == "myjack":
        if status == 410:
            return True
        missing = doc.get("missing") if status == 200 and isinstance(doc, dict) else None
        return isinstance(missing, list) and number in [str(m) for m in missing if isinstance(m, (str, int))]
    return status == 200 and isinstance(doc, dict) and doc.get("status") == "DELETED" and doc.get("id") == number


def check(midoffice: str, status: int, body: bytes, headers: dict) -> None:
    adapter = adapter_for(midoffice, status, body, headers)
    try:
        results = list(adapter.fetch_many(["4711"]))
    except (AuthError, ScopeError):
        assert status in (401, 403)
        return
    finally:
        adapter.close()
    assert len(results) == 1
    result = results[0]
    assert isinstance(result, (Found, Gone, Failed))
    if isinstance(result, Gone):
        assert explicit_gone(midoffice, status, body, "4711"), (status, body[:200])
    if isinstance(result, Found):
        assert status == 200


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(status=statuses, headers=content_types, data=st.data())
def test_midoco_answers(status, headers, data):
    check("midoco", status, data.draw(body_strategy(person_like, "4711")), headers)


def lookup_like(number: str):
    return st.one_of(
        st.builds(lambda c, m: {"customers": c, "missing": m}, st.lists(customer_like(number), max_size=3),
                  st.one_of(st.just([]), st.just([number]), json_value)),
        json_value)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(status=statuses, headers=content_types, data=st.data())
def test_myjack_lookup_answers(status, headers, data):
    check("myjack", status, data.draw(body_strategy(lookup_like, "4711")), headers)
