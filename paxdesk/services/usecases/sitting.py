"""The wizard's sitting: which step the agent reached and the report of the conversion it applied, kept for a reopen."""

from __future__ import annotations

import json

from paxdesk.domain.report import Report
from paxdesk.services.progress import Progress
from paxdesk.services.report import write_report
from paxdesk.services.usecases.context import SessionContext


class Sitting:
    def __init__(self, ctx: SessionContext):
        self.ctx = ctx

    def remember_run(self, report: Report, page: int) -> None:
        """The wizard applied a conversion: its JSON report (no personal values) is kept beside the data,
        so a reopened wizard can go on with the DSGVO step and the report."""
        write_report(report, self.ctx.settings.places.kept_reports_dir() / f"{report.run_id}.json")
        self.ctx.progress.save(page, report.run_id)

    def reached(self) -> Progress | None:
        return self.ctx.progress.load()

    def remember_page(self, page: int) -> None:
        self.ctx.progress.save(page)

    def forget_progress(self) -> None:
        self.ctx.progress.clear()

    def last_report(self) -> Report | None:
        """The JSON report of the conversion applied in the sitting the progress remembers, if any."""
        reached = self.reached()
        if reached is None or not reached.run_id:
            return None
        try:
            return Report.from_json(json.loads(
                (self.ctx.settings.places.kept_reports_dir() / f"{reached.run_id}.json").read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return None
