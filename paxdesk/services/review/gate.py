"""The decision gate of CONTRACT §4.3, once for every way in (key, button, Enter, double click, re-link, bulk, file).

Converting a customer whose record is ``major`` against the copy is one decision
that names both records and is confirmed as such; bulk actions never convert a
``major`` and never change an earlier decision. ``ReviewState.decide`` asks this
module and returns a ``Verdict``: what changed, or the question the face must ask.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from paxdesk.domain.matching import Person, Status
from paxdesk.domain.normalize import n2
from paxdesk.domain.plan import ALLOWED, Action
from paxdesk.services.matching import LiveRecord
from paxdesk.services.relink import Candidate
from paxdesk.services.review.rows import RELINKABLE, ReviewRow, Source


@dataclass(frozen=True)
class Question:
    """Asked before a ``major`` conversion: the copy and the record it would become, both named."""

    row: ReviewRow
    crm: Person
    live: LiveRecord
    number: str
    relink: Candidate | None = None

    @property
    def same_names(self) -> bool:
        """Names equal under N2 (the e-mail is what differs): the question names both e-mails."""
        return (n2(self.crm.first_name) == n2(self.live.first_name)
                and n2(self.crm.last_name) == n2(self.live.last_name))


@dataclass
class Verdict:
    """What a decision did or needs: ``changed`` rows, else a ``question`` to ask, else why it was ``refused``."""

    action: Action
    source: Source
    changed: list[ReviewRow] = field(default_factory=list)
    question: Question | None = None
    refused: str | None = None  # "not_possible" (for the row's class); the UI words it
    changes: Counter = field(default_factory=Counter)     # Status -> rows changed (bulk)
    left_alone: Counter = field(default_factory=Counter)  # "major", "decided", "unchanged", "not_possible"
    losing_crm_only: int = 0  # of the changed rows, how many drop data that only the CRM has (converting)


def target_status(row: ReviewRow, relink: Candidate | None) -> Status:
    """The class the decision is judged by: the chosen record's for a re-link, else the copy's own number's
    (a K on a re-linked row converts to the copy's own number again)."""
    return relink.status if relink is not None else row.item.status


def allowed(row: ReviewRow, action: Action, relink: Candidate | None) -> bool:
    """A re-link needs a copy whose own record answered (the wizard offers R only there, a file the same)."""
    if relink is not None:
        return action == Action.CONVERT and row.item.status in RELINKABLE
    return action in ALLOWED[row.item.status]


def question_for(row: ReviewRow, action: Action, relink: Candidate | None, confirmed: bool) -> Question | None:
    """The question a single decision needs before it may stand (None: it may stand as it is)."""
    if action != Action.CONVERT or confirmed or target_status(row, relink) != Status.MAJOR:
        return None
    live = relink.customer if relink is not None else row.item.live
    crm = row.item.crm or Person(None, None, None)
    return Question(row, crm, live, relink.number if relink is not None else (row.item.midoffice_id or ""), relink)


def sort_bulk(verdict: Verdict, rows: list[ReviewRow]) -> None:
    """Never over an earlier decision, never a ``major``, never a row whose action would not change. A decided
    row counts as decided whatever its class (a re-linked ``major`` is no longer one: the tabs say so too)."""
    for row in rows:
        status = row.item.status
        if row.decision is not None:
            verdict.left_alone["decided"] += 1
        elif status == Status.MAJOR:
            verdict.left_alone["major"] += 1
        elif verdict.action not in ALLOWED[status]:
            verdict.left_alone["not_possible"] += 1
        elif row.action == verdict.action:
            verdict.left_alone["unchanged"] += 1
        else:
            verdict.changed.append(row)
            verdict.changes[status] += 1
    if verdict.action == Action.CONVERT:
        verdict.losing_crm_only = sum(1 for row in verdict.changed if row.item.crm_only)
