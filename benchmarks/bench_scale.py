"""A whole conversion at 100,000 customers, and the review page with 100,000 items.

(a) ``paxdesk convert`` (credential check, matching, backup, apply, scrub, report) of
    N v1 copies as its own process, against the sandbox as its own process:
    Midoco at 30 ms latency (one GET per customer, 32 in flight by default) and myJack
    at 30 ms (lookups of 100, 4 in flight), on SQLite and on PostgreSQL. Wall time
    beside the physical bound - N x latency / concurrency for Midoco, the lookups'
    N / 100 x latency / 4 for myJack - and the peak RSS of the convert process (VmHWM).
    The matching phase alone is read from the report's timing line where shown.
(b) The wizard's review page (German UI) loaded with N items in a process of its own:
    time from the matching outcome to the first paint of the table, and peak RSS.

Goals (issue 18): Midoco within 1.25x the physical bound at the default concurrency;
peak RSS of convert < 500 MB; review page < 700 MB and first paint < 3 s.

    python benchmarks/bench_scale.py [--customers 100000] [--latency-ms 30] [--only midoco,myjack,review]
    [--databases sqlite,postgresql]   (PostgreSQL: a throwaway server from scripts/pg.sh, as scripts/test.sh)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from paxdesk.crm.db import close_crm, open_crm  # noqa: E402
from paxdesk.crm.exchange import import_document  # noqa: E402
from paxdesk.sandbox.server import SandboxProcess  # noqa: E402
from tests.child_process import Measured  # noqa: E402
from tests.conftest import TOKEN, sandbox_doc  # noqa: E402

CONCURRENCY = {"midoco": 32, "myjack": 4}  # the adapters' defaults
LOOKUP = 100


def load() -> str:
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "n/a"


def crm_doc(customers: list[dict], midoffice: str) -> dict:
    """The CRM's v1 copies of the sandbox's customers: every 10th with another last name (minor), one consultation
    and one offer per customer."""
    doc = {"format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Sonnenschein", "midoffice": midoffice},
           "users": [{"id": "u1", "abbreviation": "AM"}], "sessions": [], "customers": [], "consultations": [],
           "offers": []}
    for i, c in enumerate(customers):
        cid = f"c{i}"
        doc["customers"].append({"id": cid, "kind": "v1", "midoffice": midoffice, "midoffice_id": c["id"],
                                 "first_name": c["first_name"],
                                 "last_name": c["last_name"] + ("x" if i % 10 == 3 else ""),
                                 "email": c["emails"][0], "street": c["street"], "city": c["city"]})
        doc["consultations"].append({"id": f"k{i}", "customer": cid, "user": "u1", "subject": "Kreta"})
        doc["offers"].append({"id": f"o{i}", "customer": cid, "user": "u1", "title": "Hotel", "price": "100.00"})
    return doc


class Postgres:
    """A throwaway PostgreSQL server (scripts/pg.sh), one fresh database per run."""

    def __init__(self):
        self.folder = ROOT / ".pgbench"  # the postgres user must reach it: not below a private temp folder
        self.server = subprocess.run(["bash", str(ROOT / "scripts" / "pg.sh"), "start", str(self.folder)],
                                     check=True, capture_output=True, text=True).stdout.strip()
        self.count = 0

    def new_database(self) -> str:
        import psycopg

        self.count += 1
        name = f"bench_scale_{self.count}"
        with psycopg.connect(self.server, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.server.rsplit("/", 1)[0] + "/" + name

    def stop(self) -> None:
        subprocess.run(["bash", str(ROOT / "scripts" / "pg.sh"), "stop", str(self.folder)], check=False)


def convert_run(midoffice: str, database: str, doc: dict, server, folder: Path, postgres: Postgres | None,
                latency: float) -> dict:
    run_folder = folder / f"{midoffice}-{database}"
    run_folder.mkdir()
    url = postgres.new_database() if database == "postgresql" else f"sqlite:///{(run_folder / 'crm.sqlite').as_posix()}"
    engine = open_crm(url)
    import_document(engine, crm_doc(doc["customers"], midoffice), "bench")
    close_crm(engine)
    report = run_folder / "report.json"
    started_load = load()
    run = Measured(["convert", "--db", url, "--midoffice", midoffice, "--base-url", server.api_url(midoffice),
                    "--token-env", "PAXTOKEN", "--accept", "all", "--yes", "--report", str(report)],
                   run_folder, "convert", {"PAXTOKEN": TOKEN, "PAXDESK_HOME": str(run_folder / "home")}).wait()
    if run.returncode not in (0, 5):
        crashes = "".join(c.read_text(encoding="utf-8")[-3000:] for c in (run_folder / "home").rglob("crash-*"))
        raise SystemExit(f"convert {midoffice} {database} failed ({run.returncode}): {run.stderr[-2000:]}\n{crashes}")
    summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
    n = len(doc["customers"])
    requests = n if midoffice == "midoco" else -(-n // LOOKUP)
    bound = requests * latency / CONCURRENCY[midoffice]
    return {"midoffice": midoffice, "database": database, "seconds": run.seconds, "peak_mb": run.peak_mb,
            "bound": bound, "steps": steps(run_folder / "home" / "logs" / "paxdesk.log"), "items": summary["total"], "converted": summary["converted"], "errors": summary["error"],
            "load": f"{started_load} → {load()}"}


def steps(log: Path) -> str:
    """The conversion's steps as its log tells them: "matching 98.1 s, backup 2.0 s, ..."."""
    found = re.findall(r"paxdesk\.conversion: (.+?): \d+ customers in ([\d.]+) s", log.read_text(encoding="utf-8"))
    return ", ".join(f"{step} {seconds} s" for step, seconds in found)


def review_child(n: int) -> None:
    """In its own process: the wizard's review page with ``n`` items; prints the time to the first paint."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_review import items  # noqa: PLC0415 - sets up Qt offscreen and a temporary PAXDESK_HOME
    from PySide6.QtCore import QEvent, QObject  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from paxdesk.services.conversion_session import MatchOutcome  # noqa: PLC0415
    from paxdesk.bootstrap import open_session  # noqa: PLC0415
    from paxdesk.ui.app import application  # noqa: PLC0415
    from paxdesk.ui.wizard import ConversionWizard  # noqa: PLC0415

    class FirstPaint(QObject):
        at: float | None = None

        def eventFilter(self, _watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and self.at is None:
                self.at = -1.0  # painting now; the time is taken when the event has been handled
            return False

    application(german=True)
    db = Path(os.environ["PAXDESK_HOME"]) / "bench.sqlite"
    context = open_session(f"sqlite:///{db.as_posix()}", midoffice="midoco", base_url="http://127.0.0.1:9",
                           token="bench", remember_token=False)
    wizard = ConversionWizard(context, german=True)
    wizard.resize(1366, 768)
    outcome = MatchOutcome(items(n))  # what matching hands over
    started = time.perf_counter()
    wizard.state.set_outcome(outcome)
    wizard.setStartId(5)
    wizard.restart()
    page = wizard.currentPage()
    painted = FirstPaint()
    page.table.viewport().installEventFilter(painted)
    wizard.show()
    while painted.at is None:
        QApplication.processEvents()
    QApplication.processEvents()
    first_paint = time.perf_counter() - started
    print(json.dumps({"first_paint_s": first_paint, "rows": page.model.rowCount(), "page": type(page).__name__}))
    for p in wizard.pages:
        p.stop_workers()
    wizard.done(0)


def review_run(n: int, folder: Path) -> dict:
    run = Measured([str(Path(__file__).resolve()), "--review-child", str(n)], folder, "review",
                   {"QT_QPA_PLATFORM": "offscreen"}, module=None).wait()
    if run.returncode != 0:
        raise SystemExit(f"review page failed: {run.stderr[-2000:]}")
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    return {**figures, "peak_mb": run.peak_mb, "seconds": run.seconds}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--latency-ms", type=float, default=30)
    parser.add_argument("--only", default="midoco,myjack,review")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--review-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.review_child:
        review_child(args.review_child)
        return
    only, databases = args.only.split(","), args.databases.split(",")
    latency = args.latency_ms / 1000
    print(f"{args.customers:,} customers, {args.latency_ms:.0f} ms latency; load average at the start {load()}",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        folder = Path(tmp)
        postgres = Postgres() if "postgresql" in databases and set(only) & {"midoco", "myjack"} else None
        try:
            runs = []
            doc = sandbox_doc(customers=args.customers, deleted_every=50, faults={"latency_ms": args.latency_ms})
            if set(only) & {"midoco", "myjack"}:
                with SandboxProcess(doc, folder) as server:
                    for midoffice in (m for m in ("midoco", "myjack") if m in only):
                        for database in databases:
                            r = convert_run(midoffice, database, doc, server, folder, postgres, latency)
                            runs.append(r)
                            print(f"  {midoffice} on {database}: {r['seconds']:.1f} s (bound {r['bound']:.1f} s, "
                                  f"{r['seconds'] / r['bound']:.2f}x), peak RSS {r['peak_mb']:.0f} MB, "
                                  f"{r['converted']:,} of {r['items']:,} converted, {r['errors']} errors, "
                                  f"load {r['load']}\n    steps: {r['steps']}", flush=True)
        finally:
            if postgres:
                postgres.stop()
        review = review_run(args.customers, folder) if "review" in only else None
    print("\n| convert | database | wall time | physical bound | ratio | peak RSS | goal |")
    print("|---|---|---|---|---|---|---|")
    ok = True
    for r in runs:
        ratio = r["seconds"] / r["bound"]
        goal = "≤ 1.25×, < 500 MB" if r["midoffice"] == "midoco" else "< 500 MB"
        ok &= r["peak_mb"] < 500 and (r["midoffice"] != "midoco" or ratio <= 1.25)
        print(f"| {r['midoffice']} {r['items']:,} | {r['database']} | {r['seconds']:.1f} s | {r['bound']:.1f} s | "
              f"{ratio:.2f}× | {r['peak_mb']:.0f} MB | {goal} |")
    if review:
        ok &= review["peak_mb"] < 700 and review["first_paint_s"] < 3
        print(f"\nreview page ({review['page']}, {review['rows']:,} rows shown): first paint "
              f"{review['first_paint_s']:.2f} s (goal < 3 s), peak RSS {review['peak_mb']:.0f} MB (goal < 700 MB)")
    print(f"load average at the end {load()}; " + ("all goals met" if ok else "GOAL MISSED"))


if __name__ == "__main__":
    main()
