"""One review row — a v1 copy, its decision and what converting it means — without Qt.

Everything a row says about itself is read against the record converting points
to: the re-link target once chosen, else the copy's own number's record. So the
status column, the tabs, the checkpoint and the report all see the same class.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from paxdesk.domain.matching import COMPARED, Difference, Status, explain
from paxdesk.domain.plan import Accept, Action, default_action
from paxdesk.services.matching import LiveRecord, MatchItem
from paxdesk.services.relink import Candidate

WARNINGS = (Status.MINOR, Status.MAJOR)
RELINKABLE = (Status.MATCH, Status.MINOR, Status.MAJOR)  # a copy whose own record answered: it can be re-linked
RELINK_SEEN = "r:"  # ``status_seen`` of a saved re-link: the class of its target, marked as such


class Source(StrEnum):
    """Which way a decision came in (every one goes through ``ReviewState.decide``)."""

    KEY = "key"          # K/L/S, a button, the "probably another person" question
    RELINK = "relink"    # the re-link dialog's OK
    BULK = "bulk"        # "… all in this view"
    FILE = "file"        # a ``--decisions`` file
    EARLIER = "earlier"  # saved in an earlier sitting and still valid


@dataclass
class Decision:
    """The agent's (or the decisions file's) choice for one copy; ``relink_to`` is another customer number."""

    action: Action
    relink_to: str | None = None
    from_earlier_sitting: bool = False
    relink: Candidate | None = None  # the re-link target as fetched and judged when chosen
    source: Source = Source.KEY

    @property
    def by_bulk(self) -> bool:
        """Made by a bulk action: not counted as checked by the agent."""
        return self.source == Source.BULK


def still_holds(status_seen: str | None, now: Status, relink: bool = False) -> bool:
    """The class-changed rule, once: a decision stands only while the class it was made for is the class now
    (for a re-link: its target's class, saved with the mark ``RELINK_SEEN`` — a re-link saved without it
    was never judged against its target, so it does not stand)."""
    return status_seen == (RELINK_SEEN if relink else "") + str(now)


def status_seen(item: MatchItem, decision: "Decision") -> str:
    """What ``still_holds`` compares with later: the class the decision was made for."""
    return RELINK_SEEN + str(decision.relink.status) if decision.relink else str(item.status)


@dataclass(slots=True)
class ReviewRow:
    item: MatchItem
    decision: Decision | None = None
    changed: bool = False  # an earlier decision was dropped because the class changed: the UI says so
    index: int = 0         # position in the stable order

    @property
    def action(self) -> Action:
        return self.decision.action if self.decision else default_action(self.item.status, Accept.NONE)

    @property
    def relink(self) -> Candidate | None:
        return self.decision.relink if self.decision else None

    @property
    def live(self) -> LiveRecord | None:
        """The record converting points to: the re-link target, else the copy's own number's."""
        relink = self.relink
        return relink.customer if relink else self.item.live

    @property
    def status(self) -> Status:
        """The class against the record converting points to (the re-link target's once chosen)."""
        relink = self.relink
        return relink.status if relink else self.item.status

    @property
    def differences(self) -> tuple[str, ...]:
        relink = self.relink
        return relink.differences if relink else self.item.differences

    @property
    def number(self) -> str | None:
        """The MidOffice customer no. converting points to."""
        if self.decision and self.decision.relink_to:
            return self.decision.relink_to
        return self.item.midoffice_id

    @property
    def crm_only(self) -> tuple[str, ...]:
        relink = self.relink
        return relink.crm_only if relink else self.item.crm_only

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
        live, crm = self.live, self.item.crm
        if live is None or crm is None:
            return {}
        return {name: explain(name, crm, live) for name in self.differences if name in COMPARED}

    def name(self) -> str:
        crm = self.item.crm
        return " ".join(p for p in ((crm.first_name or "") if crm else "", (crm.last_name or "") if crm else "") if p)

    def after_converting(self) -> str:
        """What the agent will see once converted: the live name and e-mail."""
        live = self.live
        if live is None:
            return ""
        return " · ".join(p for p in (live.name, live.email or "") if p)


def stable_key(item: MatchItem) -> tuple:
    """The order across sittings: customer number (numeric ones by value, then others, none last), then CRM id."""
    number = (item.midoffice_id or "").strip()
    return (not number, not number.isdigit(), int(number) if number.isdigit() else 0, number, item.customer_id)


# The tabs of the review, as facts about a row (titles and hints are the UI's words).
FILTERS = ("all", "open", "auto", "warnings", "deleted", "error", "no_reference", "duplicates", "crm_only")
IN_FILTER = {
    "all": lambda r: True,
    "open": lambda r: r.is_open,
    "auto": lambda r: r.status == Status.MATCH,
    "warnings": lambda r: r.status in WARNINGS,
    "deleted": lambda r: r.status == Status.DELETED,
    "error": lambda r: r.status == Status.ERROR,
    "no_reference": lambda r: r.status == Status.NO_REFERENCE,
    "duplicates": lambda r: r.item.duplicate,
    "crm_only": lambda r: bool(r.crm_only),
}


# Of those, the tabs a decision can move a row in or out of (the others depend on matching alone).
BY_DECISION = ("open", "auto", "warnings", "crm_only")
