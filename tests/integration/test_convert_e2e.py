"""End to end through the real command line, per MidOffice: import, check, dry run, convert, export."""

from __future__ import annotations

import json
import re

import pytest

from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from tests.helpers import crm_fingerprint, run_paxdesk, write_json
from tests.invariants import check_invariants

TOKEN = "e2e-token-SECRET-31337"
ENV = {"PAXDESK_TOKEN": TOKEN}


def _scenario(midoffice: str, seed: int):
    scenario = build_scenario(copies=520, midoffice=midoffice, seed=seed, token=TOKEN)
    # five customers whose MidOffice record is malformed: they must end as 'error', never 'deleted'
    broken = [c for c in scenario.fixture["customers"] if not c["deleted"] and c["id"] < "900000"][:5]
    by_number = {c.get("midoffice_id"): c["id"] for c in scenario.crm["customers"] if c["kind"] == "v1"}
    for person in broken:
        person["malformed"] = True
        for cid, status in list(scenario.expected.items()):
            if next(c for c in scenario.crm["customers"] if c["id"] == cid).get("midoffice_id") == person["id"]:
                scenario.expected[cid] = "error"
    assert by_number
    return scenario


@pytest.mark.parametrize("midoffice", ["myjack", "midoco"])
def test_convert_end_to_end(midoffice, tmp_path):
    scenario = _scenario(midoffice, seed=4 if midoffice == "myjack" else 5)
    db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    assert run_paxdesk("db", "import", str(write_json(tmp_path / "crm.json", scenario.crm)), "--db", db).returncode == 0
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        base = ["--db", db, "--midoffice", midoffice, "--base-url", server.api_url(midoffice),
                "--token-env", "PAXDESK_TOKEN"]
        check = run_paxdesk("check", *base, env=ENV)
        assert check.returncode == 0, check.stdout + check.stderr
        assert check.stdout.count("OK") == 5

        before_hash = crm_fingerprint(db)
        dry = run_paxdesk("convert", *base, "--dry-run", "--report", str(tmp_path / "dry.json"), env=ENV)
        assert dry.returncode == 5, dry.stderr  # the malformed customers are errors
        assert crm_fingerprint(db) == before_hash
        report = json.loads((tmp_path / "dry.json").read_text(encoding="utf-8"))
        statuses = {i["customer_id"]: i["status"] for i in report["items"]}
        assert statuses == scenario.expected
        assert {i["customer_id"] for i in report["items"] if i["duplicate"]} == scenario.duplicates
        assert report["dry_run"] is True and report["backup"] is None
        assert all(i["outcome"] is None for i in report["items"])
        expected_counts = {s: list(scenario.expected.values()).count(s)
                           for s in ("match", "minor", "major", "deleted", "no_reference", "error")}
        assert {k: report["summary"][k] for k in expected_counts} == expected_counts

        before = json.loads(run_paxdesk("db", "export", "--db", db).stdout)
        real = run_paxdesk("convert", *base, "--accept", "minor", "--yes", "--report", str(tmp_path / "run.json"),
                           env=ENV)
        assert real.returncode == 5, real.stderr
    after = json.loads(run_paxdesk("db", "export", "--db", db).stdout)
    run = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    truth = scenario.expected  # what each copy was built to be, never paxdesk's own classification
    assert {i["customer_id"]: i["status"] for i in run["items"]} == truth
    changed = check_invariants(before, after, truth)
    outcome = {i["customer_id"]: i["outcome"] for i in run["items"]}
    for cid, status in truth.items():
        expected = {"match": "converted", "minor": "converted", "deleted": "converted_local"}.get(status, "skipped")
        assert outcome[cid] == expected, (cid, status, outcome[cid])
    assert changed["converted"] == expected_counts["match"] + expected_counts["minor"]
    assert changed["local"] == expected_counts["deleted"]
    assert run["backup"] and (tmp_path / "paxdesk-home" / "backups").exists()
    log = (tmp_path / "paxdesk-home" / "logs" / "paxdesk.log").read_text(encoding="utf-8")
    for step in ("matching", "backup", "apply", "clean-up (decisions, removed values)"):  # where the time went
        assert re.search(rf"paxdesk\.conversion: {re.escape(step)}: {len(truth)} customers in [\d.]+ s", log), step
    assert after["sessions"] == []
    text = (tmp_path / "run.json").read_text(encoding="utf-8") + real.stdout + real.stderr + dry.stderr
    assert TOKEN not in text
    for c in before["customers"]:  # no personal value in the report
        for field in ("first_name", "last_name", "email"):
            value = c.get(field)
            if value and len(value) > 3:
                assert value not in (tmp_path / "run.json").read_text(encoding="utf-8")
