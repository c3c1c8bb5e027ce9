"""The review table: a thin Qt model over the Qt-free ``ReviewState`` — tabs, a search, sorting, display.

Rows, decisions, undo, counts and the decision gate live in
``services/review``; which rows the tab and the search let through, in which
order, is ``ReviewView`` (fast for 100,000 rows: plain lists of row numbers,
no QSortFilterProxyModel); what a row shows is ``RowPresentation``. This
model joins them and tells Qt what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from paxdesk.domain.plan import Action
from paxdesk.services.matching import MatchItem
from paxdesk.services.relink import Candidate
from paxdesk.services.review.gate import Verdict
from paxdesk.services.review.rows import FILTERS, Decision, ReviewRow, Source
from paxdesk.services.review.state import ReviewState
from paxdesk.ui.review_columns import COLUMNS, ROW_BG, ROW_FG, RowPresentation, header
from paxdesk.ui.review_rows import Explanations
from paxdesk.ui.review_texts import SELECTION, filter_hint, filter_title
from paxdesk.ui.review_view import ReviewView, sort_keys

__all__ = ["FILTERS", "SELECTION", "ReviewModel", "filter_hint", "filter_title", "COLUMNS", "ROW_BG", "ROW_FG"]


class ReviewModel(QAbstractTableModel):
    decided = Signal(list)  # ReviewRows whose decision changed (to be saved)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.review = ReviewState()
        self.view = ReviewView()
        self.explained = Explanations()
        self.presentation = RowPresentation(self.explained)
        self._sort_keys = sort_keys(self.explained)

    # -- content ---------------------------------------------------------------------
    def set_items(self, items: list[MatchItem], decisions: dict[str, Decision] | None = None,
                  changed_since: set[str] | None = None) -> None:
        self.beginResetModel()
        self.review = ReviewState(items, decisions, changed_since)
        self.explained.forget()
        self.view.reset(self.review.rows)
        self.endResetModel()

    def rows(self) -> list[ReviewRow]:
        return self.review.rows

    def set_filter(self, key: str) -> None:
        self.beginResetModel()
        self.view.filter = key
        self.view.apply()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self.beginResetModel()
        self.view.set_search(text)
        self.endResetModel()

    def set_selection(self, customer_ids: set[str]) -> None:
        """The rows the "Selection" tab (from the summary's "show" link) shows."""
        self.view.selection = set(customer_ids)

    @property
    def filter(self) -> str:
        return self.view.filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (ties keep the stable order); column -1 restores the stable order."""
        self.beginResetModel()
        self.view.sort(self._sort_keys[COLUMNS[column]] if column >= 0 else None,
                       order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def counts(self) -> dict[str, int]:
        return {**self.review.counts(), SELECTION: len(self.view.selection)}

    def row_at(self, view_row: int) -> ReviewRow:
        return self.review.rows[self.view.visible[view_row]]

    def position(self, row: ReviewRow) -> int | None:
        """Where ``row`` is shown in the current view (None: filtered out)."""
        return self.view.position(row)

    def visible_rows(self) -> list[ReviewRow]:
        return [self.review.rows[n] for n in self.view.visible]

    def needs_review(self) -> int:
        return self.review.needs_review()

    def reviewed(self) -> int:
        return self.review.reviewed()

    def next_open(self, after: int) -> int | None:
        """The view row of the next undecided warning after ``after`` (wrapping round), or None."""
        return self.view.next_open(after)

    # -- decisions: all through the review state's gate ----------------------------------------------
    def decide(self, rows: list[ReviewRow], action: Action, source: Source = Source.KEY, *,
               relink: Candidate | None = None, confirmed: bool = False, stay: bool = False) -> Verdict:
        """Decide through the gate; the verdict says what changed or what must be asked. With ``stay`` a row
        stays in view when the tab no longer matches it (a re-linked customer is seen with its record)."""
        verdict = self.review.decide(rows, action, source, relink=relink, confirmed=confirmed)
        if verdict.changed:
            self._changed(verdict.changed, stay=stay)
        return verdict

    def preview_bulk(self, action: Action) -> Verdict:
        """What "… all in this view" would change and leave alone (nothing decided yet)."""
        return self.review.decide(self.visible_rows(), action, Source.BULK, dry_run=True)

    def undo(self) -> list[ReviewRow]:
        """Take back the last decision (one row or one bulk action); the rows it touched (none: nothing to undo)."""
        rows = self.review.undo()
        if rows:
            self._changed(rows)
        return rows

    def take_fresh(self, fresh: list[MatchItem]) -> list[ReviewRow]:
        """Re-fetched items (before applying); rows whose class changed lose their decision (returned)."""
        changed = self.review.take_fresh(fresh)
        if changed:
            self.explained.forget(changed)
            self.set_filter(self.view.filter)
        return changed

    def _changed(self, rows: list[ReviewRow], save: bool = True, stay: bool = False) -> None:
        self.explained.forget(rows)
        if len(rows) == 1:  # a re-link: the row is found by its new number too (and no longer by an old target)
            self.view.rekey(rows[0])
        if not stay and len(rows) == 1:  # one row may leave (or re-enter) this view
            row, position = rows[0], self.position(rows[0])
            if position is not None and not self.view.in_view(row):
                self.beginRemoveRows(QModelIndex(), position, position)
                del self.view.visible[position]
                self.endRemoveRows()
            elif position is None and self.view.in_view(row):
                self.set_filter(self.view.filter)
        elif not stay and self.view.filter != "all":
            self.set_filter(self.view.filter)
        if len(rows) > 50:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))
        else:
            for row in rows:
                position = self.position(row)
                if position is not None:
                    self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))
        if save:
            self.decided.emit(rows)

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.view.visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(section)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.presentation.data(self.row_at(index.row()), COLUMNS[index.column()], role)
