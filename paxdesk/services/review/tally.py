"""The counts every face shows, from one place: the review's tabs, the checkpoint, the result page, the reports.

Each number is a fact about the plan's items (judged against the record each
converts to — a re-link's target), so a customer counted as "große Abweichung"
on the checkpoint is one in the report and in the tab, and a re-link is
counted as a re-link wherever it appears.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action, Outcome
from paxdesk.domain.report import Summary
from paxdesk.services.conversion import PlannedItem
from paxdesk.services.review.rows import WARNINGS


@dataclass
class Tally:
    statuses: Counter = field(default_factory=Counter)   # Status -> items
    actions: Counter = field(default_factory=Counter)    # Action -> items
    outcomes: Counter = field(default_factory=Counter)   # outcome -> items (after the apply)
    duplicates: int = 0
    with_crm_only: list[str] = field(default_factory=list)     # customer ids (every class and action)
    crm_only_dropped: list[str] = field(default_factory=list)  # ... of those, the ones converted
    major_converted: list[str] = field(default_factory=list)
    relinked: list[str] = field(default_factory=list)          # converted to another MidOffice customer
    merged: list[str] = field(default_factory=list)            # merged into another CRM customer (applied)
    open_warnings: list[str] = field(default_factory=list)     # warnings nobody decided (skipped)

    def summary(self, dry_run: bool) -> Summary:
        """The JSON report's ``summary`` (CONTRACT §4.3) and the two counts it adds: re-links and merges."""
        return Summary(total=sum(self.statuses.values()), **{s.value: self.statuses.get(s, 0) for s in Status},
                       duplicates=self.duplicates, with_crm_only=len(self.with_crm_only),
                       **{o.value: 0 if dry_run else self.outcomes.get(o, 0) for o in Outcome},
                       relinked=len(self.relinked), merged=len(self.merged))


def tally(plan: list[PlannedItem], decided: set[str] | frozenset = frozenset()) -> Tally:
    """Count the plan; ``decided`` (the review's decided ids) tells open warnings from decided ones."""
    result = Tally()
    for p in plan:
        item, cid = p.item, p.item.customer_id
        result.statuses[item.status] += 1
        result.actions[p.action] += 1
        if p.outcome:
            result.outcomes[p.outcome] += 1
        result.duplicates += item.duplicate
        if item.crm_only:
            result.with_crm_only.append(cid)
        if item.status in WARNINGS and cid not in decided and p.action == Action.SKIP:
            result.open_warnings.append(cid)
        if p.relink_to:  # every item the report marks with ``relinked_from``, whatever its outcome
            result.relinked.append(cid)
        if p.action != Action.CONVERT or p.outcome in (Outcome.FAILED, Outcome.SKIPPED):
            continue
        if item.crm_only:
            result.crm_only_dropped.append(cid)
        if item.status == Status.MAJOR:
            result.major_converted.append(cid)
        if p.merged_into:
            result.merged.append(cid)
    return result
