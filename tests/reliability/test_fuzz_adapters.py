"""Generated MidOffice answers — wrong types, nulls, huge and hostile strings, deep nesting — fed to both adapters.

Three endpoints: Midoco's person GET, myJack's bulk lookup and myJack's single GET (``fetch_one``, the path
the matching's retry pass takes). Every answer must end as Found, Gone or Failed (or a typed auth/scope
error), no crash, and exactly as the wire format says:

- ``Gone`` only for the explicit answers of CONTRACT §5: a single GET's ``404 {"error": "not_found"}``,
  myJack's ``410 {"error": "deleted"}``, Midoco's ``status: DELETED`` for the asked number, a number in the
  lookup's ``missing``. A 404/410 on the *lookup* endpoint (a wrong base URL answering JSON 404 for every
  path) is a failure — never "every customer deleted".
- ``Found`` only from a 200 record of the asked number, carrying that record's values.
- ``Failed`` with the reason the status calls for (503 transient, 429 rate_limited, other statuses and
  unreadable 200s protocol, an answer above the size cap too_large whatever its status); 401/403 stop the
  run as AuthError/ScopeError.
- Well-formed records (hostile but valid text) must be Found, with their values, or Gone when deleted:
  an adapter that fails safely on everything does not pass.
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
EXAMPLES = 3_500  # per endpoint: > 10,000 payloads in all
NUMBER = "4711"

hostile_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", "\x00", "\ud800", "\udfff", "a\x00b", "Jördis\u200b", "🌴" * 10]),
)
leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), hostile_text)
json_value = st.recursive(leaf, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(st.text(max_size=12), inner, max_size=5)),
                          max_leaves=25)
maybe_text = st.one_of(st.none(), hostile_text)
asked_number = st.sampled_from([NUMBER, int(NUMBER)])  # numbers may come as JSON strings or integers


# -- well-formed records: (record, what the adapter must make of it) -------------------------------------------
@st.composite
def valid_person(draw):
    first, last = draw(maybe_text), draw(maybe_text)
    emails = draw(st.lists(st.tuples(hostile_text, st.booleans()), max_size=3))
    primary = next((a for a, flag in emails if flag), emails[0][0] if emails else None)
    record = {"id": draw(asked_number), "status": "ACTIVE", "salutation": draw(maybe_text),
              "name": {"title": None, "first": first, "last": last},
              "contact": {"emails": [{"address": a, "primary": f} for a, f in emails], "phones": []},
              "address": draw(st.none() | st.just({"street": "Weg 1", "postalCode": "10115", "city": None,
                                                   "countryCode": "DE"})), "birthday": draw(maybe_text)}
    if draw(st.booleans()):
        record = {"id": record["id"], "status": "DELETED", "name": None, "contact": None, "address": None,
                  "birthday": None}
        return record, ("gone",)
    return record, ("found", first, last, primary)


@st.composite
def valid_customer(draw, number=None):
    first, last, email = draw(maybe_text), draw(maybe_text), draw(maybe_text)
    record = {"customerNumber": number if number is not None else draw(asked_number), "salutation": None,
              "firstName": first, "lastName": last, "email": email,
              "additionalEmails": draw(st.lists(hostile_text, max_size=2)), "phone": draw(maybe_text),
              "address": None, "birthDate": draw(maybe_text)}
    return record, ("found", first, last, email)


@st.composite
def valid_lookup(draw):
    others = [draw(valid_customer(str(n)))[0] for n in draw(st.lists(st.sampled_from(["1", "2", "3"]), max_size=2,
                                                                      unique=True))]
    if draw(st.booleans()):
        record, expected = draw(valid_customer())
        return {"customers": [*others, record], "missing": draw(st.sampled_from([[], ["9"]]))}, expected
    return {"customers": others, "missing": [draw(asked_number), "9"]}, ("gone",)


# -- broken records: one field wrong, or anything at all; no promise beyond the rules -----------------------
def broken_person():
    field = st.sampled_from(["id", "status", "name", "contact", "address", "birthday", "salutation"])
    good = {"id": NUMBER, "status": "ACTIVE", "name": {"first": "A", "last": "B"},
            "contact": {"emails": [{"address": "a@x.de", "primary": True}]}, "address": None, "birthday": None}
    return st.one_of(st.builds(lambda k, v: {**good, k: v}, field, json_value), json_value)


def broken_customer():
    field = st.sampled_from(["customerNumber", "firstName", "lastName", "email", "additionalEmails", "address"])
    good = {"customerNumber": NUMBER, "firstName": "A", "lastName": "B", "email": "a@x.de", "additionalEmails": []}
    return st.one_of(st.builds(lambda k, v: {**good, k: v}, field, json_value), json_value)


def broken_lookup():
    return st.one_of(st.builds(lambda c, m: {"customers": c, "missing": m}, st.lists(broken_customer(), max_size=3),
                               st.one_of(st.just([]), st.just([NUMBER]), json_value)),
                     json_value)


HUGE = b'{"id": "4711", "customerNumber": "4711", "status": "ACTIVE", "firstName": "' + b"x" * 10_000_000 + b'"}'
error_bodies = st.sampled_from([{"error": "not_found"}, {"error": "deleted"}, {"error": "not_found", "message": "x"},
                                {"error": "gone"}, {"error": None}, {"detail": "Not Found"}])


def encoded(value) -> bytes:
    return json.dumps(value, allow_nan=True).encode("utf-8", "surrogatepass")


def answers(valid, broken):
    """(status, body bytes, expectation or None): a well-formed 200, an explicit error body, or anything."""
    good = valid.map(lambda pair: (200, encoded(pair[0]), pair[1]))
    errors = st.tuples(st.sampled_from([404, 410]), error_bodies.map(encoded), st.none())
    raw = st.one_of(broken.map(encoded), st.binary(max_size=64), st.just(b"{" * 5000),
                    st.just(b"[" * 100_000 + b"]" * 100_000), st.just(HUGE))
    anything = st.tuples(st.sampled_from([200, 200, 200, 404, 410, 400, 401, 403, 429, 500, 503]), raw, st.none())
    return st.one_of(good, errors, anything)


content_types = st.sampled_from([{"content-type": "application/json"}, {"content-type": "text/html"}, {}])


def adapter_for(midoffice: str, status: int, body: bytes, headers: dict):
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/token"):
            return httpx.Response(200, json={"access_token": "acc", "token_type": "Bearer", "expires_in": 60})
        return httpx.Response(status, content=body, headers=headers)
    return make_adapter(midoffice, "https://midoffice.invalid/api", "tok", policy=NO_RETRY,
                        transport=httpx.MockTransport(handler), concurrency=1)


def _doc(body: bytes):
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


def _is_asked(value) -> bool:
    return not isinstance(value, bool) and isinstance(value, (str, int)) and str(value) == NUMBER


def allowed_gone(endpoint: str, status: int, doc) -> bool:
    """The explicit answers of CONTRACT §5 that mean 'does not exist / deleted' for the asked number."""
    code = doc.get("error") if isinstance(doc, dict) else None
    if endpoint == "myjack-lookup":  # only a 200 naming the number in ``missing`` and not in ``customers``
        missing = doc.get("missing") if status == 200 and isinstance(doc, dict) else None
        return isinstance(missing, list) and any(_is_asked(m) for m in missing) and not _records(doc)
    if status == 404:
        return code == "not_found"
    if endpoint == "myjack-get":
        return status == 410 and code == "deleted"
    return status == 200 and isinstance(doc, dict) and doc.get("status") == "DELETED" and _is_asked(doc.get("id"))


def _records(doc) -> list:
    """The lookup's records that claim the asked number."""
    records = doc.get("customers") if isinstance(doc, dict) else None
    return [r for r in records if isinstance(r, dict) and _is_asked(r.get("customerNumber"))] \
        if isinstance(records, list) else []


def record_of(endpoint: str, doc):
    """The 200 record the asked number's Found must come from: exactly one, and not also called missing."""
    if endpoint == "myjack-lookup":
        records = _records(doc)
        missing = doc.get("missing")
        if len(records) != 1 or isinstance(missing, list) and any(_is_asked(m) for m in missing):
            return None
        return records[0]
    key = "id" if endpoint == "midoco" else "customerNumber"
    return doc if isinstance(doc, dict) and _is_asked(doc.get(key)) else None


def names_of(endpoint: str, record: dict) -> tuple:
    if endpoint == "midoco":
        name = record.get("name") or {}
        return name.get("first"), name.get("last")
    return record.get("firstName"), record.get("lastName")


FAILED_REASON = {503: "transient", 429: "rate_limited", "too_large": "too_large"}


def check(endpoint: str, status: int, body: bytes, headers: dict, expected) -> None:
    midoffice = "midoco" if endpoint == "midoco" else "myjack"
    adapter = adapter_for(midoffice, status, body, headers)
    if len(body) > NO_RETRY.max_answer_bytes:  # read with a bound before anything else: whatever the status
        status, expected = "too_large", None
    try:
        if endpoint == "myjack-get":
            results = [adapter.fetch_one(NUMBER)]
        else:
            results = list(adapter.fetch_many([NUMBER]))
    except AuthError:
        assert status == 401
        return
    except ScopeError:
        assert status == 403
        return
    finally:
        adapter.close()
    assert status not in (401, 403), "401/403 must stop the run"
    assert len(results) == 1 and results[0].number == NUMBER
    result, doc = results[0], _doc(body)
    if isinstance(result, Gone):
        assert allowed_gone(endpoint, status, doc), (endpoint, status, body[:200])
    elif isinstance(result, Found):
        record = record_of(endpoint, doc)
        assert status == 200 and record is not None, (endpoint, status, body[:200])
        assert result.customer.number == NUMBER
        assert (result.customer.first_name, result.customer.last_name) == names_of(endpoint, record)
    else:
        assert isinstance(result, Failed)
        assert result.reason == FAILED_REASON.get(status, "protocol"), (status, result)
    if expected is not None:  # a well-formed answer: exactly this
        if expected[0] == "gone":
            assert isinstance(result, Gone), (result, body[:300])
        else:
            assert isinstance(result, Found), (result, body[:300])
            c = result.customer
            assert (c.first_name, c.last_name, c.email) == expected[1:]
    if endpoint != "myjack-lookup":  # a single GET: the explicit answers are understood, and only they
        assert isinstance(result, Gone) == allowed_gone(endpoint, status, doc), (endpoint, status, body[:200])


SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)


@SETTINGS
@given(answer=answers(valid_person(), broken_person()), headers=content_types)
def test_midoco_person_answers(answer, headers):
    check("midoco", *answer[:2], headers, answer[2])


@SETTINGS
@given(answer=answers(valid_lookup(), broken_lookup()), headers=content_types)
def test_myjack_lookup_answers(answer, headers):
    check("myjack-lookup", *answer[:2], headers, answer[2])


@SETTINGS
@given(answer=answers(valid_customer(), broken_customer()), headers=content_types)
def test_myjack_single_get_answers(answer, headers):
    check("myjack-get", *answer[:2], headers, answer[2])
