"""The report file: the CONTRACT §4.3 document exactly as built, with its items one a line (streamed)."""

from __future__ import annotations

import json

import pytest

from paxdesk.services.report import write_report

ITEM = {"customer_id": "c1", "midoffice_id": "100001", "status": "minor", "differences": ["last_name"],
        "duplicate": False, "crm_only": [], "action": "convert", "outcome": "converted", "error": None}


@pytest.mark.parametrize("items", [[], [ITEM], [ITEM, {**ITEM, "customer_id": "Müller \"2\"\n", "error": "x"}]])
def test_the_report_reads_back_as_built_and_gives_each_item_a_line(tmp_path, items):
    report = {"format": "paxdesk-report/1", "run_id": "r", "dry_run": False, "backup": "C:\\b ä.json",
              "summary": {"total": len(items)}, "items": items}
    path = tmp_path / "report.json"
    write_report(report, path)
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == report
    lines = text.splitlines()
    assert [json.loads(line.strip().rstrip(",")) for line in lines if line.startswith("  {")] == items
    assert "ä" in text  # readable, not \u-escaped


def test_a_document_without_items_is_written_as_it_is(tmp_path):
    write_report({"format": "x", "summary": {"a": 1}}, tmp_path / "r.json")
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == {"format": "x", "summary": {"a": 1}}
