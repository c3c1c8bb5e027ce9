"""The review's state without Qt: rows, decisions, undo, counts, the class-changed rule and the plan.

The shape Anki uses (``pylib`` state under a thin ``aqt`` model): the wizard's
table model only displays this, the CLI fills it from a decisions file, and
both hand ``plan()`` to the apply. Every decision — whatever its source — goes
through ``decide``, which applies the decision gate (``gate.py``).
Fast for 100,000 rows: counts are kept, and one decision adjusts them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from paxdesk.domain.plan import Accept, Action
from paxdesk.services.conversion import PlannedItem, build_plan
from paxdesk.services.matching import MatchItem
from paxdesk.services.relink import Candidate, as_relinked
from paxdesk.services.review import gate
from paxdesk.services.review.gate import Verdict
from paxdesk.services.review.rows import (BY_DECISION, FILTERS, IN_FILTER, WARNINGS, Decision, ReviewRow, Source,
                                          stable_key)


class ReviewState:
    def __init__(self, items: Iterable[MatchItem] = (), decisions: Mapping[str, Decision] | None = None,
                 changed_since: set[str] | None = None):
        decisions = decisions or {}
        changed_since = changed_since or set()
        unjudged = [cid for cid, d in decisions.items() if d.relink_to and d.relink is None]
        if unjudged:  # a re-link is judged against its target before it may stand (the gate needs the record)
            raise ValueError(f"re-link decisions without their fetched target: {unjudged[:3]}")
        ordered = sorted(items, key=stable_key)
        self.rows = [ReviewRow(i, decisions.get(i.customer_id), i.customer_id in changed_since, n)
                     for n, i in enumerate(ordered)]
        self._by_id = {row.item.customer_id: row for row in self.rows}
        self._undo: list[list[tuple[ReviewRow, Decision | None]]] = []
        self.recount()

    # -- facts -----------------------------------------------------------------------------------------
    def recount(self) -> None:
        """Count every tab afresh (after statuses changed; a decision adjusts the counts itself)."""
        self._counts = {key: sum(1 for r in self.rows if IN_FILTER[key](r)) for key in FILTERS}
        self._needs = sum(1 for r in self.rows if r.status in WARNINGS)
        self._checked = sum(1 for r in self.rows if r.status in WARNINGS and r.checked)

    def counts(self) -> dict[str, int]:
        """Rows per tab — the same facts the checkpoint and the report count (``tally``)."""
        return dict(self._counts)

    def row(self, customer_id: str) -> ReviewRow | None:
        return self._by_id.get(customer_id)

    def needs_review(self) -> int:
        """Warnings — as the tab counts them: against the record each row converts to."""
        return self._needs

    def reviewed(self) -> int:
        """Of those, the ones decided row by row (a bulk decision does not count)."""
        return self._checked

    def decided(self) -> set[str]:
        return {r.item.customer_id for r in self.rows if r.decision}

    # -- deciding: every way in ---------------------------------------------------------------------------
    def decide(self, rows: list[ReviewRow], action: Action, source: Source, *, relink: Candidate | None = None,
               confirmed: bool = False, dry_run: bool = False) -> Verdict:
        """Decide ``rows`` through the gate. A bulk ``source`` sorts the rows (majors and earlier decisions left
        alone); any other decides one row and returns the question a ``major`` conversion needs unless
        ``confirmed``. ``dry_run`` only says what would happen (for the bulk question)."""
        verdict = Verdict(action, source)
        if relink is not None and rows and relink.number == rows[0].item.midoffice_id:
            relink = None  # "re-linked" to its own number: a plain decision, judged against that record
        if source == Source.BULK:
            gate.sort_bulk(verdict, rows)
        else:
            (row,) = rows
            if not gate.allowed(row, action, relink) and (source != Source.FILE or relink is not None):
                # (a file's impossible plain decision is kept: the plan skips the customer and says why)
                verdict.refused = "not_possible"
                return verdict
            verdict.question = gate.question_for(row, action, relink, confirmed)
            if verdict.question is not None:
                return verdict
            verdict.changed.append(row)
            verdict.losing_crm_only = int(action == Action.CONVERT and bool(
                relink.crm_only if relink else row.item.crm_only))
        if dry_run or not verdict.changed:
            return verdict
        self._undo.append([(r, r.decision) for r in verdict.changed])
        for row in verdict.changed:
            self._set(row, Decision(action, relink.number if relink else None, relink=relink, source=source))
        return verdict

    def undo(self) -> list[ReviewRow]:
        """Take back the last decision (one row or one bulk action); the rows it touched (none: nothing to undo)."""
        if not self._undo:
            return []
        entries = self._undo.pop()
        for row, previous in entries:
            self._set(row, previous)
        return [row for row, _ in entries]

    def _set(self, row: ReviewRow, decision: Decision | None) -> None:
        before = [IN_FILTER[key](row) for key in BY_DECISION]
        was_warning, was_checked = row.status in WARNINGS, row.status in WARNINGS and row.checked
        row.decision = decision
        row.changed = False
        for key, was in zip(BY_DECISION, before):
            self._counts[key] += IN_FILTER[key](row) - was
        self._needs += (row.status in WARNINGS) - was_warning
        self._checked += (row.status in WARNINGS and row.checked) - was_checked

    # -- the class-changed rule ------------------------------------------------------------------------------
    def take_fresh(self, fresh: Iterable[MatchItem]) -> list[ReviewRow]:
        """Re-fetched items replace theirs; a row whose class changed loses its decision and is marked."""
        by_id = {item.customer_id: item for item in fresh}
        changed = []
        for row in self.rows:
            new = by_id.get(row.item.customer_id)
            if new is None:
                continue
            if new.status != row.item.status:
                row.item, row.decision, row.changed = new, None, True
                changed.append(row)
            elif row.decision:
                row.decision.from_earlier_sitting = False
        if changed:
            self.recount()
            self._undo.clear()  # an undo must not bring back a decision made for the class before
        return changed

    # -- what the apply gets ------------------------------------------------------------------------------
    def plan(self, accept: Accept = Accept.NONE) -> list[PlannedItem]:
        """Each copy with its action; a re-linked one as it will be applied (judged against its target)."""
        items = [as_relinked(r.item, r.decision.relink) if r.relink else r.item for r in self.rows]
        decisions = {r.item.customer_id: r.decision for r in self.rows if r.decision}
        return build_plan(items, accept, {k: d.action for k, d in decisions.items()},
                          {k: d.relink_to for k, d in decisions.items() if d.relink_to})
