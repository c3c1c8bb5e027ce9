"""What the review table shows for a row: each column's text, the row's tint, the bold of a decided action.

Kept apart from ``ReviewModel`` (which rows, in which order, and the decisions) so that the words and
colours of a row can be read in one place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action
from paxdesk.services.review.rows import WARNINGS, ReviewRow
from paxdesk.ui import texts
from paxdesk.ui.review_rows import Explanations

MARK = {Status.MATCH: "✓", Status.MINOR: "⚠", Status.MAJOR: "⚠⚠", Status.DELETED: "✗", Status.ERROR: "!",
        Status.NO_REFERENCE: "–"}
# Whole-row tints; black text on each passes WCAG AA (>= 4.5:1, tests/unit/test_review_rows.py).
ROW_BG = {Status.MINOR: QColor("#ffd966"), Status.MAJOR: QColor("#f4a07f"), Status.ERROR: QColor("#e8a3a3"),
          Status.DELETED: QColor("#c8c8c8")}
ROW_FG = QColor("#000000")
COLUMNS = ("status", "customer", "number", "difference", "after", "crm_only", "action")


def header(section: int) -> str:
    return [texts.tr("Status"), texts.tr("Customer"), texts.tr("Customer no."), texts.tr("Difference"),
            texts.tr("After converting"), texts.tr("Only in the CRM"), texts.tr("Action")][section]


class RowPresentation:
    """A row's data for a Qt role and column; the difference texts are made once per row (``explained``)."""

    def __init__(self, explained: Explanations):
        self.explained = explained
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, row: ReviewRow, column: str, role: Qt.ItemDataRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return ROW_BG.get(row.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            return ROW_FG if row.status in ROW_BG else None
        if role == Qt.ItemDataRole.FontRole and column == "action" and row.decision:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.explained(row) or None
        return None

    def text(self, row: ReviewRow, column: str) -> str:
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
