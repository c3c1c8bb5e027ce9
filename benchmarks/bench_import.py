"""Import throughput of the command users run, ``paxdesk db import FILE --db URL``, vs a raw baseline.

Both start from the same exchange file on disk (100,000 customers with 200,000 consultations and offers)
and end with its rows in a fresh CRM of the same schema, in the same run:

- baseline: read the file, ``json.loads``, shape the rows, SQLAlchemy Core executemany, one transaction —
  no validation, no checks;
- paxdesk in-process: ``paxdesk.cli.main(["db", "import", ...])`` — file read, JSON parse, validation of
  every record, insert, and opening/closing the CRM (migrations, checkpoint);
- paxdesk as a process: the console command itself, Python start and imports included.

Goal: paxdesk >= 0.5x the baseline.

    python benchmarks/bench_import.py [--customers 100000] [--db-url postgresql://...]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from paxdesk.cli import main as paxdesk_main  # noqa: E402
from paxdesk.crm import models as m  # noqa: E402
from paxdesk.crm.db import close_crm, open_crm  # noqa: E402
from paxdesk.crm.exchange import _INSERT_ORDER, _TABLES, _chunks, _rows  # noqa: E402
from tests.factories import generate_crm  # noqa: E402


def baseline(path: Path, url: str) -> float:
    engine = open_crm(url)  # the schema, outside the timing
    started = time.perf_counter()
    doc = json.loads(path.read_text(encoding="utf-8"))
    with engine.begin() as conn:
        conn.execute(insert(m.Agency), [{"id": 1, "name": doc["agency"]["name"], "midoffice": "midoco"}])
        for name in _INSERT_ORDER:
            for chunk in _chunks(_rows(name, doc[name])):
                conn.execute(insert(_TABLES[name]), chunk)
    elapsed = time.perf_counter() - started
    close_crm(engine)
    return elapsed


def in_process(path: Path, url: str) -> float:
    with contextlib.redirect_stderr(io.StringIO()):  # its "imported ..." line
        started = time.perf_counter()
        code = paxdesk_main(["db", "import", str(path), "--db", url])
        elapsed = time.perf_counter() - started
    assert code == 0, code
    return elapsed


def as_process(path: Path, url: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "paxdesk", "db", "import", str(path), "--db", url], check=True,
                   cwd=ROOT, capture_output=True)
    return time.perf_counter() - started


def run(customers: int, url_factory, folder: Path) -> None:
    doc = generate_crm(customers=customers, seed=1, hostile=False)
    rows = sum(len(doc[k]) for k in ("users", "customers", "sessions", "consultations", "offers"))
    path = folder / "crm.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    base = baseline(path, url_factory("baseline"))
    inside = in_process(path, url_factory("inprocess"))
    whole = as_process(path, url_factory("process"))
    print(f"file: {path.stat().st_size / 1e6:.1f} MB, {rows:,} rows ({customers:,} customers, "
          f"{len(doc['consultations']) + len(doc['offers']):,} consultations and offers)")
    print(f"baseline (read + json.loads + Core executemany): {rows / base:10,.0f} rows/s  ({base:.2f} s)")
    print(f"paxdesk db import, in-process (main()):          {rows / inside:10,.0f} rows/s  ({inside:.2f} s)"
          f"  -> {base / inside:.2f}x")
    print(f"paxdesk db import, whole process:                {rows / whole:10,.0f} rows/s  ({whole:.2f} s)"
          f"  -> {base / whole:.2f}x")
    ratio = base / whole
    print(f"ratio of the command users run: {ratio:.2f}x of baseline (goal >= 0.5x) -> "
          f"{'OK' if ratio >= 0.5 else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db-url", help="a PostgreSQL server URL; databases are created on it")
    args = parser.parse_args()
    if hasattr(os, "getloadavg"):
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PAXDESK_HOME"] = str(Path(tmp) / "home")  # logs of the import stay out of the user folder
        if args.db_url:
            import uuid

            import psycopg

            def url_factory(name):
                db = f"bench_{name}_{uuid.uuid4().hex[:8]}"
                with psycopg.connect(args.db_url, autocommit=True) as conn:
                    conn.execute(f'CREATE DATABASE "{db}"')
                return args.db_url.rsplit("/", 1)[0] + "/" + db
        else:
            def url_factory(name):
                return f"sqlite:///{Path(tmp).as_posix()}/{name}.sqlite"
        run(args.customers, url_factory, Path(tmp))


if __name__ == "__main__":
    main()
