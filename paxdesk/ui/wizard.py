"""The conversion wizard: nine pages over one shared state."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from paxdesk.domain.matching import Status
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
from paxdesk.ui import texts


class WizardState:
    """What the pages share: the context (services), the review model, the final report."""

    def __init__(self, context: ConversionSession, german: bool):
        self.context = context
        self.german = german
        self.model = ReviewModel()
        self.report: dict | None = None

    def set_outcome(self, outcome) -> None:
        self.model.set_items(outcome.items, outcome.decisions, outcome.changed_since)
        settle_heap()

    def plan(self):
        rows = self.model.rows()
        return self.context.plan([r.item for r in rows], {r.item.customer_id: r.decision for r in rows if r.decision})

    def take_changed(self, fresh) -> list:
        """Apply re-fetched items; rows whose class changed lose their decision and get a note (returned)."""
        by_id = {item.customer_id: item for item in fresh}
        changed = []
        for row in self.model.rows():
            new = by_id.get(row.item.customer_id)
            if new is None:
                continue
            if new.status != row.item.status:
                row.item, row.decision, row._explained = new, None, None
                row.note = texts.tr("The class changed since your earlier decision: please check again.")
                changed.append(row)
            elif row.decision:
                row.decision.from_earlier_sitting = False
        if changed:
            self.model.items_changed()
            self.model.set_filter(self.model.filter)
        return changed


class ConversionWizard(QWizard):
    def __init__(self, context: ConversionSession, german: bool = True):
        super().__init__()
        self.setWindowTitle(self.tr("paxdesk — customer conversion"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(1180, 780)
        self.state = WizardState(context, german)
        self.dialogs = Dialogs(self)
        self.pages = [WelcomePage(), MidOfficePage(), PreparationPage(), CheckPage(), MatchingPage(), ReviewPage(),
                      ConvertPage(), GdprPage(), FinishPage()]
        for page in self.pages:
            self.addPage(page)
        self.finished.connect(self._shutdown)
        settle_heap()

    def _shutdown(self, _result=None) -> None:
        for page in self.pages:
            page.stop_workers()
        self.state.context.close()


__all__ = ["ConversionWizard", "WizardState", "Status"]
