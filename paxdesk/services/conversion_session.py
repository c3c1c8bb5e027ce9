"""One conversion of one CRM, the use case both faces drive (CONTRACT §4).

The order is fixed here, not in the CLI or the wizard: credential check →
sessions and lock → matching → decisions → backup and apply → report → GDPR
follow-up. Each step refuses to run before the steps it needs (``match`` before a
passed check, ``apply`` before the CRM is reserved), so neither face can skip one.
The CLI runs the whole order at once through ``convert_flow.convert``; the wizard
calls the same steps page by page, from worker threads. Every step returns plain data.

``ConversionSession`` only puts the use cases of ``services/usecases`` together over
one ``SessionContext`` (built by ``paxdesk.bootstrap.open_session``): each is one job
— ``access``, ``reservation``, ``matching``, ``reviewing``, ``applying``, ``reporting``,
``sitting``, ``backup_admin`` — and the session passes its calls on to them.
"""

from __future__ import annotations

from paxdesk.services.forward import forwarding
from paxdesk.services.review.rows import Decision
from paxdesk.services.usecases.access import Access
from paxdesk.services.usecases.applying import Applying
from paxdesk.services.usecases.backup_admin import BackupAdmin
from paxdesk.services.usecases.context import SessionContext
from paxdesk.services.usecases.matching import MatchOutcome, Matching
from paxdesk.services.usecases.reporting import Reporting
from paxdesk.services.usecases.reservation import Reservation
from paxdesk.services.usecases.reviewing import Reviewing
from paxdesk.services.usecases.sitting import Sitting

__all__ = ["ConversionSession", "Decision", "MatchOutcome"]  # the last two for the session's callers


# what the faces read of the shared context (its places: also where the migration wizard opened from here keeps its
# uploads) and of the use cases
@forwarding("ctx", "engine crm_files gdpr progress tokens agency_name midoffice base_url")
@forwarding("ctx.settings", "places backups_dir apply_batch")
@forwarding("access", "token_rejected token_kept")
@forwarding("reservation", "lock_held")
class ConversionSession:
    def __init__(self, ctx: SessionContext):
        self.ctx = ctx
        self.access = Access(ctx)
        self.reservation = Reservation(ctx)
        self.matching = Matching(ctx)
        self.reviewing = Reviewing(ctx)
        self.applying = Applying(ctx, self.reservation.take_lock)
        self.reporting = Reporting(ctx)
        self.sitting = Sitting(ctx)
        self.backup_admin = BackupAdmin(ctx.settings.places)
        # set-up and credential check
        self.token, self.has_token = self.access.token, self.access.has_token
        self.address_to_confirm, self.configure, self.check = (self.access.address_to_confirm,
                                                               self.access.configure, self.access.check)
        # colleagues and the lock
        self.sessions, self.take_lock, self.reserve = (self.reservation.sessions, self.reservation.take_lock,
                                                       self.reservation.reserve)
        self.interrupted = self.reservation.interrupted
        # matching and the review
        self.match, self.recheck = self.matching.match, self.matching.recheck
        r = self.reviewing
        self.search, self.relink_candidates, self.relink_target = r.search, r.relink_candidates, r.relink_target
        self.duplicate_group, self.checkpoint, self.customer = r.duplicate_group, r.checkpoint, r.customer
        self.child_counts, self.save_decisions, self.plan = r.child_counts, r.save_decisions, r.plan
        self.review_from_file = r.review_from_file
        # apply and reports
        self.apply, self.finished, self.dry_report = self.applying.apply, self.applying.finished, \
            self.applying.dry_report
        p = self.reporting
        self.write_conversion_report, self.report_names, self.report_facts = (p.write_conversion_report,
                                                                              p.report_names, p.report_facts)
        self.people_report, self.dropped_values, self.save_backfill_list = (p.people_report, p.dropped_values,
                                                                            p.save_backfill_list)
        self.backfill_lists, self.delete_backfill_lists = p.backfill_lists, p.delete_backfill_lists
        s = self.sitting
        self.remember_run, self.reached, self.remember_page = s.remember_run, s.reached, s.remember_page
        self.forget_progress, self.last_report = s.forget_progress, s.last_report
        b = self.backup_admin
        self.backups, self.delete_backup, self.confirm_result = b.backups, b.delete_backup, b.confirm_result
        self.purgeable_backups, self.purge_older_backups = b.purgeable_backups, b.purge_older_backups
        self.backup_retention_days = b.backup_retention_days

    def close(self) -> None:
        self.ctx.lock.release()
        self.ctx.crm.close()

    def __enter__(self) -> "ConversionSession":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
