"""A read-mostly table model over plain rows (findings, locks, groups, users): no QTableWidget for big lists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: list[str], cells: Callable[[object], list], parent=None):
        super().__init__(parent)
        self._headers = headers
        self._cells = cells
        self._items: list = []
        self._cache: dict[int, list] = {}

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._cache.clear()
        self.endResetModel()

    def item(self, row: int):
        return self._items[row]

    def items(self) -> list:
        return self._items

    def refresh(self, rows: list[int] | None = None) -> None:
        """Cells changed (a decision): recompute the given rows (all when None)."""
        if rows is None:
            self._cache.clear()
            if self._items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(self._headers) - 1))
            return
        for row in rows:
            self._cache.pop(row, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = index.row()
        if row not in self._cache:
            self._cache[row] = [("" if v is None else str(v)) for v in self._cells(self._items[row])]
        return self._cache[row][index.column()]
