"""The migration wizard sizes itself from the screen it opens on, as the conversion wizard does (found by a walk:
a fixed 1180×740 put Weiter, Zurück and Abbrechen below the screen of a 1366×768 laptop at 125 %). Qt's offscreen
screen here is smaller than the wizard's preferred size, which is what a scaled laptop screen is."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from paxdesk.services.legacy_migration import LegacyMigration
from paxdesk.ui.app import application
from paxdesk.ui.migration.wizard import PREFERRED, MigrationWizard


def test_the_migration_wizard_and_its_buttons_lie_on_the_screen(qtbot):
    application(german=True)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.width() < PREFERRED.width() or area.height() < PREFERRED.height()  # the case that failed
    wizard = MigrationWizard(LegacyMigration())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    frame = wizard.frameGeometry()
    assert area.contains(frame.topLeft()) and wizard.width() <= area.width() and wizard.height() <= area.height()
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                  QWizard.WizardButton.CancelButton):
        button = wizard.button(which)
        corner = button.mapToGlobal(button.rect().bottomRight())
        assert area.contains(corner), (which, corner, area)
    assert wizard.currentPage().title().startswith("Schritt 1 von 9")
    wizard.done(0)
