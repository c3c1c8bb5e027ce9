"""CONTRACT §4.3 "Interrupted runs" in the wizard: after a kill during the apply, the next start says so (when,
how many customers changed, which backup holds the state before), and finishing it in step 7 reports both
attempts: the result page, the report and the journal count the same customers, each once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import create_engine, text

from paxdesk.domain.report import report_json
from paxdesk.services.report_rows import FIELD
from paxdesk.ui.app import application
from tests.helpers import ROOT, export_crm
from tests.ui.walk import TOKEN, World, walk


def _journal(url: str) -> tuple[int, list]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            changed = conn.execute(text("SELECT count(*) FROM run_items WHERE outcome IN "
                                        "('converted', 'converted_local')")).scalar()
            runs = conn.execute(text("SELECT id, backup, state FROM conversion_runs ORDER BY started_at")).all()
        return changed, runs
    except Exception:  # noqa: BLE001 — not there yet, or busy
        return 0, []
    finally:
        engine.dispose()


def test_the_next_start_says_a_conversion_was_interrupted_and_finishing_it_reports_both(tmp_path, qtbot,
                                                                                   memory_keyring):
    application(german=True)
    with World(tmp_path, copies=60) as world:
        live = world.server.sandbox.fixture.customers  # the first copies' live records lack what the copy has:
        for copy in sorted(world.scenario.crm["customers"], key=lambda c: c["id"])[:8]:  # the first attempt
            if world.scenario.expected.get(copy["id"]) == "match" and copy.get("phone"):  # drops values
                live[copy["midoffice_id"]]["phone"] = None
        before = {c["id"]: c for c in export_crm(world.url)["customers"]}
        env = {**os.environ, "PAXDESK_TOKEN": TOKEN, "PAXDESK_APPLY_BATCH": "2", "PAXDESK_APPLY_PAUSE_MS": "30"}
        process = subprocess.Popen(
            [sys.executable, "-m", "paxdesk", "convert", "--db", world.url, "--midoffice", world.midoffice,
             "--base-url", world.server.api_url(world.midoffice), "--token-env", "PAXDESK_TOKEN", "--yes",
             "--accept", "minor"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while process.poll() is None and time.monotonic() < deadline and not _journal(world.url)[0]:
            time.sleep(0.005)
        process.kill()  # after its first committed batch, during the apply
        process.wait(timeout=60)
        changed_first, runs = _journal(world.url)
        assert changed_first and [r.state for r in runs] == ["applying"]

        wizard = world.wizard(qtbot)
        welcome = wizard.pages[0]
        qtbot.waitUntil(lambda: not welcome.interrupted.isHidden(), timeout=10_000)
        said = welcome.interrupted.text()
        assert "unterbrochen" in said and f" {changed_first} Kunde" in said and Path(runs[0].backup).name in said

        seen = {}

        def at_checkpoint(index):
            if index == 6 and wizard.pages[6].checkpoint is not None and "checkpoint" not in seen:
                seen["checkpoint"] = wizard.pages[6].checkpoint_label.text()
        walk(qtbot, wizard, world, to=6, on_page=at_checkpoint)  # through the steps again; step 7 converts the rest
        assert f"unterbrochene Konvertierung abgeschlossen</b>: {changed_first} Kunde" in seen["checkpoint"]
        report = report_json(wizard.state.report)  # as the JSON report has it
        changed_all, runs = _journal(world.url)
        after = {c["id"]: c for c in export_crm(world.url)["customers"]}
        really_changed = {cid for cid, c in before.items() if c["kind"] == "v1" and after.get(cid) != c}
        reported = [i["customer_id"] for i in report["items"] if i["outcome"] in ("converted", "converted_local")]
        assert sorted(reported) == sorted(really_changed) and len(reported) == changed_all  # each once, both attempts
        assert report["backup"] == runs[0].backup  # the state before the first attempt
        summary = wizard.pages[6].summary.text()
        assert f"<b>{report['summary']['converted']}</b>" in summary
        assert report["summary"]["converted"] + report["summary"]["converted_local"] == changed_all

        walk(qtbot, wizard, world, to=8)  # the report for people, read back as the agency files it
        finish = wizard.currentPage()
        qtbot.waitUntil(lambda: len(finish.paths) == 2 and not finish._saving, timeout=60_000)
        _the_people_report_covers_both_attempts(*finish.paths, report, sorted(really_changed), runs[0].backup)
        wizard.done(0)


def _the_people_report_covers_both_attempts(pdf: Path, xlsx: Path, report: dict, changed: list[str],
                                            backup: str) -> None:
    book = load_workbook(xlsx, read_only=True)
    overview = {row[0]: row[1] for row in book["Übersicht"].iter_rows(values_only=True) if row and row[0]}
    assert overview["Sicherung vor der Konvertierung"] == Path(backup).name
    for label, key in (("Konvertiert: nur noch MidOffice-Nummer", "converted"),
                       ("Als paxlounge-Kunde behalten", "converted_local"), ("Unverändert (offen)", "skipped")):
        assert overview[label] == report["summary"][key]  # numbers, as numbers, equal to the result page's
    header, *rows = list(book["Kunden"].iter_rows(values_only=True))
    ids = [row[1] for row in rows]
    assert len(ids) == len(set(ids))  # once each
    done = sorted(row[1] for row in rows if row[5].startswith(("Konvertiert", "Als paxlounge")))
    assert done == changed
    assert all(row[0] and row[3] for row in rows if row[5].startswith("Konvertiert"))  # named, as the MidOffice does
    # "In MidOffice nachtragen": every dropped field of both attempts (the first attempt's values are gone: "–")
    listed = {(row[1], row[3]) for row in list(book["In MidOffice nachtragen"].iter_rows(values_only=True))[1:]}
    dropped = {(i["customer_id"], FIELD[name]) for i in report["items"] if i["outcome"] == "converted"
               for name in i["crm_only"]}
    assert dropped and listed == dropped
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert Path(backup).name in text and all(cid in text for cid in changed)
