"""The way into the migration wizard from the conversion wizard's welcome page (one button)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget


def migration_button(page: QWidget) -> QPushButton:
    button = QPushButton(_text())
    button.setToolTip(_tooltip())
    button.clicked.connect(lambda: open_migration(page))
    return button


def _text() -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate("MigrationEntry", "Move legacy data to myJack…")


def _tooltip() -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate("MigrationEntry", "Another system's customers and bookings into myJack: "
                                      "check, find duplicates, map users, package and upload")


def open_migration(page: QWidget):
    """Open the migration wizard over the conversion wizard (window-modal, not blocking the event loop)."""
    from paxdesk.services.legacy_migration import LegacyMigration
    from paxdesk.ui.migration.wizard import MigrationWizard

    window = page.window()  # the conversion wizard: its folders, and the demo's legacy files and myJack, if any
    migration = LegacyMigration(window.state.context.places, defaults=getattr(window, "migration_defaults", None))
    wizard = MigrationWizard(migration, window)
    window._migration_wizard = wizard  # kept alive while open
    wizard.open()
    return wizard
