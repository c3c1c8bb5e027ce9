"""Findings of a keyboard-only walk through the wizard at 1366×768, one test each (steps 1, 2, 4 and 9)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from paxdesk.ui.app import application
from tests.ui.walk import PAGES, World


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
