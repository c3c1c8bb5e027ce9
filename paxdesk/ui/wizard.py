"""The conversion wizard: nine pages over one shared state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWizard

from paxdesk.domain.matching import Status
from paxdesk.domain.report import Report
from paxdesk.services.conversion_session import ConversionSession
from paxdesk.ui.dialogs import Dialogs
from paxdesk.ui.heap import settle_heap
from paxdesk.ui.pages.check import CheckPage
from paxdesk.ui.pages.convert import ConvertPage
from paxdesk.ui.pages.finish import FinishPage
from paxdesk.ui.pages.gdpr import GdprPage
from paxdesk.ui.pages.matching import MatchingPage
from paxdesk.ui.pages.midoffice import MidOfficePage
from paxdesk.ui.pages.preparation import PreparationPage
from paxdesk.ui.pages.review import ReviewPage
from paxdesk.ui.pages.welcome import WelcomePage
from paxdesk.ui.review_model import ReviewModel
from paxdesk.ui.step_wizard import StepWizard


class WizardState:
    """What the pages share: the context (services), the review model (over the Qt-free review state), the
    final report."""

    def __init__(self, context: ConversionSession, german: bool):
        self.context = context
        self.german = german
        self.model = ReviewModel()
        self.report: Report | None = None
        self.dropped: list | None = None  # "In MidOffice nachtragen": the values read before the apply
        self.crm_changed = False  # an earlier conversion (finished or interrupted) changed this CRM already
        self.interrupted = None   # the interrupted conversion this sitting finishes (run_report.Interrupted)

    def known_names(self) -> tuple[dict[str, str], dict[str, str]]:
        """Names this sitting has for the people's report: the CRM copies' (customer id -> name) and the
        MidOffice records' the rows point to (number -> name there, a re-link's target's)."""
        crm, midoffice = {}, {}
        for row in self.model.rows():
            if row.name():
                crm[row.item.customer_id] = row.name()
            live = row.live
            if live is not None and row.number:
                midoffice[row.number] = live.name
        return crm, midoffice

    def set_outcome(self, outcome) -> None:
        self.model.set_items(outcome.items, outcome.decisions, outcome.changed_since)
        settle_heap()

    def plan(self):
        """What the apply gets: the review state's plan (the decisions as the gate let them stand)."""
        return self.model.review.plan()


class ConversionWizard(StepWizard):
    def __init__(self, context: ConversionSession, german: bool = True, migration_defaults=None):
        super().__init__()
        self.migration_defaults = migration_defaults  # MigrationSources the migration wizard starts with (demo)
        self.setWindowTitle(self.tr("paxdesk — customer conversion"))
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< &Back")),
                             (QWizard.WizardButton.NextButton, self.tr("&Next >")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Finish"))):
            self.setButtonText(button, text)
        self.state = WizardState(context, german)
        self.dialogs = Dialogs(self)
        self.pages = self.add_steps([WelcomePage(), MidOfficePage(), PreparationPage(), CheckPage(), MatchingPage(),
                                     ReviewPage(), ConvertPage(), GdprPage(), FinishPage()])
        for page in self.pages:
            page.completeChanged.connect(self._resume_later)
            for button in page.findChildren(QPushButton):
                button.setAutoDefault(False)  # Enter always means "Weiter", never a button that had focus
        self.setMinimumSize(self.MINIMUM)
        self.resize(self.PREFERRED)
        self._resume_to: int | None = None
        self.currentIdChanged.connect(self._page_reached)
        self.button(QWizard.WizardButton.BackButton).clicked.connect(self._stop_resuming)
        self.finished.connect(self._shutdown)
        settle_heap()

    # -- leaving: Esc, Abbrechen and the window's close box ask first ------------------------------------
    def reject(self) -> None:
        if self.dialogs.confirm(self.tr("Quit paxdesk?"), self._quit_question(), self.tr("Quit")):
            super().reject()

    def _quit_question(self) -> str:
        page = self.currentPage()
        if page is not None and page.busy():
            return self.tr("The conversion is running. If you quit now, it stops after the current customer: "
                           "customers converted so far stay converted, all others stay unchanged. Quit anyway?")
        if self.currentId() >= self.pages.index(self._gdpr_page()) or self.state.report is not None:
            return self.tr("Quit paxdesk? The conversion is finished; your GDPR decisions so far are saved. "
                           "Next time paxdesk offers to continue here.")
        if self.state.crm_changed:  # by an earlier conversion: "nothing changed yet" would be untrue
            return self.tr("Quit paxdesk? Your decisions are kept; this sitting has changed nothing in the CRM. "
                           "Next time paxdesk offers to continue at this step.")
        return self.tr("Quit paxdesk? Your decisions are kept, and nothing in the CRM has been changed yet. "
                       "Next time paxdesk offers to continue at this step.")

    def accept(self) -> None:
        gdpr = self._gdpr_page()
        if gdpr.customers:  # open DSGVO customers: next time paxdesk offers to continue at their step
            self.state.context.remember_page(self.pages.index(gdpr))
        else:
            self.state.context.forget_progress()  # finished: nothing to continue next time
        super().accept()

    # -- continuing where the agent stopped --------------------------------------------------------------
    def _gdpr_page(self):
        return self.pages[7]

    def _page_reached(self, page_id: int) -> None:
        if page_id > 1:  # steps 1 and 2 are no place to continue at: a further step stays the one offered
            self.state.context.remember_page(page_id)
        if self._resume_to is not None and page_id >= self._resume_to:
            self._stop_resuming()
        self._resume_later()

    def resume(self, reached) -> None:
        """Go on at ``reached.page``: after an applied conversion straight to the DSGVO step, otherwise
        through the steps before it, each advancing by itself once it is complete (a failed check stops)."""
        report = self.state.context.last_report() if reached.run_id else None
        if report is not None:
            self.state.report = report
            self.setStartId(max(reached.page, self.pages.index(self._gdpr_page())))
            self.restart()
            return
        self._resume_to = reached.page
        QApplication.instance().installEventFilter(self)  # a key the agent presses ends the resume
        self._resume_later()

    def _stop_resuming(self) -> None:
        self._resume_to = None
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While resuming: the agent typing or clicking (a token, "Einfügen") takes over, so a page that became
        complete by the agent's hand is never left by itself — the resume moves to a page once, then hands over."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) and self._resume_to is not None:
            self._stop_resuming()
        return False

    def _resume_later(self) -> None:
        if self._resume_to is not None:
            QTimer.singleShot(0, self, self._resume_step)  # with the wizard as context: not once closed

    def _resume_step(self) -> None:
        page = self.currentPage()
        if self._resume_to is None or page is None or self.currentId() >= self._resume_to:
            return
        if QApplication.activeModalWidget() is not None:
            # The agent is being asked something (e.g. "continue although colleagues are logged in?"): from
            # here the agent goes on, never the resume behind an open question.
            self._stop_resuming()
            return
        if page.isComplete() and self.button(QWizard.WizardButton.NextButton).isEnabled():
            self.next()

    def _shutdown(self, _result=None) -> None:
        self._stop_resuming()
        for page in self.pages:
            page.stop_workers()
        self.state.context.close()


__all__ = ["ConversionWizard", "WizardState", "Status"]
