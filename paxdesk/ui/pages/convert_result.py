"""Step 7's result list: once the conversion has run, one row per customer it changed or failed on.

A part of ConvertPage, not a widget of its own: it adds its table to the page's layout where the page had
it (hidden until the run is done), so the page's stretch stays as one layout makes it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Outcome
from paxdesk.ui.pages.base import read_only_table


class ResultTable(QObject):
    """Per customer: the CRM name, the MidOffice customer it went to, and how it ended."""

    def __init__(self, page):
        super().__init__(page)
        self.table = read_only_table([self.tr("Customer (CRM)"), self.tr("MidOffice customer"), self.tr("Outcome")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        page.layout_.addWidget(self.table, 1)

    def show(self, planned: list, names: dict[str, str]) -> None:
        """``planned`` in the order shown; ``names``: the CRM name per customer id."""
        self.table.show()
        self.table.setRowCount(len(planned))
        for row, p in enumerate(planned):
            for column, text in enumerate((names.get(p.item.customer_id) or p.item.customer_id,
                                           self.went_to(p), self.outcome_label(p))):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def went_to(self, planned) -> str:
        """The MidOffice customer: its number, and for a converted one the name it has there (the name
        the agency sees from now on, which for a large difference or a re-link is not the CRM's)."""
        number = planned.relink_to or planned.item.midoffice_id
        if not number:
            return "–"
        live = planned.item.live
        name = " ".join(p for p in (live.first_name, live.last_name) if p) if live and live.number == number else ""
        if planned.outcome != Outcome.CONVERTED or not name:
            return number
        return self.tr("{0}: {1}").replace("{0}", number).replace("{1}", name)

    def outcome_label(self, planned) -> str:
        if planned.outcome == Outcome.CONVERTED and planned.relink_to:
            return self.tr("Converted, re-linked to another MidOffice customer")
        if planned.outcome == Outcome.CONVERTED and planned.item.status == Status.MAJOR:
            return self.tr("Converted despite a large difference")
        if planned.outcome == Outcome.CONVERTED and planned.merged_into:
            return self.tr("Converted, merged with the existing v2 customer")
        return {Outcome.CONVERTED: self.tr("Converted"), Outcome.CONVERTED_LOCAL: self.tr("Kept as paxlounge customer"),
                Outcome.SKIPPED: self.tr("Unchanged"), Outcome.FAILED: self.tr("Failed")}[planned.outcome]
