"""kill -9 during `paxdesk convert` at seeded random moments; rerun; every customer old or new, nothing lost."""

from __future__ import annotations

import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

from paxdesk.crm.db import close_crm, open_crm
from paxdesk.crm.exchange import export_document
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from tests.helpers import ROOT, run_paxdesk, write_json
from tests.invariants import check_invariants

TOKEN = "crash-token-SECRET"
TRIALS = 20


def _convert(db: str, server, tmp_path, **popen) -> subprocess.Popen:
    args = [sys.executable, "-m", "paxdesk", "convert", "--db", db, "--midoffice", "midoco",
            "--base-url", server.api_url("midoco"), "--token-env", "PAXDESK_TOKEN", "--accept", "minor", "--yes"]
    import os
    env = {**os.environ, "PAXDESK_TOKEN": TOKEN, "PAXDESK_APPLY_BATCH": "2"}
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)


def _wait_for_apply(path, process, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1) as conn:
                if conn.execute("SELECT count(*) FROM conversion_runs WHERE state = 'applying'").fetchone()[0]:
                    return
        except sqlite3.OperationalError:
            pass
        time.sleep(0.003)


def _export(db: str) -> dict:
    engine = open_crm(db)
    try:
        return json.loads(json.dumps(export_document(engine)))
    finally:
        close_crm(engine)


def test_kill_9_at_random_moments_then_rerun(tmp_path):
    scenario = build_scenario(copies=240, midoffice="midoco", seed=9, token=TOKEN)
    scenario.fixture["faults"] = {"latency_ms": 2}
    base_file = tmp_path / "base.sqlite"
    base_db = f"sqlite:///{base_file.as_posix()}"
    assert run_paxdesk("db", "import", str(write_json(tmp_path / "crm.json", scenario.crm)), "--db", base_db).returncode == 0
    before = json.loads(run_paxdesk("db", "export", "--db", base_db).stdout)
    rng = random.Random(2026)
    killed_in_apply = 0
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        for trial in range(TRIALS):
            work = tmp_path / f"trial{trial}.sqlite"
            shutil.copyfile(base_file, work)
            db = f"sqlite:///{work.as_posix()}"
            process = _convert(db, server, tmp_path)
            if trial % 4 == 3:  # a fully random moment: start-up, check, matching or apply
                time.sleep(rng.uniform(0.2, 2.5))
            else:  # a random moment of the apply phase
                _wait_for_apply(work, process)
                time.sleep(rng.uniform(0, 0.08))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
            process.wait(timeout=60)
            with sqlite3.connect(work) as conn:
                killed_in_apply += conn.execute(
                    "SELECT count(*) FROM conversion_runs WHERE state = 'applying'").fetchone()[0]
            for _ in range(3):  # rerun until finished
                rerun = _convert(db, server, tmp_path)
                _, err = rerun.communicate(timeout=120)
                if rerun.returncode in (0, 5):
                    break
            assert rerun.returncode in (0, 5), err
            after = _export(db)
            check_invariants(before, after, scenario.expected)
            with sqlite3.connect(work) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                converted = Counter(row[0] for row in conn.execute(
                    "SELECT customer_id FROM run_items WHERE outcome IN ('converted', 'converted_local')"))
                assert all(n == 1 for n in converted.values()), "a customer was converted twice"
                states = Counter(r[0] for r in conn.execute("SELECT state FROM conversion_runs"))
                assert states["applying"] == 0 and states["done"] >= 1
                # the journal agrees with the CRM: what it records as converted is no v1 copy any more
                still_v1 = {r[0] for r in conn.execute("SELECT id FROM customers WHERE kind = 'v1'")}
                assert not (set(converted) & still_v1)
            expected_changes = sum(s in ("match", "minor", "deleted") for s in scenario.expected.values())
            assert len(converted) == expected_changes
    assert killed_in_apply >= TRIALS // 2, f"only {killed_in_apply} kills landed in the apply phase"
