"""The migration wizard: nine pages over one ``LegacyMigration`` (services), separate from the conversion wizard.

A second QWizard rather than branches inside the conversion wizard: the two share no
state, and the conversion pages (numbering, exits, size) can change without touching it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWizard

from paxdesk.services.legacy_migration import LegacyMigration
from paxdesk.ui.dialogs import Dialogs
from paxdesk.ui.migration.pages_input import CheckingPage, FilesPage, MappingPage
from paxdesk.ui.migration.pages_output import MigrationFinishPage, PackagePage
from paxdesk.ui.migration.pages_review import DuplicatesPage, FindingsPage, LocksPage, UsersPage
from paxdesk.ui.window_fit import fit_to_screen

PREFERRED = QSize(1180, 740)
MINIMUM = QSize(760, 500)


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
        self.state = MigrationState(context)
        self.dialogs = Dialogs(self)
        self.pages = [FilesPage(), MappingPage(), CheckingPage(), FindingsPage(), DuplicatesPage(), UsersPage(),
                      LocksPage(), PackagePage(), MigrationFinishPage()]
        for number, page in enumerate(self.pages, start=1):
            page.set_step(number, len(self.pages))
            self.addPage(page)
        self.fit_to_screen(parent.screen() if parent is not None else None)
        self.finished.connect(self._shutdown)

    def fit_to_screen(self, screen=None) -> None:
        """From the screen it opens on (found by a walk: at 125 % a fixed 1180×740 put Weiter off the screen)."""
        fit_to_screen(self, PREFERRED, MINIMUM, screen)

    def _shutdown(self, _result=None) -> None:
        for page in self.pages:
            page.stop_workers()
