"""The MidOffice vanishes in the middle of a run: a clean stop with a clear message, nothing changed; a rerun
completes once it is back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxProcess
from paxdesk.services import matching
from tests.helpers import ROOT, crm_fingerprint, import_crm


def test_outage_stops_the_run_cleanly_and_a_rerun_finishes(tmp_path, monkeypatch):
    scenario = build_scenario(copies=6_000, midoffice="midoco", seed=21, token="tok")
    scenario.fixture["faults"] = {"latency_ms": 25}
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, scenario.crm)
    before = crm_fingerprint(url)
    env = {**os.environ, "PAXDESK_TOKEN": "tok"}

    def convert(base_url: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "paxdesk", "convert", "--db", url, "--midoffice", "midoco",
                                 "--base-url", base_url, "--token-env", "PAXDESK_TOKEN", "--yes", "--accept", "minor",
                                 "--report", str(tmp_path / "report.json")],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    server = SandboxProcess(scenario.fixture, tmp_path)
    run = convert(server.api_url("midoco"))
    time.sleep(3.0)  # well inside the matching phase (6,000 customers at 25 ms each, ~1,000 a second)
    server.stop()    # the MidOffice is gone
    gone_at = time.monotonic()
    out, err = run.communicate(timeout=180)
    stopped_after = time.monotonic() - gone_at
    assert run.returncode == 1, (out, err)
    assert "stopped answering" in err and "nothing was changed" in err
    assert err.count("\n") == 1  # one readable line
    assert stopped_after < matching.OUTAGE_SECONDS + 60
    assert crm_fingerprint(url) == before

    with SandboxProcess(scenario.fixture, tmp_path) as back:
        rerun = convert(back.api_url("midoco"))
        out, err = rerun.communicate(timeout=180)
    assert rerun.returncode == 0, err
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["error"] == 0 and report["summary"]["converted"] > 0
