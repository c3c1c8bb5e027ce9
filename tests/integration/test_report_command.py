"""``paxdesk report`` (CONTRACT §1) and the report of an interrupted conversion (CONTRACT §4.3 "Interrupted
runs"), on SQLite and PostgreSQL: the report written again from the journal is the run's own, and after a
kill during the apply the finishing run's report lists every customer either attempt changed, once, with
the first attempt's backup."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import create_engine, text

from paxdesk.cli import main
from paxdesk.services.report_rows import FIELD
from paxdesk.services.backups import BackupProtected, backups_to_purge, confirm_result, delete_backup, list_backups
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from tests.helpers import ROOT, export_crm, import_crm

TOKEN = "report-token-SECRET"


def _scenario():
    scenario = build_scenario(copies=240, midoffice="midoco", seed=9, token=TOKEN)
    scenario.fixture["faults"] = {"latency_ms": 1}
    return scenario


def _args(url: str, server) -> list[str]:
    return ["--db", url, "--midoffice", "midoco", "--base-url", server.api_url("midoco"), "--token-env",
            "PAXDESK_TOKEN", "--yes", "--accept", "minor"]


def test_the_report_written_again_is_the_runs_own_as_json_pdf_and_xlsx(db_url, tmp_path, monkeypatch):
    scenario = _scenario()
    import_crm(db_url, scenario.crm)
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        assert main(["convert", *_args(db_url, server), "--report", str(tmp_path / "run.json")]) == 0
        own = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
        assert main(["report", "--db", db_url, "--last", "-o", str(tmp_path / "again.json")]) == 0
        again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
        assert again == own
        assert main(["report", "--db", db_url, "--run", own["run_id"], "--token-env", "PAXDESK_TOKEN",
                     "--base-url", server.api_url("midoco"), "-o", str(tmp_path / "again.xlsx")]) == 0
    book = load_workbook(tmp_path / "again.xlsx", read_only=True)
    rows = list(book["Übersicht"].iter_rows(values_only=True))
    assert ("Konvertiert: nur noch MidOffice-Nummer", own["summary"]["converted"]) in [tuple(r[:2]) for r in rows]
    _converted_customers_are_named_as_the_midoffice_names_them(own, book, parse_fixture(scenario.fixture))
    assert main(["report", "--db", db_url, "-o", str(tmp_path / "again.pdf")]) == 0  # no token: said, not failed
    assert (tmp_path / "again.pdf").read_bytes().startswith(b"%PDF")


def _converted_customers_are_named_as_the_midoffice_names_them(report: dict, book, fixture) -> None:
    header, *rows = list(book["Kunden"].iter_rows(values_only=True))
    column = {name: header.index(name) for name in header}
    by_id = {row[column["CRM-Nr."]]: row for row in rows}
    converted = [i for i in report["items"] if i["outcome"] == "converted"]
    assert converted and len(by_id) == len(report["items"])
    for item in converted:
        live = fixture.customers[item["midoffice_id"]]
        row = by_id[item["customer_id"]]
        assert row[column["Name im MidOffice"]] == f"{live['first_name']} {live['last_name']}"
        assert row[column["Kunde"]]  # the copy's name is gone from the CRM: the MidOffice's stands for it
    # the values converting dropped: listed by field, their values no longer known to a report written later
    header, *dropped = list(book["In MidOffice nachtragen"].iter_rows(values_only=True))
    expected = sorted((i["customer_id"], field) for i in converted for field in i["crm_only"])
    assert expected and sorted((r[1], r[3]) for r in dropped) == sorted(
        (cid, FIELD[field]) for cid, field in expected)


def test_report_refuses_unknown_runs_and_file_kinds(sqlite_url, tmp_path, capsys):
    import_crm(sqlite_url, _scenario().crm)
    assert main(["report", "--db", sqlite_url, "-o", str(tmp_path / "r.json")]) == 2  # no conversion yet
    assert main(["report", "--db", sqlite_url, "-o", str(tmp_path / "r.txt")]) == 2
    assert main(["report", "--db", sqlite_url, "--run", "nope", "-o", str(tmp_path / "r.json")]) == 2
    err = capsys.readouterr().err
    assert "no conversion yet" in err and ".json, .pdf or .xlsx" in err and "nope" in err


def _changed_runs(url: str) -> int:
    """Customers the journal shows changed so far (0 while the first batch is not committed)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM run_items WHERE outcome IN "
                                     "('converted', 'converted_local')")).scalar()
    except Exception:  # noqa: BLE001 — not created yet, or busy: not yet
        return 0
    finally:
        engine.dispose()


def _kill_after_first_batch(url: str, server) -> None:
    env = {**os.environ, "PAXDESK_TOKEN": TOKEN, "PAXDESK_APPLY_BATCH": "2", "PAXDESK_APPLY_PAUSE_MS": "20"}
    process = subprocess.Popen([sys.executable, "-m", "paxdesk", "convert", *_args(url, server)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline and not _changed_runs(url):
        time.sleep(0.002)
    process.kill()
    process.wait(timeout=60)


def test_after_a_kill_in_the_apply_the_rerun_reports_every_change_of_both_attempts_once(db_url, tmp_path,
                                                                                    monkeypatch):
    scenario = _scenario()
    import_crm(db_url, scenario.crm)
    before = {c["id"]: c for c in export_crm(db_url)["customers"]}
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        _kill_after_first_batch(db_url, server)
        engine = create_engine(db_url)
        with engine.connect() as conn:
            first = conn.execute(text("SELECT id, backup, state FROM conversion_runs")).one()
        engine.dispose()
        assert first.state == "applying", "the kill came after the apply: nothing was interrupted"
        assert main(["convert", *_args(db_url, server), "--report", str(tmp_path / "rerun.json")]) == 0
    after = {c["id"]: c for c in export_crm(db_url)["customers"]}
    changed = {cid for cid, c in before.items() if after.get(cid) != c}  # by the CRM itself, not the journal
    assert changed
    for name in ("rerun.json", "last.json"):
        if name == "last.json":
            assert main(["report", "--db", db_url, "--last", "-o", str(tmp_path / name)]) == 0
        report = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        ids = [i["customer_id"] for i in report["items"]]
        assert len(ids) == len(set(ids))  # once each
        reported = {i["customer_id"] for i in report["items"] if i["outcome"] in ("converted", "converted_local")}
        assert reported == changed & set(before) - {cid for cid, c in before.items() if c["kind"] != "v1"}
        assert report["backup"] == first.backup  # the state before the first change of the first attempt
        assert report["summary"]["converted"] + report["summary"]["converted_local"] == len(reported)
    _the_first_attempts_backup_is_the_protected_one(Path(first.backup))


def _the_first_attempts_backup_is_the_protected_one(before: Path) -> None:
    """Not the newest (the finishing attempt wrote that, of a half-converted CRM), yet protected like it."""
    found = list_backups(before.parent)
    assert found[0].path != before and found[0].protected()
    kept = next(b for b in found if b.path == before)
    assert kept.before and kept.protected()
    assert before not in [b.path for b in backups_to_purge(0, before.parent)]
    with pytest.raises(BackupProtected):
        delete_backup(before, before.parent)
    later = datetime.now() + timedelta(days=60)  # the protection ends by itself
    assert before in [b.path for b in backups_to_purge(30, before.parent, later)]
    confirm_result(before.parent)  # or when the agent confirms the result
    assert not any(b.protected() for b in list_backups(before.parent))
    delete_backup(before, before.parent)
    assert not before.exists()
