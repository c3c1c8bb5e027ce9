"""The review page (page 6) on sandbox data built for each test: re-link, the wrong-person guard, bulk
actions, the "Open" tab, search, sorting, stable order, duplicate groups, and keys that explain themselves."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Accept, Action, default_action
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from paxdesk.services.conversion_session import ConversionSession, Decision, MatchOutcome
from paxdesk.bootstrap import open_session
from paxdesk.ui.app import application
from paxdesk.ui.dialogs import Dialogs
from paxdesk.ui.review_model import COLUMNS, ReviewModel
from paxdesk.services.review.gate import question_for
from paxdesk.ui.guard_dialog import SamePersonDialog
from paxdesk.ui.search_dialog import SearchDialog
from paxdesk.ui.wizard import ConversionWizard
from tests.factories import filed_elsewhere
from tests.helpers import import_crm
from tests.ui.conftest import FakeDialogs

REVIEW = 5  # page index


def names_differ(row) -> bool:
    """A ``major`` whose names differ under N2 (the gate asks "probably another person")."""
    question = question_for(row, Action.CONVERT, None, confirmed=False)
    return question is not None and not question.same_names


class ConvertAnyway(FakeDialogs):
    """Answers the gate's question with "Convert anyway" (the real button, clicked), records the text."""

    def __init__(self):
        super().__init__()
        self.asked: list[str] = []

    def run(self, dialog):
        if isinstance(dialog, SamePersonDialog):
            self.asked.append(dialog.text())
            dialog.convert_button.click()
            return True
        return self.run_answer


class World:
    def __init__(self, scenario, url, server, midoffice):
        self.scenario, self.url, self.server, self.midoffice = scenario, url, server, midoffice

    def context(self) -> ConversionSession:
        session = open_session(self.url, midoffice=self.midoffice, base_url=self.server.api_url(self.midoffice),
                               token="t", remember_token=False)
        assert session.check().passed
        return session


@pytest.fixture(params=["midoco"])
def world(request, tmp_path):
    scenario = build_scenario(copies=70, midoffice=request.param, seed=41, token="t", extra_midoffice=8)
    scenario.copy = filed_elsewhere(scenario)
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, scenario.crm)
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        yield World(scenario, url, server, request.param)


def matched(context) -> MatchOutcome:
    return [e for e in context.match(lambda: False, resume_decisions=True) if isinstance(e, MatchOutcome)][0]


def open_review(qtbot, world, dialogs=None):
    application(german=True)
    context = world.context()
    wizard = ConversionWizard(context, german=True)
    wizard.dialogs = dialogs or FakeDialogs()
    qtbot.addWidget(wizard)
    wizard.state.set_outcome(matched(context))
    wizard.setStartId(REVIEW)
    wizard.restart()
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=5000)  # keys go to the focused table, as for the agent
    page = wizard.currentPage()
    return wizard, page, page.model


def go_to(page, key: str):
    page.tabs.setCurrentIndex(page._keys.index(key))


def select(page, row):
    page.table.selectRow(page.model.position(row))
    page.table.setFocus()


def close(wizard, qtbot):
    for page in wizard.pages:
        for worker in page._workers:
            worker.wait(5)
    wizard.done(0)


class PickCandidate:
    """Dialogs that answer the re-link dialog like an agent: wait for the automatic search, pick ``number``."""

    def __init__(self, qtbot, number: str):
        self.qtbot, self.number, self.seen = qtbot, number, []

    def run(self, dialog):
        self.qtbot.waitUntil(lambda: dialog.results.rowCount() > 0, timeout=10_000)
        numbers = [dialog.results.item(i, 1).text() for i in range(dialog.results.rowCount())]
        self.seen = numbers
        dialog.results.setCurrentCell(numbers.index(self.number), 0)
        assert self.number in dialog.preview.toHtml()  # side by side before OK
        dialog.accept()
        return True

    def confirm(self, *_):
        return True

    def info(self, *_):
        pass

    error = info


def test_relink_shows_the_chosen_record_in_the_comparison(world, qtbot):
    copy = world.scenario.copy
    dialogs = PickCandidate(qtbot, "900777")
    wizard, page, model = open_review(qtbot, world, dialogs)
    go_to(page, "open")  # decided rows leave "Offen" — a re-linked one stays to be seen with its record
    row = next(r for r in model.rows() if r.item.customer_id == copy["id"])
    old_live = row.item.live
    select(page, row)
    qtbot.waitUntil(lambda: copy["id"] in page._crm.get("id", ""), timeout=5000)
    QTest.keyClick(page.table, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: row.decision is not None, timeout=10_000)
    assert dialogs.seen[0] == "900777"  # found by the automatic search, best first
    assert row.decision.action == Action.CONVERT and row.decision.relink_to == "900777"
    assert row.live.number == "900777"
    qtbot.waitUntil(lambda: "900777" in page.comparison.toPlainText(), timeout=5000)
    shown = page.comparison.toPlainText()
    assert old_live.first_name not in shown  # the chosen record, not the old one
    assert shown.count(copy["first_name"]) >= 3  # heading, CRM copy and the chosen record
    assert "900777" in model.data(model.index(model.position(row), COLUMNS.index("action")))
    plan = wizard.state.plan()
    assert next(p for p in plan if p.item.customer_id == copy["id"]).item.live.number == "900777"
    close(wizard, qtbot)


@pytest.mark.parametrize("world", ["myjack", "midoco"], indirect=True)
def test_the_dialog_searches_on_its_own_and_finds_the_customer_filed_elsewhere(world, qtbot):
    application(german=True)
    copy = world.scenario.copy
    context = world.context()
    dialog = SearchDialog(context, copy["id"], {k: copy.get(k) for k in copy})
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.results.rowCount() > 0, timeout=10_000)
    assert dialog.results.item(0, 1).text() == "900777"
    assert dialog.results.item(0, 3).text() == copy["zip"]
    day, month, year = copy["birth_date"][8:], copy["birth_date"][5:7], copy["birth_date"][:4]
    assert dialog.results.item(0, 5).text() == f"{day}.{month}.{year}"  # TT.MM.JJJJ
    assert dialog.results.item(0, 7).text() == "Übereinstimmung"
    assert all(dialog.results.item(row, 0).text().endswith(" %") for row in range(dialog.results.rowCount()))
    assert "100 %" in dialog.results.horizontalHeaderItem(0).toolTip()  # what the number means, in German
    assert "Geburtsdatum" in dialog.results.horizontalHeaderItem(0).toolTip()
    qtbot.waitUntil(lambda: "900777" in dialog.preview.toPlainText(), timeout=2000)
    dialog._worker.wait()
    context.close()


def test_k_on_a_major_with_another_first_name_asks_and_esc_leaves_it_undecided(world, qtbot):
    wizard, page, model = open_review(qtbot, world)
    wizard.dialogs = Dialogs(wizard)  # the real modal dialog, answered with the real Esc key
    go_to(page, "warnings")
    row = next(r for r in model.rows() if r.item.customer_id == world.scenario.copy["id"])
    assert names_differ(row)
    select(page, row)
    seen = []

    def press_escape():
        box = QApplication.activeModalWidget()
        seen.append(box.text() if box else None)
        if box is not None:
            QTest.keyClick(box, Qt.Key.Key_Escape)
    QTimer.singleShot(300, press_escape)
    QTest.keyClick(page.table, Qt.Key.Key_K)
    crm_name, live_name = row.item.crm.first_name, row.item.live.first_name
    assert seen and crm_name in seen[0] and live_name in seen[0]  # names both people
    assert row.decision is None
    assert page.table.currentIndex().row() == model.position(row)  # stayed on the row
    assert "Nicht entschieden" in page.status_line.text()
    close(wizard, qtbot)


def test_bulk_on_all_leaves_majors_and_earlier_decisions_and_the_checked_count(world, qtbot):
    wizard, page, model = open_review(qtbot, world)
    minor = next(r for r in model.rows() if r.item.status == Status.MINOR)
    go_to(page, "all")
    select(page, minor)
    QTest.keyClick(page.table, Qt.Key.Key_L)
    checked = page.progress.text()
    majors = [r for r in model.rows() if r.item.status == Status.MAJOR]
    before = {r.item.customer_id: r.decision for r in model.rows()}
    page.bulk_convert.click()
    kind, _, text = wizard.dialogs.shown[-1]
    assert kind == "confirm"
    untouched_minors = sum(1 for r in model.rows() if r.item.status == Status.MINOR) - 1
    assert f"Kleine Abweichung: {untouched_minors}" in text and f"{len(majors)} große Abweichungen" in text
    assert "1 bereits entschieden" in text
    assert all(r.decision is None for r in majors)
    assert minor.decision.action == Action.LOCAL
    changed = [r for r in model.rows() if r.decision != before[r.item.customer_id]]
    assert changed and all(r.item.status == Status.MINOR and r.decision.by_bulk for r in changed)
    assert page.progress.text() == checked  # bulk decisions are not checks, and the label says so
    assert "einzeln geprüft" in checked and "auf einmal" in page.progress.toolTip()
    close(wizard, qtbot)


def test_after_a_bulk_action_in_open_a_shown_customer_is_current_and_the_keys_work_on_the_rows(world, qtbot):
    wizard, page, model = open_review(qtbot, world)
    go_to(page, "open")
    minor = next(r for r in model.visible_rows() if r.item.status == Status.MINOR)
    select(page, minor)
    page.bulk_convert.setFocus()
    QTest.keyClick(page.bulk_convert, Qt.Key.Key_Space)  # by keyboard; the (fake) question is answered yes
    assert minor.decision.by_bulk and minor not in model.visible_rows()  # it left "Open"
    current = page.current_row()
    assert current is not None and current in model.visible_rows()
    assert page._shown is current  # the comparison shows a customer of this list, not the one that left
    assert QApplication.focusWidget() is page.table
    QTest.keyClick(page.table, Qt.Key.Key_S)
    assert current.decision.action == Action.SKIP
    close(wizard, qtbot)


def test_open_shows_exactly_the_undecided_rows_and_n_finds_the_next(world, qtbot):
    wizard, page, model = open_review(qtbot, world)
    go_to(page, "warnings")
    warnings = model.visible_rows()
    select(page, warnings[0])
    QTest.keyClick(page.table, Qt.Key.Key_S)
    select(page, warnings[3])
    QTest.keyClick(page.table, Qt.Key.Key_L)
    go_to(page, "open")
    expected = [r for r in model.rows() if r.decision is None and r.item.status in (Status.MINOR, Status.MAJOR)]
    assert model.visible_rows() == expected
    assert f"({len(expected)})" in page.tabs.tabText(page._keys.index("open"))
    first = model.row_at(0)
    select(page, first)
    QTest.keyClick(page.table, Qt.Key.Key_S)  # decided: it leaves "Open", the next open row is current
    assert first not in model.visible_rows() and page.current_row() is model.row_at(0)
    go_to(page, "all")
    select(page, model.row_at(0))
    QTest.keyClick(page.table, Qt.Key.Key_N)
    assert page.current_row().is_open
    close(wizard, qtbot)


def test_keys_that_cannot_apply_say_why_and_stay(world, qtbot):
    wizard, page, model = open_review(qtbot, world)
    go_to(page, "deleted")
    row = model.row_at(0)
    select(page, row)
    QTest.keyClick(page.table, Qt.Key.Key_K)
    assert row.decision is None and page.current_row() is row
    assert "Kann" in page.status_line.text() and "L" in page.status_line.text()
    wizard.dialogs.confirm_answer = False  # Esc never closes the wizard by accident: it asks, like every page
    QTest.keyClick(page.table, Qt.Key.Key_Escape)
    kind, title, _text = wizard.dialogs.shown[-1]
    assert wizard.isVisible() and kind == "confirm" and title == "paxdesk beenden?"
    wizard.dialogs.confirm_answer = True
    QTest.keyClick(page.table, Qt.Key.Key_R)
    assert "Neu verknüpfen" in page.status_line.text()
    close(wizard, qtbot)


def test_sorting_search_and_the_current_customer_across_tabs(world, qtbot):
    wizard, page, model = open_review(qtbot, world)
    go_to(page, "all")
    header = page.table.horizontalHeader()
    header.setSortIndicator(COLUMNS.index("customer"), Qt.SortOrder.AscendingOrder)
    names = [r.name().casefold() for r in model.visible_rows()]
    assert names == sorted(names, key=lambda n: n.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
                           .replace("ß", "ss"))
    header.setSortIndicator(COLUMNS.index("status"), Qt.SortOrder.AscendingOrder)
    assert model.row_at(0).item.status == Status.MAJOR
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    minor = next(r for r in model.rows() if r.item.status == Status.MINOR)
    select(page, minor)
    go_to(page, "warnings")
    assert page.current_row() is minor  # kept where the new tab shows it
    go_to(page, "deleted")
    assert page.current_row() is not minor
    go_to(page, "all")
    page.search.setFocus()
    page.search.setText(minor.item.midoffice_id)
    assert minor in model.visible_rows() and len(model.visible_rows()) <= 2
    page.search.setText((minor.item.crm.last_name or "").upper())
    assert minor in model.visible_rows()
    assert all((minor.item.crm.last_name or "").casefold() in r.name().casefold() or
               (minor.item.crm.last_name or "").casefold() in (r.item.crm.email or "").casefold()
               for r in model.visible_rows())
    QTest.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and wizard.isVisible()
    close(wizard, qtbot)


def test_the_order_is_the_same_in_two_sittings(world, qtbot):
    application(german=True)
    orders = []
    for seed in (1, 2):
        context = world.context()
        items = matched(context).items
        context.close()
        random.Random(seed).shuffle(items)  # the MidOffice answers in any order
        model = ReviewModel()
        model.set_items(items)
        orders.append([r.item.customer_id for r in model.rows()])
    assert orders[0] == orders[1]
    numbers = [int(n) for n in (r.item.midoffice_id for r in model.rows()) if n]
    assert numbers == sorted(numbers)


def test_a_duplicate_shows_its_whole_group(world, qtbot):
    wizard, page, model = open_review(qtbot, world)
    twin = next(c for c in world.scenario.crm["customers"] if c["id"].endswith("b"))
    go_to(page, "duplicates")
    row = next(r for r in model.visible_rows() if r.item.customer_id == twin["id"])
    select(page, row)
    qtbot.waitUntil(lambda: "Dublettengruppe" in page.comparison.toPlainText(), timeout=5000)
    shown = page.comparison.toPlainText()
    assert twin["id"] in shown and twin["id"][:-1] in shown
    assert "Beratungen" in shown and "Angebote" in shown
    positions = [model.position(r) for r in model.visible_rows() if r.item.midoffice_id == twin["midoffice_id"]]
    assert positions == list(range(positions[0], positions[0] + len(positions)))  # shown as one block
    reference = next(c for c in world.scenario.crm["customers"] if c["kind"] == "v2")
    copy_row = next(r for r in model.visible_rows() if r.item.midoffice_id == reference["midoffice_id"])
    select(page, copy_row)
    qtbot.waitUntil(lambda: reference["id"] in page.comparison.toPlainText(), timeout=5000)
    assert "zusammengeführt" in page.comparison.toPlainText()
    close(wizard, qtbot)


def test_crm_only_badge_filter_and_comparison(world, qtbot):
    copy = world.scenario.copy
    wizard, page, model = open_review(qtbot, world)
    go_to(page, "all")
    row = next(r for r in model.rows() if r.item.customer_id == copy["id"])
    wizard.dialogs = PickCandidate(qtbot, "900777")
    select(page, row)
    qtbot.waitUntil(lambda: copy["id"] in page._crm.get("id", ""), timeout=5000)
    page.relink()
    qtbot.waitUntil(lambda: row.decision is not None, timeout=10_000)
    assert row.crm_only == ("phone",)  # the chosen record has no phone
    go_to(page, "crm_only")
    assert row in model.visible_rows()
    assert model.data(model.index(model.position(row), COLUMNS.index("crm_only"))) == "Telefon"
    select(page, row)
    qtbot.waitUntil(lambda: "nur im CRM" in page.comparison.toPlainText(), timeout=5000)
    assert copy["phone"] in page.comparison.toPlainText()
    close(wizard, qtbot)


def test_a_restored_relink_is_fetched_again_for_the_comparison(world, qtbot):
    copy = world.scenario.copy
    context = world.context()
    item = next(i for i in matched(context).items if i.customer_id == copy["id"])
    target = context.relink_target(copy["id"], "900777")
    context.save_decisions([(item, Decision(Action.CONVERT, "900777", relink=target))])
    context.close()
    wizard, page, model = open_review(qtbot, world)
    go_to(page, "all")
    row = next(r for r in model.rows() if r.item.customer_id == copy["id"])
    # fetched again while matching: the row shows the chosen record at once, before anyone selects it
    assert row.decision.relink is not None and row.live.number == "900777"
    assert model.data(model.index(model.position(row), COLUMNS.index("number"))) == "900777"
    select(page, row)
    qtbot.waitUntil(lambda: copy["street"] in page.comparison.toPlainText(), timeout=5000)
    close(wizard, qtbot)


def test_the_checkpoint_names_what_converting_changes_and_links_back(world, qtbot):
    dialogs = ConvertAnyway()
    wizard, page, model = open_review(qtbot, world, dialogs)
    major = next(r for r in model.rows() if r.item.status == Status.MAJOR and not names_differ(r))
    go_to(page, "all")
    select(page, major)
    QTest.keyClick(page.table, Qt.Key.Key_K)  # same names, other e-mail: asked too, naming both e-mails
    assert dialogs.asked and major.item.crm.email in dialogs.asked[0] and major.item.live.email in dialogs.asked[0]
    assert major.decision.action == Action.CONVERT
    wizard.next()
    convert = wizard.currentPage()
    qtbot.waitUntil(convert.start.isEnabled, timeout=10_000)
    text = convert.checkpoint_label.text()
    open_count = sum(r.is_open for r in model.rows())
    assert f"{open_count} Warnungen sind noch offen" in text
    assert "1 Kunde der Klasse „Große Abweichung“ wird konvertiert" in text  # singular, not "1 Kunden … werden"
    assert "Dublettengruppen werden zusammengeführt" in text and "Daten nur im CRM" in text
    convert.show_in_review("major")
    assert wizard.currentPage() is page
    assert model.visible_rows() == [major] and page.tabs.currentIndex() == page._keys.index("selection")
    wizard.next()
    qtbot.waitUntil(convert.start.isEnabled, timeout=10_000)
    wizard.dialogs.confirm_answer = False
    convert.start.click()
    kind, _, question = wizard.dialogs.shown[-1]
    assert kind == "confirm" and question.count("Jetzt konvertieren?") == 1
    assert wizard.dialogs.buttons[-1] == "&Jetzt konvertieren"  # says what it starts (Alt+J, as "&Ja" had)
    assert "1 Kunde der Klasse „Große Abweichung“" in question and f"{open_count} Warnungen" in question
    assert convert.report is None and convert.start.isEnabled()  # "No": nothing applied
    close(wizard, qtbot)


def test_decisions_are_saved_in_the_order_they_were_made(world, qtbot):
    """A slow first save must not land after the undo that follows it (it did with one thread per save:
    break ReviewPage._persist back to one background call per decision and this test fails)."""
    import threading
    import time

    from paxdesk.crm import decisions_repository as saved

    wizard, page, model = open_review(qtbot, world)
    context = wizard.state.context
    real_save, first = context.save_decisions, threading.Event()

    def slow_first(pairs):
        if not first.is_set():
            first.set()
            time.sleep(0.6)  # the K's save is still running when the undo's save is asked for
        real_save(pairs)
    context.save_decisions = slow_first
    go_to(page, "warnings")
    row = next(r for r in model.visible_rows() if r.item.status == Status.MINOR)
    select(page, row)
    QTest.keyClick(page.table, Qt.Key.Key_K)
    assert row.decision is not None and row.decision.action == Action.CONVERT
    qtbot.waitUntil(first.is_set, timeout=5000)
    QTest.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row.decision is None
    qtbot.waitUntil(lambda: not any(w.running for w in page._workers), timeout=10_000)  # every save landed
    assert row.item.customer_id not in saved.saved_decisions(context.engine)
    close(wizard, qtbot)


def test_undo_goes_back_to_the_undone_row_and_says_what_it_undid(world, qtbot):
    """Ctrl+Z after a decision that left the "Open" tab, and after a re-link kept in view: the undone row is
    selected again (so L and Down work on it) and the status line names it."""
    copy = world.scenario.copy
    wizard, page, model = open_review(qtbot, world, PickCandidate(qtbot, "900777"))
    go_to(page, "open")
    row = model.row_at(2)
    select(page, row)
    QTest.keyClick(page.table, Qt.Key.Key_S)
    assert row not in model.visible_rows()
    QTest.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row.decision is None and page.current_row() is row
    assert page.status_line.text() == f"Rückgängig: {row.name()}"

    relinked = next(r for r in model.rows() if r.item.customer_id == copy["id"])
    select(page, relinked)
    qtbot.waitUntil(lambda: copy["id"] in page._crm.get("id", ""), timeout=5000)
    QTest.keyClick(page.table, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: relinked.decision is not None, timeout=10_000)
    QTest.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert relinked.decision is None and page.current_row() is relinked
    assert page.status_line.text() == f"Rückgängig: {relinked.name()}"
    QTest.keyClick(page.table, Qt.Key.Key_L)  # the next key works on the undone row
    assert relinked.decision.action == Action.LOCAL
    close(wizard, qtbot)


def test_every_single_decision_names_its_action_and_customer(world, qtbot):
    wizard, page, model = open_review(qtbot, world)
    go_to(page, "all")
    minors = [r for r in model.rows() if r.item.status == Status.MINOR][:3]
    for row, key, said in zip(minors, (Qt.Key.Key_K, Qt.Key.Key_L, Qt.Key.Key_S),
                              ("Konvertieren", "Als paxlounge-Kunde behalten", "Überspringen")):
        select(page, row)
        QTest.keyClick(page.table, key)
        assert row.decision is not None
        assert page.status_line.text() == f"{said}: {row.name()}"
    close(wizard, qtbot)


def test_bulk_confirmation_counts_in_singular_names_the_search_and_the_action(world, qtbot):
    """"1 große Abweichung" (not "1 große Abweichungen"), the search that narrows the view named, and the
    Yes button says what it does and how often (Dialogs.confirm keeps No the default)."""
    wizard, page, model = open_review(qtbot, world)
    wizard.dialogs.confirm_answer = False
    go_to(page, "all")
    for term in sorted({r.item.midoffice_id[:5] for r in model.rows() if r.item.midoffice_id}):
        page.search.setText(term)  # a view with exactly one major and something to convert
        view = model.visible_rows()  # from the rows' own facts, not from the code under test:
        count = sum(1 for r in view if r.item.status == Status.MINOR and r.decision is None)  # what converting changes
        if sum(1 for r in view if r.item.status == Status.MAJOR) == 1 and count:
            break
    page.bulk_convert.click()
    text = wizard.dialogs.shown[-1][2]
    assert "1 große Abweichung – einzeln zu entscheiden" in text and "Abweichungen" not in text
    assert wizard.dialogs.buttons[-1] == f"{count} konvertieren"

    minor = next(r for r in model.rows() if r.item.status == Status.MINOR)
    page.search.setText(minor.item.crm.last_name)
    count = sum(1 for r in model.visible_rows() if r.item.status == Status.MINOR and r.decision is None)
    assert count >= 1
    page.bulk_convert.click()
    text = wizard.dialogs.shown[-1][2]
    assert f"für {count} Kunden dieser Ansicht (Suche „{minor.item.crm.last_name}“" in text
    assert wizard.dialogs.buttons[-1] == f"{count} konvertieren"
    close(wizard, qtbot)


def test_ctrl_page_down_and_up_switch_tabs_from_the_table_and_the_search(world, qtbot):
    wizard, page, model = open_review(qtbot, world)
    go_to(page, "all")
    start = page.tabs.currentIndex()
    QTest.keyClick(page.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == start + 1
    page.search.setFocus()
    QTest.keyClick(page.search, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == start
    assert "Strg+Bild" in page.search.placeholderText()
    close(wizard, qtbot)


def test_a_relinked_row_shows_its_new_number_and_class_until_undone(world, qtbot):
    """The row, not only the comparison, shows the chosen record: its customer no. and the class it has against
    the copy (the tint follows); Ctrl+Z brings back the old number and class."""
    copy = world.scenario.copy
    wizard, page, model = open_review(qtbot, world, PickCandidate(qtbot, "900777"))
    go_to(page, "warnings")
    row = next(r for r in model.rows() if r.item.customer_id == copy["id"])
    old_number, old_status = row.item.midoffice_id, row.item.status
    assert old_number != "900777" and old_status == Status.MAJOR

    def cells():
        position = model.position(row)
        return (model.data(model.index(position, COLUMNS.index("status"))),
                model.data(model.index(position, COLUMNS.index("number"))),
                model.data(model.index(position, 0), Qt.ItemDataRole.BackgroundRole))
    before = cells()
    select(page, row)
    qtbot.waitUntil(lambda: copy["id"] in page._crm.get("id", ""), timeout=5000)
    QTest.keyClick(page.table, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: row.decision is not None, timeout=10_000)
    status, number, tint = cells()
    assert number == "900777"
    assert status == "✓ Übereinstimmung" and tint is None  # the chosen record matches the copy
    qtbot.waitUntil(lambda: "900777" in page.comparison.toPlainText(), timeout=5000)
    assert page.comparison.toPlainText().splitlines()[1] == "Übereinstimmung"  # the pane's heading agrees
    QTest.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row.decision is None and cells() == before
    assert before[0] == "⚠⚠ Große Abweichung" and before[1].startswith(old_number)
    close(wizard, qtbot)


def test_every_tab_says_what_it_holds_above_the_table_and_in_its_tooltip(world, qtbot):
    wizard, page, model = open_review(qtbot, world)
    for key in page._keys:
        assert page.tabs.tabToolTip(page._keys.index(key)), key
    go_to(page, "open")
    assert "noch nicht entschieden" in page.tab_hint.text() and "K, L oder S" in page.tab_hint.text()
    assert page.tabs.tabToolTip(page._keys.index("open")) == page.tab_hint.text()
    go_to(page, "warnings")
    assert "kleine oder große Abweichung" in page.tab_hint.text() and "entschieden" in page.tab_hint.text()
    assert page.tab_hint.isVisibleTo(page)
    close(wizard, qtbot)


def test_the_errors_tab_says_what_happens_to_them_and_how_to_check_them_again(world, qtbot):
    """Errors are skipped by default (CONTRACT §4.3): the hint says so, never "deleted", and names the remedy
    that exists on step 5."""
    assert default_action(Status.ERROR, Accept.NONE) == Action.SKIP
    wizard, page, model = open_review(qtbot, world)
    go_to(page, "error")
    hint = page.tab_hint.text()
    assert "Netzwerk- oder Serverfehler" in hint and "nicht gelöscht" in hint
    assert "bleiben sie unverändert (übersprungen)" in hint
    assert "Verbindung" in hint and "Schritt 5" in hint and "„Abgleich neu starten“" in hint
    close(wizard, qtbot)


def test_step_5_offers_to_compare_again_after_a_finished_run_and_decisions_stay(world, qtbot):
    application(german=True)
    wizard = ConversionWizard(world.context(), german=True)
    wizard.dialogs = FakeDialogs()
    qtbot.addWidget(wizard)
    wizard.setStartId(REVIEW - 1)
    wizard.restart()
    wizard.show()
    matching = wizard.currentPage()
    qtbot.waitUntil(matching.isComplete, timeout=20_000)
    wizard.next()
    page, model = wizard.currentPage(), wizard.state.model
    row = next(r for r in model.rows() if r.item.status == Status.MINOR)
    go_to(page, "all")
    select(page, row)
    QTest.keyClick(page.table, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: not page._saving, timeout=5000)
    wizard.back()
    assert wizard.currentPage() is matching
    assert matching.restart.isVisibleTo(matching) and matching.restart.isEnabled()
    assert matching.restart.text() == "Abgleich neu starten"
    matching.restart.click()
    assert not matching.isComplete()
    qtbot.waitUntil(matching.isComplete, timeout=20_000)
    fresh = next(r for r in wizard.state.model.rows() if r.item.customer_id == row.item.customer_id)
    assert fresh.decision is not None and fresh.decision.action == Action.LOCAL
    close(wizard, qtbot)


def test_after_a_summary_link_every_tab_fits_the_window_of_a_1366_screen(world, qtbot):
    """The link adds a tab; at the window size a 1366×768 screen gives (fit_to_screen: 1180 wide) the tab bar
    needs no scroll arrows: every tab and its count stays readable."""
    wizard, page, model = open_review(qtbot, world)
    wizard.resize(1180, 728)
    rows = {r.item.customer_id for r in model.rows()}
    page.show_selection(f"{len(rows)} Kunden haben Daten nur im CRM, die beim Konvertieren verloren gehen.", rows)
    qtbot.waitUntil(lambda: page.tabs.width() > 1000, timeout=2000)
    assert page.tabs.tabText(page.tabs.currentIndex()).endswith(f"({len(rows)})")
    needed = page.tabs.tabRect(page.tabs.count() - 1).right() - page.tabs.tabRect(0).left()
    assert page.tabs.sizeHint().width() <= page.tabs.width() and needed <= page.tabs.width()
    assert "verloren gehen" in page.tab_hint.text()  # what the short tab title stands for
    close(wizard, qtbot)


@pytest.mark.parametrize("theirs, shown", [("Berit.Kuhn@example.de", 1), ("berit@example.org", 2)])
def test_the_other_person_question_names_each_e_mail_once(qtbot, theirs, shown):
    """Two people with one e-mail: said once ("beide mit der E-Mail"); two e-mails: each once, with its person.
    The second sentence names the people only."""
    from paxdesk.domain.matching import Person
    from paxdesk.midoffice.base import MidOfficeCustomer
    from paxdesk.services.matching import MatchItem
    from paxdesk.ui.guard_dialog import SamePersonDialog
    from paxdesk.ui.review_rows import ReviewRow

    application(german=True)
    live = MidOfficeCustomer("100004", first_name="Berit", last_name="Kuhn", email=theirs)
    row = ReviewRow(MatchItem("c1", "100004", Status.MAJOR, ("first_name",),
                              crm=Person("Zacharias", "Kuhn", "berit.kuhn@example.de"), live=live))
    dialog = SamePersonDialog(question_for(row, Action.CONVERT, None, confirmed=False))
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert text.casefold().count("berit.kuhn@example.de") == 1
    assert text.count("@") == shown
    assert ("beide mit der E-Mail" in text) == (shown == 1)
    assert text.count("Zacharias Kuhn") == 2 and text.count("Berit Kuhn") == 2 and "100004" in text


def test_closing_the_wizard_at_once_after_the_review_opens_calls_into_no_deleted_widget(world, qtbot):
    """The review asks for the table's focus once the wizard has placed its own; closed before that, nothing runs."""
    import shiboken6

    application(german=True)
    context = world.context()
    wizard = ConversionWizard(context, german=True)
    wizard.dialogs = FakeDialogs()
    wizard.state.set_outcome(matched(context))
    wizard.setStartId(REVIEW)
    wizard.restart()  # the review page is set up now; the event loop has not run since
    shiboken6.delete(wizard)
    # The page's focus request is a zero-delay timer queued before this one: once this has run, so has it.
    # pytest-qt fails the test on an exception in a Qt callback (a timer calling into a deleted table).
    ran = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True], timeout=2000)
    context.close()
