"""Message boxes behind one small service, so tests can answer them (Picard's habit)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


class Dialogs:
    def __init__(self, parent: QWidget):
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def confirm(self, title: str, text: str, yes: str | None = None) -> bool:
        """Yes/No, "No" the default (Enter never destroys). ``yes`` names the action on its button."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes |
                          QMessageBox.StandardButton.No, self.parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        if yes:
            box.button(QMessageBox.StandardButton.Yes).setText(yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str, ok: str | None = None) -> str | None:
        """A line of text, or None on cancel. ``ok`` names the action on the OK button."""
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        if ok:
            dialog.setOkButtonText(ok)
        return dialog.textValue() if dialog.exec() else None

    def run(self, dialog) -> bool:
        """Show a modal dialog; tests replace this to answer it."""
        return bool(dialog.exec())
