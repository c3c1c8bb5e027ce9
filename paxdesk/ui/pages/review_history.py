"""The review's decision history: Ctrl+Z back to the undone row, and saves in the order decisions were made.

A mixin of ReviewPage (it works on the page's model, table and status line);
its strings keep the page's translation context ("ReviewPage"), which is the
one PySide6 looks them up in at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_T = QCoreApplication  # literal _T.translate("ReviewPage", ...) calls: pyside6-lupdate only finds those


class DecisionHistory:
    """Needs from the page: ``model``, ``_shown``, ``refresh_labels``, ``_restore``, ``say``, ``_load``,
    ``background``, ``context``, ``show_error``; sets up ``_unsaved`` and ``_saving`` itself."""

    def _init_history(self) -> None:
        self._unsaved: dict = {}  # customer id -> (item, decision) not yet handed to a save
        self._saving = False

    def undo(self):
        """Take back the last decision and stay on (or go back to) the row it was about, so the next key works."""
        rows = self.model.undo() if self.model else []
        if not rows:
            return
        self.refresh_labels()
        undone = rows[0] if len(rows) == 1 else self._shown
        self._restore(undone if undone is not None and self.model.position(undone) is not None else self._shown)
        if len(rows) == 1:
            self.say(_T.translate("ReviewPage", "Undone: {0}").replace("{0}", undone.name() or undone.item.customer_id))
        else:
            self.say(_T.translate("ReviewPage", "Undone for %n customer(s).", "", len(rows)))
        if self._shown is not None:
            self._load(self._shown)

    def _persist(self, rows):
        """Save decisions in the order they were made: one save at a time, later ones merged while it runs
        (two saves on two threads could land in the wrong order and bring back an undone decision)."""
        for row in rows:
            self._unsaved[row.item.customer_id] = (row.item, row.decision)
        if not self._saving:
            self._save_next()

    def _save_next(self, _result=None):
        if not self._unsaved:
            self._saving = False
            return
        pairs, self._unsaved = list(self._unsaved.values()), {}
        self._saving = True

        def failed(exc):
            self._saving = False
            self.show_error(exc)
        self.background(lambda: self.context.save_decisions(pairs), self._save_next, failed)
