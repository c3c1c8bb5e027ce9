"""The conversion report of CONTRACT §4.3 as types: what the CLI, the wizard and the report writers read.

The JSON's shape — key order, which keys are optional, where null goes — is decided in one place:
``report_json`` writes it and ``Report.from_json`` reads it back (the wizard's kept report of a sitting).
Counts and statuses only: the report holds no personal values, so it lives here, beside the plan.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action, Outcome

FORMAT = "paxdesk-report/1"


@dataclass(frozen=True, slots=True)
class Summary:
    """The ``summary`` counts, in the JSON's order; ``relinked`` and ``merged`` are paxdesk's additions.
    A dry run's outcome counts are 0 (nothing was applied)."""

    total: int = 0
    match: int = 0
    minor: int = 0
    major: int = 0
    deleted: int = 0
    no_reference: int = 0
    error: int = 0
    duplicates: int = 0
    with_crm_only: int = 0
    converted: int = 0
    converted_local: int = 0
    skipped: int = 0
    failed: int = 0
    relinked: int = 0
    merged: int = 0

    def counts(self) -> dict[str, int]:
        """Name -> count in the JSON's order (the CLI prints them so, the people's report picks its rows)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class ReportItem:
    """One customer of the report. ``midoffice_id`` is the number it goes to (a re-link's target);
    ``relinked`` says the JSON carries ``relinked_from`` — kept apart from its value, which is null for a
    copy that had no number of its own."""

    customer_id: str
    midoffice_id: str | None
    status: Status
    differences: tuple[str, ...] = ()
    duplicate: bool = False
    crm_only: tuple[str, ...] = ()
    action: Action = Action.SKIP
    outcome: Outcome | None = None  # None in a dry run, and for an item the apply never reached
    error: str | None = None
    relinked: bool = False
    relinked_from: str | None = None
    merged_into: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    run_id: str
    midoffice: str
    dry_run: bool
    backup: str | None
    summary: Summary
    items: tuple[ReportItem, ...] = ()

    @property
    def has_failures(self) -> bool:
        """Exit code 5 (CONTRACT §1): some items could not be checked (error) or applied (failed)."""
        return self.summary.error > 0 or self.summary.failed > 0

    @classmethod
    def from_json(cls, data: dict) -> Report:
        """The report ``report_json`` wrote. A summary count a report of an older paxdesk lacks is 0;
        anything else missing or of another format is a ValueError."""
        try:
            if data["format"] != FORMAT:
                raise ValueError(f"not a {FORMAT} document: {data['format']!r}")
            counts = data["summary"]
            summary = Summary(**{f.name: int(counts.get(f.name, 0)) for f in fields(Summary)})
            return cls(data["run_id"], data["midoffice"], bool(data["dry_run"]), data["backup"], summary,
                       tuple(_item_from_json(item) for item in data["items"]))
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"not a complete report: {exc!r}") from None


def report_json(report: Report) -> dict:
    """The report as CONTRACT §4.3's JSON document: the one place that decides its keys and their order."""
    return {"format": FORMAT, "run_id": report.run_id, "midoffice": report.midoffice, "dry_run": report.dry_run,
            "backup": report.backup, "summary": report.summary.counts(),
            "items": [_item_json(item) for item in report.items]}


def _item_json(item: ReportItem) -> dict:
    data = {"customer_id": item.customer_id, "midoffice_id": item.midoffice_id, "status": str(item.status),
            "differences": list(item.differences), "duplicate": item.duplicate, "crm_only": list(item.crm_only),
            "action": str(item.action), "outcome": None if item.outcome is None else str(item.outcome),
            "error": item.error}
    if item.relinked:
        data["relinked_from"] = item.relinked_from
    if item.merged_into:
        data["merged_into"] = item.merged_into
    return data


def _item_from_json(data: dict) -> ReportItem:
    outcome = data["outcome"]
    return ReportItem(data["customer_id"], data["midoffice_id"], Status(data["status"]),
                      tuple(data["differences"]), bool(data["duplicate"]), tuple(data.get("crm_only", ())),
                      Action(data["action"]), None if outcome is None else Outcome(outcome), data["error"],
                      "relinked_from" in data, data.get("relinked_from"), data.get("merged_into"))
