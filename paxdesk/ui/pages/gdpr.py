from datetime import datetime

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableWidgetItem

from paxdesk.services.gdpr import STATUSES, GdprEntry, confirms_last_name, count_statuses, decided
from paxdesk.ui import texts
from paxdesk.ui.pages.base import Page, read_only_table

REASON = 7  # the column that takes the spare width
STATUS_COLOR = {"open": "#8a5a00", "kept": "#1b5e9b", "deleted": "#444", "anonymized": "#444"}


def full_name(customer: dict) -> str:
    return " ".join(part for part in (customer.get("first_name"), customer.get("last_name")) if part)


class GdprPage(Page):
    """A decision list: every customer the MidOffice deleted, with where its decision stands.

    Rows stay after a decision (with their new status); afterwards the keyboard stays in the list, on the
    next open customer, but nothing is selected for the agent. Every question names the customer (with the
    MidOffice number the other steps show) and what goes with them. A keep can be taken back; a delete or
    anonymize cannot, and says so.
    """

    def __init__(self):
        super().__init__(self.tr("GDPR review"), self.tr(
            "These customers were deleted in the MidOffice; the conversion kept them here so nothing was lost. "
            "Decide for each: keep (with a reason), delete or anonymize."))
        self.counts = self.note("")
        self.table = read_only_table([self.tr("Status"), self.tr("Name"), self.tr("MidOffice no. (until now)"),
                                      self.tr("CRM no."), self.tr("City"), self.tr("Consultations"), self.tr("Offers"),
                                      self.tr("Reason")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.layout_.addWidget(self.table, 2)
        self.keep = QPushButton(self.tr("&Keep (with reason)…"))
        self.delete = QPushButton(self.tr("&Delete…"))
        self.anonymize = QPushButton(self.tr("&Anonymize…"))
        self.undo_keep = QPushButton(self.tr("&Undo keep"))
        self.button_row(self.keep, self.delete, self.anonymize, self.undo_keep)
        self.keep.clicked.connect(self._keep)
        self.delete.clicked.connect(self._delete)
        self.anonymize.clicked.connect(self._anonymize)
        self.undo_keep.clicked.connect(self._undo_keep)
        self.finality = self.note(self.tr("Keeping can be taken back later; deleting and anonymizing are final."))
        self.finality.setStyleSheet("color:#555")
        self.feedback = self.note("")
        self.feedback.setStyleSheet("color:#1b7f3b")
        self.layout_.addWidget(QLabel(self.tr(
            "<b>Backups</b> — they still contain the earlier data of every customer, also of those deleted "
            "or anonymized here:")))
        self.backups = read_only_table([self.tr("Written"), self.tr("Age"), self.tr("Size"), self.tr("Protection"),
                                        self.tr("File")])
        self.backups.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.backups.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.backups.setMinimumHeight(90)
        self.backups.itemSelectionChanged.connect(self._backup_selection_changed)
        self.layout_.addWidget(self.backups, 1)
        self.release = QPushButton(self.tr("Result checked: release the protected backups…"))
        self.release.clicked.connect(self._release)
        self.delete_backup = QPushButton(self.tr("Delete backup…"))
        self.delete_backup.clicked.connect(self._delete_backup)
        self.button_row(self.release, self.delete_backup)
        self.retention = self.note("")
        self.entries: list[GdprEntry] = []
        self.files = []
        self._acting = False
        self._offer_purge = False

    @property
    def customers(self) -> list[dict]:
        """The customers still awaiting a decision."""
        return [e.customer for e in self.entries if e.status == "open"]

    def initializePage(self):
        self.feedback.setText("")
        self.background(self.context.gdpr.worklist, self._show_entries)
        self.refresh_backups()

    def validatePage(self) -> bool:
        """Open customers may stay open; the agent is told so, and where to find them later."""
        waiting = len(self.customers)
        if not waiting:
            return True
        return self.wizard().dialogs.confirm(self.name, self.tr(
            "%n customer(s) deleted in the MidOffice are still undecided. They stay in the CRM, marked for "
            "review, until you decide: next time paxdesk starts, it offers to continue at this step (also "
            "“paxdesk gdpr list” lists them).\n\nGo on to the report anyway?", "", waiting),
            self.tr("Go on to the report"))

    # -- the decision list ---------------------------------------------------------------------------------
    def _show_entries(self, entries):
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
        open_ = entry is not None and entry.status == "open" and not self._acting
        for button in (self.keep, self.delete, self.anonymize):
            button.setEnabled(open_)
        self.undo_keep.setEnabled(entry is not None and entry.status == "kept" and not self._acting)

    def _what_goes_with(self, customer: dict) -> str:
        return self.tr("{0} and {1}").replace("{0}", self.tr("%n consultation(s)", "", customer.get("consultations", 0))) \
            .replace("{1}", self.tr("%n offer(s)", "", customer.get("offers", 0)))

    def _who(self, customer: dict) -> str:
        city, number = customer.get("city"), customer.get("former_midoffice_id")
        who = (self.tr("{0} (MidOffice no. {2}, CRM no. {1})") if number else self.tr("{0} (CRM no. {1})")) \
            .replace("{0}", full_name(customer) or self.tr("(no name)")).replace("{1}", customer["id"]) \
            .replace("{2}", number or "")
        return who + (", " + city if city else "")

    def _keep(self):
        entry = self._selected()
        if entry is None or entry.status != "open":
            return
        question = self.tr("Why do you keep {0}? The reason is recorded.").replace("{0}", self._who(entry.customer))
        label = question
        while True:  # asked again until there is a reason or the agent cancels
            reason = self.wizard().dialogs.ask_text(self.name, label, self.tr("Keep"))
            if reason is None:
                return
            if reason.strip():
                break
            label = question + "\n\n" + self.tr("Please give a reason.")
        self._act(entry, lambda: self.context.gdpr.keep(entry.id, reason.strip()), "kept", reason.strip())

    def _undo_keep(self):
        entry = self._selected()
        if entry is None or entry.status != "kept":
            return
        self._act(entry, lambda: self.context.gdpr.undo_keep(entry.id), "open")

    def _delete(self):
        entry = self._selected()
        if entry is None or entry.status != "open":
            return
        question = self.tr(
            "Delete {0} for good, together with {1}?\n\nThis cannot be undone. Backups written earlier still "
            "contain this customer.").replace("{0}", self._who(entry.customer)) \
            .replace("{1}", self._what_goes_with(entry.customer))
        if self.wizard().dialogs.confirm(self.name, question, self.tr("Delete customer")):
            self._act(entry, lambda: self.context.gdpr.delete(entry.id), "deleted")

    def _anonymize(self):
        entry = self._selected()
        if entry is None or entry.status != "open":
            return
        customer = entry.customer
        question = self.tr(
            "Anonymize {0}?\n\nName, address, contact details and birth date are removed for good; of the {1}, "
            "only the free texts are emptied. This cannot be undone. Backups written earlier still contain "
            "this customer.").replace("{0}", self._who(customer)).replace("{1}", self._what_goes_with(customer))
        if not self.wizard().dialogs.confirm(self.name, question, self.tr("Anonymize…")):  # "…": one more step
            return
        prompt = (self.tr("To confirm, please type the customer's last name (CRM no. {0}):") if customer.get("last_name")
                  else self.tr("This customer has no last name. To confirm, please type the CRM number:"))
        typed = self.wizard().dialogs.ask_text(self.name, prompt.replace("{0}", customer["id"]), self.tr("Anonymize"))
        if typed is None:
            return
        if not confirms_last_name(customer, typed):
            self.wizard().dialogs.info(self.name, self.tr("That is not the last name of this customer; "
                                                          "nothing was changed."))
            return
        self._act(entry, lambda: self.context.gdpr.anonymize(entry.id), "anonymized")

    def _act(self, entry: GdprEntry, call, status: str, reason: str | None = None) -> None:
        self._acting = True
        self._selection_changed()
        name = self._who(entry.customer)
        goes_with = self._what_goes_with(entry.customer)

        def done(result):
            self._acting = False
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
                self.after_removal(entry)
            self._selection_changed()

        def failed(exc):
            self._acting = False
            self._selection_changed()
            self.show_error(exc)
        self.background(call, done, failed)

    def _to_next_open(self, row: int) -> None:
        """The keyboard stays in the list, on the next open customer — chosen by the agent (Space), not for them."""
        later = [r for r in range(row + 1, len(self.entries)) if self.entries[r].status == "open"]
        target = later[0] if later else min(row + 1, len(self.entries) - 1)
        self.table.clearSelection()
        self.table.selectionModel().setCurrentIndex(self.table.model().index(target, 0),
                                                    QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.setFocus()

    def after_removal(self, entry: GdprEntry) -> None:
        """After a delete or anonymize: the backups still hold the person; offer to delete all but the newest."""
        self._offer_purge = True
        self.refresh_backups()

    def _offer_to_purge(self) -> None:
        self.background(self.context.purgeable_backups, self._ask_to_purge)

    def _ask_to_purge(self, older) -> None:
        if not older:
            return
        question = self.tr("The backups still contain this customer's earlier data. Delete the %n older backup(s) "
                           "now? The backups protected as your way back from the last conversion are kept.", "",
                           len(older))
        if self.wizard().dialogs.confirm(self.name, question, self.tr("Delete older backups")):
            def done(removed):
                self.feedback.setText(self.feedback.text() + " " + self.tr(
                    "%n older backup(s) deleted.", "", len(removed)))
                self.refresh_backups()
            self.background(self.context.purge_older_backups, done)

    # -- backups ------------------------------------------------------------------------------------------
    def refresh_backups(self):
        self.background(self.context.backups, self._show_backups)

    def _show_backups(self, files):
        self.files = files
        self.backups.setRowCount(len(files))
        now = datetime.now()
        for row, b in enumerate(files):
            protection = ((self.tr("state before the last conversion: protected until {0} or until you confirm "
                                   "the result") if b.before else
                           self.tr("newest: protected until {0} or until you confirm the result"))
                          .replace("{0}", texts.day_text(b.protected_until)) if b.protected(now) else "")
            values = (texts.moment_text(b.written), self._age(b.age_days(now)),
                      f"{b.size / 1_000_000:.1f} MB".replace(".", "," if self.state.german else "."),
                      protection, b.path.name)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                self.backups.setItem(row, column, item)
        self.release.setVisible(any(b.protected(now) for b in files))
        self._backup_selection_changed()
        self.retention.setText(self.tr(  # as services/backups.py does it: apply_retention never takes the newest
            "Backups older than %n day(s) are deleted automatically after each conversion – the newest never "
            "automatically; you can delete it yourself once it is no longer protected.", "",
            self.context.backup_retention_days()))
        if self._offer_purge:
            self._offer_purge = False
            self._offer_to_purge()

    def _age(self, days: int) -> str:
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return self.tr("%n day(s) ago", "", days)

    def _selected_backup(self):
        rows = self.backups.selectionModel().selectedRows()
        return self.files[rows[0].row()] if rows else None

    def _backup_selection_changed(self):
        backup = self._selected_backup()
        self.delete_backup.setEnabled(backup is not None and not backup.protected())

    def _release(self):
        protected = [b for b in self.files if b.protected()]
        if not protected:
            return
        newest = next((b for b in protected if b.before), protected[0])  # the state before the conversion
        question = self.tr(
            "Have you checked the result of the conversion in the CRM?\n\nAfterwards the backup written before "
            "it ({0}) can be deleted, and then there is no way back. If you are unsure, keep it: it stays "
            "protected until {1} anyway.").replace("{0}", texts.moment_text(newest.written)) \
            .replace("{1}", texts.day_text(newest.protected_until))
        if self.wizard().dialogs.confirm(self.name, question, self.tr("The result is correct")):
            self.background(self.context.confirm_result, lambda _: self.refresh_backups())

    def _delete_backup(self):
        backup = self._selected_backup()
        if backup is None or backup.protected():
            return
        question = self.tr("Delete the backup of {0} ({1}) for good? It holds the CRM as it was before that "
                           "conversion, with the earlier personal data.") \
            .replace("{0}", texts.moment_text(backup.written)).replace("{1}", backup.path.name)
        if self.wizard().dialogs.confirm(self.name, question, self.tr("Delete backup")):
            def done(_):
                self.feedback.setText(self.tr("✓ The backup of {0} was deleted.").replace(
                    "{0}", texts.moment_text(backup.written)))
                self.refresh_backups()
            self.background(lambda: self.context.delete_backup(backup.path), done)
