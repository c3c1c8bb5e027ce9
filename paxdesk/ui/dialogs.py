"""Message boxes behind one small service, so tests can answer them (Picard's habit).

Each box is built by a function of its own (``*_box``) and shown by the method: the layout check
(scripts/screenshots.py --check) builds the same boxes with the texts a walk asked, to see them on small screens.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


def message_box(parent: QWidget | None, title: str, text: str, warning: bool = False) -> QMessageBox:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    return QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)


def confirm_box(parent: QWidget | None, title: str, text: str, yes: str | None = None) -> QMessageBox:
    """Yes/No, "No" the default (Enter never destroys). ``yes`` names the action on its button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes |
                      QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    if yes:
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
    return box


def text_box(parent: QWidget | None, title: str, label: str, ok: str | None = None) -> QInputDialog:
    """A line of text. ``ok`` names the action on the OK button."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    if ok:
        dialog.setOkButtonText(ok)
    return dialog


class Dialogs:
    def __init__(self, parent: QWidget):
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        message_box(self.parent, title, text).exec()

    def error(self, title: str, text: str) -> None:
        message_box(self.parent, title, text, warning=True).exec()

    def confirm(self, title: str, text: str, yes: str | None = None) -> bool:
        return confirm_box(self.parent, title, text, yes).exec() == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str, ok: str | None = None) -> str | None:
        """A line of text, or None on cancel."""
        dialog = text_box(self.parent, title, label, ok)
        return dialog.textValue() if dialog.exec() else None

    def run(self, dialog) -> bool:
        """Show a modal dialog; tests replace this to answer it."""
        return bool(dialog.exec())
