"""A whole `paxdesk convert --debug` through a fault storm, then a scan of everything it left behind.

Storm: 30 % 503, 2 % requests that hang, 20 requests/s per token (429 with both Retry-After
forms), Midoco access tokens expiring every 3 s. Every customer must end with its true class
or `error` — never a wrong `deleted` — within the stated request budget, and at least 90 %
with their true class (an adapter that answered `error` for everything would pass otherwise).
Then stdout, stderr, log files, the CRM, backups, reports and temp files are searched for the
token, and logs and reports for personal values.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from tests.helpers import ROOT, import_crm

TOKEN = "storm-token-SECRET-5f2c9e"


def _files(folder: Path):
    return [p for p in folder.rglob("*") if p.is_file()]


def test_fault_storm_convert_then_leak_scan(tmp_path):
    scenario = build_scenario(copies=300, midoffice="midoco", seed=31, token=TOKEN)
    scenario.fixture["faults"] = {"error_rate": 0.3, "timeout_rate": 0.02, "rate_limit_per_s": 20, "seed": 5}
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, scenario.crm)
    home = Path(os.environ["PAXDESK_HOME"])
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "PAXDESK_TOKEN": TOKEN, "TMPDIR": str(temp)}
    with SandboxServer(parse_fixture(scenario.fixture), token_ttl=3) as server:
        server.sandbox.hang_seconds = 3
        base = ["--db", url, "--midoffice", "midoco", "--base-url", server.api_url("midoco"),
                "--token-env", "PAXDESK_TOKEN"]
        bad = subprocess.run([sys.executable, "-m", "paxdesk", "check", *base, "--debug"], cwd=ROOT, text=True,
                             capture_output=True, env={**env, "PAXDESK_TOKEN": TOKEN + "-revoked"}, timeout=120)
        run = subprocess.run([sys.executable, "-m", "paxdesk", "convert", *base, "--debug", "--yes", "--accept", "minor",
                              "--report", str(tmp_path / "report.json")],
                             cwd=ROOT, text=True, capture_output=True, env=env, timeout=600)
        api_requests = server.sandbox.counts["midoco"]
        exchanges = server.sandbox.counts["midoco-token"]
    assert bad.returncode == 3
    assert run.returncode in (0, 5), run.stderr[-2000:]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    for item in report["items"]:
        truth = scenario.expected[item["customer_id"]]
        assert item["status"] in (truth, "error"), (item, truth)
    right = sum(i["status"] == scenario.expected[i["customer_id"]] for i in report["items"])
    print(f"\n{right} of {len(report['items'])} items with their true class")
    assert right >= 0.9 * len(report["items"]), "retries should get >= 90 % of the answers through this storm"
    numbers = len({i["midoffice_id"] for i in report["items"] if i["midoffice_id"]})
    assert api_requests <= 4 * numbers + 50 + 10, (api_requests, numbers)  # 2·(N + failed) + 50, + check calls
    assert exchanges >= 2  # access tokens did expire and were exchanged again

    # -- the leak scan --------------------------------------------------------------------
    logs = _files(home / "logs")
    assert logs, "the run wrote a log"
    log_text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in logs)
    assert "DEBUG" in log_text  # it really logged at DEBUG
    places = {"stdout": run.stdout + bad.stdout, "stderr": run.stderr + bad.stderr}
    for path in [*logs, *_files(home / "backups"), tmp_path / "report.json", tmp_path / "crm.sqlite",
                 *_files(temp)]:
        places[str(path)] = path.read_bytes().decode("utf-8", errors="replace")
    hits = [where for where, text in places.items() if TOKEN in text]
    assert hits == [], f"token found in {hits}"
    personal = {c[k] for c in scenario.crm["customers"] for k in ("last_name", "email")
                if c.get(k) and len(c[k]) > 4}
    for where in [*map(str, logs), str(tmp_path / "report.json"), "stdout", "stderr"]:
        found = [value for value in personal if value in places[where]]
        assert found == [], f"personal values in {where}: {found[:5]}"
