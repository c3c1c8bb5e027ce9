"""Both adapters over real loopback HTTP against the sandbox: every endpoint and error of CONTRACT §5."""

from __future__ import annotations

import json
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from paxdesk.errors import AuthError, ScopeError
from paxdesk.midoffice import Failed, Found, Gone, make_adapter
from paxdesk.midoffice.resilience import RetryPolicy
from tests.conftest import RO_TOKEN, TOKEN

FAST = RetryPolicy(base_delay=0.01, max_delay=0.05, read_timeout=2, deadline=10)
BOTH = ["myjack", "midoco"]


def adapter(sandbox, midoffice, token=TOKEN, **kw):
    return make_adapter(midoffice, sandbox.api_url(midoffice), token, policy=kw.pop("policy", FAST), **kw)


@pytest.mark.parametrize("midoffice", BOTH)
def test_identity_maps_agency_user_and_scopes(sandbox, midoffice):
    a = adapter(sandbox, midoffice)
    ident = a.identity()
    assert (ident.agency_id, ident.agency_name, ident.user_email) == ("A-1001", "Reisebüro Sonnenschein",
                                                                       "anna@example.de")
    assert ident.scopes == {"read", "search"}
    assert adapter(sandbox, midoffice, RO_TOKEN).identity().scopes == frozenset()


@pytest.mark.parametrize("midoffice", BOTH)
def test_a_bad_token_is_an_auth_error_without_the_token_in_it(sandbox, midoffice):
    with pytest.raises(AuthError) as info:
        adapter(sandbox, midoffice, "wrong-token-value").identity()
    assert "wrong-token-value" not in str(info.value) and "wrong-token-value" not in repr(info.value)


@pytest.mark.parametrize("midoffice", BOTH)
def test_fetch_many_found_gone_and_unknown(sandbox, midoffice):
    numbers = [str(200000 + i) for i in range(10)] + ["999999"]
    results = {r.number: r for r in adapter(sandbox, midoffice).fetch_many(numbers)}
    assert set(results) == set(numbers)
    assert isinstance(results["200004"], Gone) and isinstance(results["200009"], Gone)  # deleted
    assert isinstance(results["999999"], Gone)  # unknown
    found = results["200001"]
    assert isinstance(found, Found)
    c = found.customer
    assert (c.first_name, c.last_name, c.email, c.other_emails) == ("Vorname1", "Weiß", "p1@example.de",
                                                                     ("p1@zweit.de",))
    assert (c.street, c.zip, c.city, c.country, c.birth_date, c.phone) == ("Weg 1", "10115", "Berlin", "DE",
                                                                           "1980-01-01", "+49 30 1")


def test_myjack_single_get_404_and_410_are_gone(sandbox):
    a = adapter(sandbox, "myjack")
    assert a.fetch_one("999999") == Gone("999999", "not_found")
    assert a.fetch_one("200004") == Gone("200004", "deleted")
    assert isinstance(a.fetch_one("200001"), Found)


def test_midoco_deleted_status_and_404_are_gone(sandbox):
    a = adapter(sandbox, "midoco")
    assert a.fetch_one("200004") == Gone("200004", "deleted")
    assert a.fetch_one("999999") == Gone("999999", "not_found")


def test_midoco_primary_email_is_the_flagged_one_else_the_first(sandbox):
    primary_last = json.dumps({"id": "200001", "status": "ACTIVE", "name": {"first": "A", "last": "B"},
                               "contact": {"emails": [{"address": "second@x.de", "primary": False},
                                                      {"address": "first@x.de", "primary": True}]}})
    none_flagged = json.dumps({"id": "200002", "status": "ACTIVE", "name": None,
                               "contact": {"emails": [{"address": "a@x.de"}, {"address": "b@x.de"}]}})
    sandbox.sandbox.script("midoco", "GET", "/crm/persons/200001", 200, primary_last)
    sandbox.sandbox.script("midoco", "GET", "/crm/persons/200002", 200, none_flagged)
    a = adapter(sandbox, "midoco")
    first = a.fetch_one("200001").customer
    assert (first.email, first.other_emails) == ("first@x.de", ("second@x.de",))
    second = a.fetch_one("200002").customer
    assert (second.email, second.other_emails) == ("a@x.de", ("b@x.de",))


def test_myjack_lookup_goes_in_chunks_of_at_most_100(sandbox):
    a = adapter(sandbox, "myjack")
    numbers = [str(300000 + i) for i in range(250)]  # all unknown
    results = list(a.fetch_many(numbers))
    assert len(results) == 250 and all(isinstance(r, Gone) for r in results)
    assert sandbox.sandbox.counts["myjack"] == 3


def test_myjack_lookup_over_100_is_refused_by_the_server(sandbox):
    import httpx
    response = httpx.post(f"{sandbox.api_url('myjack')}/customers/lookup",
                          json={"customerNumbers": [str(i) for i in range(101)]},
                          headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400


def test_myjack_lookup_missing_means_gone_but_silence_is_a_failure(sandbox):
    sandbox.sandbox.script("myjack", "POST", "/customers/lookup", 200,
                           json.dumps({"customers": [], "missing": ["200004"]}))
    results = {r.number: r for r in adapter(sandbox, "myjack").fetch_many(["200004", "200001"])}
    assert isinstance(results["200004"], Gone)
    assert isinstance(results["200001"], Failed) and results["200001"].reason == "protocol"


@pytest.mark.parametrize("answer", [
    {"customers": [{"customerNumber": "200001", "firstName": "A"}, {"customerNumber": "200001", "firstName": "B"}],
     "missing": []},                                                    # the number twice, with different data
    {"customers": [{"customerNumber": "200001", "firstName": "A"}], "missing": ["200001"]},  # found and missing
])
def test_a_lookup_answer_that_contradicts_itself_is_a_protocol_failure(sandbox, answer):
    """Found by the adapter fuzzer: the last record silently won, or 'found' beat 'missing'."""
    sandbox.sandbox.script("myjack", "POST", "/customers/lookup", 200, json.dumps(answer))
    result = next(iter(adapter(sandbox, "myjack").fetch_many(["200001"])))
    assert isinstance(result, Failed) and result.reason == "protocol"


@pytest.mark.parametrize("status,body", [(410, "<html>gone fishing</html>"), (410, '{"error": "not_found"}'),
                                         (404, '{"error": "deleted"}'), (404, '{"detail": "Not Found"}')])
def test_myjack_single_get_is_gone_only_for_the_explicit_answers(sandbox, status, body):
    """A wrong base URL or a proxy answering 404/410 is a failure; only 404 not_found / 410 deleted are gone."""
    sandbox.sandbox.script("myjack", "GET", "/customers/200001", status, body)
    result = adapter(sandbox, "myjack").fetch_one("200001")
    assert isinstance(result, Failed) and result.reason == "protocol"


def test_a_wrong_base_url_answering_json_404_for_everything_is_no_deletion(tmp_path, sandbox, monkeypatch):
    """One level too deep, every path lands on the single-customer route: '404 not_found' for /me too. The
    credential check stops it (exit 3); matching never starts, so nobody becomes 'deleted'."""
    from paxdesk.cli import main
    from tests.helpers import crm_fingerprint, import_crm

    db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(db, {"format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Sonnenschein", "midoffice": "myjack"},
                    "customers": [{"id": "c1", "kind": "v1", "midoffice": "myjack", "midoffice_id": "200001",
                                   "first_name": "Vorname1", "last_name": "Weiß"}]})
    before = crm_fingerprint(db)
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    wrong = f"{sandbox.api_url('myjack')}/customers"
    assert main(["convert", "--db", db, "--midoffice", "myjack", "--base-url", wrong, "--token-env",
                 "PAXDESK_TOKEN", "--yes", "--report", str(tmp_path / "r.json")]) == 3
    assert crm_fingerprint(db) == before and not (tmp_path / "r.json").exists()
    assert sandbox.sandbox.by_route["myjack customers"] >= 1  # it did answer JSON 404s at that address


@pytest.mark.parametrize("midoffice", BOTH)
def test_missing_read_scope_is_a_scope_error(sandbox, midoffice):
    with pytest.raises(ScopeError):
        list(adapter(sandbox, midoffice, RO_TOKEN).fetch_many(["200001"]))
    with pytest.raises(ScopeError):
        adapter(sandbox, midoffice, RO_TOKEN).search("Weiß")


@pytest.mark.parametrize("midoffice", BOTH)
def test_search_is_paged(sandbox, midoffice):
    a = adapter(sandbox, midoffice)
    first = a.search("weiß", limit=3)
    assert len(first.items) == 3 and first.next_cursor
    seen = [c.number for c in first.items]
    cursor = first.next_cursor
    while cursor:
        page = a.search("weiß", cursor=cursor, limit=3)
        seen += [c.number for c in page.items]
        cursor = page.next_cursor
    assert sorted(seen) == sorted(str(200000 + i) for i in range(20) if i % 2 and i % 5 != 4)


def test_midoco_expired_access_token_is_exchanged_again_and_the_request_repeated(sandbox):
    a = adapter(sandbox, "midoco")
    assert isinstance(a.fetch_one("200001"), Found)
    exchanges = sandbox.sandbox.counts["midoco-token"]
    sandbox.sandbox.expire_access_tokens()
    assert isinstance(a.fetch_one("200002"), Found)
    assert sandbox.sandbox.counts["midoco-token"] == exchanges + 1


@pytest.mark.parametrize("midoffice,path", [("myjack", "/customers/lookup"), ("midoco", "/crm/persons/200001")])
@pytest.mark.parametrize("form", ["seconds", "date"])
def test_429_retry_after_is_honoured_in_both_forms(sandbox, midoffice, path, form):
    value = "1" if form == "seconds" else format_datetime(datetime.now(timezone.utc) + timedelta(seconds=2),
                                                          usegmt=True)
    method = "POST" if midoffice == "myjack" else "GET"
    sandbox.sandbox.script(midoffice, method, path, 429, '{"error": "rate_limited"}', {"Retry-After": value})
    import time
    started = time.monotonic()
    result = next(iter(adapter(sandbox, midoffice).fetch_many(["200001"])))
    waited = time.monotonic() - started
    assert isinstance(result, Found)
    assert waited >= 0.9, f"did not wait for Retry-After ({waited:.2f}s)"


@pytest.mark.parametrize("midoffice,method,path", [("myjack", "POST", "/customers/lookup"),
                                                   ("midoco", "GET", "/crm/persons/200001")])
@pytest.mark.parametrize("body", ["{not json", '{"customers": 5}', '[1, 2]',
                                  '{"id": 200001, "status": "ACTIVE", "name": "x"}',
                                  '{"customers": [{"customerNumber": "200001", "firstName": 7}], "missing": []}'])
def test_a_malformed_answer_is_a_protocol_failure_never_gone(sandbox, midoffice, method, path, body):
    sandbox.sandbox.script(midoffice, method, path, 200, body)
    results = list(adapter(sandbox, midoffice).fetch_many(["200001"]))
    assert len(results) == 1 and isinstance(results[0], Failed) and results[0].reason == "protocol"


@pytest.mark.parametrize("midoffice,method,path", [("myjack", "POST", "/customers/lookup"),
                                                   ("midoco", "GET", "/crm/persons/200001")])
def test_503s_are_retried_and_a_404_without_not_found_is_not_gone(sandbox, midoffice, method, path):
    sandbox.sandbox.script(midoffice, method, path, 503, '{"error": "unavailable"}', times=2)
    assert isinstance(next(iter(adapter(sandbox, midoffice).fetch_many(["200001"]))), Found)
    sandbox.sandbox.script(midoffice, method, path, 404, "<html>proxy says no</html>", {"content-type": "text/html"})
    result = next(iter(adapter(sandbox, midoffice).fetch_many(["200001"])))
    assert isinstance(result, Failed)


@pytest.mark.parametrize("midoffice", BOTH)
def test_persistent_503_fails_after_bounded_attempts(sandbox, midoffice):
    method, path = ("POST", "/customers/lookup") if midoffice == "myjack" else ("GET", "/crm/persons/200001")
    sandbox.sandbox.script(midoffice, method, path, 503, '{"error": "unavailable"}', times=100)
    a = adapter(sandbox, midoffice)
    result = next(iter(a.fetch_many(["200001"])))
    assert isinstance(result, Failed) and result.reason == "transient"
    assert sandbox.sandbox.counts[midoffice] == FAST.max_attempts


def test_user_agent_and_accept_headers(sandbox):
    import paxdesk
    seen = {}

    class Capturing(httpx.HTTPTransport):  # what reaches the wire: the sandbox is still asked over HTTP
        def handle_request(self, request):
            seen.update(request.headers)
            return super().handle_request(request)
    a = adapter(sandbox, "myjack", transport=Capturing())
    a.identity()
    assert seen["user-agent"] == f"paxdesk/{paxdesk.__version__}"
    assert seen["accept"] == "application/json"
    assert TOKEN not in repr(a) and TOKEN not in repr(a.http._client.auth)
