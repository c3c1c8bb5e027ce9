"""Every way to decide in the review goes through the same gate (CONTRACT §4.3): trying to convert another
person by each path — R's OK, Enter in the re-link dialog, Enter and a double click on a row — never skips
the question, and the re-link dialog shows exactly the candidate its OK would choose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from paxdesk.domain.matching import Status
from paxdesk.ui.guard_dialog import SamePersonDialog
from paxdesk.ui.search_dialog import SearchDialog
from tests.ui.conftest import FakeDialogs
from tests.ui.test_review import REVIEW, close, go_to, open_review, select, world  # noqa: F401 (fixture)

MAJOR_LABEL = "Große Abweichung"


class Agent(FakeDialogs):
    """Answers the re-link dialog by picking the first ``major`` candidate and pressing OK; answers the gate's
    question with ``answer`` ("convert" clicks "Convert anyway", None keeps the default: leave undecided)."""

    def __init__(self, qtbot, answer: str | None, search: dict | None = None):
        super().__init__()
        self.qtbot, self.answer, self.search = qtbot, answer, search  # search: a MidOffice record to look for
        self.asked: list[str] = []
        self.picked: str | None = None
        self.accepted = None

    def run(self, dialog):
        if isinstance(dialog, SamePersonDialog):
            self.asked.append(dialog.text())
            if self.answer == "convert":
                dialog.convert_button.click()
            return self.answer == "convert"
        assert isinstance(dialog, SearchDialog)
        self.qtbot.waitUntil(lambda: dialog.results.rowCount() > 0, timeout=10_000)
        if self.search:  # another person, searched by name as an agent would
            dialog.query.setText(self.search["last_name"])
            dialog.search_button.click()
            self.qtbot.waitUntil(lambda: any(dialog.results.item(r, 1).text() == self.search["id"]
                                             for r in range(dialog.results.rowCount())), timeout=10_000)
        numbers = [dialog.results.item(r, 1).text() for r in range(dialog.results.rowCount())]
        labels = [dialog.results.item(r, 7).text() for r in range(dialog.results.rowCount())]
        row = numbers.index(self.search["id"]) if self.search else labels.index(MAJOR_LABEL)
        assert labels[row] == MAJOR_LABEL
        dialog.results.setCurrentCell(row, 0)
        self.picked = dialog.results.item(row, 1).text()
        assert self.picked in dialog.preview.toPlainText()  # side by side before OK
        dialog.accept()  # OK
        self.accepted = dialog.result() == dialog.DialogCode.Accepted
        return self.accepted


def _relink_a_major(qtbot, world, answer, search=None):
    dialogs = Agent(qtbot, answer, search)
    wizard, page, model = open_review(qtbot, world, dialogs)
    go_to(page, "all")
    row = next(r for r in model.rows() if r.item.customer_id == world.scenario.copy["id"])
    select(page, row)
    QTest.keyClick(page.table, Qt.Key.Key_R)
    return wizard, page, row, dialogs


def test_r_and_ok_on_a_major_candidate_asks_and_the_default_leaves_it_undecided(world, qtbot):
    wizard, page, row, dialogs = _relink_a_major(qtbot, world, answer=None)
    assert len(dialogs.asked) == 1 and dialogs.accepted is False  # asked; the dialog stays open to choose again
    crm = row.item.crm
    assert crm.first_name in dialogs.asked[0] and dialogs.picked in dialogs.asked[0]  # both named, with the number
    assert row.decision is None  # nobody was converted to that record
    close(wizard, qtbot)


def test_r_and_ok_on_a_major_candidate_confirmed_links_exactly_that_record(world, qtbot):
    other = next(c for c in world.scenario.fixture["customers"] if c["id"].startswith("900") and c["id"] != "900777")
    wizard, page, row, dialogs = _relink_a_major(qtbot, world, answer="convert", search=other)
    qtbot.waitUntil(lambda: row.decision is not None, timeout=10_000)
    assert len(dialogs.asked) == 1  # asked once (in the dialog), not again once fetched afresh
    assert row.decision.relink_to == dialogs.picked and row.live.number == dialogs.picked
    assert row.status == Status.MAJOR  # judged against the record it links to
    close(wizard, qtbot)


def test_enter_in_the_search_field_searches_and_never_chooses(world, qtbot):
    copy = world.scenario.copy
    context = world.context()
    dialog = SearchDialog(context, copy["id"], {k: copy.get(k) for k in copy})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.results.rowCount() > 0, timeout=10_000)
    first = dialog.current().number
    other = next(c for c in world.scenario.fixture["customers"] if c["id"].startswith("900") and c["id"] != "900777")
    dialog.query.setFocus()
    dialog.query.setText(other["last_name"])
    QTest.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.chosen is None  # Enter searched; nothing was chosen
    qtbot.waitUntil(lambda: dialog.current() is not None and dialog.current().number != first, timeout=10_000)
    dialog._worker.wait()
    dialog.reject()
    context.close()


def test_after_a_search_the_comparison_shows_the_highlighted_candidate(world, qtbot):
    copy = world.scenario.copy
    context = world.context()
    dialog = SearchDialog(context, copy["id"], {k: copy.get(k) for k in copy})
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.results.rowCount() > 0, timeout=10_000)
    first = dialog.current().number
    assert f"MidOffice {first}" in dialog.preview.toPlainText()
    other = next(c for c in world.scenario.fixture["customers"] if c["id"].startswith("900") and c["id"] != "900777")
    dialog.query.setText(other["last_name"])
    dialog.search_button.click()
    qtbot.waitUntil(lambda: dialog.current() is not None and dialog.current().number != first, timeout=10_000)
    shown = dialog.current()  # highlighted: what OK would choose
    assert f"MidOffice {shown.number}" in dialog.preview.toPlainText()
    assert f"MidOffice {first}" not in dialog.preview.toPlainText()
    dialog._worker.wait()
    context.close()


def test_enter_and_a_double_click_on_a_row_stay_on_the_review_and_decide_nothing(world, qtbot):
    wizard, page, model = open_review(qtbot, world)
    go_to(page, "warnings")
    row = model.visible_rows()[0]
    select(page, row)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert wizard.currentId() == REVIEW and row.decision is None
    assert "K" in page.status_line.text() and row.name() in page.status_line.text()
    QTest.keyClick(page.table, Qt.Key.Key_Enter)
    rect = page.table.visualRect(model.index(model.position(row), 1))
    QTest.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.currentId() == REVIEW and row.decision is None
    close(wizard, qtbot)


def test_a_confirmed_candidate_that_changed_before_it_was_fetched_again_is_asked_again(world, qtbot):
    """The confirmation holds for the record the question named, not for its number: fetched afresh as
    another person, the new record is asked about (by name) before anything is decided."""
    from paxdesk.midoffice.base import MidOfficeCustomer
    from paxdesk.services.relink import judge

    copy = world.scenario.copy
    other = next(c for c in world.scenario.fixture["customers"] if c["id"].startswith("900") and c["id"] != "900777")
    dialogs = Agent(qtbot, answer="convert", search=other)
    wizard, page, model = open_review(qtbot, world, dialogs)
    context = wizard.state.context
    context.relink_target = lambda cid, number: judge(
        {k: copy.get(k) for k in copy}, MidOfficeCustomer(number, first_name="Otto", last_name="Schulz",
                                                          email="otto@example.org"))
    go_to(page, "all")
    row = next(r for r in model.rows() if r.item.customer_id == copy["id"])
    select(page, row)
    QTest.keyClick(page.table, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: len(dialogs.asked) == 2, timeout=10_000)
    assert "Otto" in dialogs.asked[1] and "Otto" not in dialogs.asked[0]
    qtbot.waitUntil(lambda: row.decision is not None, timeout=5000)  # answered "Convert anyway" both times
    assert row.live.first_name == "Otto"
    close(wizard, qtbot)
