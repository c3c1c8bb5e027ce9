"""Apply: the backup first, then the plan in batches, the clean-up, and the report (CONTRACT §4.3)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from paxdesk.errors import InputError
from paxdesk.services import backups as backup_files
from paxdesk.services import run_report
from paxdesk.services.conversion import ApplyProgress, ApplyResult, PlannedItem, apply_plan
from paxdesk.services.report import build_report
from paxdesk.services.usecases.context import SessionContext
from paxdesk.services.usecases.timing import timed
from paxdesk.domain.plan import CHANGED
from paxdesk.domain.report import Report


class Applying:
    def __init__(self, ctx: SessionContext, take_lock: Callable[[], None]):
        self.ctx = ctx
        self._take_lock = take_lock

    def apply(self, plan: list[PlannedItem], cancelled: Callable[[], bool] = lambda: False,
              ) -> Iterator[ApplyProgress | Report]:
        """Backup, apply in batches, end all sessions; yields progress, then the report (CONTRACT §4.3)."""
        ctx, settings, crm = self.ctx, self.ctx.settings, self.ctx.crm
        ctx.require_check()
        if not ctx.reserved:
            raise InputError("the CRM is not reserved for this conversion (check the colleagues first)")
        self._take_lock()
        result: ApplyResult | None = None
        earlier = run_report.interrupted(crm.journal)  # this run finishes it: its backup is the way back
        with timed("backup", lambda: len(plan)):
            folder = settings.places.backups_dir()
            backup_path = crm.backup(folder)
        backup_files.mark_before(Path(earlier.backup) if earlier and earlier.backup else backup_path, folder)
        with timed("apply", lambda: len(plan)):
            for event in apply_plan(crm, plan, ctx.midoffice, backup=lambda: backup_path,
                                    batch_size=settings.apply_batch, cancelled=cancelled):
                if isinstance(event, ApplyResult):
                    result = event
                else:
                    yield event
                    if settings.apply_pause:
                        time.sleep(settings.apply_pause)
        with timed("clean-up (decisions, removed values)", lambda: len(plan)):
            crm.forget_decisions([p.item.customer_id for p in plan if p.outcome in CHANGED])
            crm.scrub_removed_values()  # the copies' removed values, out of the WAL and the files
        backup_files.apply_retention(folder, settings.places.settings_file())
        runs = run_report.conversion_runs(crm.journal, result.run_id)
        if len(runs) > 1:  # it finished an interrupted conversion: the report covers every attempt
            yield run_report.journal_report(crm.journal, result.run_id)
        else:
            yield build_report(result.run_id, ctx.midoffice, False, result.backup, plan)

    def finished(self) -> tuple[run_report.Finished, int] | None:
        """The newest conversion if it finished, and how many DSGVO customers are still open."""
        found = run_report.finished(self.ctx.crm.journal)
        if found is None:
            return None
        return found, sum(e.status == "open" for e in self.ctx.gdpr.worklist())

    def dry_report(self, plan: list[PlannedItem]) -> Report:
        return build_report(str(uuid.uuid4()), self.ctx.midoffice, True, None, plan)

