"""``paxdesk convert``: the whole conversion headless, in the contract's order (CONTRACT §1, §4)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from paxdesk.domain.plan import Accept
from paxdesk.domain.report import Report
from paxdesk.errors import Cancelled, CredentialError, PaxdeskError
from paxdesk.services.conversion import ApplyProgress, PlannedItem
from paxdesk.services.conversion_session import ConversionSession
from paxdesk.services.credential_check import CheckReport
from paxdesk.services.heap import kept
from paxdesk.services.matching import MatchItem, MatchProgress
from paxdesk.services.report import check_report_path, write_report
from paxdesk.services.review.headless import FileDecision


@dataclass(frozen=True)
class ConvertRequest:
    """What ``paxdesk convert`` asks for (CONTRACT §1)."""

    dry_run: bool = False
    accept: Accept = Accept.NONE
    decisions: Mapping[str, FileDecision] = field(default_factory=dict)  # a --decisions file, through the gate
    force: bool = False
    report: Path | None = None  # written after the run; checked before anything happens


def convert(session: ConversionSession, request: ConvertRequest,
            confirm: Callable[[list[PlannedItem]], bool] = lambda plan: True,
            cancelled: Callable[[], bool] = lambda: False,
            ) -> Iterator[CheckReport | MatchProgress | ApplyProgress | Report]:
    """The whole conversion headless, in the contract's order; yields events, the report last.

    Raises CredentialError after yielding a failed CheckReport, SessionsActive / LockHeld when the CRM
    cannot be reserved, Cancelled when ``confirm`` says no. A dry run changes nothing at all. The report
    file (``request.report``) is checked before anything happens and written after the report is yielded.
    """
    if request.report is not None:
        check_report_path(request.report, session.crm_files)
    report = session.check()
    yield report
    if not report.passed:
        raise CredentialError("the credential check failed; nothing was changed")
    if not request.dry_run:
        session.reserve(force=request.force)
    with kept() as heap:  # the copies, the results, the plan and the report live to the end: out of GC's walk
        items: list[MatchItem] = []
        for event in session.match(cancelled):
            if isinstance(event, MatchItem):
                items.append(event)
                heap.note()
            elif isinstance(event, MatchProgress):
                yield event
        plan = session.review_from_file(items, request.decisions).plan(request.accept)
        if request.dry_run:
            result = session.dry_report(plan)
        else:
            if not confirm(plan):
                raise Cancelled("nothing was changed")
            result = None
            for event in session.apply(plan, cancelled):
                result = event
                if not isinstance(event, Report):
                    yield event
        yield result
        if request.report is not None:
            try:
                write_report(result, request.report)
            except OSError as exc:
                raise PaxdeskError(f"--report {request.report}: could not be written ({exc.strerror}); the run "
                                   "itself has finished as summarised") from None
