"""Step 8's decision list: the customers the MidOffice deleted, their status, and keep/delete/anonymize on them.

A part of GdprPage, not a widget of its own: it adds its widgets straight to the page's layout, in the page's
order, so the page's stretch, spacing and Tab order stay as one layout makes them. Its background calls and
questions go through the page (``background``, the wizard's ``dialogs``), whose workers the wizard stops.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableWidgetItem

from paxdesk.services.gdpr import STATUSES, GdprEntry, confirms_last_name, count_statuses, decided
from paxdesk.ui.pages.base import read_only_table

REASON = 7  # the column that takes the spare width
STATUS_COLOR = {"open": "#8a5a00", "kept": "#1b5e9b", "deleted": "#444", "anonymized": "#444"}


def full_name(customer: dict) -> str:
    return " ".join(part for part in (customer.get("first_name"), customer.get("last_name")) if part)


class GdprDecisions(QObject):
    """Rows stay after a decision (with their new status); afterwards the keyboard stays in the list, on the
    next open customer, but nothing is selected for the agent. Every question names the customer (with the
    MidOffice number the other steps show) and what goes with them. A keep can be taken back; a delete or
    anonymize cannot, and says so."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.counts = page.note("")
        self.table = read_only_table([self.tr("Status"), self.tr("Name"), self.tr("MidOffice no. (until now)"),
                                      self.tr("CRM no."), self.tr("City"), self.tr("Consultations"), self.tr("Offers"),
                                      self.tr("Reason")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        page.layout_.addWidget(self.table, 2)
        self.keep = QPushButton(self.tr("&Keep (with reason)…"))
        self.delete = QPushButton(self.tr("&Delete…"))
        self.anonymize = QPushButton(self.tr("&Anonymize…"))
        self.undo_keep = QPushButton(self.tr("&Undo keep"))
        page.button_row(self.keep, self.delete, self.anonymize, self.undo_keep)
        self.keep.clicked.connect(self.keep_selected)
        self.delete.clicked.connect(self.delete_selected)
        self.anonymize.clicked.connect(self._anonymize)
        self.undo_keep.clicked.connect(self._undo_keep)
        self.finality = page.note(self.tr("Keeping can be taken back later; deleting and anonymizing are final."))
        self.finality.setStyleSheet("color:#555")
        self.feedback = page.note("")
        self.feedback.setStyleSheet("color:#1b7f3b")
        self.entries: list[GdprEntry] = []
        self.acting = False

    def _dialogs(self):
        return self.page.wizard().dialogs

    # -- the list ------------------------------------------------------------------------------------------
    def show_entries(self, entries):
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row in range(len(entries)):
            self._show_row(row)
        self._show_counts()
        self._selection_changed()

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

    def _selected(self) -> GdprEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _selection_changed(self):
        entry = self._selected()
        open_ = entry is not None and entry.status == "open" and not self.acting
        for button in (self.keep, self.delete, self.anonymize):
            button.setEnabled(open_)
        self.undo_keep.setEnabled(entry is not None and entry.status == "kept" and not self.acting)

    def _what_goes_with(self, customer: dict) -> str:
        return self.tr("{0} and {1}").replace("{0}", self.tr("%n consultation(s)", "", customer.get("consultations", 0))) \
            .replace("{1}", self.tr("%n offer(s)", "", customer.get("offers", 0)))

    def _who(self, customer: dict) -> str:
        city, number = customer.get("city"), customer.get("former_midoffice_id")
        who = (self.tr("{0} (MidOffice no. {2}, CRM no. {1})") if number else self.tr("{0} (CRM no. {1})")) \
            .replace("{0}", full_name(customer) or self.tr("(no name)")).replace("{1}", customer["id"]) \
            .replace("{2}", number or "")
        return who + (", " + city if city else "")

    # -- the decisions -------------------------------------------------------------------------------------
    def keep_selected(self):
        entry = self._selected()
        if entry is None or entry.status != "open":
            return
        question = self.tr("Why do you keep {0}? The reason is recorded.").replace("{0}", self._who(entry.customer))
        label = question
        while True:  # asked again until there is a reason or the agent cancels
            reason = self._dialogs().ask_text(self.page.name, label, self.tr("Keep"))
            if reason is None:
                return
            if reason.strip():
                break
            label = question + "\n\n" + self.tr("Please give a reason.")
        self._act(entry, lambda: self.page.context.gdpr.keep(entry.id, reason.strip()), "kept", reason.strip())

    def _undo_keep(self):
        entry = self._selected()
        if entry is None or entry.status != "kept":
            return
        self._act(entry, lambda: self.page.context.gdpr.undo_keep(entry.id), "open")

    def delete_selected(self):
        entry = self._selected()
        if entry is None or entry.status != "open":
            return
        question = self.tr(
            "Delete {0} for good, together with {1}?\n\nThis cannot be undone. Backups written earlier still "
            "contain this customer.").replace("{0}", self._who(entry.customer)) \
            .replace("{1}", self._what_goes_with(entry.customer))
        if self._dialogs().confirm(self.page.name, question, self.tr("Delete customer")):
            self._act(entry, lambda: self.page.context.gdpr.delete(entry.id), "deleted")

    def _anonymize(self):
        entry = self._selected()
        if entry is None or entry.status != "open":
            return
        customer, dialogs, name = entry.customer, self._dialogs(), self.page.name
        question = self.tr(
            "Anonymize {0}?\n\nName, address, contact details and birth date are removed for good; of the {1}, "
            "only the free texts are emptied. This cannot be undone. Backups written earlier still contain "
            "this customer.").replace("{0}", self._who(customer)).replace("{1}", self._what_goes_with(customer))
        if not dialogs.confirm(name, question, self.tr("Anonymize…")):  # "…": one more step
            return
        prompt = (self.tr("To confirm, please type the customer's last name (CRM no. {0}):") if customer.get("last_name")
                  else self.tr("This customer has no last name. To confirm, please type the CRM number:"))
        typed = dialogs.ask_text(name, prompt.replace("{0}", customer["id"]), self.tr("Anonymize"))
        if typed is None:
            return
        if not confirms_last_name(customer, typed):
            dialogs.info(name, self.tr("That is not the last name of this customer; nothing was changed."))
            return
        self._act(entry, lambda: self.page.context.gdpr.anonymize(entry.id), "anonymized")

    def _act(self, entry: GdprEntry, call, status: str, reason: str | None = None) -> None:
        self.acting = True
        self._selection_changed()
        name = self._who(entry.customer)
        goes_with = self._what_goes_with(entry.customer)

        def done(result):
            self.acting = False
            row = self.entries.index(entry)
            self.entries[row] = decided(entry, status, reason, result if status == "anonymized" else None)
            self._show_row(row)
            self._show_counts()
            if status == "open":  # a keep taken back: the same customer, to decide again
                self.feedback.setText(self.tr("✓ Keeping {0} was taken back; please decide again.")
                                      .replace("{0}", name))
                self.table.setFocus()
            elif status == "kept":
                self.feedback.setText(self.tr("✓ {0} is kept; the reason was recorded. To take this back, select "
                                              "the customer again and choose “Undo keep”.").replace("{0}", name))
                self._to_next_open(row)
            else:
                self._to_next_open(row)
                self.feedback.setText((self.tr("✓ {0} was deleted, with {1}.") if status == "deleted" else
                                       self.tr("✓ {0} was anonymized; of the {1}, only the free texts were emptied."))
                                      .replace("{0}", name).replace("{1}", goes_with) + " " +
                                      self.tr("Backups written earlier still contain this customer."))
                self.page.after_removal(entry)
            self._selection_changed()

        def failed(exc):
            self.acting = False
            self._selection_changed()
            self.page.show_error(exc)
        self.page.background(call, done, failed)

    def _to_next_open(self, row: int) -> None:
        """The keyboard stays in the list, on the next open customer — chosen by the agent (Space), not for them."""
        later = [r for r in range(row + 1, len(self.entries)) if self.entries[r].status == "open"]
        target = later[0] if later else min(row + 1, len(self.entries) - 1)
        self.table.clearSelection()
        self.table.selectionModel().setCurrentIndex(self.table.model().index(target, 0),
                                                    QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.setFocus()
