"""Two `paxdesk convert` at once on the same CRM: exactly one proceeds, the other exits 4."""

from __future__ import annotations

import os
import subprocess
import sys

from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from tests.helpers import ROOT, import_crm


def test_two_conversions_at_once(db_url):
    scenario = build_scenario(copies=150, midoffice="midoco", seed=12, token="tok")
    scenario.fixture["faults"] = {"latency_ms": 250}  # the first holds the lock for seconds, whatever its speed
    import_crm(db_url, scenario.crm)
    env = {**os.environ, "PAXDESK_TOKEN": "tok"}
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        command = [sys.executable, "-m", "paxdesk", "convert", "--db", db_url, "--midoffice", "midoco",
                   "--base-url", server.api_url("midoco"), "--token-env", "PAXDESK_TOKEN", "--yes"]
        first, second = (subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                          stderr=subprocess.PIPE, text=True) for _ in range(2))
        results = [(p.wait(timeout=120), p.stderr.read()) for p in (first, second)]
    codes = sorted(code for code, _ in results)
    assert codes[0] in (0, 5) and codes[1] == 4, results
    refused = next(err for code, err in results if code == 4)
    assert "another conversion is running" in refused
