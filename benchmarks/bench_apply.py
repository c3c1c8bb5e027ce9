"""Applying 20,000 decisions on SQLite: paxdesk's journalled apply vs raw SQL doing the same row changes.

Both start from copies of the same CRM: 20,000 v1 copies (a fifth with a v2
reference beside them, a tenth deleted in the MidOffice), two consultations or
offers each. The baseline makes the same row changes as paxdesk — the customer
UPDATE/DELETEs and one journal row per customer — as bare sqlite3 executemany in
one transaction; a second figure leaves the journal rows out. paxdesk adds the
re-check of every customer inside its batch's transaction and commits batches of
whole customers (the crash guarantee). Goal: paxdesk >= 0.3x the baseline.

    python benchmarks/bench_apply.py [--customers 20000]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from paxdesk.crm.backup import write_backup  # noqa: E402
from paxdesk.crm.conversion_store import SqlAlchemyCrm  # noqa: E402
from paxdesk.crm.db import close_crm, open_crm  # noqa: E402
from paxdesk.crm.exchange import import_document  # noqa: E402
from paxdesk.crm.models import PERSONAL_FIELDS  # noqa: E402
from paxdesk.domain.matching import Status  # noqa: E402
from paxdesk.domain.plan import Accept  # noqa: E402
from paxdesk.services.conversion import apply_plan, build_plan  # noqa: E402
from paxdesk.services.matching import MatchItem  # noqa: E402


def make_crm(path: Path, customers: int) -> list[MatchItem]:
    doc = {"format": "paxdesk-crm/1", "agency": {"name": "RB", "midoffice": "midoco"}, "users": [],
           "sessions": [], "customers": [], "consultations": [], "offers": []}
    items = []
    for i in range(customers):
        cid, number = f"c{i}", str(100000 + i)
        doc["customers"].append({"id": cid, "kind": "v1", "midoffice": "midoco", "midoffice_id": number,
                                 "first_name": "Anna", "last_name": f"Muster{i}", "email": f"a{i}@x.de",
                                 "street": "Weg 1", "city": "Berlin"})
        doc["consultations"].append({"id": f"k{i}", "customer": cid, "subject": "Kreta"})
        doc["offers"].append({"id": f"o{i}", "customer": cid, "title": "Hotel", "price": "100.00"})
        if i % 5 == 0:
            doc["customers"].append({"id": f"r{i}", "kind": "v2", "midoffice": "midoco", "midoffice_id": number})
        status = Status.DELETED if i % 10 == 7 else Status.MATCH
        items.append(MatchItem(cid, number, status, (), i % 5 == 0))
    engine = open_crm(f"sqlite:///{path.as_posix()}")
    import_document(engine, doc, "bench")
    close_crm(engine)
    return items


def baseline(path: Path, items: list[MatchItem], journal: bool) -> float:
    """The bare row changes; with ``journal`` also paxdesk's journal row per customer (same row changes)."""
    nulls = ", ".join(f"{f} = NULL" for f in PERSONAL_FIELDS)
    in_place = [(i.customer_id,) for i in items if i.status == Status.MATCH and not i.duplicate]
    merged = [(f"r{i.customer_id[1:]}", i.customer_id) for i in items if i.status == Status.MATCH and i.duplicate]
    local = [(i.customer_id,) for i in items if i.status == Status.DELETED]
    conn = sqlite3.connect(path)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "secure_delete=ON", "synchronous=NORMAL"):
        conn.execute(f"PRAGMA {pragma}")
    started = time.perf_counter()
    with conn:
        conn.executemany(f"UPDATE customers SET kind = 'v2', {nulls} WHERE id = ?", in_place)
        conn.executemany("UPDATE consultations SET customer_id = ? WHERE customer_id = ?", merged)
        conn.executemany("UPDATE offers SET customer_id = ? WHERE customer_id = ?", merged)
        conn.executemany("DELETE FROM customers WHERE id = ?", [(c,) for _, c in merged])
        conn.executemany("UPDATE customers SET kind = 'local', midoffice = NULL, midoffice_id = NULL, "
                         "gdpr_review = 1 WHERE id = ?", local)
        if journal:
            conn.execute("INSERT INTO conversion_runs (id, midoffice, started_at, state) "
                         "VALUES ('baseline', 'midoco', '2026-11-23', 'done')")
            conn.executemany(
                "INSERT INTO run_items (run_id, customer_id, midoffice_id, status, differences, duplicate, action, "
                "outcome, error, detail) VALUES ('baseline', ?, ?, ?, '[]', ?, ?, ?, NULL, ?)",
                [(i.customer_id, i.midoffice_id, str(i.status), i.duplicate,
                  "local" if i.status == Status.DELETED else "convert",
                  "converted_local" if i.status == Status.DELETED else "converted", '{"into": "x"}')
                 for i in items])
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def paxdesk(path: Path, items: list[MatchItem]) -> tuple[float, float]:
    """(apply seconds without the backup, backup seconds): the backup is disk-bound fsync, timed apart."""
    engine = open_crm(f"sqlite:///{path.as_posix()}")
    plan = build_plan(items, Accept.NONE)
    backup_time = []

    def backup():
        started = time.perf_counter()
        result = write_backup(engine, path.with_suffix(".bak"))
        backup_time.append(time.perf_counter() - started)
        return result

    started = time.perf_counter()
    for _ in apply_plan(SqlAlchemyCrm(engine), plan, "midoco", backup=backup):
        pass
    elapsed = time.perf_counter() - started
    close_crm(engine)
    assert all(p.outcome in ("converted", "converted_local") for p in plan)
    return elapsed - backup_time[0], backup_time[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    raws, bares, ourss, backups = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        original = Path(tmp) / "original.sqlite"
        items = make_crm(original, args.customers)
        for run in range(args.repeat):  # alternate, each on a fresh copy; the median of each
            for name in ("base.sqlite", "bare.sqlite", "pax.sqlite"):
                shutil.copyfile(original, Path(tmp) / name)
            raws.append(baseline(Path(tmp) / "base.sqlite", items, journal=True))
            bares.append(baseline(Path(tmp) / "bare.sqlite", items, journal=False))
            apply_time, backup_time = paxdesk(Path(tmp) / "pax.sqlite", items)
            ourss.append(apply_time)
            backups.append(backup_time)
    raw, bare, ours = statistics.median(raws), statistics.median(bares), statistics.median(ourss)
    print("runs (s): baseline", " ".join(f"{t:.2f}" for t in raws), "| customers only",
          " ".join(f"{t:.2f}" for t in bares), "| paxdesk", " ".join(f"{t:.2f}" for t in ourss))
    merged = sum(i.status == Status.MATCH and i.duplicate for i in items)
    print(f"{len(items):,} decisions ({sum(i.status == Status.MATCH for i in items):,} convert, {merged:,} of them "
          f"merged into an existing v2 reference; {sum(i.status == Status.DELETED for i in items):,} local)")
    print(f"median of {args.repeat} runs each")
    print(f"raw SQL baseline, same row changes incl. journal (one transaction): "
          f"{len(items) / raw:10,.0f} decisions/s ({raw:.2f} s)")
    print(f"raw SQL, customer rows only (no journal, one transaction):          "
          f"{len(items) / bare:10,.0f} decisions/s ({bare:.2f} s)")
    print(f"paxdesk apply (journal, re-checks, batches): {len(items) / ours:10,.0f} decisions/s ({ours:.2f} s)")
    print(f"paxdesk backup before it (online backup API, fsync): {statistics.median(backups):.2f} s")
    ratio = raw / ours
    print(f"ratio: {ratio:.2f}x of the same-row-changes baseline (goal >= 0.3x) -> "
          f"{'OK' if ratio >= 0.3 else 'MISSED'}; {bare / ours:.2f}x of the customer-rows-only figure")


if __name__ == "__main__":
    main()
