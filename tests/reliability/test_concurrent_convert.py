"""Two `paxdesk convert` at once on the same CRM: exactly one proceeds, the other exits 4.

Deterministic: the sandbox holds every customer fetch at a gate until the test opens it. The conversion
that takes the lock reaches matching and waits there, holding the lock; the other must be refused while
it waits. The overlap is proven, not hoped for: when the refused one exits, the other is still running
with its requests held at the gate, so it cannot have finished (and released the lock) before.

Broken on purpose once (2026-11-25): with ``ConversionLock.acquire`` turned into a no-op, both conversions
reached the gate (two Midoco access tokens held there) and neither was refused: the test failed at once
with "no conversion was refused while the other waited inside matching (2 there)".
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from tests.helpers import ROOT, import_crm


def settled(runs, gate) -> bool:
    """Both reached the gate, both ended, or one ended and the other waits at the gate.

    The refused one may end before the other has got as far as matching (on a slow machine the holder is
    still checking the token or writing its backup): wait on until the holder reaches the gate, which
    it cannot pass - so it held the lock the whole time.
    """
    ended = sum(p.poll() is not None for p in runs)
    return len(gate.clients) >= 2 or ended == 2 or (ended == 1 and len(gate.clients) == 1)


def test_two_conversions_at_once(db_url):
    scenario = build_scenario(copies=150, midoffice="midoco", seed=12, token="tok")
    import_crm(db_url, scenario.crm)
    env = {**os.environ, "PAXDESK_TOKEN": "tok"}
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        gate = server.sandbox.hold("midoco", "GET", r"/crm/persons/.+")
        command = [sys.executable, "-m", "paxdesk", "convert", "--db", db_url, "--midoffice", "midoco",
                   "--base-url", server.api_url("midoco"), "--token-env", "PAXDESK_TOKEN", "--yes"]
        runs = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for _ in range(2)]
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and not settled(runs, gate):
                time.sleep(0.05)
            refused = next((p for p in runs if p.poll() is not None), None)
            assert refused is not None and len(gate.clients) == 1, \
                f"no conversion was refused while the other waited inside matching ({len(gate.clients)} there)"
            other = next(p for p in runs if p is not refused)
            assert other.poll() is None and gate.waiting > 0, \
                "the refused conversion did not overlap one that was inside matching"
        finally:
            gate.release()
            results = [(p.wait(timeout=120), p.stderr.read()) for p in runs]
    refused_code, refused_err = results[runs.index(refused)]
    other_code, other_err = results[runs.index(other)]
    assert refused_code == 4, refused_err
    assert "another conversion is running" in refused_err and refused_err.count("\n") == 1
    assert other_code == 0, other_err
