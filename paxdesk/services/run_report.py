"""A conversion's report rebuilt from its journal (CONTRACT §1 ``paxdesk report``, §4.3 "Interrupted runs").

The journal (``run_items``, written in the transaction of each change) holds every item a run decided —
class, action, outcome, the reference it went into, the fields it dropped — so the report can be written
again at any time, headless, and for a conversion that was interrupted: an attempt killed during its
apply is continued by the next run, and the conversion is both. Its report lists every customer either
attempt decided, once, with its final outcome (the later attempt's word wins), and names the backup the
first attempt wrote before its first change.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action, Outcome
from paxdesk.domain.report import Report
from paxdesk.errors import InputError
from paxdesk.files import check_output
from paxdesk.services.conversion import PlannedItem
from paxdesk.services.crm_port import Journal, Run
from paxdesk.services.matching import MatchItem
from paxdesk.services.report import build_report, write_report
from paxdesk.services.report_pdf import write_pdf
from paxdesk.services.report_rows import ReportFacts
from paxdesk.services.report_xlsx import write_xlsx


def conversion_runs(journal: Journal, run_id: str | None = None) -> list[Run]:
    """The runs of one conversion, oldest first: ``run_id`` (default: the newest run) and the interrupted
    attempts right before it that it continued."""
    runs = journal.all_runs()
    ids = [r.id for r in runs]
    if run_id is not None and run_id not in ids:
        raise InputError(f"--run {run_id}: no conversion run with this id in this CRM")
    if not runs:
        raise InputError("this CRM has no conversion yet (a dry run writes no journal)")
    last = ids.index(run_id) if run_id is not None else len(runs) - 1
    first = last
    while first > 0 and runs[first - 1].state in ("interrupted", "applying"):
        first -= 1
    return runs[first:last + 1]


def _planned(row) -> PlannedItem:
    detail = json.loads(row["detail"]) if row["detail"] else {}
    item = MatchItem(row["customer_id"], row["midoffice_id"], Status(row["status"]),
                     tuple(json.loads(row["differences"] or "[]")), bool(row["duplicate"]),
                     crm_only=tuple(detail.get("crm_only", ())))
    return PlannedItem(item, Action(row["action"]), relink_to=detail.get("relinked_to"),
                       outcome=Outcome(row["outcome"]) if row["outcome"] else None,
                       apply_error=row["error"], detail=detail or None)


def journal_report(journal: Journal, run_id: str | None = None) -> Report:
    """The JSON report (CONTRACT §4.3) of the conversion ``run_id`` belongs to (default: the newest)."""
    runs = conversion_runs(journal, run_id)
    final: dict[str, PlannedItem] = {}
    for rows in journal.run_items([run.id for run in runs]):  # oldest first: a later attempt's entry
        for row in rows:                                               # for a customer replaces an earlier one
            final[row["customer_id"]] = _planned(row)
    plan = sorted(final.values(), key=lambda p: p.item.customer_id)
    return build_report(runs[-1].id, runs[-1].midoffice, False, runs[0].backup, plan)


def check_report_file(path: Path, protected: list[Path]) -> None:
    """``-o FILE`` before anything is read: a kind paxdesk writes, a place it may write (no CRM file)."""
    if Path(path).suffix.lower() not in (".json", ".pdf", ".xlsx"):
        raise InputError(f"-o {path}: the report is written as .json, .pdf or .xlsx (the file name says which)")
    check_output(path, protected, "-o")


def write_report_file(report: Report, path: Path, facts: Callable[[], ReportFacts]) -> Path:
    """``.json`` (no personal values), ``.pdf`` or ``.xlsx`` (for people, with names), by the file's ending."""
    kind = Path(path).suffix.lower()
    if kind == ".json":
        write_report(report, path)
    elif kind == ".pdf":
        write_pdf(report, facts(), path)
    else:
        write_xlsx(report, facts(), path)
    return Path(path)


@dataclass(frozen=True)
class Interrupted:
    """A conversion whose last attempt was killed during its apply and which no run has finished yet."""

    started_at: str       # when its first attempt began (ISO, UTC)
    changed: int          # customers its attempts changed so far (each in its own transaction)
    backup: str | None    # the backup written before the first change: the state before the conversion


def interrupted(journal: Journal) -> Interrupted | None:
    """The newest conversion, if it was interrupted (CONTRACT §4.3): None when it finished or there is none."""
    newest = journal.newest_run()
    if newest is None or newest.state not in ("applying", "interrupted"):
        return None
    runs = conversion_runs(journal, newest.id)
    return Interrupted(runs[0].started_at, journal.changed_items([r.id for r in runs]), runs[0].backup)


@dataclass(frozen=True)
class Finished:
    """The newest conversion, finished: what the welcome page says instead of "the CRM changes in step 7"."""

    finished_at: str      # ISO, UTC
    converted: int        # customers now v2 references (its attempts together)
    kept_local: int       # customers kept as paxlounge customers


def finished(journal: Journal) -> Finished | None:
    """The newest conversion if it finished (None when there is none, or it was interrupted)."""
    newest = journal.newest_run()
    if newest is None or newest.state != "done":
        return None
    counts = journal.changed_counts([r.id for r in conversion_runs(journal, newest.id)])
    return Finished(newest.finished_at or "", counts.get("converted", 0), counts.get("converted_local", 0))
