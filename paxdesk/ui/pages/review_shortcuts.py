"""The review's keys: K/L/S/R/N on the rows, Enter and a double click that never decide, Ctrl+Z, Ctrl+F, the
tab keys and Esc.

Enter on a row would otherwise be the wizard's "Weiter": it only says which keys decide (``_on_row``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from paxdesk.domain.plan import Action
from paxdesk.ui import review_texts


def add_shortcuts(page) -> None:
    """The decision keys work while the rows have the focus; the others anywhere on the page."""
    table, key = page.table, review_texts.shortcut
    for name, slot in (("convert", lambda: page.decide(Action.CONVERT)),
                       ("local", lambda: page.decide(Action.LOCAL)), ("skip", lambda: page.decide(Action.SKIP)),
                       ("relink", page.relink), ("next", page.next_open)):
        QShortcut(QKeySequence(key(name)), table, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # not the wizard's "Weiter" while on the rows
        QShortcut(QKeySequence(enter), table, page._on_row, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    table.doubleClicked.connect(lambda *_: page._on_row())
    QShortcut(QKeySequence.StandardKey.Undo, page, page.undo)
    for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+Tab", 1), ("Ctrl+PgUp", -1), ("Ctrl+Shift+Tab", -1)):
        QShortcut(QKeySequence(keys), page, lambda step=step: page._next_tab(step),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    QShortcut(QKeySequence.StandardKey.Find, page, page.search.setFocus)
    QShortcut(QKeySequence(Qt.Key.Key_Escape), page, page._escape, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
