"""The review table: one row per v1 copy, filter tabs, a search, sorting, decisions with undo.

Fast for 100,000 rows: filtering keeps a plain list of row numbers (no
QSortFilterProxyModel), so a filter switch or a keystroke in the search box is
one list comprehension and one model reset; counts are kept, not recounted.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import ALLOWED, Action
from paxdesk.services.matching import MatchItem
from paxdesk.services.conversion_session import Decision
from paxdesk.ui import texts
from paxdesk.ui.review_rows import WARNINGS, ReviewRow, search_key, stable_key

FILTERS = ("all", "open", "auto", "warnings", "deleted", "error", "no_reference", "duplicates", "crm_only")
SELECTION = "selection"  # rows named by the checkpoint ("show me those")
_IN_FILTER = {
    "all": lambda r: True,
    "open": lambda r: r.is_open,
    "auto": lambda r: r.item.status == Status.MATCH,
    "warnings": lambda r: r.item.status in WARNINGS,
    "deleted": lambda r: r.item.status == Status.DELETED,
    "error": lambda r: r.item.status == Status.ERROR,
    "no_reference": lambda r: r.item.status == Status.NO_REFERENCE,
    "duplicates": lambda r: r.item.duplicate,
    "crm_only": lambda r: bool(r.crm_only),
}
MARK = {Status.MATCH: "✓", Status.MINOR: "⚠", Status.MAJOR: "⚠⚠", Status.DELETED: "✗", Status.ERROR: "!",
        Status.NO_REFERENCE: "–"}
# Whole-row tints; black text on each passes WCAG AA (>= 4.5:1, tests/unit/test_review_rows.py).
ROW_BG = {Status.MINOR: QColor("#ffd966"), Status.MAJOR: QColor("#f4a07f"), Status.ERROR: QColor("#e8a3a3"),
          Status.DELETED: QColor("#c8c8c8")}
ROW_FG = QColor("#000000")
COLUMNS = ("status", "customer", "number", "difference", "after", "crm_only", "action")
_STATUS_RANK = {Status.MAJOR: 0, Status.MINOR: 1, Status.ERROR: 2, Status.DELETED: 3, Status.NO_REFERENCE: 4,
                Status.MATCH: 5}
_SORT_KEYS = {
    "status": lambda r: _STATUS_RANK[r.shown_status],
    "customer": lambda r: search_key(r.name()),
    "number": lambda r: r.index,
    "difference": lambda r: r.note or r.explained(),
    "after": lambda r: search_key(r.after_converting()),
    "crm_only": lambda r: len(r.crm_only),
    "action": lambda r: (str(r.action), r.decision is None),
}


def filter_title(key: str) -> str:
    return {"all": texts.tr("All"), "open": texts.tr("Open"), "auto": texts.tr("Automatic"),
            "warnings": texts.tr("Warnings"), "deleted": texts.tr("Deleted"), "error": texts.tr("Errors"),
            "no_reference": texts.tr("No reference"), "duplicates": texts.tr("Duplicates"),
            # Short, as the column header: the "show" link adds a tenth tab, all must fit 1366 px (the line
            # above the table says what each holds).
            "crm_only": texts.tr("Only in the CRM"), SELECTION: texts.tr("Selection")}[key]


def filter_hint(key: str) -> str:
    """What a tab holds and what happens to its rows if nobody decides (the line above the table, the tooltip)."""
    return {
        "all": texts.tr("Every CRM copy of the comparison."),
        "open": texts.tr("Warnings not decided yet: decide each with K, L or S. Left open, they stay unchanged "
                         "(skipped)."),
        "auto": texts.tr("Same data as in the MidOffice: converted unless you decide otherwise."),
        "warnings": texts.tr("Data differs from the MidOffice (minor or major difference) — decided and not yet "
                             "decided."),
        "deleted": texts.tr("Deleted in the MidOffice: kept as paxlounge customers unless you decide otherwise."),
        "error": texts.tr("The MidOffice gave no reliable answer for these customers (network or server error); "
                          "they are not deleted. If you do nothing, they stay unchanged (skipped). To check them: "
                          "make sure the connection works, go back to step 5 and click \"Start comparison again\" "
                          "— your decisions are kept."),
        "no_reference": texts.tr("No MidOffice customer no. in the CRM: they stay unchanged unless you keep them "
                                 "as paxlounge customers (L)."),
        "duplicates": texts.tr("Several CRM copies with the same MidOffice customer no.: the comparison shows "
                               "where their consultations and offers go."),
        "crm_only": texts.tr("Data the CRM has and the chosen MidOffice record lacks: converting drops it."),
        SELECTION: texts.tr("From the summary before converting (step 7):"),
    }[key]


class ReviewModel(QAbstractTableModel):
    decided = Signal(list)  # ReviewRows whose decision changed (to be saved)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ReviewRow] = []
        self._order: list[int] = []      # row numbers in the current sort order
        self._visible: list[int] = []    # ... of those, the ones the filter and the search let through
        self._keys: list[str] = []       # per row: what the search box looks in
        self._filter = "all"
        self._search = ""
        self._selection: set[str] = set()
        self._undo: list[list[tuple[ReviewRow, Decision | None]]] = []
        self._counts: dict[str, int] = {key: 0 for key in FILTERS}
        self._needs: list[ReviewRow] = []
        self._checked = 0
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content ---------------------------------------------------------------------
    def set_items(self, items: list[MatchItem], decisions: dict[str, Decision] | None = None,
                  changed_since: set[str] | None = None) -> None:
        decisions = decisions or {}
        changed_since = changed_since or set()
        note = texts.tr("The class changed since your earlier decision: please check again.")
        self.beginResetModel()
        ordered = sorted(items, key=stable_key)
        self._rows = [ReviewRow(i, decisions.get(i.customer_id), note if i.customer_id in changed_since else None,
                                n) for n, i in enumerate(ordered)]
        self._keys = [search_key(f"{r.name()}\n{r.item.midoffice_id or ''}\n{r.item.crm.email or ''}"
                                 if r.item.crm else r.item.midoffice_id or "") for r in self._rows]
        self._order = list(range(len(self._rows)))
        self._undo.clear()
        self._apply_filter()
        self.endResetModel()
        self.items_changed()

    def items_changed(self) -> None:
        """Recount after statuses changed (decisions only move the "open" count, kept in ``_changed``)."""
        self._counts = {key: sum(1 for r in self._rows if _IN_FILTER[key](r)) for key in FILTERS}
        self._needs = [r for r in self._rows if r.item.status in WARNINGS]
        self._checked = sum(1 for r in self._needs if r.checked)

    def rows(self) -> list[ReviewRow]:
        return self._rows

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

    def _apply_filter(self, among: list[int] | None = None) -> None:
        """The view: rows of the current order (or only ``among``) that pass the filter and the search."""
        rows, keys, needle = self._rows, self._keys, self._search
        if self._filter == SELECTION:
            chosen = self._selection
            test = lambda r: r.item.customer_id in chosen  # noqa: E731
        else:
            test = _IN_FILTER[self._filter]
        candidates = self._order if among is None else among
        if needle and self._filter == "all":
            self._visible = [n for n in candidates if needle in keys[n]]
        elif needle:
            self._visible = [n for n in candidates if needle in keys[n] and test(rows[n])]
        elif self._filter == "all":
            self._visible = list(self._order)
        else:
            self._visible = [n for n in self._order if test(rows[n])]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (ties keep the stable order); column -1 restores the stable order."""
        self.beginResetModel()
        if column < 0:
            self._order = list(range(len(self._rows)))
        else:
            key = _SORT_KEYS[COLUMNS[column]]
            self._order = sorted(range(len(self._rows)), key=lambda n: key(self._rows[n]),
                                 reverse=order == Qt.SortOrder.DescendingOrder)
        self._apply_filter()
        self.endResetModel()

    def counts(self) -> dict[str, int]:
        counts = dict(self._counts)
        counts[SELECTION] = len(self._selection)
        return counts

    def row_at(self, view_row: int) -> ReviewRow:
        return self._rows[self._visible[view_row]]

    def position(self, row: ReviewRow) -> int | None:
        """Where ``row`` is shown in the current view (None: filtered out)."""
        try:
            return self._visible.index(row.index)
        except ValueError:
            return None

    def visible_rows(self) -> list[ReviewRow]:
        return [self._rows[n] for n in self._visible]

    def needs_review(self) -> list[ReviewRow]:
        return self._needs

    def reviewed(self) -> int:
        """Warnings the agent decided row by row (kept as a count: the label is refreshed on every key)."""
        return self._checked

    def next_open(self, after: int) -> int | None:
        """The view row of the next undecided warning after ``after`` (wrapping round), or None."""
        rows, visible = self._rows, self._visible
        for view_row in (*range(after + 1, len(visible)), *range(0, after + 1)):
            if rows[visible[view_row]].is_open:
                return view_row
        return None

    # -- decisions ---------------------------------------------------------------------
    def decide(self, rows: list[ReviewRow], action: Action | None, relink_to: str | None = None,
               relink=None, by_bulk: bool = False, stay: bool = False) -> None:
        """Decide ``rows``; with ``stay`` a row stays in view even when the tab no longer matches it (so a
        re-linked customer can be seen with its chosen record) until the view is filtered again."""
        allowed = [r for r in rows if action is None or action in ALLOWED[r.item.status]]
        if not allowed:
            return
        self._undo.append([(r, r.decision) for r in allowed])
        for row in allowed:
            self._set(row, Decision(action, relink_to, relink=relink, by_bulk=by_bulk) if action else None)
            row.note = None
        self._changed(allowed, stay=stay)

    def set_relink(self, row: ReviewRow, relink) -> None:
        """Attach the fetched re-link target to a decision restored from an earlier sitting."""
        if row.decision and row.decision.relink_to == relink.number:
            row.decision.relink = relink
            row._explained = None
            self._changed([row], save=False)

    def undo(self) -> list[ReviewRow]:
        """Take back the last decision (one row or one bulk action); the rows it touched (none: nothing to undo)."""
        if not self._undo:
            return []
        entries = self._undo.pop()
        for row, previous in entries:
            self._set(row, previous)
        rows = [row for row, _ in entries]
        self._changed(rows)
        return rows

    def _set(self, row: ReviewRow, decision: Decision | None) -> None:
        was_open, had_crm_only, was_checked = row.is_open, bool(row.crm_only), row.checked
        row.decision = decision
        row._explained = None
        self._counts["open"] += row.is_open - was_open
        self._counts["crm_only"] += bool(row.crm_only) - had_crm_only
        if row.item.status in WARNINGS:
            self._checked += row.checked - was_checked

    def _changed(self, rows: list[ReviewRow], save: bool = True, stay: bool = False) -> None:
        if self._filter in ("open", "crm_only") and not stay:  # the row may leave (or re-enter) this view
            if len(rows) == 1 and not _IN_FILTER[self._filter](rows[0]):
                position = self.position(rows[0])
                if position is not None:
                    self.beginRemoveRows(QModelIndex(), position, position)
                    del self._visible[position]
                    self.endRemoveRows()
            else:
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
            return ROW_BG.get(row.shown_status)
        if role == Qt.ItemDataRole.ForegroundRole:
            return ROW_FG if row.shown_status in ROW_BG else None
        if role == Qt.ItemDataRole.FontRole and COLUMNS[index.column()] == "action" and row.decision:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.note or row.explained() or None
        return None

    def _text(self, row: ReviewRow, column: str) -> str:
        if column == "status":
            return f"{MARK[row.shown_status]} {texts.status_label(row.shown_status)}"
        if column == "customer":
            return row.name() or row.item.customer_id
        if column == "number":
            number = row.number or "–"
            duplicate = texts.tr("duplicate")  # of the matched number: a re-linked copy has left that group
            return f"{number} ({duplicate})" if row.item.duplicate and number == row.item.midoffice_id else number
        if column == "difference":
            return row.note or row.explained()
        if column == "after":
            return row.after_converting() if row.action == Action.CONVERT or row.item.status in WARNINGS else ""
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
