"""Step 8, the GDPR review: the customers the MidOffice deleted, decided one by one, and the backups that
still hold them.

The page is the frame; its three parts hold the behaviour: ``GdprList`` (the customers and their status),
``GdprDecisions`` (keep, delete, anonymize, below the list) and ``BackupList`` (the backups below them).
All three add their widgets to the page's one layout.
"""

from paxdesk.services.gdpr import GdprEntry
from paxdesk.ui.pages.base import Page
from paxdesk.ui.pages.gdpr_backups import BackupList
from paxdesk.ui.pages.gdpr_decisions import GdprDecisions
from paxdesk.ui.pages.gdpr_list import GdprList


class GdprPage(Page):
    """A decision list: every customer the MidOffice deleted, with where its decision stands; below it the
    backups. Open customers may stay open when the agent goes on."""

    def __init__(self):
        super().__init__(self.tr("GDPR review"), self.tr(
            "These customers were deleted in the MidOffice; the conversion kept them here so nothing was lost. "
            "Decide for each: keep (with a reason), delete or anonymize."))
        self.gdpr_list = listed = GdprList(self)
        self.decision_list = decisions = GdprDecisions(self, listed)
        self.backup_list = backups = BackupList(self, decisions.feedback)
        # The widgets, under the names the tests, the screenshots and the keyboard walk reach them by.
        self.counts, self.table = listed.counts, listed.table
        self.finality, self.feedback = decisions.finality, decisions.feedback
        self.keep, self.delete, self.anonymize, self.undo_keep = (decisions.keep, decisions.delete,
                                                                  decisions.anonymize, decisions.undo_keep)
        self.backups, self.release, self.delete_backup, self.retention = (backups.table, backups.release,
                                                                          backups.delete_backup, backups.retention)

    @property
    def entries(self) -> list[GdprEntry]:
        return self.gdpr_list.entries

    @property
    def customers(self) -> list[dict]:
        """The customers still awaiting a decision."""
        return [e.customer for e in self.entries if e.status == "open"]

    @property
    def files(self) -> list:
        return self.backup_list.files

    @property
    def _acting(self) -> bool:
        return self.decision_list.acting

    @property
    def _offer_purge(self) -> bool:
        return self.backup_list.offer_purge

    def initializePage(self):
        self.feedback.setText("")
        self.background(self.context.gdpr.worklist, self._show_entries)
        self.refresh_backups()

    def _show_entries(self, entries):
        self.gdpr_list.show_entries(entries)
        self.decision_list.selection_changed()

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

    def refresh_backups(self):
        self.backup_list.refresh()

    def after_removal(self, entry: GdprEntry) -> None:
        """After a delete or anonymize: the backups still hold the person; offer to delete all but the newest."""
        self.backup_list.after_removal()

    # The actions as the buttons run them (the screenshots and the tests call them directly).
    def _keep(self):
        self.decision_list.keep_selected()

    def _delete(self):
        self.decision_list.delete_selected()

    def _delete_backup(self):
        self.backup_list.delete_selected()
