""""In MidOffice nachtragen" in the wizard (CONTRACT §4.3): the checkpoint offers the list before anything
changes, the report carries it, and the last step offers to delete the lists (they hold personal data)."""

from __future__ import annotations

from paxdesk.domain.plan import Action
from paxdesk.ui.app import application
from tests.helpers import xlsx_rows
from tests.ui.walk import World, walk


def test_the_checkpoint_offers_the_list_and_the_last_step_deletes_it(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path, copies=60) as world:
        wizard = world.walked(qtbot, to=5)
        model = wizard.state.model  # convert the customers whose copies hold more than their live records
        dropping = [r for r in model.rows() if r.crm_only and r.item.live is not None]
        assert dropping
        for row in dropping:  # one by one, as the agent decides them (each confirmed where it is asked)
            assert model.decide([row], Action.CONVERT, confirmed=True).changed == [row]
        walk(qtbot, wizard, world, to=6, on_page=lambda index: index == 6 and _save_list(qtbot, wizard))
        convert = wizard.pages[6]
        values = _rows(convert.saved_list, "Werte")
        point = convert.checkpoint
        assert values and {row[0] for row in values} == set(point.crm_only_dropped)

        walk(qtbot, wizard, world, to=8)
        finish = wizard.currentPage()
        qtbot.waitUntil(lambda: len(finish.paths) == 2 and not finish._saving, timeout=60_000)
        assert _rows(finish.paths[1], "In MidOffice nachtragen") == values
        qtbot.waitUntil(lambda: finish.backfill.isVisible(), timeout=10_000)
        assert convert.saved_list.name in finish.backfill_note.text()
        finish.backfill.click()
        assert "endgültig löschen" in wizard.dialogs.shown[-1][2]
        qtbot.waitUntil(lambda: not convert.saved_list.exists() and finish.backfill.isHidden(), timeout=10_000)
        wizard.done(0)


def _rows(path, sheet: str) -> list[tuple]:
    """The sheet's rows without the header and the customer name (the workbook closed again: xlsx_rows)."""
    return sorted(tuple(row[1:]) for row in xlsx_rows(path, sheet)[1:])


def _save_list(qtbot, wizard) -> None:
    page = wizard.pages[6]
    if page.report is not None or getattr(page, "saved_list", None):
        return
    qtbot.waitUntil(page.start.isEnabled, timeout=30_000)  # the checkpoint is counted
    assert page.backfill.isVisible(), (len(page.checkpoint.crm_only_dropped), len(page.checkpoint.with_crm_only))
    page.backfill.click()
    qtbot.waitUntil(lambda: ".xlsx" in page.backfill_saved.text(), timeout=20_000)
    page.saved_list = next(p for p in wizard.state.context.backfill_lists() if p.suffix == ".xlsx")
