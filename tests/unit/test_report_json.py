"""The JSON report byte for byte: the files in report_golden/ were written by the dict-building code before the
report became typed; the typed report must write exactly the same bytes (key order, optional keys, nulls)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action, Outcome
from paxdesk.services.conversion import PlannedItem
from paxdesk.services.matching import MatchItem
from paxdesk.domain.report import Report, report_json
from paxdesk.services.report import build_report, write_report

GOLDEN = Path(__file__).parent / "report_golden"


def _plan() -> list[PlannedItem]:
    """Every shape an item can take: plain, merged, re-linked, re-linked without an own number, local,
    skipped with a lookup error, undecided with a note (outcome null)."""
    return [
        PlannedItem(MatchItem("c1", "100001", Status.MATCH), Action.CONVERT, outcome=Outcome.CONVERTED,
                    detail={"into": "c1"}),
        PlannedItem(MatchItem("c2", "100002", Status.MINOR, ("last_name",), True, crm_only=("phone", "birth_date")),
                    Action.CONVERT, outcome=Outcome.CONVERTED, detail={"into": "c9"}),
        PlannedItem(MatchItem("c3", "100003", Status.MAJOR, ("first_name", "email")), Action.CONVERT,
                    relink_to="200003", outcome=Outcome.CONVERTED,
                    detail={"into": "c3", "relinked_to": "200003"}),
        PlannedItem(MatchItem("c4", None, Status.NO_REFERENCE), Action.CONVERT, relink_to="200004",
                    outcome=Outcome.FAILED, apply_error="changed_since_matching"),
        PlannedItem(MatchItem("c5", "100005", Status.DELETED), Action.LOCAL, outcome=Outcome.CONVERTED_LOCAL),
        PlannedItem(MatchItem("c6", "100006", Status.ERROR, error="timeout"), Action.SKIP, outcome=Outcome.SKIPPED),
        PlannedItem(MatchItem("Müller \"7\"\n", "100007", Status.MAJOR), Action.SKIP,
                    note="decision_convert_not_possible_for_deleted"),
    ]


@pytest.mark.parametrize("name, run_id, midoffice, dry_run, backup", [
    ("applied.json", "run-1", "midoco", False, Path("crm ä.sqlite")),
    ("dry.json", "run-2", "myjack", True, None)])
def test_the_report_file_is_byte_for_byte_the_one_before_the_types(tmp_path, name, run_id, midoffice, dry_run, backup):
    path = tmp_path / name
    write_report(build_report(run_id, midoffice, dry_run, backup, _plan()), path)
    assert path.read_bytes() == (GOLDEN / name).read_bytes()


@pytest.mark.parametrize("name", ["applied.json", "dry.json"])
def test_a_report_read_back_is_written_again_byte_for_byte(tmp_path, name):
    """The wizard keeps its sitting's report as this file and writes it again (JSON for IT) after a reopen."""
    report = Report.from_json(json.loads((GOLDEN / name).read_text(encoding="utf-8")))
    assert report.items[2].relinked_from == "100003"
    assert report.items[3].relinked and report.items[3].relinked_from is None  # re-linked, no number of its own
    assert report.items[0].outcome is (None if report.dry_run else Outcome.CONVERTED)
    write_report(report, tmp_path / name)
    assert (tmp_path / name).read_bytes() == (GOLDEN / name).read_bytes()


def test_a_kept_report_of_an_older_paxdesk_counts_what_it_lacks_as_0_and_a_broken_one_is_refused():
    document = report_json(build_report("r", "midoco", False, None, _plan()))
    del document["summary"]["relinked"], document["summary"]["merged"]
    assert Report.from_json(document).summary.relinked == 0
    for broken in ({**document, "format": "paxdesk-report/0"}, {**document, "items": None},
                   {k: v for k, v in document.items() if k != "run_id"}, {**document, "items": [{"status": "odd"}]}):
        with pytest.raises(ValueError):
            Report.from_json(broken)
