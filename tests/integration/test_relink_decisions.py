"""A re-link in a ``--decisions`` file (CONTRACT §1, §4.3 decision gate), on SQLite and PostgreSQL.

The gate headless: a re-link is judged against the record it links to; a ``major`` one needs
``"confirmed": true``; every decision is validated before the first change (exit 2 naming the customer
and the number, the CRM as it was); a confirmed re-link converts the copy to the chosen number with its
consultations and offers, and the report says so (``relinked_from``).
"""

from __future__ import annotations

import pytest

from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from tests.factories import filed_elsewhere
from tests.helpers import export_crm, import_crm, write_json
from tests.integration.test_convert_contract import TOKEN, World
from tests.invariants import PERSONAL

OTHER_PERSON = "900000"  # one of the scenario's MidOffice customers the CRM does not know: someone else


@pytest.fixture
def world(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with World(db_url, tmp_path, seed=23) as w:
        yield w


def _copy_with_rows(world) -> dict:
    """A matching copy, no duplicate, with consultations or offers (so moving them can be seen)."""
    crm = world.scenario.crm
    owners = {row["customer"] for row in crm["consultations"] + crm["offers"]}
    return next(c for c in crm["customers"] if world.scenario.expected.get(c["id"]) == "match"
                and c["id"] not in world.scenario.duplicates and c["id"] in owners)


def _rows_of(doc: dict, customer_id: str) -> set[str]:
    return {row["id"] for row in doc["consultations"] + doc["offers"] if row["customer"] == customer_id}


def test_a_relink_to_another_person_without_confirmed_exits_2_and_changes_nothing(world, capsys):
    copy = _copy_with_rows(world)
    before = export_crm(world.url)
    decisions = write_json(world.tmp / "d.json", {copy["id"]: {"action": "convert", "to": OTHER_PERSON}})
    code, report = world.convert("--decisions", str(decisions))
    assert code == 2 and report is None
    error = capsys.readouterr().err
    assert copy["id"] in error and OTHER_PERSON in error and "confirmed" in error
    assert export_crm(world.url) == before  # nothing changed, not even the other customers


def test_a_confirmed_relink_converts_the_copy_to_the_chosen_number_with_its_rows(world):
    copy = _copy_with_rows(world)
    before = export_crm(world.url)
    decisions = write_json(world.tmp / "d.json",
                           {copy["id"]: {"action": "convert", "to": OTHER_PERSON, "confirmed": True}})
    code, report = world.convert("--decisions", str(decisions))
    assert code == 0, report and report["summary"]
    item = next(i for i in report["items"] if i["customer_id"] == copy["id"])
    assert item["midoffice_id"] == OTHER_PERSON and item["relinked_from"] == copy["midoffice_id"]
    assert item["status"] == "major" and item["outcome"] == "converted"  # judged against the chosen record
    assert set(item["differences"]) >= {"first_name", "last_name", "email"}
    assert report["summary"]["relinked"] == 1
    after = export_crm(world.url)
    now = next(c for c in after["customers"] if c["id"] == copy["id"])
    assert now["kind"] == "v2" and now["midoffice_id"] == OTHER_PERSON
    assert not any(now.get(name) for name in PERSONAL)
    assert _rows_of(after, copy["id"]) == _rows_of(before, copy["id"])  # its consultations and offers with it
    assert not [c for c in after["customers"] if c.get("midoffice_id") == copy["midoffice_id"]
                and c["kind"] == "v2"]  # nothing was converted to the copy's own number


def test_a_relink_to_the_same_person_needs_no_confirmation_and_crm_only_is_the_chosen_records(tmp_path, db_url,
                                                                                            monkeypatch):
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with _FiledElsewhere(db_url, tmp_path) as world:
        copy = world.copy
        decisions = write_json(world.tmp / "d.json", {copy["id"]: {"action": "convert", "to": "900777"}})
        code, report = world.convert("--decisions", str(decisions))
        assert code == 0
        item = next(i for i in report["items"] if i["customer_id"] == copy["id"])
        assert item["status"] == "match" and item["relinked_from"] == copy["midoffice_id"]
        assert item["crm_only"] == ["phone"]  # the record filed elsewhere has no phone; the copy's own had one


class _FiledElsewhere(World):
    """A scenario whose major copy's real record lives under 900777 (without a phone)."""

    def __init__(self, url, tmp_path):
        self.scenario = build_scenario(copies=60, midoffice="midoco", seed=8, token=TOKEN)
        self.copy = filed_elsewhere(self.scenario)
        self.url, self.tmp, self.midoffice = url, tmp_path, "midoco"
        import_crm(url, self.scenario.crm)
        self.server = SandboxServer(parse_fixture(self.scenario.fixture)).start()


@pytest.mark.parametrize("decision,named", [
    ({"action": "convert", "to": "123"}, "123"),                    # no such MidOffice customer
    ({"action": "convert", "to": "100003", "confirmed": True}, None),  # filled in below: a deleted one
])
def test_a_relink_to_a_missing_or_deleted_customer_exits_2(world, capsys, decision, named):
    copy = _copy_with_rows(world)
    if named is None:
        deleted = next(c for c in world.scenario.fixture["customers"] if c.get("deleted"))
        decision, named = {**decision, "to": deleted["id"]}, deleted["id"]
    before = export_crm(world.url)
    decisions = write_json(world.tmp / "d.json", {copy["id"]: decision, "no-such-customer": "skip"})
    code, _report = world.convert("--decisions", str(decisions))
    assert code == 2
    error = capsys.readouterr().err
    assert copy["id"] in error and named in error and "no-such-customer" in error
    assert export_crm(world.url) == before
