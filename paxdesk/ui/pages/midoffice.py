from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QButtonGroup, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QRadioButton,
                               QWidget)

from paxdesk.services.conversion_session import DEFAULT_URLS
from paxdesk.ui.pages.base import Page


class MidOfficePage(Page):
    def __init__(self):
        super().__init__(self.tr("MidOffice and token"), self.tr("Which back-office system does your agency use?"))
        self.myjack = QRadioButton(self.tr("myJack v2 (Bewotec)"))
        self.midoco = QRadioButton(self.tr("Midoco v2"))
        group = QButtonGroup(self)
        for button in (self.myjack, self.midoco):
            group.addButton(button)
            self.layout_.addWidget(button)
        self.base_url = QLineEdit()
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("Paste the token here"))
        self.show_token = QPushButton(self.tr("Show"))
        self.show_token.setCheckable(True)
        self.show_token.toggled.connect(self._toggle)
        paste = QPushButton(self.tr("Paste"))
        paste.clicked.connect(lambda: self.token.setText(QGuiApplication.clipboard().text().strip()))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.token, 1)
        line.addWidget(paste)
        line.addWidget(self.show_token)
        form = QFormLayout()
        form.addRow(self.tr("Address (base URL):"), self.base_url)
        form.addRow(self.tr("Token:"), row)
        self.layout_.addLayout(form)
        self.hint = self.note(self.tr(
            "The token is <b>Parameter 1</b> of the system connection: in the agency administration under "
            "Configuration → System connection → Parameter 1. paxdesk keeps it in the Windows password store, "
            "never in a file."))
        self.saved = self.note("")
        self.layout_.addStretch()
        self._has_token = False
        self._confirmed: bool | None = False
        self.myjack.toggled.connect(self._office_changed)
        self.token.textChanged.connect(self.completeChanged)

    def initializePage(self):
        office = self.context.midoffice
        (self.myjack if office == "myjack" else self.midoco).setChecked(True)
        self.base_url.setText(self.context.base_url)
        has = self.context.has_token()
        self.saved.setText(self.tr("A token is already saved. Leave the field empty to keep it.") if has else "")
        self._has_token = has

    def _office_changed(self, _checked):
        office = self.office()
        if self.base_url.text() in DEFAULT_URLS.values() or not self.base_url.text():
            self.base_url.setText(DEFAULT_URLS[office])

    def _toggle(self, shown: bool):
        self.token.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_token.setText(self.tr("Hide") if shown else self.tr("Show"))

    def office(self) -> str:
        return "myjack" if self.myjack.isChecked() else "midoco"

    def isComplete(self) -> bool:
        return bool(self.base_url.text().strip()) and (bool(self.token.text().strip()) or self._has_token)

    def validatePage(self) -> bool:
        office, url, token = self.office(), self.base_url.text(), self.token.text().strip() or None
        if not self._advance_ok:
            self._confirmed = self._confirm_address(office, url)
            if self._confirmed is None:
                return False
        confirmed = bool(self._confirmed)
        return self.then_next(lambda: self.context.configure(office, url, token, confirmed_address=confirmed))

    def _confirm_address(self, office: str, url: str) -> bool | None:
        """The address came from the CRM and is not the one the token belongs to: ask before sending it there.

        True when confirmed, False when nothing needed confirming, None when the agent declined.
        """
        pending = self.context.address_to_confirm(office, url)
        if pending is None:
            return False
        target, trusted = pending
        text = self.tr("The CRM database names <b>{0}</b> as the MidOffice address, but the saved token belongs "
                       "to <b>{1}</b>.<br><br>Send the token to {0}? Confirm only if your MidOffice provider gave "
                       "you this address.").replace("{0}", target).replace("{1}", trusted)
        return True if self.wizard().dialogs.confirm(self.tr("Send the token to a new address?"), text) else None
