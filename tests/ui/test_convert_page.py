"""Step 7 after the conversion: it shows what happened, no longer what is about to happen."""

from __future__ import annotations

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action
from paxdesk.services.review.rows import Source
from paxdesk.ui.app import application
from tests.ui.conftest import hidden
from tests.ui.walk import World, walk


def test_after_converting_the_checklist_before_converting_is_gone(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path, copies=10) as world:
        wizard = world.wizard(qtbot)
        seen = {}
        walk(qtbot, wizard, world, to=6, on_page=lambda i: i == 6 and seen.setdefault(
            "before", (hidden(wizard.currentPage().checkpoint_label), wizard.currentPage().checkpoint_label.text())))
        page = wizard.currentPage()
        assert page.report is not None
        assert seen["before"][0] is False  # before converting, the checklist was there
        assert hidden(page.checkpoint_label)  # "Bevor Sie konvertieren: …" and its "anzeigen" links
        assert page.subTitle() == "Die Konvertierung ist abgeschlossen. Ergebnis je Kunde:"
        assert "Die Konvertierung ist abgeschlossen" in page.summary.text()


def _empty_height(label) -> int:
    """The height a label takes beyond what its text needs (its text is centred in it: an empty band)."""
    return label.height() - label.heightForWidth(label.width())


def test_the_result_names_the_midoffice_customer_a_different_person_went_to(tmp_path, qtbot, memory_keyring):
    """A large difference converted anyway, and a re-link: the list says which MidOffice customer it is now."""
    application(german=True)
    with World(tmp_path, copies=40) as world:
        wizard = world.wizard(qtbot)
        wizard.resize(1366, 740)
        chosen, gaps = {}, {}

        def on_page(index):
            page = wizard.currentPage()
            if index == 5 and not chosen:
                rows = page.model.rows()
                major = next(r for r in rows if r.item.status == Status.MAJOR and r.item.live)
                page.model.decide([major], Action.CONVERT, confirmed=True)  # the gate's question, answered
                other = next(r for r in rows if r.item.status == Status.MATCH and r.item.live
                             and r.item.midoffice_id != major.item.midoffice_id)
                moved = next(r for r in rows if r.item.status == Status.MINOR and r.item.live
                             and r.item.midoffice_id != other.item.midoffice_id)
                target = wizard.state.context.relink_target(moved.item.customer_id, other.item.midoffice_id)
                page.model.decide([moved], Action.CONVERT, Source.RELINK, relink=target, confirmed=True)
                chosen.update(major=major, moved=moved, target=target.customer)
            if index == 6 and "before" not in gaps:
                qtbot.waitUntil(page.start.isEnabled, timeout=30_000)
                qtbot.wait(50)  # the new text laid out
                gaps["before"] = [_empty_height(label) for label in (page.summary, page.checkpoint_label, page.result)]
        walk(qtbot, wizard, world, to=6, on_page=on_page)
        page = wizard.currentPage()
        # 1366×768: the texts before converting follow each other (the free height goes below them)
        assert max(gaps["before"]) < 20, gaps
        assert hidden(page.bar)  # done: the full bar gives its room to the result list
        rows = [tuple(page.table.item(r, c).text() for c in range(3)) for r in range(page.table.rowCount())]
        assert page.table.horizontalHeaderItem(1).text() == "MidOffice-Kunde"
        major, live = chosen["major"], chosen["major"].item.live
        assert (major.name(), f"{major.item.midoffice_id}: {live.first_name} {live.last_name}",
                "Trotz großer Abweichung konvertiert") in rows
        moved, target = chosen["moved"], chosen["target"]
        assert (moved.name(), f"{target.number}: {target.first_name} {target.last_name}",
                "Konvertiert, neu verknüpft mit einem anderen MidOffice-Kunden") in rows
        local = next(p for p in page.plan if p.outcome == "converted_local" and p.item.midoffice_id)
        name = next(r.name() for r in page.state.model.rows() if r.item.customer_id == local.item.customer_id)
        assert (name, local.item.midoffice_id, "Als paxlounge-Kunde behalten") in rows  # just the number it had
        wizard.done(0)
