"""The MidOffice vanishes in the middle of matching: a clean stop with one clear line, nothing changed; a rerun
completes once it is back.

Deterministic, whatever the machine's speed: the sandbox fault ``stop_after`` (docs/decisions.md) makes the
MidOffice vanish after exactly K API requests — refused and reset connections, as a crashed server looks to
its clients — and K is below the number of customer numbers to fetch, so the stop always lands inside
matching (asserted from the sandbox's request counts). Two places: early (hundreds of numbers left, caught
by the streak of customers without an answer) and near the end (fewer numbers left than OUTAGE_FAILURES,
caught by the question at the end of the pass).

Broken on purpose once (2026-11-25): with the old rule (50 failures in a row *and* 30 s of silence) all
three cases carried on and applied (exit 5, 275 / 2 / 89 items `error`, a backup written, the CRM changed);
with ``OutageWatch.end_of_pass`` made a no-op, the Midoco near-end case did (exit 5).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from tests.helpers import ROOT, crm_fingerprint, import_crm

TOKEN = "outage-token"
LOOKUP = {"midoco": 1, "myjack": 100}  # numbers per request
ROUTE = {"midoco": ("midoco agency", "midoco crm"), "myjack": ("myjack me", "myjack customers")}


@pytest.mark.parametrize("midoffice,left", [("midoco", "many"), ("midoco", "few"), ("myjack", "few")])
def test_outage_stops_the_run_cleanly_and_a_rerun_finishes(midoffice, left, tmp_path):
    scenario = build_scenario(copies=400, midoffice=midoffice, seed=21, token=TOKEN)
    numbers = {c["midoffice_id"].strip() for c in scenario.crm["customers"]
               if c["kind"] == "v1" and (c.get("midoffice_id") or "").strip()}
    fetches = -(-len(numbers) // LOOKUP[midoffice])  # requests a complete matching pass needs
    check_requests = 1  # the credential check's identity request
    stop_after = check_requests + (fetches // 3 if left == "many" else fetches - 1)
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, scenario.crm)
    before = crm_fingerprint(url)
    env = {**os.environ, "PAXDESK_TOKEN": TOKEN}
    report = tmp_path / "report.json"

    def convert(base_url: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "paxdesk", "convert", "--db", url, "--midoffice", midoffice,
                               "--base-url", base_url, "--token-env", "PAXDESK_TOKEN", "--yes", "--accept", "minor",
                               "--report", str(report)],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)

    fixture = {**scenario.fixture, "faults": {"stop_after": stop_after}}
    with SandboxServer(parse_fixture(fixture)) as server:
        started = time.monotonic()
        run = convert(server.api_url(midoffice))
        took = time.monotonic() - started
        sandbox = server.sandbox
    identity_route, fetch_route = ROUTE[midoffice]
    answered_fetches = stop_after - sandbox.by_route[identity_route]
    assert sandbox.gone, "the MidOffice never vanished: the run made fewer requests than planned"
    assert 0 < answered_fetches < fetches, "the stop did not land inside matching"
    assert sandbox.by_route[fetch_route] >= answered_fetches
    assert run.returncode == 1, (run.stdout, run.stderr[-3000:])
    assert "stopped answering" in run.stderr and "nothing was changed" in run.stderr
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr  # one readable line
    print(f"\n{midoffice}/{left}: stopped after {took:.1f} s, {answered_fetches} of {fetches} fetches answered")
    assert took < 120, took
    assert crm_fingerprint(url) == before
    assert not report.exists()
    assert not list((Path(os.environ["PAXDESK_HOME"]) / "backups").glob("*")), "a backup means apply started"

    with SandboxServer(parse_fixture(scenario.fixture)) as back:  # the MidOffice is back
        rerun = convert(back.api_url(midoffice))
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
    truth = list(scenario.expected.values())
    assert summary["error"] == 0
    assert summary["converted"] == truth.count("match") + truth.count("minor")
