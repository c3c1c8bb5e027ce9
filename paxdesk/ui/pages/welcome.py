import html
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from paxdesk.ui import texts
from paxdesk.ui.pages.base import Page


class WelcomePage(Page):
    """What will happen, and — when paxdesk was closed halfway — "Fortsetzen" at the step reached.

    Kept plain (text, then one box per choice) so another path can be added as a box of its own.
    """

    def __init__(self):
        super().__init__(self.tr("Welcome"), self.tr("Convert your MidOffice customers to the new connection"))
        self.intro = self.note(self.tr(
            "<p>Until now, the CRM kept a <b>copy</b> of each MidOffice customer's personal data (v1). "
            "The new connection (v2) keeps only the <b>customer number</b> and loads the data live from "
            "the MidOffice, so it is always current and customers deleted there disappear here too.</p>"
            "<p>This assistant converts your copies in nine steps:</p>"
            "<ol><li>This overview.</li>"
            "<li>Choose the MidOffice and enter the token.</li>"
            "<li>Make sure your colleagues are logged out.</li>"
            "<li>paxdesk checks the token.</li>"
            "<li>paxdesk compares every copy with the MidOffice.</li>"
            "<li>You review the differences and decide.</li>"
            "<li>Convert: a backup is written, then the CRM is changed.</li>"
            "<li>You decide about customers that were deleted in the MidOffice (GDPR).</li>"
            "<li>The report.</li></ol>"))
        self.promise = self.note(self.tr(
            "<p><b>The CRM changes only in step 7</b>, when you click “Convert now” — after a backup. "
            "Until then you can go back at any time, and you can quit: your decisions are kept.</p>"))
        # A conversion stopped during step 7 (crash, power cut, kill): said before anything else.
        self.interrupted = QLabel()
        self.interrupted.setWordWrap(True)
        self.interrupted.setFrameShape(QFrame.Shape.StyledPanel)
        self.interrupted.setStyleSheet("QLabel { background:#fff4ce; color:#000000; padding:6px; }")
        self.interrupted.hide()
        self.layout_.addWidget(self.interrupted)
        self.resume_box = QFrame()
        self.resume_box.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self.resume_box)
        self.resume_text = QLabel()
        self.resume_text.setWordWrap(True)
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self._resume)
        box.addWidget(self.resume_text)
        row = QHBoxLayout()
        row.addWidget(self.resume_button)
        row.addStretch()
        box.addLayout(row)
        self.resume_box.hide()
        self.layout_.addWidget(self.resume_box)
        self.layout_.addStretch()
        from paxdesk.ui.migration.entry import migration_button
        self.migrate = migration_button(self)
        self.button_row(self.migrate)
        self.reached = None

    def initializePage(self):
        self.background(self.context.interrupted, self._show_interrupted)
        self.background(self.context.finished, self._show_finished)
        reached = self.context.reached()
        pages = self.wizard().pages
        if reached is None or (reached.page < 2 and not reached.run_id):
            self.reached = None
            self.resume_box.hide()
            return
        self.reached = reached
        step = min(reached.page, len(pages) - 1)
        if reached.run_id:
            step = max(step, pages.index(self.wizard()._gdpr_page()))
        self.resume_text.setText(self.tr(
            "Last time you stopped at <b>step {0} of {1}: {2}</b> ({3}). Your decisions are saved. "
            "Continue there, or click “Next” to go through the steps from the start.")
            .replace("{0}", str(step + 1)).replace("{1}", str(len(pages))).replace("{2}", pages[step].name)
            .replace("{3}", texts.moment_text(reached.at)))
        self.resume_button.setText(self.tr("Continue at step {0}").replace("{0}", str(step + 1)))
        self.resume_box.show()
        self.resume_button.setFocus()

    def _show_interrupted(self, found) -> None:
        """What an agent must know after an interrupted conversion, and how to finish it."""
        if found is None:
            self.interrupted.hide()
            return
        self.state.crm_changed = True
        self.state.interrupted = found  # the checkpoint and the result page say it too
        self.promise.hide()  # "the CRM changes only in step 7" is no longer true
        started = datetime.fromisoformat(found.started_at).astimezone()
        text = self.tr("<b>A conversion was interrupted</b> (started on {0}). %n customer(s) were already "
                       "converted (to a MidOffice reference, or kept as a paxlounge customer); every other "
                       "customer is unchanged — nobody is half converted. The backup "
                       "of the state before the conversion: {2}.<br>To finish it, go through the steps again: "
                       "step 7 converts the remaining customers, and the report covers both attempts.", "",
                       found.changed)
        self.interrupted.setText(text.replace("{0}", texts.moment_text(started))
                                 .replace("{2}", html.escape(Path(found.backup).name) if found.backup else "–"))
        self.interrupted.show()

    def _show_finished(self, found) -> None:
        """After a finished conversion "the CRM changes only in step 7" is no longer true: what was done, and
        what remains."""
        if found is None:
            return
        self.state.crm_changed = True
        done, gdpr_open = found
        at = datetime.fromisoformat(done.finished_at).astimezone() if done.finished_at else None
        text = self.tr("<p><b>A conversion was completed</b> on {0}. Customers now referring to the MidOffice: "
                       "{1}; kept as paxlounge customers: {2}. Going through the steps again converts the copies "
                       "that are left (for example those skipped); the CRM changes again only in step 7, after a "
                       "new backup.</p>")
        text = (text.replace("{0}", texts.moment_text(at) if at else "–")
                .replace("{1}", str(done.converted)).replace("{2}", str(done.kept_local)))
        if gdpr_open:
            text += self.tr("<p><b>Still to do:</b> %n customer(s) deleted in the MidOffice await your GDPR "
                            "decision (keep, delete or anonymize) in step 8.</p>", "", gdpr_open)
        self.promise.setText(text)

    def _resume(self):
        reached, self.reached = self.reached, None
        if reached is not None:
            self.wizard().resume(reached)

    def validatePage(self) -> bool:
        if self.reached is not None and self.wizard()._resume_to is None:
            self.context.forget_progress()  # starting from the beginning: the old step no longer counts
            self.reached = None
        return True
