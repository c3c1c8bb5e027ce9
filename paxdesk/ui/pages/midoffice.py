from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QButtonGroup, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
                               QToolButton, QVBoxLayout, QWidget)

from paxdesk.services.token_access import DEFAULT_URLS
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
        form.addRow(self.tr("Token:"), row)
        self.layout_.addLayout(form)
        self.saved = self.note("")
        self.hint = self.note(self.tr(
            "The token is <b>Parameter 1</b> of the system connection: in the agency administration under "
            "Configuration → System connection → Parameter 1. paxdesk keeps it in the Windows password store "
            "(never in a file), and only once the MidOffice has accepted it in step 4."))
        self.layout_.addWidget(self._advanced_section())
        self.layout_.addStretch()
        self._has_token = False  # a token the MidOffice accepted earlier is saved (used while the field is empty)
        self._rejected = False
        self._watching = False
        self._confirmed: bool | None = False
        self.myjack.toggled.connect(self._office_changed)
        self.token.textChanged.connect(self._show_token_hint)

    def _advanced_section(self) -> QWidget:
        """The address of the MidOffice, folded away: only IT changes it (and its own rules may follow)."""
        section = QWidget()
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 8, 0, 0)
        self.advanced = QToolButton()
        self.advanced.setText(self.tr("Advanced"))
        self.advanced.setCheckable(True)
        self.advanced.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced.setAutoRaise(True)
        self.advanced.toggled.connect(self._fold)
        column.addWidget(self.advanced)
        self.advanced_body = QWidget()
        body = QVBoxLayout(self.advanced_body)
        body.setContentsMargins(16, 0, 0, 0)
        self.base_url = QLineEdit()
        self.default_button = QPushButton(self.tr("Default"))
        self.default_button.clicked.connect(lambda: self.base_url.setText(DEFAULT_URLS[self.office()]))
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("Address (base URL):")))
        line.addWidget(self.base_url, 1)
        line.addWidget(self.default_button)
        body.addLayout(line)
        self.default_note = QLabel()
        self.default_note.setWordWrap(True)
        body.addWidget(self.default_note)
        self.base_url.textChanged.connect(self._url_changed)
        column.addWidget(self.advanced_body)
        self.advanced_body.hide()
        return section

    def _fold(self, shown: bool):
        self.advanced.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.advanced_body.setVisible(shown)

    def initializePage(self):
        office = self.context.midoffice
        (self.myjack if office == "myjack" else self.midoco).setChecked(True)
        self.base_url.setText(self.context.base_url)
        if self.base_url.text() != DEFAULT_URLS[office]:
            self.advanced.setChecked(True)  # a changed address is shown, not hidden
        if not self._watching:
            self.wizard().currentIdChanged.connect(self._page_changed)
            self._watching = True
        self._token_state()
        self.focus_once_shown(self.token)  # the one thing to do here: paste the token

    def _page_changed(self, _page_id):
        """Coming back from a failed check (going back does not initialize a page again)."""
        if self.wizard().currentPage() is self:
            self._token_state()

    def _token_state(self):
        self._rejected = self.context.token_rejected
        self._has_token = self.context.has_token()
        self._show_token_hint()

    def _show_token_hint(self, _text=None):
        """What happens to the saved token, said for as long as it matters: it stays in use until the
        MidOffice accepts a new one (a rejected or not yet checked token never replaces it)."""
        parts = []
        if self._rejected:
            parts.append(self.tr("<b>The MidOffice did not accept the token you entered</b>, so it was not saved. "
                                 "Please copy “Parameter 1” again and paste it here."))
        if self._has_token and self.token.text().strip():
            parts.append(self.tr("The saved token (accepted by the MidOffice earlier) stays in use until the "
                                 "MidOffice has accepted the new one in step 4. Empty the field to keep using it."))
        elif self._has_token:
            parts.append(self.tr("A token that the MidOffice accepted is saved. Leave the field empty to keep using "
                                 "it, or paste a new one."))
        self.saved.setText("<br>".join(parts))
        self.completeChanged.emit()

    def _office_changed(self, _checked):
        office = self.office()
        if self.base_url.text() in DEFAULT_URLS.values() or not self.base_url.text():
            self.base_url.setText(DEFAULT_URLS[office])
        self._url_changed()

    def _url_changed(self, _text=None):
        default = DEFAULT_URLS[self.office()]
        self.default_note.setText(self.tr("Only change this when your IT service provider tells you to. "
                                          "The default for {0} is {1}.").replace("{0}", self.office_label())
                                  .replace("{1}", default))
        self.default_button.setEnabled(self.base_url.text().strip() != default)
        self.completeChanged.emit()

    def _toggle(self, shown: bool):
        self.token.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_token.setText(self.tr("Hide") if shown else self.tr("Show"))

    def office(self) -> str:
        return "myjack" if self.myjack.isChecked() else "midoco"

    def office_label(self) -> str:
        return self.myjack.text() if self.myjack.isChecked() else self.midoco.text()

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
