"""The wizard's review decisions, saved in the CRM so they survive closing paxdesk (the ``--decisions`` file:
``services/review/headless.py``): the ``decisions`` table's repository."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Delete, Engine, delete, insert, select

from paxdesk.crm import models as m
from paxdesk.crm.bulk import id_lists, is_postgresql, one_of
from paxdesk.domain.changes import now_text
from paxdesk.crm.uow import UnitOfWork


def saved_decisions(engine: Engine) -> dict[str, m.Decision]:
    with engine.connect() as conn:
        rows = conn.execute(select(m.Decision.__table__)).mappings()
        return {row["customer_id"]: m.Decision(**row) for row in rows}


def save_decisions(engine: Engine, entries: list[tuple]) -> None:
    """Store (or, with action None, forget) review decisions in one transaction.

    Each entry is (customer id, action, status seen, re-link target[, made by a bulk action]).
    """
    with UnitOfWork(engine) as uow:
        ids = [customer_id for customer_id, *_ in entries]
        _delete(uow, ids)
        stamp = now_text()
        rows = [{"customer_id": cid, "action": str(action), "relink_to": relink, "status_seen": status,
                 "decided_at": stamp, "by_bulk": bool(bulk and bulk[0])}
                for cid, action, status, relink, *bulk in entries if action is not None]
        if rows:
            uow.session.execute(insert(m.Decision), rows)
        uow.commit()


def forget_decisions(engine: Engine, customer_ids: list[str]) -> None:
    """One transaction, however many (a conversion of 100,000 forgets them all at once)."""
    with UnitOfWork(engine) as uow:
        _delete(uow, customer_ids)
        uow.commit()


@lru_cache(maxsize=2)
def _forget(postgresql: bool) -> Delete:
    return delete(m.Decision.__table__).where(one_of(m.Decision.__table__.c.customer_id, "ids", postgresql))


def _delete(uow: UnitOfWork, customer_ids: list[str]) -> None:
    conn = uow.session.connection()
    statement = _forget(is_postgresql(conn))
    for ids in id_lists(conn, customer_ids):
        conn.execute(statement, {"ids": ids})
