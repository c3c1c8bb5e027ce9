"""The review's ways to decide — K/L/S, the buttons, R's OK, bulk — each through the model's one gate.

A mixin of ReviewPage. Whatever the way in, the page hands the decision to
``ReviewModel.decide`` (``services/review``) and asks exactly what the verdict
says must be asked: the "probably another person" question names both
records, its default leaves the row undecided. Strings keep the page's
translation context ("ReviewPage"), the one PySide6 looks them up in at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from paxdesk.domain.plan import Action
from paxdesk.services.relink import Candidate
from paxdesk.services.review.gate import Question, Verdict
from paxdesk.services.review.rows import RELINKABLE, ReviewRow, Source
from paxdesk.ui import texts
from paxdesk.ui.guard_dialog import CONVERT, RELINK, SamePersonDialog
from paxdesk.ui.review_bulk import bulk_question, nothing_to_change
from paxdesk.ui.search_dialog import SearchDialog

_T = QCoreApplication  # literal _T.translate("ReviewPage", ...) calls: pyside6-lupdate only finds those


class DecisionFlow:
    """Needs from the page: ``model``, ``table``, ``current_row``, ``say``, ``refresh_labels``, ``_restore``,
    ``_refocus``, ``_load``, ``_shown``, ``_crm``, ``search``, ``background``, ``context``, ``wizard``."""

    def _ask(self, question: Question, offer_relink: bool) -> str | None:
        dialog = SamePersonDialog(question, self, offer_relink)
        self.wizard().dialogs.run(dialog)
        self._refocus()
        return dialog.answer()

    def _through_gate(self, row: ReviewRow, action: Action, source: Source, relink: Candidate | None = None,
                      confirmed: bool = False) -> Verdict | None:
        """Decide one row; ask the gate's question if it has one. None: left undecided (or re-link chosen)."""
        stay = source == Source.RELINK
        verdict = self.model.decide([row], action, source, relink=relink, confirmed=confirmed, stay=stay)
        if verdict.question is not None:
            answer = self._ask(verdict.question, offer_relink=source == Source.KEY)
            if answer == RELINK:
                self.relink()
                return None
            if answer != CONVERT:
                if row.decision is None:
                    self.say(_T.translate("ReviewPage", "Left undecided: {0}.").replace("{0}", row.name()))
                else:
                    self.say(_T.translate("ReviewPage", "Nothing changed: {0} keeps \"{1}\".")
                             .replace("{0}", row.name()).replace("{1}", texts.action_label(row.action)))
                return None
            verdict = self.model.decide([row], action, source, relink=relink, confirmed=True, stay=stay)
        if verdict.refused:
            self.say(_T.translate("ReviewPage", "Cannot convert {0}: {1} — there is no MidOffice record to convert "
                                  "to. Choose L (keep as paxlounge customer) or S (skip).")
                     .replace("{0}", row.name() or row.item.customer_id)
                     .replace("{1}", texts.status_label(row.item.status)))
            return None
        return verdict

    def decide(self, action: Action):
        row = self.current_row()
        if row is None:
            self.say(_T.translate("ReviewPage", "No customer selected."))
            return
        position = self.table.currentIndex().row()
        if self._through_gate(row, action, Source.KEY) is None:
            return
        self.say(_T.translate("ReviewPage", "{0}: {1}").replace("{0}", texts.action_label(action))
                 .replace("{1}", row.name() or row.item.customer_id))
        self.refresh_labels()
        if self.model.position(row) is None:  # left this view (e.g. "Open"): the next row moved up
            following = min(position, self.model.rowCount() - 1)
        else:
            following = min(position + 1, self.model.rowCount() - 1)
        if following >= 0:
            self.table.selectRow(following)

    def bulk(self, action: Action):
        preview = self.model.preview_bulk(action)
        if not preview.changed:
            self.say(nothing_to_change(preview))
            return
        text, yes = bulk_question(preview, self.search.text().strip())
        if self.wizard().dialogs.confirm(self.title(), text, yes):
            done = self.model.decide(preview.changed, action, Source.BULK)
            self.refresh_labels()
            self.say(_T.translate("ReviewPage", "%n customer(s) set to \"{1}\"; Ctrl+Z undoes it.", "",
                                  len(done.changed)).replace("{1}", texts.action_label(action)))
            self._restore(self._shown)  # "Open" was filtered again: the shown customer may have left it
        self._refocus()

    def relink(self):
        row = self.current_row()
        if row is None:
            return
        if row.item.status not in RELINKABLE:  # the gate's rule, said before the dialog opens
            self.say(_T.translate("ReviewPage", "Re-linking needs a MidOffice record: {0}. Choose L or S.").replace(
                "{0}", texts.status_label(row.item.status)))
            return
        crm = self._crm if self._crm.get("id") == row.item.customer_id else {
            "first_name": row.item.crm.first_name, "last_name": row.item.crm.last_name, "email": row.item.crm.email}
        dialog = SearchDialog(self.context, row.item.customer_id, crm, self, self._may_choose(row))
        accepted = self.wizard().dialogs.run(dialog)
        self._refocus()
        if not (accepted and dialog.chosen):
            return
        number, confirmed = dialog.chosen, dialog.confirmed
        self.say(_T.translate("ReviewPage", "Fetching MidOffice customer {0}…").replace("{0}", number))
        self.background(lambda: self.context.relink_target(row.item.customer_id, number),
                        lambda chosen: self._relinked(row, number, chosen, confirmed))

    def _may_choose(self, row: ReviewRow):
        """The re-link dialog's OK asks the gate first: a ``major`` candidate gets the question, in the dialog."""
        def may_choose(candidate: Candidate) -> bool:
            verdict = self.model.review.decide([row], Action.CONVERT, Source.RELINK, relink=candidate, dry_run=True)
            if verdict.question is None:
                return not verdict.refused
            return self._ask(verdict.question, offer_relink=False) == CONVERT
        return may_choose

    def _relinked(self, row: ReviewRow, number: str, chosen, confirmed: Candidate | None):
        if not isinstance(chosen, Candidate):
            why = _T.translate("ReviewPage", "it does not exist (any more)") if chosen.gone \
                else texts.error_reason(chosen.reason)
            self.say(_T.translate("ReviewPage", "Not re-linked: MidOffice customer {0}: {1}.").replace("{0}", number)
                     .replace("{1}", why))
            return
        # Fetched afresh: the confirmation holds only for exactly the record the question named; anything
        # else that is ``major`` now is asked again.
        same = confirmed is not None and confirmed.customer == chosen.customer
        if self._through_gate(row, Action.CONVERT, Source.RELINK, relink=chosen, confirmed=same) is None:
            return
        self.refresh_labels()
        self.say(_T.translate("ReviewPage", "Re-linked to {0}; the comparison shows that record.").replace(
            "{0}", number))
        position = self.model.position(row)
        if position is not None:
            self.table.selectRow(position)
        if row is self._shown:
            self._load(row)
