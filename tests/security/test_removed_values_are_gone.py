"""Items 5, 12, 13: after a conversion and after GDPR delete/anonymize, removed values are not in the database's
files (PostgreSQL table files, SQLite file and WAL — with the CRM still open, as the wizard keeps it), and the
journal keeps the audit without linking a deleted or anonymized customer to a MidOffice number."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from paxdesk.crm.db import close_crm, open_crm
from paxdesk.services.gdpr import GdprReview
from tests.conftest import TOKEN as SANDBOX_TOKEN
from tests.helpers import import_crm, run_paxdesk

MARK = "Xylophonquartz"  # occurs nowhere else: a byte search for it means something


def _doc() -> dict:
    customers = []
    for i in range(3):  # awaiting the GDPR review: 0 kept, 1 deleted, 2 anonymized
        customers.append({"id": f"g{i}", "kind": "local", "first_name": f"{MARK}Vor{i}", "last_name": f"{MARK}Nach{i}",
                          "email": f"{MARK.lower()}{i}@mail.example", "street": f"{MARK}weg {i}", "gdpr_review": True})
    for i in range(4):  # v1 copies matching the test sandbox (tests/conftest.py) exactly: they are converted
        customers.append({"id": f"v{i}", "kind": "v1", "midoffice": "myjack", "midoffice_id": str(200000 + i),
                          "first_name": f"Vorname{i}", "last_name": "Weiß" if i % 2 else "Groß",
                          "email": f"p{i}@example.de", "street": f"{MARK}allee {i}", "phone": f"+49 {MARK} {i}"})
    return {"format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Sonnenschein", "midoffice": "myjack"},
            "users": [{"id": "u1", "abbreviation": "AM"}], "customers": customers,
            "consultations": [{"id": f"k{i}", "customer": f"g{i}", "subject": f"{MARK}Wunsch{i}"} for i in range(3)],
            "offers": [{"id": f"o{i}", "customer": f"g{i}", "title": f"{MARK}Angebot{i}"} for i in range(3)]}


REMOVED = [f"{MARK}{part}{i}" for i in (1, 2) for part in ("Vor", "Nach", "Wunsch", "Angebot")] + \
          [f"{MARK.lower()}{i}@mail.example" for i in (1, 2)] + [f"{MARK}weg {i}" for i in (1, 2)] + \
          [f"{MARK}allee {i}" for i in range(4)] + [f"+49 {MARK} {i}" for i in range(4)]


def _convert_and_review(url: str, sandbox) -> None:
    result = run_paxdesk("convert", "--db", url, "--midoffice", "myjack", "--base-url", sandbox.api_url("myjack"),
                         "--token-env", "T", "--yes", env={"T": SANDBOX_TOKEN})
    assert result.returncode == 0, result.stderr
    assert "converted=4" in result.stdout


def _pg_table_bytes(url: str) -> bytes:
    """Every file of paxdesk's tables, their TOAST tables and indexes, after a CHECKPOINT wrote all pages."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CHECKPOINT")
        data = Path(conn.execute("SHOW data_directory").fetchone()[0])
        files = [r[0] for r in conn.execute(
            "SELECT pg_relation_filepath(c.oid) FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace "
            "UNION SELECT pg_relation_filepath(c.reltoastrelid) FROM pg_class c "
            "WHERE c.relnamespace = 'public'::regnamespace AND c.reltoastrelid <> 0") if r[0]]
    blob = b""
    for name in files:
        for segment in sorted(data.glob(name + "*")):
            blob += segment.read_bytes()
    return blob


def test_postgresql_table_files_lose_the_removed_values(sandbox):
    from tests.conftest import new_postgres_database

    url, drop = new_postgres_database()
    try:
        import_crm(url, _doc())
        assert all(v.encode() in _pg_table_bytes(url) for v in REMOVED)  # the scan sees them before
        _convert_and_review(url, sandbox)
        engine = open_crm(url)
        review = GdprReview(engine)
        review.keep("g0", "Stammkunde")
        review.delete("g1")
        review.anonymize("g2")
        close_crm(engine)
        blob = _pg_table_bytes(url)
    finally:
        drop()
    assert f"{MARK}Vor0".encode() in blob  # the kept customer is still there: the search works
    left = [v for v in REMOVED if v.encode() in blob]
    assert left == [], f"still in the table files: {left}"


def test_postgresql_a_conversion_alone_rewrites_what_it_emptied(sandbox):
    """The conversion rewrites only the customers table (crm/scrub.py CONVERSION_TABLES): enough for its values."""
    from tests.conftest import new_postgres_database

    url, drop = new_postgres_database()
    try:
        import_crm(url, _doc())
        _convert_and_review(url, sandbox)
        blob = _pg_table_bytes(url)
    finally:
        drop()
    emptied = [f"{MARK}allee {i}" for i in range(4)] + [f"+49 {MARK} {i}" for i in range(4)]
    assert f"{MARK}Wunsch1".encode() in blob and f"{MARK}Vor1".encode() in blob  # still there: the scan works
    assert [v for v in emptied if v.encode() in blob] == []


def test_sqlite_file_and_wal_lose_them_while_the_crm_stays_open(tmp_path, sandbox):
    path = tmp_path / "crm.sqlite"
    url = f"sqlite:///{path.as_posix()}"
    import_crm(url, _doc())
    _convert_and_review(url, sandbox)
    engine = open_crm(url)  # like the wizard: open for hours, no close_crm to checkpoint
    try:
        review = GdprReview(engine)
        review.delete("g1")
        review.anonymize("g2")
        wal = Path(f"{path}-wal")
        blob = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
        assert f"{MARK}Vor0".encode() in blob
        assert [v for v in REMOVED if v.encode() in blob] == []
    finally:
        close_crm(engine)


@pytest.mark.parametrize("action", ["delete", "anonymize"])
def test_the_journal_keeps_the_audit_but_not_the_midoffice_number(tmp_path, sandbox, action):
    """Kept: run, status, action, outcome, the CRM id and the GDPR action. Dropped: the MidOffice number."""
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    doc = _doc()
    doc["customers"].append({"id": "gone", "kind": "v1", "midoffice": "myjack", "midoffice_id": "200004",
                             "first_name": "Vorname4", "last_name": "Groß", "email": "p4@example.de"})
    import_crm(url, doc)  # 200004 is deleted in the sandbox: the copy becomes local, awaiting the review
    _convert_and_review(url, sandbox)
    engine = open_crm(url)
    try:
        review = GdprReview(engine)
        getattr(review, action)("gone")
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT midoffice_id, status, action, outcome FROM run_items "
                                     "WHERE customer_id = 'gone'")).all()
            audit = conn.execute(text("SELECT action FROM audit_log WHERE customer_id = 'gone'")).scalars().all()
            others = conn.execute(text("SELECT count(*) FROM run_items WHERE midoffice_id IS NOT NULL")).scalar()
    finally:
        close_crm(engine)
    assert rows == [(None, "deleted", "local", "converted_local")]
    assert audit == [f"gdpr_{action}"]
    assert others == 4  # the converted customers keep their number: they are v2 references to it
