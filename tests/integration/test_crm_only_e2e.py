"""``crm_only`` end to end: the real CLI against the sandbox, for both MidOffices (CONTRACT §4.3)."""

from __future__ import annotations

import json

import pytest

from paxdesk.cli import main
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.server import SandboxServer
from tests.helpers import write_json

TOKEN = "crm-only-token-SECRET"
PERSON = {"salutation": "Herr", "title": None, "first_name": "Ole", "last_name": "Hansen",
          "phone": "+49 40 555", "street": "Deich 7", "zip": "20095", "city": "Hamburg", "country": "DE",
          "birth_date": "1970-05-06"}


def _worlds(midoffice: str) -> tuple[dict, dict, dict]:
    live, copies = [], []
    cases = {  # copy id -> (changes on the live record, expected crm_only)
        "c1": ({"phone": None, "birth_date": None, "street": None}, ["phone", "street", "birth_date"]),
        "c2": ({"phone": "+49 89 1", "street": "Anderswo 1", "birth_date": "1971-01-01"}, []),
        "c3": ({}, []),
        "c4": ({"emails": [], "city": "  "}, ["email", "city"]),
        "c5": ({"emails": [], "title": "Prof."}, ["email"]),
    }
    for n, (cid, (changes, _)) in enumerate(cases.items()):
        number = str(500 + n)
        email = f"{cid}@example.de"
        live.append({"id": number, **PERSON, "emails": [email], "deleted": False, **changes})
        copies.append({"id": cid, "kind": "v1", "midoffice": midoffice, "midoffice_id": number, **PERSON,
                       "email": email})
    live.append({"id": "599", **PERSON, "emails": [], "deleted": True})  # deleted: nothing to drop, kept local
    copies.append({"id": "c9", "kind": "v1", "midoffice": midoffice, "midoffice_id": "599", **PERSON})
    crm = {"format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Nord", "midoffice": midoffice},
           "users": [], "sessions": [], "customers": copies, "consultations": [], "offers": []}
    fixture = {"format": "paxdesk-sandbox/1", "customers": live, "faults": {},
               "tokens": [{"token": TOKEN, "agency_id": "A-1", "agency_name": "Reisebüro Nord",
                           "user_email": "a@example.de", "scopes": ["read", "search"]}]}
    return crm, fixture, {cid: expected for cid, (_, expected) in cases.items()} | {"c9": []}


@pytest.mark.parametrize("midoffice", ["myjack", "midoco"])
def test_the_report_lists_exactly_the_fields_converting_would_drop(midoffice, tmp_path, monkeypatch, capsys):
    crm, fixture, expected = _worlds(midoffice)
    db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    assert main(["db", "import", str(write_json(tmp_path / "crm.json", crm)), "--db", db]) == 0
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    report_path = tmp_path / "report.json"
    with SandboxServer(parse_fixture(fixture)) as server:
        code = main(["convert", "--db", db, "--midoffice", midoffice, "--base-url", server.api_url(midoffice),
                     "--token-env", "PAXDESK_TOKEN", "--dry-run", "--report", str(report_path)])
    assert code == 0
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert {i["customer_id"]: i["crm_only"] for i in report["items"]} == expected
    assert report["summary"]["with_crm_only"] == 3
    assert "with_crm_only=3" in capsys.readouterr().out.splitlines()[-1]
    text = report_path.read_text(encoding="utf-8")
    assert "+49 40 555" not in text and "Deich" not in text and "1970-05-06" not in text  # names of fields only
