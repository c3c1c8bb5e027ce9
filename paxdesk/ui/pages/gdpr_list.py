"""Step 8's list of the customers the MidOffice deleted: one row each, with where its decision stands.

A part of GdprPage, not a widget of its own: it adds the counts line and the table straight to the page's
layout, so the page's stretch, spacing and Tab order stay as one layout makes them. ``GdprDecisions`` (the
buttons below) changes the rows through ``replace``.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from paxdesk.services.gdpr import STATUSES, GdprEntry, count_statuses
from paxdesk.ui.pages.base import read_only_table

REASON = 7  # the column that takes the spare width
STATUS_COLOR = {"open": "#8a5a00", "kept": "#1b5e9b", "deleted": "#444", "anonymized": "#444"}


def full_name(customer: dict) -> str:
    return " ".join(part for part in (customer.get("first_name"), customer.get("last_name")) if part)


class GdprList(QObject):
    """Rows stay after a decision, with their new status; the counts above say how many are still open."""

    def __init__(self, page):
        super().__init__(page)
        self.counts = page.note("")
        self.table = read_only_table([self.tr("Status"), self.tr("Name"), self.tr("MidOffice no. (until now)"),
                                      self.tr("CRM no."), self.tr("City"), self.tr("Consultations"), self.tr("Offers"),
                                      self.tr("Reason")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        page.layout_.addWidget(self.table, 2)
        self.entries: list[GdprEntry] = []

    def show_entries(self, entries):
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row in range(len(entries)):
            self._show_row(row)
        self._show_counts()

    def replace(self, entry: GdprEntry, new: GdprEntry) -> int:
        """A decided entry in place of the old one (the row stays where it was); its row."""
        row = self.entries.index(entry)
        self.entries[row] = new
        self._show_row(row)
        self._show_counts()
        return row

    def selected(self) -> GdprEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def status_label(self, status: str) -> str:
        return {"open": self.tr("open"), "kept": self.tr("kept"), "deleted": self.tr("deleted"),
                "anonymized": self.tr("anonymized")}[status]

    def _show_row(self, row: int) -> None:
        entry = self.entries[row]
        c = entry.customer
        name = full_name(c) or self.tr("(no name)")
        values = (self.status_label(entry.status), name, self._former_number(entry), entry.id, c.get("city") or "",
                  str(c.get("consultations", 0)), str(c.get("offers", 0)), entry.reason or "")
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setForeground(QColor(STATUS_COLOR[entry.status]))
            self.table.setItem(row, column, item)

    def _former_number(self, entry: GdprEntry) -> str:
        number = entry.customer.get("former_midoffice_id")
        if number:
            return number
        return self.tr("removed (GDPR)") if entry.status in ("deleted", "anonymized") else "–"

    def _show_counts(self) -> None:
        counts = count_statuses(self.entries)
        parts = " · ".join(f"{self.status_label(s).capitalize()}: <b>{counts[s]}</b>" for s in STATUSES)
        if not self.entries:
            self.counts.setText(self.tr("No customer is awaiting a GDPR decision."))
        elif counts["open"]:
            self.counts.setText(parts)
        else:
            self.counts.setText(parts + " — " + self.tr("✓ every customer has a decision."))

    def to_next_open(self, row: int) -> None:
        """The keyboard stays in the list, on the next open customer — chosen by the agent (Space), not for them."""
        later = [r for r in range(row + 1, len(self.entries)) if self.entries[r].status == "open"]
        target = later[0] if later else min(row + 1, len(self.entries) - 1)
        self.table.clearSelection()
        self.table.selectionModel().setCurrentIndex(self.table.model().index(target, 0),
                                                    QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.setFocus()
