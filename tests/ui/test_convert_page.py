"""Step 7 after the conversion: it shows what happened, no longer what is about to happen."""

from __future__ import annotations

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
