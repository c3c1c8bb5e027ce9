"""One review row (a v1 copy, its decision and what converting it means) and the rules for acting on rows.

Kept apart from the Qt model: these are the words and rules a row carries —
the stable order, what a bulk action may touch, when converting needs the
"is this the same person?" question — and they are tested without a view.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from types import SimpleNamespace

from paxdesk.domain.matching import COMPARED, Difference, Status, explain
from paxdesk.domain.normalize import n2
from paxdesk.domain.plan import ALLOWED, Accept, Action, default_action
from paxdesk.services.matching import LiveRecord, MatchItem
from paxdesk.services.conversion_session import Decision
from paxdesk.ui import texts

WARNINGS = (Status.MINOR, Status.MAJOR)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def search_key(text: str) -> str:
    """What the search box compares: case-insensitive, ü = ue (typed on any keyboard)."""
    return text.casefold().translate(_UMLAUTS)


def stable_key(item: MatchItem) -> tuple:
    """The order across sittings: customer number (numeric ones by value, then others, none last), then CRM id."""
    number = (item.midoffice_id or "").strip()
    return (not number, not number.isdigit(), int(number) if number.isdigit() else 0, number, item.customer_id)


@dataclass(slots=True)
class ReviewRow:
    item: MatchItem
    decision: Decision | None = None
    note: str | None = None
    index: int = 0  # position in the model's stable order
    _explained: str | None = field(default=None, repr=False)

    @property
    def action(self) -> Action:
        return self.decision.action if self.decision else default_action(self.item.status, Accept.NONE)

    @property
    def live(self) -> LiveRecord | None:
        """The record converting points to: the re-link target once fetched, else the copy's own number's."""
        if self.decision and self.decision.relink:
            return self.decision.relink.customer
        return self.item.live

    @property
    def shown_status(self) -> Status:
        """The class the row shows: against the re-link target once fetched (the tabs keep the matched class)."""
        if self.decision and self.decision.relink:
            return self.decision.relink.status
        return self.item.status

    @property
    def number(self) -> str | None:
        """The MidOffice customer no. converting points to: the re-link target's (known before it is fetched)."""
        if self.decision and self.decision.relink_to:
            return self.decision.relink_to
        return self.item.midoffice_id

    @property
    def crm_only(self) -> tuple[str, ...]:
        if self.decision and self.decision.relink:
            return self.decision.relink.crm_only
        return self.item.crm_only

    @property
    def is_open(self) -> bool:
        """A warning nobody has decided yet (every other class has a safe default)."""
        return self.decision is None and self.item.status in WARNINGS

    @property
    def checked(self) -> bool:
        """Decided by the agent row by row (a bulk action does not count as checked)."""
        return self.decision is not None and not self.decision.by_bulk

    def kinds(self) -> dict[str, Difference]:
        """Kind of difference for the compared fields that differ (against the record converting points to)."""
        live = self.live
        if live is None or self.item.crm is None:
            return {}
        crm = self.item.crm
        if self.decision and self.decision.relink:
            names = self.decision.relink.differences
        else:
            names = self.item.differences
        return {name: explain(name, crm, live) for name in names if name in COMPARED}

    def different_person(self) -> bool:
        """A ``major`` whose first or last name still differs under N2: probably someone else."""
        live, crm = self.live, self.item.crm
        if self.item.status != Status.MAJOR or live is None or crm is None:
            return False
        return n2(crm.first_name) != n2(live.first_name) or n2(crm.last_name) != n2(live.last_name)

    def explained(self) -> str:
        if self._explained is None:
            parts = [f"{texts.field_label(name)}: {texts.difference_label(kind)}" for name, kind in self.kinds().items()]
            if self.item.status == Status.ERROR:
                parts.append(texts.error_reason(self.item.error))
            self._explained = "; ".join(parts)
        return self._explained

    def name(self) -> str:
        crm = self.item.crm
        return " ".join(p for p in ((crm.first_name or "") if crm else "", (crm.last_name or "") if crm else "") if p)

    def after_converting(self) -> str:
        """What the agent will see once converted: the live name and e-mail."""
        live = self.live
        if live is None:
            return ""
        name = " ".join(p for p in (live.first_name or "", live.last_name or "") if p)
        return " · ".join(p for p in (name, live.email or "") if p)


def explain_field(name: str, crm: dict, live: LiveRecord | None) -> Difference | None:
    """The kind of difference of any personal field, for the comparison (None: nothing to compare)."""
    if live is None:
        return None
    ours = SimpleNamespace(**{name: crm.get(name)})
    theirs = SimpleNamespace(**{name: getattr(live, name, None)}, other_emails=live.other_emails)
    return explain(name, ours, theirs)


@dataclass
class BulkPlan:
    """What a bulk action will change (per class) and what it leaves alone (and why)."""

    action: Action
    rows: list[ReviewRow] = field(default_factory=list)
    changes: Counter = field(default_factory=Counter)    # Status -> rows changed
    left_alone: Counter = field(default_factory=Counter)  # "major", "decided", "unchanged", "not_possible"


def plan_bulk(rows: list[ReviewRow], action: Action) -> BulkPlan:
    """Never a ``major``, never over an earlier decision, never a row whose action would not change."""
    plan = BulkPlan(action)
    for row in rows:
        status = row.item.status
        if status == Status.MAJOR:
            plan.left_alone["major"] += 1
        elif row.decision is not None:
            plan.left_alone["decided"] += 1
        elif action not in ALLOWED[status]:
            plan.left_alone["not_possible"] += 1
        elif row.action == action:
            plan.left_alone["unchanged"] += 1
        else:
            plan.rows.append(row)
            plan.changes[status] += 1
    return plan
