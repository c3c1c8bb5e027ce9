"""The migration wizard sizes itself from the screen it opens on, as the conversion wizard does (found by a walk:
a fixed 1180×740 put Weiter, Zurück and Abbrechen below the screen of a 1366×768 laptop at 125 %, whose free area
is 1093×614 logical pixels less the taskbar)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from paxdesk import paths
from paxdesk.services.legacy_migration import LegacyMigration
from paxdesk.ui.app import application
from paxdesk.ui.migration.wizard import MigrationWizard
from paxdesk.ui.window_fit import FRAME


class _Screen:
    """A screen of a given free area (fit_to_screen asks a screen nothing else)."""

    def __init__(self, area: QRect):
        self._area = area

    def availableGeometry(self) -> QRect:  # noqa: N802 — Qt's name
        return self._area


def test_on_a_125_percent_laptop_screen_the_window_fits_its_free_area(qtbot):
    application(german=True)
    wizard = MigrationWizard(LegacyMigration(paths.places()))
    qtbot.addWidget(wizard)
    area = QRect(0, 0, 1093, 574)  # 1366×768 at 125 %, less a 40-pixel taskbar
    wizard.fit_to_screen(_Screen(area))
    assert wizard.width() + FRAME.width() <= area.width() and wizard.height() + FRAME.height() <= area.height()
    assert area.contains(wizard.pos())
    wizard.done(0)


def test_on_the_screen_it_opens_on_the_buttons_lie_inside_it(qtbot):
    application(german=True)
    area = QGuiApplication.primaryScreen().availableGeometry()
    wizard = MigrationWizard(LegacyMigration(paths.places()))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.width() <= area.width() and wizard.height() <= area.height()
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                  QWizard.WizardButton.CancelButton):
        button = wizard.button(which)
        assert area.contains(button.mapToGlobal(button.rect().bottomRight())), which
    assert wizard.currentPage().title().startswith("Schritt 1 von 9")
    wizard.done(0)
