"""The database's statistics hold no removed personal value (issue 27: ``pg_stats`` kept the last names, e-mails and
streets of converted copies and of customers deleted or anonymized for the GDPR — readable by any role that may
SELECT the table — because the conversion analyses before its apply and the scrub never analysed again).

Distinctive values shared by many rows, so that ANALYZE keeps them as "most common values" while they exist:
converted copies (``Qwertzuiop``), a GDPR delete (``Yxcvbnmlkj``) and an anonymize (``Poiuztrewq``).
"""

from __future__ import annotations

from sqlalchemy import create_engine, text

from paxdesk.cli import main
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.server import SandboxServer
from tests.conftest import TOKEN, sandbox_doc
from tests.helpers import import_crm

CONVERTED, DELETED, ANONYMIZED = "Qwertzuiop", "Yxcvbnmlkj", "Poiuztrewq"


def _crm(doc: dict) -> dict:
    customers = []
    for i, person in enumerate(doc["customers"]):
        if person["deleted"]:
            name = DELETED if i % 2 else ANONYMIZED
        else:
            name = CONVERTED
        customers.append({"id": f"c{i:03d}", "kind": "v1", "midoffice": "midoco", "midoffice_id": person["id"],
                          "first_name": person["first_name"], "last_name": name,
                          "email": f"{name.lower()}{i}@example.de", "street": f"{name}weg 1"})
    return {"format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Sonnenschein", "midoffice": "midoco"},
            "customers": customers}


def _statistics_text(url: str) -> str:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql("SELECT 1")  # pg_stats: what any role with SELECT on the table reads
                rows = conn.execute(text("SELECT tablename, attname, most_common_vals::text, histogram_bounds::text "
                                         "FROM pg_stats WHERE schemaname = 'public'")).all()
            else:
                tables = [r[0] for r in conn.execute(text(
                    "SELECT name FROM sqlite_master WHERE name LIKE 'sqlite_stat%'"))]
                rows = [row for table in tables for row in conn.execute(text(f"SELECT * FROM {table}"))]
    finally:
        engine.dispose()
    return "\n".join(str(r) for r in rows)


def test_after_a_conversion_a_delete_and_an_anonymize_the_statistics_hold_none_of_the_removed_values(
        db_url, monkeypatch):
    doc = sandbox_doc(customers=120, deleted_every=5)
    crm = _crm(doc)
    import_crm(db_url, crm)
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with SandboxServer(parse_fixture(doc)) as server:
        assert main(["convert", "--db", db_url, "--midoffice", "midoco", "--base-url", server.api_url("midoco"),
                     "--token-env", "PAXDESK_TOKEN", "--yes", "--accept", "all"]) == 0
    if db_url.startswith("postgresql"):  # the precondition: while they existed, the statistics held them
        engine = create_engine(db_url)
        with engine.connect() as conn:
            held = conn.execute(text("SELECT count(*) FROM customers WHERE last_name IN (:a, :b)"),
                                {"a": DELETED, "b": ANONYMIZED}).scalar()
        engine.dispose()
        assert held and DELETED in _statistics_text(db_url)  # kept local for the review, so still there
    for customer in crm["customers"]:
        action = {DELETED: "delete", ANONYMIZED: "anonymize"}.get(customer["last_name"])
        if action:
            assert main(["gdpr", action, customer["id"], "--db", db_url, "--yes"]) == 0
    stats = _statistics_text(db_url)
    for removed in (CONVERTED, DELETED, ANONYMIZED):
        assert removed not in stats and removed.lower() not in stats, removed
