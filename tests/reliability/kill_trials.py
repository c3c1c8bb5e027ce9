"""Random kills of `paxdesk convert` (and of its rerun), shared by the suite and scripts/stress.py.

A trial: copy a prepared CRM, start `convert`, kill it hard (``Popen.kill()``: SIGKILL on POSIX,
TerminateProcess on Windows) at a random moment (mostly
inside the apply phase), sometimes kill the resuming rerun as well, rerun until it
finishes, then check every promise of CONTRACT §4.3 on the result.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from tests.helpers import ROOT, export_crm, import_crm
from tests.invariants import check_invariants

TOKEN = "crash-token-SECRET"


@dataclass
class Figures:
    trials: int = 0
    killed_in_apply: int = 0
    resumes_killed: int = 0
    reruns: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def _convert(db: str, api_url: str) -> subprocess.Popen:
    # 2 customers a transaction and a pause of 4 ms after each: the apply lasts about half a second, so a kill
    # "inside the apply" lands there on any machine (without the pause a fast one finished within the
    # kill's random delay, a slow one did not: the precondition depended on the machine's speed)
    env = {**os.environ, "PAXDESK_TOKEN": TOKEN, "PAXDESK_APPLY_BATCH": "2", "PAXDESK_APPLY_PAUSE_MS": "4"}
    return subprocess.Popen([sys.executable, "-m", "paxdesk", "convert", "--db", db, "--midoffice", "midoco",
                             "--base-url", api_url, "--token-env", "PAXDESK_TOKEN", "--accept", "minor", "--yes"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _applying(path: Path) -> int:
    """Runs the CRM shows as applying, read while ``convert`` runs (read-only; busy or not yet there: 0)."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1)) as conn:
            return conn.execute("SELECT count(*) FROM conversion_runs WHERE state = 'applying'").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _left_applying(path: Path) -> int:
    """After the kill: runs left "applying". Read with a writable connection, which finishes what the killed
    process left in the WAL first — a read-only one may fail on it and would count a kill in the apply as
    none (the flake of the "at least half in the apply" precondition on a loaded machine)."""
    with closing(sqlite3.connect(path, timeout=10)) as conn:
        return conn.execute("SELECT count(*) FROM conversion_runs WHERE state = 'applying'").fetchone()[0]


def _wait_for_apply(path: Path, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None and not _applying(path):
        time.sleep(0.003)


def _kill_at_random(process, path, rng, anywhere: bool) -> None:
    if anywhere:  # start-up, check, matching or apply
        time.sleep(rng.uniform(0.2, 2.5))
    else:
        _wait_for_apply(path, process)
        time.sleep(rng.uniform(0, 0.08))
    if process.poll() is None:
        process.kill()
    process.wait(timeout=60)



def run_trials(trials: int, folder: Path, seed: int = 2026, copies: int = 240) -> Figures:
    scenario = build_scenario(copies=copies, midoffice="midoco", seed=9, token=TOKEN)
    scenario.fixture["faults"] = {"latency_ms": 2}
    base_file = folder / "base.sqlite"
    import_crm(f"sqlite:///{base_file.as_posix()}", scenario.crm)
    before = export_crm(f"sqlite:///{base_file.as_posix()}")
    expected_changes = sum(s in ("match", "minor", "deleted") for s in scenario.expected.values())
    rng = random.Random(seed)
    figures = Figures()
    started = time.monotonic()
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        api = server.api_url("midoco")
        for trial in range(trials):
            work = folder / f"trial{trial}.sqlite"
            shutil.copyfile(base_file, work)
            db = f"sqlite:///{work.as_posix()}"
            _kill_at_random(_convert(db, api), work, rng, anywhere=trial % 4 == 3)
            figures.killed_in_apply += _left_applying(work)
            if trial % 3 == 1:  # kill the resuming rerun too
                rerun = _convert(db, api)
                _kill_at_random(rerun, work, rng, anywhere=False)
                figures.resumes_killed += 1
            for _ in range(3):
                rerun = _convert(db, api)
                _, err = rerun.communicate(timeout=120)
                figures.reruns += 1
                if rerun.returncode in (0, 5):
                    break
            try:
                assert rerun.returncode in (0, 5), err.decode()[-500:]
                check_invariants(before, export_crm(db), scenario.expected)
                with closing(sqlite3.connect(work)) as conn:  # `with connect()` alone commits, never closes
                    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                    converted = Counter(r[0] for r in conn.execute(
                        "SELECT customer_id FROM run_items WHERE outcome IN ('converted', 'converted_local')"))
                    assert all(n == 1 for n in converted.values()), "a customer was converted twice"
                    states = Counter(r[0] for r in conn.execute("SELECT state FROM conversion_runs"))
                    assert states["applying"] == 0 and states["done"] >= 1
                    still_v1 = {r[0] for r in conn.execute("SELECT id FROM customers WHERE kind = 'v1'")}
                    assert not (set(converted) & still_v1), "the journal records a change the CRM does not show"
                    assert len(converted) == expected_changes
            except AssertionError as exc:
                figures.problems.append(f"trial {trial}: {exc}")
            figures.trials += 1
            work.unlink()
    figures.seconds = time.monotonic() - started
    return figures
