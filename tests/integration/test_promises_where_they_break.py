"""Promises of CONTRACT §4 tested at the layer where they can break, with fixtures that can tell a broken
promise from a kept one (the mutation audit found each of these surviving the suite before)."""

from __future__ import annotations

import json

import pytest

from paxdesk.cli import main
from paxdesk.crm.db import close_crm, open_crm
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.server import SandboxServer
from paxdesk.services.gdpr import GdprReview
from tests.conftest import TOKEN, sandbox_doc
from tests.helpers import export_crm, import_crm
from tests.invariants import PERSONAL

NUMBER = "200000"  # a matching, existing MidOffice customer of sandbox_doc


def _doc(midoffice: str, customers: list[dict], children: list[str]) -> dict:
    return {"format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Sonnenschein", "midoffice": midoffice},
            "users": [{"id": "u1", "abbreviation": "AM"}], "sessions": [], "customers": customers,
            "consultations": [{"id": f"k-{c}", "customer": c, "user": "u1", "date": "2026-05-02", "subject": "Kreta"}
                              for c in children],
            "offers": [{"id": f"o-{c}", "customer": c, "user": "u1", "date": "2026-05-03", "title": "Hotel",
                        "price": "100.00", "currency": "EUR"} for c in children]}


# -- §4.3 convert: the CRM ends with exactly one v2 reference for the number ------------------------------
@pytest.mark.parametrize("references", [2, 3])
def test_a_copy_and_several_references_of_one_number_end_as_one_reference_with_every_row(db_url, tmp_path,
                                                                                         monkeypatch, references):
    live = sandbox_doc(customers=3)["customers"][0]
    refs = [f"r{i}" for i in range(references)]
    copy = {"id": "c1", "kind": "v1", "midoffice": "midoco", "midoffice_id": NUMBER,
            "first_name": live["first_name"], "last_name": live["last_name"], "email": live["emails"][0]}
    customers = [copy, *({"id": r, "kind": "v2", "midoffice": "midoco", "midoffice_id": NUMBER} for r in refs)]
    import_crm(db_url, _doc("midoco", customers, ["c1", *refs]))
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with SandboxServer(parse_fixture(sandbox_doc(customers=3))) as server:
        report = tmp_path / "report.json"
        code = main(["convert", "--db", db_url, "--midoffice", "midoco", "--base-url", server.api_url("midoco"),
                     "--token-env", "PAXDESK_TOKEN", "--yes", "--report", str(report)])
    assert code == 0
    after = export_crm(db_url)
    holders = [c for c in after["customers"] if c.get("midoffice_id") == NUMBER]
    assert len(holders) == 1 and holders[0]["kind"] == "v2" and holders[0]["id"] == "r0"  # smallest id stays
    owners = {row["customer"] for row in after["consultations"] + after["offers"]}
    assert owners == {"r0"} and len(after["consultations"]) == len(after["offers"]) == references + 1
    item = json.loads(report.read_text(encoding="utf-8"))["items"][0]
    assert item["outcome"] == "converted" and item["merged_into"] == "r0" and item["duplicate"] is True


# -- §4.4 anonymize: every personal field replaced -----------------------------------------------------------
def test_anonymizing_a_fully_filled_customer_empties_every_personal_field(db_url):
    full = {"id": "g1", "kind": "local", "salutation": "Frau", "title": "Dr.", "first_name": "Jördis",
            "last_name": "Weiß", "email": "j.weiss@example.de", "phone": "+49 30 1234567",
            "street": "Lindenstraße 4", "zip": "10115", "city": "Berlin", "country": "DE",
            "birth_date": "1981-03-14", "gdpr_review": True}
    assert set(PERSONAL) <= set(full)  # the fixture fills every personal field, so none can be kept unseen
    import_crm(db_url, _doc("midoco", [full], ["g1"]))
    engine = open_crm(db_url)
    try:
        GdprReview(engine).anonymize("g1")
    finally:
        close_crm(engine)
    after = export_crm(db_url)
    customer = after["customers"][0]
    assert customer["first_name"] == customer["last_name"] == "Anonymisiert" and customer["anonymized"] is True
    kept = {name: customer.get(name) for name in PERSONAL if name not in ("first_name", "last_name")
            and customer.get(name) is not None}
    assert kept == {}
    assert [k.get("subject") for k in after["consultations"]] == [None]
    assert [o.get("title") for o in after["offers"]] == [None]


# -- §4.1 a token without "read": check fails (exit 3), matching never starts ----------------------------------
@pytest.mark.parametrize("midoffice", ["midoco", "myjack"])
@pytest.mark.parametrize("command", ["check", "convert"])
def test_a_token_without_the_read_scope_fails_the_check_and_nothing_is_fetched(midoffice, command, tmp_path,
                                                                               monkeypatch, capsys):
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    copy = {"id": "c1", "kind": "v1", "midoffice": midoffice, "midoffice_id": NUMBER, "first_name": "A",
            "last_name": "B"}
    import_crm(url, _doc(midoffice, [copy], []))
    doc = sandbox_doc(customers=3)
    doc["tokens"].append({"token": "search-only-SECRET", "agency_id": "A-1001",
                          "agency_name": "Reisebüro Sonnenschein", "user_email": "s@example.de",
                          "scopes": ["search"]})
    monkeypatch.setenv("PAXDESK_TOKEN", "search-only-SECRET")
    before = export_crm(url)
    with SandboxServer(parse_fixture(doc)) as server:
        code = main([command, "--db", url, "--midoffice", midoffice, "--base-url", server.api_url(midoffice),
                     "--token-env", "PAXDESK_TOKEN", *(["--yes"] if command == "convert" else [])])
        fetched = {route: n for route, n in server.sandbox.by_route.items()
                   if route.split(" ", 1)[1] in ("customers", "crm")}
    assert code == 3
    assert fetched == {}  # matching never started: no customer was asked for
    captured = capsys.readouterr()
    assert "FAILED" in captured.out + captured.err and "read" in captured.out + captured.err
    assert export_crm(url) == before
