"""One source for every count (CONTRACT §4.3): the review's tabs, the checkpoint, the result page and the
reports (JSON, XLSX) count the same facts the same way, on a run with every kind of item — re-links,
merges, data only in the CRM, large differences converted, deleted customers and errors."""

from __future__ import annotations

from collections import Counter

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action
from paxdesk.sandbox.fixture import CUSTOMER_FIELDS
from paxdesk.domain.report import report_json
from paxdesk.services.report_rows import SUMMARY_ROWS
from paxdesk.services.review.rows import Source
from paxdesk.ui.app import application
from tests.factories import filed_elsewhere
from tests.helpers import xlsx_rows
from tests.ui.walk import World, walk


def _serve_also(world: World, record: dict) -> None:
    """A MidOffice customer added to the running sandbox (as parse_fixture stores one)."""
    world._server.sandbox.fixture.customers[record["id"]] = {
        "id": record["id"], "emails": list(record["emails"]), "deleted": False, "malformed": False,
        **{k: record.get(k) for k in CUSTOMER_FIELDS}}


def _xlsx_summary(path) -> dict[str, int]:
    labels = dict((label, key) for key, label in SUMMARY_ROWS)
    found = {}
    for row in xlsx_rows(path, "Übersicht"):
        if row and row[0] in labels and len(row) > 1:
            found[labels[row[0]]] = row[1]
    return found


def test_tabs_checkpoint_result_page_and_reports_count_the_same(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path, copies=90, seed=5) as world:
        scenario = world.scenario
        moved = filed_elsewhere(scenario)  # its real record is 900777: a re-link to the same person
        _serve_also(world, scenario.fixture["customers"][-1])
        broken = next(c for c in scenario.crm["customers"] if scenario.expected.get(c["id"]) == "match"
                      and c["id"] not in scenario.duplicates)
        world._server.sandbox.fixture.customers[broken["midoffice_id"]]["malformed"] = True  # → error
        wizard = world.wizard(qtbot)
        seen: dict = {}

        def on_page(index):
            page = wizard.currentPage()
            if index == 5 and "tabs" not in seen:
                model, context = page.model, wizard.state.context
                rows = {r.item.customer_id: r for r in model.rows()}
                target = context.relink_target(moved["id"], "900777")
                assert model.decide([rows[moved["id"]]], Action.CONVERT, Source.RELINK, relink=target).changed
                major = next(r for r in model.rows() if r.item.status == Status.MAJOR and r.decision is None)
                assert model.decide([major], Action.CONVERT, confirmed=True).changed  # a major, converted
                local = next(r for r in model.rows() if r.item.status == Status.MAJOR and r.decision is None)
                model.decide([local], Action.LOCAL)
                minors = [r for r in model.rows() if r.item.status == Status.MINOR]
                model.decide(minors[: len(minors) // 2], Action.CONVERT, Source.BULK)  # the rest stays open
                seen["tabs"] = model.counts()
                page.refresh_labels()
                seen["progress"] = page.progress.text()
            if index == 6 and "checkpoint" not in seen:
                qtbot.waitUntil(page.start.isEnabled, timeout=30_000)
                seen["checkpoint"] = page.checkpoint
                seen["checkpoint_text"] = page.checkpoint_label.text()
        walk(qtbot, wizard, world, to=8, on_page=on_page)
        report = report_json(wizard.state.report)  # as the JSON report has it
        summary, items = report["summary"], report["items"]
        tabs, point = seen["tabs"], seen["checkpoint"]

        # every kind of item is there
        assert summary["error"] >= 1 and summary["deleted"] >= 1 and summary["relinked"] == 1
        assert summary["merged"] >= 1 and summary["with_crm_only"] >= 1 and summary["duplicates"] >= 1
        converted_majors = [i for i in items if i["status"] == "major" and i["outcome"] == "converted"]
        assert converted_majors and summary["failed"] == 0

        # the tabs (step 6) = the report
        assert tabs["all"] == summary["total"] and tabs["auto"] == summary["match"]
        assert tabs["warnings"] == summary["minor"] + summary["major"]
        for key in ("deleted", "error", "no_reference", "duplicates"):
            assert tabs[key] == summary[key], key
        assert tabs["crm_only"] == summary["with_crm_only"]
        assert tabs["open"] == len(point.open_warnings) == sum(  # nobody decided them: left unchanged
            1 for i in items if i["status"] in ("minor", "major") and i["outcome"] == "skipped")

        # the checkpoint (step 7, before) = the report (after)
        assert point.actions[Action.CONVERT] == summary["converted"]
        assert point.actions[Action.LOCAL] == summary["converted_local"]
        assert point.actions[Action.SKIP] == summary["skipped"]
        assert len(point.major_converted) == len(converted_majors)
        assert point.relinked == [i["customer_id"] for i in items if i.get("relinked_from")]
        assert sorted(point.merged) == sorted(i["customer_id"] for i in items if i.get("merged_into"))
        assert len(point.merged) == summary["merged"]
        assert len(point.with_crm_only) == summary["with_crm_only"]
        assert len(point.crm_only_dropped) == sum(1 for i in items if i["crm_only"] and i["outcome"] == "converted")
        assert f"{len(point.relinked)} Kunde wird neu verknüpft" in seen["checkpoint_text"]
        assert f"zeigt alle {tabs['duplicates']} Kopien" in seen["checkpoint_text"]
        assert f"von {tabs['warnings']} Warnungen" in seen["progress"]  # the counter under the table: the tab's

        # the result page (step 7, after) = the report
        result = wizard.pages[6].summary.text()
        for key in ("converted", "converted_local", "skipped", "failed"):
            assert f"<b>{summary[key]}</b>" in result, key
        outcomes = Counter(wizard.pages[6].table.item(r, 2).text() for r in range(wizard.pages[6].table.rowCount()))
        assert outcomes["Konvertiert, neu verknüpft mit einem anderen MidOffice-Kunden"] == summary["relinked"]

        # the people's report (XLSX, read back) = the JSON report
        xlsx = _xlsx_summary(wizard.pages[8].paths[1])
        assert xlsx == {key: summary[key] for key in xlsx} and set(xlsx) >= {"relinked", "merged", "duplicates"}
        wizard.done(0)
