"""GUI test helpers: going on a page, answering dialogs, and failing tests that leave worker threads behind."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard


def hidden(widget: QWidget) -> bool:
    """Hidden on purpose (by the widget itself or an ancestor), not merely waiting for its deferred first show."""
    while widget is not None:
        if widget.isHidden() and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            return True
        widget = widget.parentWidget()
    return False


def press_next(qtbot, wizard: QWizard, timeout: int = 60_000, turn: int = 20_000) -> QWidget:
    """Click "Weiter" once the page is complete (within ``timeout`` ms) and return the next page (within ``turn``)."""
    page = wizard.currentPage()
    qtbot.waitUntil(page.isComplete, timeout=timeout)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is not page, timeout=turn)
    return wizard.currentPage()


class FakeDialogs:
    """Stands in for paxdesk.ui.dialogs.Dialogs; records what was shown and answers as told."""

    def __init__(self):
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answer = True
        self.text_answer: str | None | list[str | None] = None  # a list: one answer per question, in turn
        self.buttons: list[str | None] = []  # the label of each confirm's "yes" and each ask_text's OK
        self.run_answer = False

    def info(self, title, text):
        self.shown.append(("info", title, text))

    def error(self, title, text):
        self.shown.append(("error", title, text))

    def confirm(self, title, text, yes=None):
        self.shown.append(("confirm", title, text))
        self.buttons.append(yes)
        return self.confirm_answer

    def ask_text(self, title, label, ok=None):
        self.shown.append(("ask", title, label))
        self.buttons.append(ok)
        return self.text_answer.pop(0) if isinstance(self.text_answer, list) else self.text_answer

    def run(self, dialog):
        return self.run_answer


@pytest.fixture(autouse=True)
def no_leaked_workers():
    before = {t.ident for t in threading.enumerate()}
    yield
    leaked = [t for t in threading.enumerate() if t.ident not in before and t.name == "paxdesk-worker" and t.is_alive()]
    for thread in leaked:
        thread.join(5)
    assert not [t for t in leaked if t.is_alive()], "a background worker outlived its test"
