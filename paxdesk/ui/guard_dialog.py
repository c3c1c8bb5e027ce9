""""Is this the same person?" — asked before a ``major`` with other names is converted.

Names both people, offers to convert anyway or to re-link; Esc (Cancel) leaves
the row undecided.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox

from paxdesk.ui import texts
from paxdesk.ui.review_rows import ReviewRow

CONVERT, RELINK = "convert", "relink"


def _person(first: str | None, last: str | None, email: str | None) -> str:
    name = " ".join(p for p in (first or "", last or "") if p) or "–"
    return f"<b>{html.escape(name)}</b>" + (f" ({html.escape(email)})" if email else "")


class SamePersonDialog(QMessageBox):
    def __init__(self, row: ReviewRow, parent=None):
        super().__init__(parent)
        crm, live = row.item.crm, row.live
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(texts.tr("Probably another person"))
        self.setText(texts.tr(
            "The CRM copy belongs to {0}, but MidOffice customer {1} is {2}.<br><br>Converting links the "
            "consultations and offers of {0} to {2}. Convert anyway?")
            .replace("{0}", _person(crm.first_name, crm.last_name, crm.email))
            .replace("{1}", html.escape(live.number))
            .replace("{2}", _person(live.first_name, live.last_name, live.email)))
        self.convert_button = self.addButton(texts.tr("Convert anyway"), QMessageBox.ButtonRole.AcceptRole)
        self.relink_button = self.addButton(texts.tr("Re-link…"), QMessageBox.ButtonRole.ActionRole)
        self.cancel_button = self.addButton(texts.tr("Leave undecided"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def answer(self) -> str | None:
        clicked = self.clickedButton()
        if clicked is self.convert_button:
            return CONVERT
        return RELINK if clicked is self.relink_button else None
