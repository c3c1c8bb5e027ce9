"""Import throughput: ``paxdesk db import`` (validation included) vs a raw SQLAlchemy Core executemany.

Both import the same 100,000 customers with 200,000 consultations and offers
into a fresh CRM of the same schema in the same run. Goal: paxdesk >= 0.5x the baseline.

    python benchmarks/bench_import.py [--customers 100000] [--db-url postgresql://...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from paxdesk.crm import models as m  # noqa: E402
from paxdesk.crm.db import close_crm, open_crm  # noqa: E402
from paxdesk.crm.exchange import _INSERT_ORDER, _TABLES, _chunks, _rows, import_document  # noqa: E402
from tests.factories import generate_crm  # noqa: E402


def fresh(url_factory, name):
    return open_crm(url_factory(name))


def run(customers: int, url_factory) -> None:
    doc = generate_crm(customers=customers, seed=1, hostile=False)
    rows = sum(len(doc[k]) for k in ("users", "customers", "sessions", "consultations", "offers"))
    # Baseline: the rows already shaped as columns, straight into the tables, one transaction.
    prepared = {name: list(_rows(name, doc[name])) for name in _INSERT_ORDER}
    engine = fresh(url_factory, "baseline")
    started = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(insert(m.Agency), [{"id": 1, "name": doc["agency"]["name"], "midoffice": "midoco"}])
        for name in _INSERT_ORDER:
            for chunk in _chunks(iter(prepared[name])):
                conn.execute(insert(_TABLES[name]), chunk)
    baseline = time.perf_counter() - started
    close_crm(engine)

    engine = fresh(url_factory, "paxdesk")
    started = time.perf_counter()
    import_document(engine, doc, "benchmark")
    ours = time.perf_counter() - started
    close_crm(engine)

    print(f"rows: {rows:,} ({customers:,} customers, {len(doc['consultations']) + len(doc['offers']):,} "
          f"consultations and offers)")
    print(f"baseline (Core executemany): {rows / baseline:12,.0f} rows/s  ({baseline:.2f} s)")
    print(f"paxdesk import (validated):  {rows / ours:12,.0f} rows/s  ({ours:.2f} s)")
    ratio = baseline / ours
    print(f"ratio: {ratio:.2f}x of baseline (goal >= 0.5x) -> {'OK' if ratio >= 0.5 else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db-url", help="a PostgreSQL server URL; databases are created on it")
    args = parser.parse_args()
    if args.db_url:
        import uuid

        import psycopg

        def url_factory(name):
            db = f"bench_{name}_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(args.db_url, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{db}"')
            return args.db_url.rsplit("/", 1)[0] + "/" + db
        run(args.customers, url_factory)
        return
    with tempfile.TemporaryDirectory() as tmp:
        run(args.customers, lambda name: f"sqlite:///{tmp}/{name}.sqlite")


if __name__ == "__main__":
    main()
