"""Walk the whole wizard against the sandbox, for both MidOffices, with real clicks and keys."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action
from paxdesk.domain.report import report_json
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from paxdesk.bootstrap import open_session
from paxdesk.crm.decisions_repository import saved_decisions
from paxdesk.ui.app import application
from paxdesk.ui.review_model import FILTERS
from paxdesk.ui.wizard import ConversionWizard
from tests.invariants import check_invariants
from tests.ui.conftest import FakeDialogs, hidden, press_next
from tests.helpers import export_crm, import_crm

TOKEN = "ui-token-SECRET-77"



@pytest.fixture
def world(tmp_path, request):
    midoffice = request.param
    scenario = build_scenario(copies=80, midoffice=midoffice, seed=17, token=TOKEN)
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, scenario.crm)
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        yield midoffice, url, server, scenario


@pytest.mark.parametrize("world", ["myjack", "midoco"], indirect=True)
def test_the_whole_wizard(world, qtbot, memory_keyring, tmp_path):
    midoffice, url, server, scenario = world
    application(german=True)
    before = export_crm(url)
    context = open_session(url)
    wizard = ConversionWizard(context, german=True)
    dialogs = FakeDialogs()
    wizard.dialogs = dialogs
    qtbot.addWidget(wizard)
    wizard.show()

    press_next(qtbot, wizard)  # Willkommen
    page = wizard.currentPage()  # MidOffice & Token: first a wrong token
    (page.myjack if midoffice == "myjack" else page.midoco).setChecked(True)
    page.base_url.setText(server.api_url(midoffice))
    page.token.setText("falscher-token")
    assert page.token.echoMode() == page.token.EchoMode.Password
    qtbot.mouseClick(page.show_token, Qt.MouseButton.LeftButton)
    assert page.token.echoMode() == page.token.EchoMode.Normal
    press_next(qtbot, wizard)
    account = ("paxdesk", f"{midoffice}:Reisebüro Sonnenschein")
    assert account not in memory_keyring.store  # not before the credential check accepted it

    preparation = wizard.currentPage()
    qtbot.waitUntil(preparation.isComplete, timeout=10_000)
    press_next(qtbot, wizard)
    check = wizard.currentPage()
    qtbot.waitUntil(lambda: check.report is not None, timeout=20_000)
    assert not check.isComplete()
    shown = " ".join(label.text() for label in check.grid_host.findChildren(QLabel) if not hidden(label))
    assert "Parameter 1" in shown and "✗" in shown and "401" not in shown  # the detail is folded away
    assert account not in memory_keyring.store  # the rejected token was not kept

    assert check.change_token.isVisible()
    qtbot.mouseClick(check.change_token, Qt.MouseButton.LeftButton)
    token_page = wizard.currentPage()
    assert token_page is wizard.pages[1] and "nicht akzeptiert" in token_page.saved.text()
    token_page.token.setText(TOKEN)  # now the right one
    press_next(qtbot, wizard)
    press_next(qtbot, wizard)  # Vorbereitung
    check = wizard.currentPage()
    qtbot.waitUntil(lambda: check.report is not None and check.isComplete(), timeout=20_000)
    assert TOKEN not in json.dumps([r.detail for r in check.report.results])
    assert memory_keyring.store[account] == TOKEN  # kept once accepted
    press_next(qtbot, wizard)  # Zugangsprüfung

    matching = wizard.currentPage()
    qtbot.waitUntil(matching.isComplete, timeout=60_000)
    press_next(qtbot, wizard)  # Abgleich

    review = wizard.currentPage()
    model = review.model
    counts = model.counts()
    assert counts["all"] == len(scenario.expected)
    assert counts["warnings"] == sum(s in ("minor", "major") for s in scenario.expected.values())
    review.tabs.setCurrentIndex(FILTERS.index("deleted"))
    assert all(r.item.status == Status.DELETED for r in model.visible_rows())
    review.tabs.setCurrentIndex(FILTERS.index("warnings"))
    minors = [r for r in model.visible_rows() if r.item.status == Status.MINOR]
    majors = [r for r in model.visible_rows() if r.item.status == Status.MAJOR]
    # keyboard: K on a minor, L on the next minor, S on the third, then undo the last
    review.table.setFocus()
    first, second, third = minors[:3]
    review.table.selectRow(model.position(first))
    QTest.keyClick(review.table, Qt.Key.Key_K)
    assert first.decision.action == Action.CONVERT
    review.table.selectRow(model.position(second))
    QTest.keyClick(review.table, Qt.Key.Key_L)
    assert second.decision.action == Action.LOCAL
    review.table.selectRow(model.position(third))
    QTest.keyClick(review.table, Qt.Key.Key_S)
    assert third.decision.action == Action.SKIP
    QTest.keyClick(review, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert third.decision is None
    assert "2 von" in review.progress.text()
    # bulk: convert the warnings in view (confirmed) — never a major, never over an earlier decision
    qtbot.mouseClick(review.bulk_convert, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "confirm"
    assert all(r.decision and r.decision.action == Action.CONVERT for r in minors if r is not second)
    assert second.decision.action == Action.LOCAL  # decided before: left alone
    assert all(r.decision is None for r in majors)
    assert "2 von" in review.progress.text()  # a bulk action is not a check
    decided = {r.item.customer_id: str(r.decision.action) for r in model.rows() if r.decision}
    assert len(decided) >= len(minors)
    # every decision is saved as it is made (in the background): the CRM ends up holding exactly these
    qtbot.waitUntil(lambda: {cid: d.action for cid, d in saved_decisions(context.engine).items()} == decided,
                    timeout=10_000)
    press_next(qtbot, wizard)  # Prüfung

    convert = wizard.currentPage()
    qtbot.waitUntil(convert.start.isEnabled, timeout=10_000)  # the checkpoint is counted first
    qtbot.mouseClick(convert.start, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "confirm" and "Jetzt konvertieren?" in dialogs.shown[-1][2]
    qtbot.waitUntil(convert.isComplete, timeout=60_000)
    report = report_json(convert.report)
    assert report["summary"]["failed"] == 0
    press_next(qtbot, wizard)  # Konvertierung

    gdpr = wizard.currentPage()
    qtbot.waitUntil(lambda: bool(gdpr.customers), timeout=10_000)
    target = gdpr.customers[0]
    gdpr.table.selectRow(0)
    dialogs.text_answer = "falsch"
    qtbot.mouseClick(gdpr.anonymize, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "info"  # the typed text did not match: nothing happened
    dialogs.text_answer = target["last_name"]
    qtbot.mouseClick(gdpr.anonymize, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(c["id"] != target["id"] for c in gdpr.customers), timeout=10_000)
    assert gdpr.files, "the backup written before the conversion is listed"
    press_next(qtbot, wizard)  # DSGVO

    finish = wizard.currentPage()
    qtbot.waitUntil(lambda: len(finish.paths) == 2 and not finish._saving, timeout=30_000)
    assert all(path.exists() and path.name.startswith("paxdesk-Bericht-") for path in finish.paths)
    finish.save_json(str(tmp_path / "bericht.json"))
    qtbot.waitUntil(lambda: (tmp_path / "bericht.json").exists(), timeout=20_000)
    wizard.close()
    wizard.done(0)

    after = export_crm(url)
    statuses = {i["customer_id"]: i["status"] for i in report["items"]}
    changed = check_invariants(before, after, statuses, gdpr_changed={target['id']})
    assert changed["converted"] == sum(1 for i in report["items"] if i["outcome"] == "converted")
    anonymized = next(c for c in after["customers"] if c["id"] == target["id"])
    assert anonymized["anonymized"] is True and anonymized["first_name"] == "Anonymisiert"
    names = {c.get("last_name") for c in before["customers"] if c.get("last_name")}
    exported = (tmp_path / "bericht.json").read_text(encoding="utf-8")
    assert not any(f'"{name}"' in exported for name in names)  # no personal values in the report
