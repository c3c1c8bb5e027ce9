"""The migration wizard: nine pages over one ``LegacyMigration`` (services), separate from the conversion wizard.

A second QWizard rather than branches inside the conversion wizard: the two share no
state, and the conversion pages (numbering, exits, size) can change without touching it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from paxdesk.services.legacy_migration import LegacyMigration
from paxdesk.ui.dialogs import Dialogs
from paxdesk.ui.migration.pages_input import CheckingPage, FilesPage, MappingPage
from paxdesk.ui.migration.pages_output import MigrationFinishPage, PackagePage
from paxdesk.ui.migration.pages_review import DuplicatesPage, FindingsPage, LocksPage, UsersPage


class MigrationState:
    def __init__(self, context: LegacyMigration):
        self.context = context


class MigrationWizard(QWizard):
    def __init__(self, context: LegacyMigration, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("paxdesk — legacy data to myJack"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(1180, 740)
        self.state = MigrationState(context)
        self.dialogs = Dialogs(self)
        self.pages = [FilesPage(), MappingPage(), CheckingPage(), FindingsPage(), DuplicatesPage(), UsersPage(),
                      LocksPage(), PackagePage(), MigrationFinishPage()]
        for page in self.pages:
            self.addPage(page)
        self.finished.connect(self._shutdown)

    def _shutdown(self, _result=None) -> None:
        for page in self.pages:
            page.stop_workers()
