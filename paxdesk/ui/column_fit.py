"""Column widths that follow the width a table has (issue 30): the review's table and the migration's duplicates.

Fixed widths suit 1366×768 at 100 %; at 125 % the review's stretching "After converting" column was squeezed
to 47 px, at 150 % the page scrolled sideways to reach "Aktion", and the migration's "Entscheidung" lay half
beyond the table's edge. Now, whenever the table's viewport changes size, the preferred widths shrink together
where they must, each column never below its header's text (bold, as shown for a selected row) and the
``kept`` columns (what happens to the record) never below their preferred width. "Resize to contents" stays
out: it would read 1,000 rows per column on every change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView
from shiboken6 import isValid


def _floor(header: QHeaderView, column: int) -> int:
    title = str(header.model().headerData(column, header.orientation()) or "")
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 8
    bold = QFont(header.font())
    bold.setBold(True)  # the sections are bold while their column holds the selected row (every row selects all)
    return QFontMetrics(bold).horizontalAdvance(title) + margin


def fit_columns(table: QTableView, widths: Sequence[int], stretch: int, kept: Sequence[int] = ()) -> None:
    """``widths`` preferred per column; ``stretch`` (its width 0) takes what is left."""
    header = table.horizontalHeader()
    if header.model() is None or header.count() != len(widths):
        return
    floors = [_floor(header, c) for c in range(len(widths))]
    room = table.viewport().width() - floors[stretch]
    columns = [c for c in range(len(widths)) if c != stretch]
    preferred = {c: max(widths[c], floors[c]) for c in columns}
    minimum = {c: preferred[c] if c in kept else floors[c] for c in columns}
    spare = sum(preferred.values()) - sum(minimum.values())
    over = max(0, sum(preferred.values()) - room)
    share = 0 if spare <= 0 else min(1.0, over / spare)
    for c in columns:
        header.resizeSection(c, minimum[c] + round((preferred[c] - minimum[c]) * (1 - share)))


class ColumnFitter(QObject):
    """Refits the columns whenever the table's viewport changes size (a scroll bar appearing narrows it too).

    A child of the viewport, compared by identity: while the table is being destroyed its viewport may still
    report a resize, and the table must not be touched then."""

    def __init__(self, table: QTableView, widths: Sequence[int], stretch: int, kept: Sequence[int] = ()):
        self._viewport = table.viewport()
        super().__init__(self._viewport)
        self._table = table
        self._args = (widths, stretch, kept)
        self._viewport.installEventFilter(self)

    def fit(self) -> None:
        if isValid(self._table):
            fit_columns(self._table, *self._args)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return False
