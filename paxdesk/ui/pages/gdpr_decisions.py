"""Step 8's decisions: keep (with a reason, and taken back), delete and anonymize the customer selected in the
list, each asked first, naming the customer and what goes with them.

A part of GdprPage, as ``GdprList`` is: it adds its buttons and lines below the list to the page's layout,
and its background calls and questions go through the page (``background``, the wizard's ``dialogs``),
whose workers the wizard stops.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from paxdesk.services.gdpr import GdprChange, GdprEntry, confirms_last_name, decided
from paxdesk.ui.pages.gdpr_list import GdprList, full_name


class GdprDecisions(QObject):
    """After a decision the keyboard stays in the list, on the next open customer, but nothing is selected for
    the agent. A keep can be taken back; a delete or anonymize cannot, and says so."""

    def __init__(self, page, listed: GdprList):
        super().__init__(page)
        self.page = page
        self.worklist = listed
        listed.table.itemSelectionChanged.connect(self.selection_changed)
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
        self.acting = False

    def _dialogs(self):
        return self.page.wizard().dialogs

    def selection_changed(self):
        entry = self.worklist.selected()
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
        entry = self.worklist.selected()
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
        self._act(entry, lambda: self.page.context.gdpr.keep(entry.id, reason.strip()))

    def _undo_keep(self):
        entry = self.worklist.selected()
        if entry is None or entry.status != "kept":
            return
        self._act(entry, lambda: self.page.context.gdpr.undo_keep(entry.id))

    def delete_selected(self):
        entry = self.worklist.selected()
        if entry is None or entry.status != "open":
            return
        question = self.tr(
            "Delete {0} for good, together with {1}?\n\nThis cannot be undone. Backups written earlier still "
            "contain this customer.").replace("{0}", self._who(entry.customer)) \
            .replace("{1}", self._what_goes_with(entry.customer))
        if self._dialogs().confirm(self.page.name, question, self.tr("Delete customer")):
            self._act(entry, lambda: self.page.context.gdpr.delete(entry.id))

    def _anonymize(self):
        entry = self.worklist.selected()
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
        self._act(entry, lambda: self.page.context.gdpr.anonymize(entry.id))

    def _act(self, entry: GdprEntry, call) -> None:
        """Run one decision in the background; the row is redrawn from the change it returns."""
        self.acting = True
        self.selection_changed()
        name = self._who(entry.customer)
        goes_with = self._what_goes_with(entry.customer)

        def done(change: GdprChange):
            self.acting = False
            row = self.worklist.replace(entry, decided(entry, change))
            status = change.status
            if status == "open":  # a keep taken back: the same customer, to decide again
                self.feedback.setText(self.tr("✓ Keeping {0} was taken back; please decide again.")
                                      .replace("{0}", name))
                self.worklist.table.setFocus()
            elif status == "kept":
                self.feedback.setText(self.tr("✓ {0} is kept; the reason was recorded. To take this back, select "
                                              "the customer again and choose “Undo keep”.").replace("{0}", name))
                self.worklist.to_next_open(row)
            else:
                self.worklist.to_next_open(row)
                self.feedback.setText((self.tr("✓ {0} was deleted, with {1}.") if status == "deleted" else
                                       self.tr("✓ {0} was anonymized; of the {1}, only the free texts were emptied."))
                                      .replace("{0}", name).replace("{1}", goes_with) + " " +
                                      self.tr("Backups written earlier still contain this customer."))
                self.page.after_removal(entry)
            self.selection_changed()

        def failed(exc):
            self.acting = False
            self.selection_changed()
            self.page.show_error(exc)
        self.page.background(call, done, failed)
