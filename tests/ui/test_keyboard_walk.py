"""Findings of a keyboard-only walk through the wizard at 1366×768, one test each (steps 1, 2, 4 and 9)."""

from __future__ import annotations

import shutil
import subprocess

from PySide6.QtGui import QTextDocument

from paxdesk.services.gdpr import count_statuses
from paxdesk.ui.app import application
from tests.ui.conftest import hidden
from tests.ui.walk import PAGES, World, press_next, settle, walk


def _list_numbers(html: str) -> list[str]:
    """The numbers a rich-text label shows in front of its list items ("1.", "2.", …)."""
    document = QTextDocument()
    document.setHtml(html)
    numbers, block = [], document.begin()
    while block.isValid():
        if block.textList() is not None:
            numbers.append(block.textList().itemText(block))
        block = block.next()
    return numbers


def test_step_1_numbers_the_nine_steps_from_one(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path, copies=5) as world:
        wizard = world.wizard(qtbot)
        numbers = _list_numbers(wizard.pages[0].intro.text())
        assert numbers == [f"{n}." for n in range(1, PAGES + 1)]
        assert "neun Schritten" in wizard.pages[0].intro.text() and len(wizard.pages) == PAGES
        wizard.done(0)


def test_step_9_shows_the_gdpr_counts_the_report_has(tmp_path, qtbot, memory_keyring):
    application(german=True)
    with World(tmp_path, copies=40) as world:
        wizard = world.wizard(qtbot)
        walk(qtbot, wizard, world, to=7)
        gdpr, entries = wizard.state.context.gdpr, wizard.currentPage().entries
        assert len(entries) >= 3
        gdpr.keep(entries[0].id, "Reise läuft")
        gdpr.delete(entries[1].id)
        press_next(qtbot, wizard)
        settle(qtbot, wizard, 8)
        finish = wizard.currentPage()
        counts = count_statuses(gdpr.worklist())
        assert (counts["kept"], counts["deleted"], counts["anonymized"]) == (1, 1, 0)
        text = finish.gdpr.text()
        for label, status in (("behalten", "kept"), ("gelöscht", "deleted"), ("anonymisiert", "anonymized"),
                              ("noch offen", "open")):
            assert f"{label}: <b>{counts[status]}</b>" in text, (label, text)
        assert not hidden(finish.gdpr)
        if shutil.which("pdftotext"):  # the PDF written at the same time says the same
            pdf = subprocess.run(["pdftotext", "-layout", str(finish.paths[0]), "-"], capture_output=True,
                                 text=True, check=True).stdout
            assert f"behalten: {counts['kept']}" in pdf and f"offen: {counts['open']}" in pdf
        wizard.done(0)
