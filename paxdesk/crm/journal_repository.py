"""The conversion's journal: its runs (``conversion_runs``) and each run's items (``run_items``), read and
moved on for the report, the welcome page and the apply (CONTRACT §4.3 "Interrupted runs")."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, func, select, update
from sqlalchemy.orm import Session

from paxdesk.crm import models as m
from paxdesk.crm.bulk import inserting
from paxdesk.domain.changes import now_text
from paxdesk.domain.plan import CHANGED


def all_runs(engine: Engine) -> list[m.ConversionRun]:
    """Every run, oldest first."""
    with engine.connect() as conn:
        return [m.ConversionRun(**row) for row in conn.execute(
            select(m.ConversionRun.__table__).order_by(m.ConversionRun.started_at)).mappings()]


def run_items(engine: Engine, run_ids: list[str]) -> list[list[dict]]:
    """The journal rows of each run, in the order of ``run_ids``."""
    table = m.RunItem.__table__
    with engine.connect() as conn:
        return [[dict(row) for row in conn.execute(select(table).where(table.c.run_id == run_id)).mappings()]
                for run_id in run_ids]


def newest_run(engine: Engine):
    """(id, state, finished_at) of the newest run, or None."""
    table = m.ConversionRun.__table__
    with engine.connect() as conn:
        return conn.execute(select(table.c.id, table.c.state, table.c.finished_at)
                            .order_by(table.c.started_at.desc()).limit(1)).first()


def changed_counts(engine: Engine, run_ids: list[str]) -> dict[str, int]:
    """Customers each changing outcome reached in these runs (each customer once per outcome)."""
    items = m.RunItem.__table__
    with engine.connect() as conn:
        return dict(conn.execute(select(items.c.outcome, func.count(func.distinct(items.c.customer_id)))
                                 .where(items.c.run_id.in_(run_ids), items.c.outcome.in_(CHANGED))
                                 .group_by(items.c.outcome)).all())


def changed_items(engine: Engine, run_ids: list[str]) -> int:
    """Journal rows of these runs that changed the CRM."""
    items = m.RunItem.__table__
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(items).where(
            items.c.run_id.in_(run_ids), items.c.outcome.in_(CHANGED))).scalar() or 0


def begin_run(session: Session, run_id: str, midoffice: str, backup: str) -> None:
    """A new run is applying; one still marked applying was killed: it is interrupted (the new one continues it)."""
    session.execute(update(m.ConversionRun).where(m.ConversionRun.state == "applying").values(state="interrupted"))
    session.add(m.ConversionRun(id=run_id, midoffice=midoffice, started_at=now_text(), state="applying",
                                backup=backup))
    session.flush()


_RUN_ITEM = inserting(m.RunItem.__table__)


def record_outcomes(conn: Connection, rows: list[dict]) -> None:
    """Journal rows (every column of ``run_items``), in the caller's transaction: one statement (PostgreSQL)
    or one executemany for all of them."""
    _RUN_ITEM.execute(conn, rows)


def finish_run(conn: Connection | Session, run_id: str) -> None:
    conn.execute(update(m.ConversionRun).where(m.ConversionRun.id == run_id)
                 .values(state="done", finished_at=now_text()))
