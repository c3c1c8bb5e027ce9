"""Reports for people: the conversion's report rebuilt from its journal, names from the CRM and the MidOffice,
and the "In MidOffice nachtragen" lists of values converting drops."""

from __future__ import annotations

import getpass
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path

from paxdesk.crm import repository as repo
from paxdesk.domain.report import Report
from paxdesk.errors import CredentialError
from paxdesk.secrets import TokenUnavailable
from paxdesk.services import run_report
from paxdesk.services.backfill import DroppedValue, dropped_values
from paxdesk.services.backfill_export import backfill_files, save_backfill
from paxdesk.services.conversion import PlannedItem
from paxdesk.services.report_export import WriteProgress, save_steps
from paxdesk.services.report_rows import ReportFacts
from paxdesk.services.report_names import ReportNames, gather_names
from paxdesk.services.usecases.context import SessionContext


class Reporting:
    def __init__(self, ctx: SessionContext):
        self.ctx = ctx

    def write_conversion_report(self, run_id: str | None, path: Path) -> Report:
        """``paxdesk report``: the report of an applied conversion (default: the newest), rebuilt from its
        journal, written as JSON, PDF or XLSX by the file's ending (the people's report names customers)."""
        run_report.check_report_file(path, self.ctx.crm_files)
        report = run_report.journal_report(self.ctx.crm.journal, run_id)

        def facts() -> ReportFacts:
            *_, names = self.report_names(report, {}, {})
            return self.report_facts(names)
        run_report.write_report_file(report, path, facts)
        return report

    def report_names(self, report: Report, crm: Mapping[str, str], midoffice: Mapping[str, str],
                     ) -> Iterator[WriteProgress | ReportNames]:
        """The names for the people's report: those given (the sitting's copies and live records), the rest
        from the CRM and, for converted customers, live from the MidOffice (with progress)."""
        def adapter():
            try:
                return self.ctx.adapter()
            except TokenUnavailable:
                raise CredentialError("no token is saved for this MidOffice") from None
        engine = self.ctx.engine
        return gather_names(report, crm, midoffice, lambda ids: repo.customer_names(engine, ids), adapter)

    def report_facts(self, names: ReportNames, dropped: list[DroppedValue] | None = None,
                     english: bool = False) -> ReportFacts:
        """Agency, Windows user, time and the DSGVO decisions for the people's report (in English if asked)."""
        try:
            user = getpass.getuser()
        except Exception:  # no user name in the environment: the report says so rather than fail
            user = ""
        return ReportFacts(self.ctx.agency_name, user, datetime.now(), names.crm, self.ctx.gdpr.worklist(),
                           names.midoffice, names.note, dropped, english)

    def people_report(self, report: Report, crm: Mapping[str, str], midoffice: Mapping[str, str],
                      dropped: list[DroppedValue] | None = None, stem: str | None = None,
                      english: bool = False) -> Iterator[WriteProgress | tuple[ReportFacts, tuple[Path, Path]]]:
        """PDF and XLSX into the user's Documents folder (``Places.reports``): yields WriteProgress (names
        fetched, then rows written), then the facts and the paths (PDF, XLSX). ``english``: the wizard's
        language, the report's and its file name's."""
        names = yield from _progress_then_result(self.report_names(report, crm, midoffice))
        facts = self.report_facts(names, dropped, english)
        written = yield from _progress_then_result(save_steps(report, facts, self.ctx.settings.places.reports, stem))
        yield facts, written

    def dropped_values(self, plan: list[PlannedItem]) -> list[DroppedValue]:
        """"In MidOffice nachtragen": the values converting ``plan`` drops, read now (before the apply)."""
        return dropped_values(self.ctx.engine, plan)

    def save_backfill_list(self, values: list[DroppedValue], english: bool = False) -> tuple[Path, Path]:
        """The list as XLSX and PDF into the Documents folder, owner-only (it holds personal data); in English
        when the wizard is."""
        return save_backfill(values, self.ctx.agency_name, datetime.now(), self.ctx.settings.places.reports, english)

    def backfill_lists(self) -> list[Path]:
        return backfill_files(self.ctx.settings.places.reports)

    def delete_backfill_lists(self) -> tuple[list[Path], list[Path]]:
        """Delete every "In MidOffice nachtragen" list (they hold personal data). Returns (deleted, still there:
        a file open in another program cannot be deleted on Windows)."""
        gone, kept = [], []
        for path in self.backfill_lists():
            try:
                path.unlink(missing_ok=True)
                gone.append(path)
            except OSError:
                kept.append(path)
        return gone, kept


def _progress_then_result(steps: Iterator):
    """Pass a job's WriteProgress events on as they come (``yield from``) and return its last event, the result."""
    result = None
    for event in steps:
        if isinstance(event, WriteProgress):
            yield event
        else:
            result = event
    return result
