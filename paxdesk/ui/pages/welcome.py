from paxdesk.ui.pages.base import Page


class WelcomePage(Page):
    def __init__(self):
        super().__init__(self.tr("Welcome"), self.tr("Convert your MidOffice customers to the new connection"))
        self.note(self.tr(
            "<p>Until now, the CRM kept a <b>copy</b> of each MidOffice customer's personal data (v1). "
            "The new connection (v2) keeps only the <b>customer number</b> and loads the data live from "
            "the MidOffice, so it is always current and customers deleted there disappear here too.</p>"
            "<p>This assistant converts your copies step by step:</p>"
            "<ol><li>Choose the MidOffice and enter the token.</li>"
            "<li>Make sure your colleagues are logged out.</li>"
            "<li>Check the token.</li>"
            "<li>Compare every copy with the MidOffice.</li>"
            "<li>Review the differences and decide.</li>"
            "<li>Convert — a backup is written first.</li>"
            "<li>Decide about customers that were deleted in the MidOffice (GDPR).</li></ol>"
            "<p>Nothing is changed before step 6, and you can go back at any time until then.</p>"))
        self.layout_.addStretch()
        from paxdesk.ui.migration.entry import migration_button
        self.migrate = migration_button(self)
        self.button_row(self.migrate)
