"""The review table: a thin Qt model over the Qt-free ``ReviewState`` — tabs, a search, sorting, display.

Rows, decisions, undo, counts and the decision gate live in
``services/review``; this model only shows them and keeps the view (which
rows the tab and the search let through, in which order). Fast for 100,000
rows: filtering keeps a plain list of row numbers (no QSortFilterProxyModel).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action
from paxdesk.services.matching import MatchItem
from paxdesk.services.relink import Candidate
from paxdesk.services.review.gate import Verdict
from paxdesk.services.review.rows import FILTERS, IN_FILTER, WARNINGS, Decision, ReviewRow, Source
from paxdesk.services.review.state import ReviewState
from paxdesk.ui import texts
from paxdesk.ui.review_rows import Explanations, search_key
from paxdesk.ui.review_texts import SELECTION, filter_hint, filter_title

__all__ = ["FILTERS", "SELECTION", "ReviewModel", "filter_hint", "filter_title", "COLUMNS", "ROW_BG", "ROW_FG"]
MARK = {Status.MATCH: "✓", Status.MINOR: "⚠", Status.MAJOR: "⚠⚠", Status.DELETED: "✗", Status.ERROR: "!",
        Status.NO_REFERENCE: "–"}
# Whole-row tints; black text on each passes WCAG AA (>= 4.5:1, tests/unit/test_review_rows.py).
ROW_BG = {Status.MINOR: QColor("#ffd966"), Status.MAJOR: QColor("#f4a07f"), Status.ERROR: QColor("#e8a3a3"),
          Status.DELETED: QColor("#c8c8c8")}
ROW_FG = QColor("#000000")
COLUMNS = ("status", "customer", "number", "difference", "after", "crm_only", "action")
_STATUS_RANK = {Status.MAJOR: 0, Status.MINOR: 1, Status.ERROR: 2, Status.DELETED: 3, Status.NO_REFERENCE: 4,
                Status.MATCH: 5}


def _search_text(row: ReviewRow) -> str:
    """What the search box looks in: name, the copy's number and the one it converts to, e-mail."""
    crm = row.item.crm
    numbers = {row.item.midoffice_id or "", row.number or ""}
    return search_key("\n".join((row.name(), *sorted(numbers), (crm.email or "") if crm else "")))


class ReviewModel(QAbstractTableModel):
    decided = Signal(list)  # ReviewRows whose decision changed (to be saved)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.review = ReviewState()
        self._order: list[int] = []      # row numbers in the current sort order
        self._visible: list[int] = []    # ... of those, the ones the filter and the search let through
        self._keys: list[str] = []       # per row: what the search box looks in
        self._filter = "all"
        self._search = ""
        self._selection: set[str] = set()
        self.explained = Explanations()
        self._bold = QFont()
        self._bold.setBold(True)
        self._sort_keys = {
            "status": lambda r: _STATUS_RANK[r.status], "customer": lambda r: search_key(r.name()),
            "number": lambda r: r.index, "difference": self.explained,
            "after": lambda r: search_key(r.after_converting()), "crm_only": lambda r: len(r.crm_only),
            "action": lambda r: (str(r.action), r.decision is None)}

    # -- content ---------------------------------------------------------------------
    def set_items(self, items: list[MatchItem], decisions: dict[str, Decision] | None = None,
                  changed_since: set[str] | None = None) -> None:
        self.beginResetModel()
        self.review = ReviewState(items, decisions, changed_since)
        self.explained.forget()
        self._keys = [_search_text(r) for r in self.review.rows]
        self._order = list(range(len(self.review.rows)))
        self._apply_filter()
        self.endResetModel()

    def rows(self) -> list[ReviewRow]:
        return self.review.rows

    def set_filter(self, key: str) -> None:
        self.beginResetModel()
        self._filter = key
        self._apply_filter()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        needle = search_key(text.strip())
        narrowing = bool(self._search) and self._search in needle  # typing on: only shown rows can still match
        self.beginResetModel()
        self._search = needle
        self._apply_filter(self._visible if narrowing else None)
        self.endResetModel()

    def set_selection(self, customer_ids: set[str]) -> None:
        """The rows the "Selection" tab (from the summary's "show" link) shows."""
        self._selection = set(customer_ids)

    @property
    def filter(self) -> str:
        return self._filter

    def _in_view(self, row: ReviewRow) -> bool:
        if self._filter == SELECTION:
            return row.item.customer_id in self._selection
        return IN_FILTER[self._filter](row)

    def _apply_filter(self, among: list[int] | None = None) -> None:
        """The view: rows of the current order (or only ``among``) that pass the filter and the search."""
        rows, keys, needle, test = self.review.rows, self._keys, self._search, self._in_view
        candidates = self._order if among is None else among
        if needle:
            self._visible = [n for n in candidates if needle in keys[n] and test(rows[n])]
        elif self._filter == "all":
            self._visible = list(self._order)
        else:
            self._visible = [n for n in self._order if test(rows[n])]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (ties keep the stable order); column -1 restores the stable order."""
        self.beginResetModel()
        rows = self.review.rows
        if column < 0:
            self._order = list(range(len(rows)))
        else:
            key = self._sort_keys[COLUMNS[column]]
            self._order = sorted(range(len(rows)), key=lambda n: key(rows[n]),
                                 reverse=order == Qt.SortOrder.DescendingOrder)
        self._apply_filter()
        self.endResetModel()

    def counts(self) -> dict[str, int]:
        return {**self.review.counts(), SELECTION: len(self._selection)}

    def row_at(self, view_row: int) -> ReviewRow:
        return self.review.rows[self._visible[view_row]]

    def position(self, row: ReviewRow) -> int | None:
        """Where ``row`` is shown in the current view (None: filtered out)."""
        try:
            return self._visible.index(row.index)
        except ValueError:
            return None

    def visible_rows(self) -> list[ReviewRow]:
        return [self.review.rows[n] for n in self._visible]

    def needs_review(self) -> int:
        return self.review.needs_review()

    def reviewed(self) -> int:
        return self.review.reviewed()

    def next_open(self, after: int) -> int | None:
        """The view row of the next undecided warning after ``after`` (wrapping round), or None."""
        rows, visible = self.review.rows, self._visible
        for view_row in (*range(after + 1, len(visible)), *range(0, after + 1)):
            if rows[visible[view_row]].is_open:
                return view_row
        return None

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
            self.set_filter(self._filter)
        return changed

    def _changed(self, rows: list[ReviewRow], save: bool = True, stay: bool = False) -> None:
        self.explained.forget(rows)
        if len(rows) == 1:  # a re-link: the row is found by its new number too (and no longer by an old target)
            self._keys[rows[0].index] = _search_text(rows[0])
        if not stay and len(rows) == 1:  # one row may leave (or re-enter) this view
            row, position = rows[0], self.position(rows[0])
            if position is not None and not self._in_view(row):
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._visible[position]
                self.endRemoveRows()
            elif position is None and self._in_view(row):
                self.set_filter(self._filter)
        elif not stay and self._filter != "all":
            self.set_filter(self._filter)
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
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [texts.tr("Status"), texts.tr("Customer"), texts.tr("Customer no."), texts.tr("Difference"),
                    texts.tr("After converting"), texts.tr("Only in the CRM"), texts.tr("Action")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.BackgroundRole:
            return ROW_BG.get(row.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            return ROW_FG if row.status in ROW_BG else None
        if role == Qt.ItemDataRole.FontRole and COLUMNS[index.column()] == "action" and row.decision:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.explained(row) or None
        return None

    def _text(self, row: ReviewRow, column: str) -> str:
        if column == "status":
            return f"{MARK[row.status]} {texts.status_label(row.status)}"
        if column == "customer":
            return row.name() or row.item.customer_id
        if column == "number":
            number = row.number or "–"
            duplicate = texts.tr("duplicate")  # of the matched number: a re-linked copy has left that group
            return f"{number} ({duplicate})" if row.item.duplicate and number == row.item.midoffice_id else number
        if column == "difference":
            return self.explained(row)
        if column == "after":
            return row.after_converting() if row.action == Action.CONVERT or row.status in WARNINGS else ""
        if column == "crm_only":
            return ", ".join(texts.field_label(name) for name in row.crm_only)
        text = texts.action_label(row.action)
        if row.decision and row.decision.relink_to:
            text += f" → {row.decision.relink_to}"
        if row.decision is None:
            default = texts.tr("default")
            return f"{text} ({default})"
        in_view = texts.tr("all in view")
        return f"{text} ({in_view})" if row.decision.by_bulk else text
