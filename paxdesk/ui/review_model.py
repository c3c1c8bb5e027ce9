"""The review table: one row per v1 copy, filter tabs, decisions with undo. Fast for 100,000 rows.

Filtering keeps a plain list of row numbers (no QSortFilterProxyModel), so a
filter switch is one list comprehension and one model reset.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from paxdesk.domain.matching import Difference, Person, Status, explain
from paxdesk.domain.plan import ALLOWED, Accept, Action, default_action
from paxdesk.services.matching import MatchItem
from paxdesk.services.conversion_session import Decision
from paxdesk.ui import texts

FILTERS = ("all", "auto", "warnings", "deleted", "error", "no_reference", "duplicates")
_IN_FILTER = {
    "all": lambda r: True,
    "auto": lambda r: r.item.status == Status.MATCH,
    "warnings": lambda r: r.item.status in (Status.MINOR, Status.MAJOR),
    "deleted": lambda r: r.item.status == Status.DELETED,
    "error": lambda r: r.item.status == Status.ERROR,
    "no_reference": lambda r: r.item.status == Status.NO_REFERENCE,
    "duplicates": lambda r: r.item.duplicate,
}
MARK = {Status.MATCH: "✓", Status.MINOR: "⚠", Status.MAJOR: "⚠", Status.DELETED: "✗", Status.ERROR: "!",
        Status.NO_REFERENCE: "–"}
WARNING_BG = {Status.MINOR: QColor("#fff4d6"), Status.MAJOR: QColor("#ffe1d6"), Status.ERROR: QColor("#f3dede")}
COLUMNS = ("status", "customer", "number", "difference", "duplicate", "action")


def filter_title(key: str) -> str:
    return {"all": texts.tr("All"), "auto": texts.tr("Automatic"), "warnings": texts.tr("Warnings"),
            "deleted": texts.tr("Deleted"), "error": texts.tr("Errors"), "no_reference": texts.tr("No reference"),
            "duplicates": texts.tr("Duplicates")}[key]


@dataclass
class ReviewRow:
    item: MatchItem
    decision: Decision | None = None
    note: str | None = None
    _explained: str | None = field(default=None, repr=False)

    @property
    def action(self) -> Action:
        return self.decision.action if self.decision else default_action(self.item.status, Accept.NONE)

    def kinds(self) -> dict[str, Difference]:
        item = self.item
        if item.live is None or item.crm is None:
            return {}
        live = Person(item.live.first_name, item.live.last_name, item.live.email, item.live.other_emails)
        return {name: explain(name, item.crm, live) for name in item.differences}

    def explained(self) -> str:
        if self._explained is None:
            parts = [f"{texts.field_label(name)}: {texts.difference_label(kind)}" for name, kind in self.kinds().items()]
            if self.item.status == Status.ERROR:
                parts.append(texts.tr("no reliable answer ({0})").replace("{0}", self.item.error or "?"))
            self._explained = "; ".join(parts)
        return self._explained

    def name(self) -> str:
        crm = self.item.crm
        return " ".join(p for p in ((crm.first_name or "") if crm else "", (crm.last_name or "") if crm else "") if p)


class ReviewModel(QAbstractTableModel):
    decided = Signal(list)  # ReviewRows whose decision changed (to be saved)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ReviewRow] = []
        self._visible: list[int] = []
        self._filter = "all"
        self._undo: list[list[tuple[ReviewRow, Decision | None]]] = []
        self._counts: dict[str, int] = {key: 0 for key in FILTERS}
        self._needs: list[ReviewRow] = []

    # -- content ---------------------------------------------------------------------
    def set_items(self, items: list[MatchItem], decisions: dict[str, Decision] | None = None,
                  changed_since: set[str] | None = None) -> None:
        decisions = decisions or {}
        changed_since = changed_since or set()
        note = texts.tr("The class changed since your earlier decision: please check again.")
        self.beginResetModel()
        self._rows = [ReviewRow(i, decisions.get(i.customer_id), note if i.customer_id in changed_since else None)
                      for i in items]
        self._undo.clear()
        self._apply_filter()
        self.endResetModel()
        self.items_changed()

    def items_changed(self) -> None:
        """Recount after statuses changed (decisions never change the counts, so they need no recount)."""
        self._counts = {key: sum(1 for r in self._rows if _IN_FILTER[key](r)) for key in FILTERS}
        self._needs = [r for r in self._rows if r.item.status in (Status.MINOR, Status.MAJOR)]

    def rows(self) -> list[ReviewRow]:
        return self._rows

    def set_filter(self, key: str) -> None:
        self.beginResetModel()
        self._filter = key
        self._apply_filter()
        self.endResetModel()

    @property
    def filter(self) -> str:
        return self._filter

    def _apply_filter(self) -> None:
        test = _IN_FILTER[self._filter]
        self._visible = [n for n, row in enumerate(self._rows) if test(row)]

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def row_at(self, view_row: int) -> ReviewRow:
        return self._rows[self._visible[view_row]]

    def visible_rows(self) -> list[ReviewRow]:
        return [self._rows[n] for n in self._visible]

    def needs_review(self) -> list[ReviewRow]:
        return self._needs

    def reviewed(self) -> int:
        return sum(1 for r in self.needs_review() if r.decision is not None)

    # -- decisions ---------------------------------------------------------------------
    def decide(self, rows: list[ReviewRow], action: Action | None, relink_to: str | None = None) -> None:
        allowed = [r for r in rows if action is None or _allowed(r.item.status, action)]
        if not allowed:
            return
        self._undo.append([(r, r.decision) for r in allowed])
        for row in allowed:
            row.decision = Decision(action, relink_to) if action else None
            row.note = None
        self._changed(allowed)

    def undo(self) -> bool:
        if not self._undo:
            return False
        entries = self._undo.pop()
        for row, previous in entries:
            row.decision = previous
        self._changed([row for row, _ in entries])
        return True

    def _changed(self, rows: list[ReviewRow]) -> None:
        if len(rows) > 50:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))
        else:
            positions = {id(self._rows[n]): i for i, n in enumerate(self._visible)}
            for row in rows:
                if id(row) in positions:
                    i = positions[id(row)]
                    self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
        self.decided.emit(rows)

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [texts.tr("Status"), texts.tr("Customer"), texts.tr("Customer no."), texts.tr("Difference"),
                    texts.tr("Duplicate"), texts.tr("Action")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "status":
                return f"{MARK[row.item.status]} {texts.status_label(row.item.status)}"
            if column == "customer":
                return row.name() or row.item.customer_id
            if column == "number":
                return row.item.midoffice_id or "–"
            if column == "difference":
                return row.note or row.explained()
            if column == "duplicate":
                return texts.tr("yes") if row.item.duplicate else ""
            if column == "action":
                text = texts.action_label(row.action)
                if row.decision and row.decision.relink_to:
                    text += f" → {row.decision.relink_to}"
                default = texts.tr("default")
                return text if row.decision else f"{text} ({default})"
        if role == Qt.ItemDataRole.BackgroundRole and column == "status":
            return WARNING_BG.get(row.item.status)
        if role == Qt.ItemDataRole.FontRole and column == "action" and row.decision:
            from PySide6.QtGui import QFont
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.note or row.explained() or None
        return None


def _allowed(status: Status, action: Action) -> bool:
    return action in ALLOWED[status]
