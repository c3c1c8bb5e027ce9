"""CONTRACT §4.2: a transport or server error is never classified ``deleted`` — tested where it can break,
in the matching step of a whole conversion, not only inside the adapters.

One named customer gets no reliable answer, persistently (503, 429 with Retry-After, no answer at all),
on both MidOffices: it ends ``error`` with action ``skip``, stays an untouched v1 copy (no local customer,
no GDPR flag), the run exits 5, and every other customer is converted as its record says.
"""

from __future__ import annotations

import json

import pytest

from paxdesk.cli import main
from paxdesk.midoffice.resilience import RetryPolicy
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.server import SandboxServer
from paxdesk.bootstrap import open_session
from paxdesk.services.convert_flow import ConvertRequest, convert
from paxdesk.domain.report import Report, report_json
from tests.conftest import TOKEN, sandbox_doc
from tests.helpers import export_crm, import_crm

CUSTOMERS = 12
FAILING = "200001"   # exists and is not deleted in the sandbox
DELETED = "200004"   # sandbox_doc deletes every fifth: really deleted
PATHS = {"midoco": "/crm/persons/{n}", "myjack": "/customers/{n}"}


def _crm(url: str, midoffice: str) -> None:
    doc = sandbox_doc(customers=CUSTOMERS)
    import_crm(url, {
        "format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Sonnenschein", "midoffice": midoffice},
        "users": [{"id": "u1", "abbreviation": "AM"}], "sessions": [],
        "customers": [{"id": f"c{c['id']}", "kind": "v1", "midoffice": midoffice, "midoffice_id": c["id"],
                       "first_name": c["first_name"], "last_name": c["last_name"], "email": c["emails"][0]}
                      for c in doc["customers"]],
        "consultations": [{"id": "k1", "customer": f"c{FAILING}", "user": "u1", "date": "2026-05-02",
                           "subject": "Kreta"}], "offers": []})


def _fail_always(server, midoffice: str, status: int, headers: dict | None = None) -> None:
    """The named customer's own request always fails; myJack's batch lookups fail too, so that customer
    can only be had through its own request (every other one is answered there)."""
    body = json.dumps({"error": "unavailable" if status == 503 else "rate_limited"})
    server.sandbox.script(midoffice, "GET", PATHS[midoffice].format(n=FAILING), status, body, headers, times=10_000)
    if midoffice == "myjack":
        server.sandbox.script("myjack", "POST", "/customers/lookup", 503, '{"error": "unavailable"}', times=10_000)


def _check(url: str, report: dict, midoffice: str) -> None:
    items = {i["customer_id"]: i for i in report["items"]}
    failing = items[f"c{FAILING}"]
    assert (failing["status"], failing["action"], failing["outcome"]) == ("error", "skip", "skipped")
    assert failing["error"] in {"transient", "rate_limited", "timeout", "unreachable"}
    assert items[f"c{DELETED}"]["status"] == "deleted"  # a real deletion is still seen as one
    customers = {c["id"]: c for c in export_crm(url)["customers"]}
    assert customers[f"c{FAILING}"]["kind"] == "v1" and not customers[f"c{FAILING}"].get("gdpr_review")
    assert customers[f"c{FAILING}"]["midoffice_id"] == FAILING and customers[f"c{FAILING}"]["first_name"]
    others = [i for cid, i in items.items() if cid != f"c{FAILING}"]
    assert all(i["status"] in ("match", "deleted") for i in others)
    assert report["summary"]["error"] == 1 and Report.from_json(report).has_failures


@pytest.mark.parametrize("midoffice", ["midoco", "myjack"])
@pytest.mark.parametrize("status,headers", [(503, None), (429, {"Retry-After": "1"})])
def test_a_customer_answered_only_with_errors_is_error_never_deleted(midoffice, status, headers, tmp_path,
                                                                    monkeypatch):
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    _crm(url, midoffice)
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with SandboxServer(parse_fixture(sandbox_doc(customers=CUSTOMERS))) as server:
        _fail_always(server, midoffice, status, headers)
        report_file = tmp_path / "report.json"
        code = main(["convert", "--db", url, "--midoffice", midoffice, "--base-url", server.api_url(midoffice),
                     "--token-env", "PAXDESK_TOKEN", "--yes", "--report", str(report_file)])
    assert code == 5
    _check(url, json.loads(report_file.read_text(encoding="utf-8")), midoffice)


@pytest.mark.parametrize("midoffice", ["midoco", "myjack"])
def test_a_customer_that_never_answers_is_error_never_deleted(midoffice, tmp_path):
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    _crm(url, midoffice)
    quick = RetryPolicy(read_timeout=0.3, connect_timeout=0.3, deadline=2.0, base_delay=0.01, max_delay=0.05)
    with SandboxServer(parse_fixture(sandbox_doc(customers=CUSTOMERS))) as server:
        held = server.sandbox.hold(midoffice, "GET", PATHS[midoffice].format(n=FAILING))
        if midoffice == "myjack":
            server.sandbox.script("myjack", "POST", "/customers/lookup", 503, '{"error": "unavailable"}',
                                  times=10_000)
        try:
            with open_session(url, midoffice=midoffice, base_url=server.api_url(midoffice), token=TOKEN,
                              remember_token=False, adapter_options={"policy": quick}) as session:
                events = list(convert(session, ConvertRequest()))
        finally:
            held.release()
    report = report_json(events[-1])
    assert held.clients  # the request was really made and held
    _check(url, report, midoffice)
