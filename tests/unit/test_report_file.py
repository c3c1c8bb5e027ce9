"""The report file: the CONTRACT §4.3 document exactly as built, with its items one a line (streamed)."""

from __future__ import annotations

import json

import pytest

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action, Outcome
from paxdesk.domain.report import Report, ReportItem, Summary, report_json
from paxdesk.services.report import write_report

ITEM = ReportItem("c1", "100001", Status.MINOR, ("last_name",), action=Action.CONVERT, outcome=Outcome.CONVERTED)


@pytest.mark.parametrize("items", [(), (ITEM,), (ITEM, ReportItem("Müller \"2\"\n", None, Status.ERROR, error="x"))])
def test_the_report_reads_back_as_built_and_gives_each_item_a_line(tmp_path, items):
    report = Report("r", "midoco", False, "C:\\b ä.json", Summary(total=len(items)), items)
    path = tmp_path / "report.json"
    write_report(report, path)
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == report_json(report)
    assert Report.from_json(json.loads(text)) == report
    lines = text.splitlines()
    assert [json.loads(line.strip().rstrip(",")) for line in lines if line.startswith("  {")] == \
        report_json(report)["items"]
    assert "ä" in text  # readable, not \u-escaped
