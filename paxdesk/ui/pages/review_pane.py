"""The review's rows and, below them, the comparison of the current one: a splitter sharing the page's height.

The table and the comparison share what the window leaves: never less than a header and three rows for the
table, and never the reason for the page to scroll (their preferred height is ignored, or the tabs, the search
and the decision buttons would not fit together at 125 % and 150 %). The column widths follow the table's
width (``ColumnFitter``), so the action stays in sight at 1366x768 and smaller, at 125 % and 150 % too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QSplitter, QTableView

from paxdesk.ui.column_fit import ColumnFitter
from paxdesk.ui.comparison import ComparisonView

# Preferred column widths at 1366×768, fitted to the table's width (column_fit); 0: "After converting" takes
# what is left; the action never shrinks.
WIDTHS, STRETCH, ACTION = (160, 165, 125, 215, 0, 110, 195), 4, 6


def review_table() -> QTableView:
    """One row selected at a time, whole rows; Tab leaves the table for the buttons (arrows move in it)."""
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    return table


class ReviewPane:
    """The table and the comparison in a vertical splitter (``splitter``, for the page's layout)."""

    def __init__(self, table: QTableView):
        self.table = table
        self.comparison = ComparisonView()
        self.columns = ColumnFitter(table, WIDTHS, STRETCH, kept=(ACTION,))
        # (The minimum heights are set once the table has its model and header: _keep_three_rows.)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(table)
        splitter.addWidget(self.comparison)
        splitter.setSizes([300, 260])
        splitter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

    def show_model(self, model) -> None:
        """The model in the table: adjustable widths fitted to the table's width, sortable, unsorted at first."""
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        for column in range(len(WIDTHS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STRETCH, QHeaderView.ResizeMode.Stretch)
        self.columns.fit()
        self._keep_three_rows()
        header.setStretchLastSection(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

    def _keep_three_rows(self):
        """The table never shorter than its header and three rows, the comparison than a line."""
        rows = self.table.verticalHeader().defaultSectionSize()
        frame = 2 * self.table.frameWidth()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 3 * rows + frame)
        self.comparison.setMinimumHeight(self.comparison.fontMetrics().height() + 2 * self.comparison.frameWidth()
                                         + 4)
        self.splitter.setMinimumHeight(self.table.minimumHeight() + self.comparison.minimumHeight()
                                       + self.splitter.handleWidth())
