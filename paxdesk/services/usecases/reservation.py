"""Reserve the CRM: no colleague logged in (unless forced) and the conversion lock held (CONTRACT §4.2)."""

from __future__ import annotations

from paxdesk.crm.sessions import ActiveSession
from paxdesk.errors import LockHeld, SessionsActive
from paxdesk.services import run_report
from paxdesk.services.usecases.context import SessionContext


class Reservation:
    def __init__(self, ctx: SessionContext):
        self.ctx = ctx

    def sessions(self) -> list[ActiveSession]:
        return self.ctx.crm.active_sessions()

    def take_lock(self) -> None:
        """Hold the conversion lock (LockHeld if another conversion has it) until the session closes."""
        if not self.ctx.lock.held:
            self.ctx.lock.acquire()

    @property
    def lock_held(self) -> bool:
        return self.ctx.lock.held

    def reserve(self, force: bool = False) -> list[ActiveSession]:
        """Refuse while colleagues are logged in (unless ``force``), then take the lock. Needed to apply."""
        sessions = self.sessions()
        if sessions and not force:
            listing = "; ".join(s.describe() for s in sessions)
            raise SessionsActive(f"colleagues are logged in, ask them to log out first (or use --force): "
                                 f"{listing}", sessions)
        self.take_lock()
        self.ctx.reserved = True
        return sessions

    def interrupted(self) -> run_report.Interrupted | None:
        """The newest conversion, if a kill or crash stopped it during the apply and no run finished it since
        (None too while another computer's conversion holds the lock: that one is running, not interrupted)."""
        lock = self.ctx.lock
        found = run_report.interrupted(self.ctx.crm.journal)
        if found is None or lock.held:
            return found
        try:
            lock.acquire()
        except LockHeld:
            return None
        lock.release()
        return found
