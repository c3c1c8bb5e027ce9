"""What the conversion and the migration wizard share: one look, numbered steps, a size from the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWizard

from paxdesk.ui.window_fit import fit_to_screen


class StepWizard(QWizard):
    """A QWizard in the modern style without Back or Cancel on its last page, whose pages say "step n of N".

    Each wizard keeps its own title and pages (and may size itself otherwise); the two share no state.
    """

    PREFERRED = QSize(1180, 780)  # on a large screen; smaller screens get what they have
    MINIMUM = QSize(760, 500)     # everything still reachable (pages scroll) at 1366×768 with 125 % scaling

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)

    def add_steps(self, pages: list) -> list:
        """Add ``pages`` in order, each told its step number and the count; returns them."""
        for number, page in enumerate(pages, start=1):
            page.set_step(number, len(pages))
            self.addPage(page)
        return pages

    def fit_to_screen(self, screen: QScreen | None = None) -> None:
        """As large as PREFERRED where the screen allows, never larger than its free area, centred on it."""
        fit_to_screen(self, self.PREFERRED, self.MINIMUM, screen)
