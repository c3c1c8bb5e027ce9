"""GDPR follow-up: keep, delete, anonymize — and removed personal values are gone from the file's bytes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from paxdesk.crm.conversion_store import SqlAlchemyCrm
from paxdesk.crm.db import close_crm, open_crm
from paxdesk.crm.models import AuditEntry
from paxdesk.crm.exchange import export_document, import_document
from paxdesk.domain.matching import Status
from paxdesk.errors import InputError
from paxdesk.services.conversion import apply_plan, build_plan
from paxdesk.services.gdpr import GdprChange, GdprReview, open_review
from tests.helpers import import_crm
from paxdesk.services.matching import MatchItem

UNIQUE = "Quirinaldaxxel"  # values that occur nowhere else, so a byte search is meaningful


def _crm(url: str) -> dict:
    doc = {"format": "paxdesk-crm/1", "agency": {"name": "RB", "midoffice": "midoco"},
           "users": [{"id": "u1", "abbreviation": "AM"}], "sessions": [], "customers": [], "consultations": [],
           "offers": []}
    for i in range(3):
        doc["customers"].append({"id": f"g{i}", "kind": "local", "first_name": f"{UNIQUE}{i}Vor",
                                 "last_name": f"{UNIQUE}{i}Nach", "email": f"{UNIQUE.lower()}{i}@mail.example",
                                 "street": f"{UNIQUE}{i}straße 5", "birth_date": "1970-01-0" + str(i + 1),
                                 "phone": f"+49 {i}{i}{i} 987654321", "gdpr_review": True})
        doc["consultations"].append({"id": f"k{i}", "customer": f"g{i}", "subject": f"{UNIQUE}{i}Reisewunsch"})
        doc["offers"].append({"id": f"o{i}", "customer": f"g{i}", "title": f"{UNIQUE}{i}Angebot", "price": "1.00"})
    doc["customers"].append({"id": "other", "kind": "local", "first_name": "Bleibt"})
    engine = open_crm(url)
    import_document(engine, doc, "test")
    return engine


def test_keep_delete_anonymize(db_url):
    engine = _crm(db_url)
    gdpr = GdprReview(engine)
    try:
        listed = gdpr.customers()
        assert [c["id"] for c in listed] == ["g0", "g1", "g2"]
        assert [(c["consultations"], c["offers"], c["since"]) for c in listed] == [(1, 1, None)] * 3
        with pytest.raises(InputError):
            gdpr.keep("g0", "  ")
        gdpr.keep("g0", "Stammkunde, Vertrag läuft noch")
        deleted = gdpr.delete("g1")
        assert (deleted.status, deleted.consultations, deleted.offers) == ("deleted", 1, 1)
        gdpr.anonymize("g2")
        with pytest.raises(InputError):
            gdpr.anonymize("other")  # not under review
        doc = export_document(engine)
    finally:
        close_crm(engine)
    customers = {c["id"]: c for c in doc["customers"]}
    assert customers["g0"]["gdpr_review"] is False and customers["g0"]["first_name"] == f"{UNIQUE}0Vor"
    assert "g1" not in customers and not any(x["customer"] == "g1" for x in doc["consultations"] + doc["offers"])
    anon = customers["g2"]
    assert anon["first_name"] == anon["last_name"] == "Anonymisiert" and anon["anonymized"] is True
    assert not any(k in anon for k in ("email", "street", "birth_date", "phone"))
    assert [x for x in doc["consultations"] if x["customer"] == "g2"] == [{"id": "k2", "customer": "g2"}]
    assert [x for x in doc["offers"] if x["customer"] == "g2"] == [{"id": "o2", "customer": "g2", "price": "1.00"}]


def test_removed_values_are_not_in_the_sqlite_bytes(tmp_path):
    path = tmp_path / "crm.sqlite"
    engine = _crm(f"sqlite:///{path.as_posix()}")
    gdpr = GdprReview(engine)
    try:
        gdpr.delete("g1")
        gdpr.anonymize("g2")
    finally:
        close_crm(engine)  # checkpoints the WAL into the file, as every paxdesk command does on exit
    wal = path.with_name(path.name + "-wal")
    blob = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert f"{UNIQUE}0Vor".encode() in blob  # the kept customer is there: the search works
    for i in (1, 2):
        for value in (f"{UNIQUE}{i}Vor", f"{UNIQUE}{i}Nach", f"{UNIQUE.lower()}{i}@mail.example",
                      f"{UNIQUE}{i}straße", f"{UNIQUE}{i}Reisewunsch", f"{UNIQUE}{i}Angebot",
                      f"+49 {i}{i}{i} 987654321"):
            assert value.encode() not in blob, f"{value!r} still in the file"


def _converted_crm(url: str, tmp_path):
    """Three v1 copies whose MidOffice customers were deleted, kept as local by a real conversion run."""
    doc = {"format": "paxdesk-crm/1", "agency": {"name": "RB", "midoffice": "midoco"},
           "users": [{"id": "u1", "abbreviation": "AM"}], "sessions": [], "consultations": [], "offers": [],
           "customers": [{"id": f"d{i}", "kind": "v1", "midoffice": "midoco", "midoffice_id": f"5000{i}",
                          "first_name": "Vera", "last_name": f"Gelöscht{i}"} for i in range(3)]}
    engine = open_crm(url)
    import_document(engine, doc, "test")
    plan = build_plan([MatchItem(f"d{i}", f"5000{i}", Status.DELETED) for i in range(3)])
    backup = tmp_path / "backup.sqlite"
    list(apply_plan(SqlAlchemyCrm(engine), plan, "midoco", backup=lambda: backup))
    return engine


def test_the_review_names_the_former_midoffice_number_until_unlinked(db_url, tmp_path):
    engine = _converted_crm(db_url, tmp_path)
    gdpr = GdprReview(engine)
    try:
        assert {e.id: e.customer["former_midoffice_id"] for e in gdpr.worklist()} == {
            "d0": "50000", "d1": "50001", "d2": "50002"}
        gdpr.keep("d0", "Reise läuft")
        gdpr.delete("d1")
        gdpr.anonymize("d2")
        numbers = {e.id: (e.status, e.customer["former_midoffice_id"]) for e in gdpr.worklist()}
        # kept: the journal still has the number; deleted and anonymized were unlinked for the GDPR
        assert numbers == {"d0": ("kept", "50000"), "d1": ("deleted", None), "d2": ("anonymized", None)}
    finally:
        close_crm(engine)


def test_a_keep_can_be_taken_back_a_delete_or_anonymize_cannot(db_url, tmp_path):
    engine = _converted_crm(db_url, tmp_path)
    gdpr = GdprReview(engine)
    try:
        gdpr.keep("d0", "erst mal behalten")
        gdpr.delete("d1")
        gdpr.anonymize("d2")
        gdpr.undo_keep("d0")
        assert {e.id: e.status for e in gdpr.worklist()}["d0"] == "open"
        assert [c["id"] for c in gdpr.customers()] == ["d0"]
        for cid in ("d0", "d1", "d2", "nobody"):  # open again, deleted, anonymized, unknown: nothing to undo
            with pytest.raises(InputError, match=cid):
                gdpr.undo_keep(cid)
        gdpr.keep("d0", "doch behalten: Stammkunde")  # changed: the new reason counts
        entry = next(e for e in gdpr.worklist() if e.id == "d0")
        assert (entry.status, entry.reason) == ("kept", "doch behalten: Stammkunde")
        with engine.connect() as conn:
            actions = [a for a, in conn.execute(select(AuditEntry.action).where(AuditEntry.customer_id == "d0")
                                                .order_by(AuditEntry.id))]
        assert actions == ["gdpr_keep", "gdpr_keep_undone", "gdpr_keep"]
    finally:
        close_crm(engine)


def test_every_gdpr_action_returns_what_it_changed(db_url):
    """The decision list redraws from these (issue 31): what the CRM now holds, not what the page guessed."""
    import_crm(db_url, {"format": "paxdesk-crm/1", "agency": {"name": "RB", "midoffice": "midoco"}, "customers": [
        {"id": f"r{i}", "kind": "local", "first_name": "Ida", "last_name": "Kranz", "email": "ida@example.de",
         "gdpr_review": True} for i in range(3)]})
    with open_review(db_url) as gdpr:
        assert gdpr.keep("r0", " Reise läuft ") == GdprChange("r0", "kept", "Reise läuft")
        assert gdpr.undo_keep("r0") == GdprChange("r0", "open")
        assert gdpr.delete("r1") == GdprChange("r1", "deleted", consultations=0, offers=0)
        anonymized = gdpr.anonymize("r2")
        stored = next(c for c in gdpr.worklist() if c.id == "r2").customer
    assert anonymized.status == "anonymized" and anonymized.stored["last_name"] == stored["last_name"] == "Anonymisiert"
    assert anonymized.stored["email"] is None
