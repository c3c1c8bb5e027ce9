"""What it costs to make removed personal values unreadable in PostgreSQL's table files, at 100,000 customers.

PostgreSQL keeps old row versions in the table files until they are rewritten; paxdesk
rewrites the affected tables with ``VACUUM (FULL)`` after a conversion and after each GDPR
delete/anonymize (``paxdesk/crm/scrub.py``). Figures in the same run:

- the conversion's own row changes (the personal fields of 80,000 copies emptied) — the work
  the scrub follows;
- plain ``VACUUM`` of the same tables (the cheap alternative that leaves the values readable);
- ``scrub_removed_values`` after the conversion (VACUUM FULL of customers: the only table where a
  conversion removes values), and one GDPR delete (its scrub rewrites all five tables it may touch).

VACUUM FULL holds an exclusive lock on each table while it rewrites it: colleagues' CRM
clients wait that long.

    PAXDESK_TEST_PG=postgresql://... python benchmarks/bench_scrub.py [--customers 100000]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg  # noqa: E402
from sqlalchemy import text  # noqa: E402

from paxdesk.crm.db import close_crm, open_crm  # noqa: E402
from paxdesk.crm.exchange import import_document  # noqa: E402
from paxdesk.crm.models import PERSONAL_FIELDS  # noqa: E402
from paxdesk.crm.scrub import CONVERSION_TABLES, TABLES, scrub_removed_values  # noqa: E402
from paxdesk.services.gdpr import GdprReview  # noqa: E402


def document(customers: int) -> dict:
    doc = {"format": "paxdesk-crm/1", "agency": {"name": "RB", "midoffice": "midoco"},
           "users": [{"id": "u1", "abbreviation": "AM"}], "customers": [], "consultations": [], "offers": []}
    for i in range(customers):
        doc["customers"].append({
            "id": f"c{i:06d}", "kind": "v1", "midoffice": "midoco", "midoffice_id": str(100000 + i),
            "salutation": "Frau", "first_name": f"Vorname{i}", "last_name": f"Nachname{i}",
            "email": f"kunde{i}@example.de", "phone": f"+49 30 {i:07d}", "street": f"Lindenstraße {i}",
            "zip": "10115", "city": "Berlin", "country": "DE", "birth_date": "1981-03-14",
            "gdpr_review": i % 100 == 0})
        doc["consultations"].append({"id": f"k{i}", "customer": f"c{i:06d}", "user": "u1", "date": "2026-05-02",
                                     "subject": f"Kreta, 2 Wochen {i}"})
        doc["offers"].append({"id": f"o{i}", "customer": f"c{i:06d}", "user": "u1", "date": "2026-05-03",
                              "title": f"Hotel Elena {i}", "price": "2480.00", "currency": "EUR"})
    return doc


def timed(label: str, fn) -> float:
    started = time.perf_counter()
    fn()
    seconds = time.perf_counter() - started
    print(f"{label:<62} {seconds:7.2f} s", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    server = os.environ["PAXDESK_TEST_PG"]
    name = "paxbench_" + uuid.uuid4().hex[:8]
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = server.rsplit("/", 1)[0] + "/" + name
    try:
        engine = open_crm(url)
        timed(f"import {args.customers:,} customers (+ as many consultations, offers)",
              lambda: import_document(engine, document(args.customers), "bench"))
        converted = int(args.customers * 0.8)

        def convert_rows():
            with engine.begin() as conn:
                conn.execute(text("UPDATE customers SET kind = 'v2', "
                                  + ", ".join(f"{f} = NULL" for f in PERSONAL_FIELDS)
                                  + " WHERE id < :last"), {"last": f"c{converted:06d}"})
        baseline = timed(f"baseline: the conversion's row changes ({converted:,} copies emptied)", convert_rows)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            plain = timed("plain VACUUM of the same tables (values stay readable)",
                          lambda: conn.exec_driver_sql(f"VACUUM {', '.join(TABLES)}"))
        full = timed("scrub after the conversion: VACUUM (FULL) of customers",
                     lambda: scrub_removed_values(engine, CONVERSION_TABLES))
        gdpr = GdprReview(engine)
        one = timed("one GDPR delete, scrub included", lambda: gdpr.delete("c099900"))
        with engine.connect() as conn:
            size = conn.execute(text("SELECT pg_total_relation_size('customers') / 1048576.0")).scalar()
        close_crm(engine)
        print(f"\ncustomers table {size:.0f} MB; scrub = {full / baseline:.1f}x the conversion's row changes, "
              f"{full / plain:.1f}x a plain VACUUM; a GDPR action waits {one:.2f} s")
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
