"""Items 3, 4, 8: every answer is capped after decompression, every request ends by its deadline (paxdesk's own,
not the socket's), and an answer that does not decode is a failed answer for that customer, never a crash."""

from __future__ import annotations

import gzip
import json
import time

import httpx
import pytest

from paxdesk.midoffice import Failed, Found, make_adapter
from paxdesk.midoffice.resilience import RetryPolicy
from tests.helpers import run_paxdesk
from tests.security.conftest import TOKEN, small_crm
from tests.security.hostile import HostileServer

QUICK = RetryPolicy(max_attempts=3, read_timeout=20, deadline=3)


def _adapter(midoffice: str, url: str, **options):
    return make_adapter(midoffice, f"{url}/{midoffice}/v2", TOKEN, policy=QUICK, **options)


@pytest.mark.parametrize("midoffice", ["myjack", "midoco"])
@pytest.mark.parametrize("mode, reason", [("bomb", "too_large"), ("bad_gzip", "undecodable"),
                                          ("slow", "timeout"), ("slow_headers", "timeout")])
def test_each_hostile_answer_is_a_failed_answer_for_that_customer(midoffice, mode, reason):
    with HostileServer(mode, trickle=0.5) as server:
        adapter = _adapter(midoffice, server.url)
        started = time.monotonic()
        try:
            results = list(adapter.fetch_many(["100001", "100002"]))
        finally:
            adapter.close()
        elapsed = time.monotonic() - started
    assert {r.number for r in results} == {"100001", "100002"}
    assert all(isinstance(r, Failed) and r.reason == reason for r in results), results
    # one deadline per request, all attempts included: a trickle of 2 bytes/s never resets it
    assert elapsed < QUICK.deadline + 2, elapsed
    if reason != "timeout":
        assert server.attacks <= (1 if midoffice == "myjack" else 2), "a bad answer is not retried"


def test_an_answer_just_under_the_cap_and_gzip_answers_still_work():
    person = {"id": "4711", "status": "ACTIVE", "salutation": "x" * ((1 << 20) - 400),
              "name": {"first": "Jördis", "last": "Weiß"}, "contact": {"emails": [], "phones": []},
              "address": None, "birthday": None}
    body = json.dumps(person).encode()
    assert len(body) < 1 << 20

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/token"):
            return httpx.Response(200, json={"access_token": "a", "token_type": "Bearer", "expires_in": 60})
        assert request.headers["Accept-Encoding"] == "gzip, deflate"
        return httpx.Response(200, content=gzip.compress(body), headers={"Content-Encoding": "gzip"})

    adapter = make_adapter("midoco", "https://api.midoco.example/v2", TOKEN, transport=httpx.MockTransport(handler))
    try:
        result = adapter.fetch_one("4711")
    finally:
        adapter.close()
    assert isinstance(result, Found) and result.customer.last_name == "Weiß"


def test_a_bad_gzip_answer_marks_the_customer_error_in_convert(tmp_path):
    db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    small_crm(db, "midoco", copies=2)
    with HostileServer("bad_gzip") as server:
        result = run_paxdesk("convert", "--db", db, "--midoffice", "midoco", "--base-url",
                             f"{server.url}/midoco/v2", "--token-env", "PAXTOKEN", "--dry-run",
                             "--report", str(tmp_path / "report.json"), env={"PAXTOKEN": TOKEN})
    assert result.returncode == 5, result.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [(i["status"], i["error"]) for i in report["items"]] == [("error", "undecodable")] * 2


def test_a_bad_gzip_identity_fails_the_check_cleanly(tmp_path):
    db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    small_crm(db, "myjack")
    with HostileServer("bad_gzip", on_identity=True) as server:
        result = run_paxdesk("check", "--db", db, "--midoffice", "myjack", "--base-url",
                             f"{server.url}/myjack/v2", "--token-env", "PAXTOKEN", env={"PAXTOKEN": TOKEN})
    assert result.returncode == 3, result.stderr
    assert "do not decode" in result.stdout and "Traceback" not in result.stderr
