"""Who is logged in to the CRM, and ending every session after a conversion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine, delete, select

from paxdesk.crm import models as m

ACTIVE_WINDOW = timedelta(minutes=15)
CLOCK_SKEW = timedelta(minutes=5)  # a colleague's clock may run this far ahead (Kerberos allows the same)


@dataclass(frozen=True)
class ActiveSession:
    abbreviation: str
    name: str | None
    host: str | None
    last_seen: datetime

    def describe(self) -> str:
        return f"{self.abbreviation} on {self.host or '?'}, last seen {self.last_seen.isoformat(timespec='minutes')}"


def active_sessions(engine: Engine, now: datetime | None = None) -> list[ActiveSession]:
    """Sessions whose ``last_seen`` lies within the last 15 minutes, or at most 5 minutes ahead (clock skew).

    A ``last_seen`` further in the future is a broken clock or a stale row, not a colleague at work: it
    would otherwise block every conversion for ever.
    """
    now = now or datetime.now(timezone.utc)
    query = select(m.User.abbreviation, m.User.name, m.Session.host, m.Session.last_seen).join(
        m.User, m.User.id == m.Session.user_id)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    active = []
    for row in rows:
        seen = datetime.fromisoformat(row.last_seen)
        if -CLOCK_SKEW <= now - seen <= ACTIVE_WINDOW:
            active.append(ActiveSession(row.abbreviation, row.name, row.host, seen))
    return sorted(active, key=lambda s: s.last_seen, reverse=True)


def end_all_sessions(session) -> int:
    """Delete every session row (inside the caller's unit of work); everyone must log in again."""
    return session.execute(delete(m.Session)).rowcount or 0
