""""Is this the same person?" — the decision gate's question (services/review/gate), asked by every way in.

Names both records (names, e-mails, the MidOffice number), offers to convert
anyway or (from the review) to re-link; the default and Esc leave the row
undecided. An e-mail-only large difference names the two e-mails.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox

from paxdesk.domain.normalize import email_key, n2
from paxdesk.ui import texts
from paxdesk.services.review.gate import Question

CONVERT, RELINK = "convert", "relink"


def _name(first: str | None, last: str | None) -> str:
    return "<b>" + html.escape(" ".join(p for p in (first or "", last or "") if p) or "–") + "</b>"


def _with_email(name: str, email: str | None) -> str:
    return name + (f" ({html.escape(email)})" if email else "")


def question(crm, live) -> str:
    """The question's text for a CRM copy and the record converting would link it to."""
    # Both people named, each e-mail once: one shared e-mail is said once for both (it is what made the
    # copy look like the record), and the second sentence names the people only. Same names (the e-mail is
    # the large difference): one sentence naming the person and both e-mails.
    ours, theirs = _name(crm.first_name, crm.last_name), _name(live.first_name, live.last_name)
    if n2(crm.first_name) == n2(live.first_name) and n2(crm.last_name) == n2(live.last_name):
        text = texts.tr("The CRM copy and MidOffice customer {1} are both {0}, but with another e-mail address: "
                        "{2} in the CRM, {3} in the MidOffice. After converting only the MidOffice's counts. "
                        "Convert anyway?")
        return (text.replace("{0}", ours).replace("{1}", html.escape(live.number))
                .replace("{2}", html.escape(crm.email or "–")).replace("{3}", html.escape(live.email or "–")))
    if crm.email and email_key(crm.email) == email_key(live.email):
        first = (texts.tr("The CRM copy belongs to {0}, but MidOffice customer {1} is {2} — both with the "
                          "e-mail {3}.").replace("{3}", html.escape(crm.email)))
    else:
        first = texts.tr("The CRM copy belongs to {0}, but MidOffice customer {1} is {2}.")
        ours, theirs = _with_email(ours, crm.email), _with_email(theirs, live.email)
    first = first.replace("{0}", ours).replace("{1}", html.escape(live.number)).replace("{2}", theirs)
    second = texts.tr("Converting links the consultations and offers of {0} to {1}. Convert anyway?")
    second = second.replace("{0}", _name(crm.first_name, crm.last_name)).replace(
        "{1}", _name(live.first_name, live.last_name))
    return f"{first}<br><br>{second}"


class SamePersonDialog(QMessageBox):
    def __init__(self, asked: Question, parent=None, offer_relink: bool = True):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(texts.tr("Probably another person"))
        self.setText(question(asked.crm, asked.live))
        self.convert_button = self.addButton(texts.tr("Convert anyway"), QMessageBox.ButtonRole.AcceptRole)
        self.relink_button = self.addButton(texts.tr("Re-link…"), QMessageBox.ButtonRole.ActionRole)
        self.relink_button.setVisible(offer_relink)
        self.cancel_button = self.addButton(texts.tr("Leave undecided"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def answer(self) -> str | None:
        clicked = self.clickedButton()
        if clicked is self.convert_button:
            return CONVERT
        return RELINK if clicked is self.relink_button else None
