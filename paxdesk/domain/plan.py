"""From classified items to actions (CONTRACT §4.3): defaults, ``--accept`` and per-customer decisions."""

from __future__ import annotations

from enum import StrEnum

from paxdesk.domain.matching import Status


class Action(StrEnum):
    CONVERT = "convert"
    LOCAL = "local"
    SKIP = "skip"


class Outcome(StrEnum):
    """What applying did with an item (CONTRACT §4.3's ``outcome``); a dry run has none."""

    CONVERTED = "converted"              # now a reference (v2), the copy's personal data gone
    CONVERTED_LOCAL = "converted_local"  # kept as a local customer, no MidOffice link
    SKIPPED = "skipped"                  # left as it was
    FAILED = "failed"                    # could not be applied (changed since matching, a database error)


CHANGED = (Outcome.CONVERTED, Outcome.CONVERTED_LOCAL)  # the outcomes that changed the CRM


class Accept(StrEnum):
    NONE = "none"
    MINOR = "minor"
    ALL = "all"


ACCEPTED = {Accept.NONE: {Status.MATCH}, Accept.MINOR: {Status.MATCH, Status.MINOR},
            Accept.ALL: {Status.MATCH, Status.MINOR, Status.MAJOR}}
# What a decision may ask for, per status: converting needs a live record to point to.
ALLOWED = {
    Status.MATCH: {Action.CONVERT, Action.LOCAL, Action.SKIP},
    Status.MINOR: {Action.CONVERT, Action.LOCAL, Action.SKIP},
    Status.MAJOR: {Action.CONVERT, Action.LOCAL, Action.SKIP},
    Status.DELETED: {Action.LOCAL, Action.SKIP},
    Status.NO_REFERENCE: {Action.LOCAL, Action.SKIP},
    Status.ERROR: {Action.LOCAL, Action.SKIP},
}


def default_action(status: Status, accept: Accept) -> Action:
    if status in ACCEPTED[accept]:
        return Action.CONVERT
    if status == Status.DELETED:
        return Action.LOCAL
    return Action.SKIP


def choose_action(status: Status, accept: Accept, decision: Action | None) -> tuple[Action, str | None]:
    """The action and, when a decision could not be followed, why (a short tag, no personal values)."""
    if decision is None:
        return default_action(status, accept), None
    if decision in ALLOWED[status]:
        return decision, None
    return Action.SKIP, f"decision_{decision}_not_possible_for_{status}"
