"""The migration wizard: nine pages over one ``LegacyMigration`` (services), separate from the conversion wizard.

A second QWizard rather than branches inside the conversion wizard: the two share no
state (only ``StepWizard``'s look and step numbering), and the conversion pages (exits, size)
can change without touching it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize

from paxdesk.services.legacy_migration import LegacyMigration
from paxdesk.ui.dialogs import Dialogs
from paxdesk.ui.migration.pages_input import CheckingPage, FilesPage, MappingPage
from paxdesk.ui.migration.pages_output import MigrationFinishPage, PackagePage
from paxdesk.ui.migration.pages_review import DuplicatesPage, FindingsPage, LocksPage, UsersPage
from paxdesk.ui.step_wizard import StepWizard


class MigrationState:
    def __init__(self, context: LegacyMigration):
        self.context = context


class MigrationWizard(StepWizard):
    # fitted to the screen it opens on, never fixed (found by a walk: at 125 % a fixed 1180×740 put Weiter off it)
    PREFERRED = QSize(1180, 740)

    def __init__(self, context: LegacyMigration, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("paxdesk — legacy data to myJack"))
        self.state = MigrationState(context)
        self.dialogs = Dialogs(self)
        self.pages = self.add_steps([FilesPage(), MappingPage(), CheckingPage(), FindingsPage(), DuplicatesPage(),
                                     UsersPage(), LocksPage(), PackagePage(), MigrationFinishPage()])
        self.fit_to_screen(parent.screen() if parent is not None else None)
        self.finished.connect(self._shutdown)

    def _shutdown(self, _result=None) -> None:
        for page in self.pages:
            page.stop_workers()
