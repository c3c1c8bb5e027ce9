"""Applying on PostgreSQL: fresh statistics first, and lookups that stay fast when they go stale during the apply."""

from __future__ import annotations

from sqlalchemy import text

from paxdesk.crm.db import close_crm, open_crm
from paxdesk.crm.repository import refresh_statistics
from tests.conftest import new_postgres_database
from tests.helpers import import_crm


def _v1_copies(url: str, count: int) -> None:
    """Midoco v1 copies c00000, c00001, … of the customer numbers 100000, 100001, …"""
    import_crm(url, {"format": "paxdesk-crm/1", "agency": {"name": "RB", "midoffice": "midoco"}, "users": [],
                     "sessions": [], "consultations": [], "offers": [],
                     "customers": [{"id": f"c{i:05d}", "kind": "v1", "midoffice": "midoco",
                                    "midoffice_id": str(100000 + i), "last_name": "X"} for i in range(count)]})


def test_refresh_statistics_analyses_the_customer_tables_on_postgresql():
    url, drop = new_postgres_database()
    try:
        _v1_copies(url, 50)
        engine = open_crm(url)
        query = text("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'customers'")
        with engine.connect() as conn:
            assert conn.execute(query).scalar() is None
        refresh_statistics(engine)
        with engine.connect() as conn:
            assert conn.execute(query).scalar() is not None
        close_crm(engine)
    finally:
        drop()



def test_references_are_looked_up_by_number_with_statistics_from_before_the_apply():
    """ANALYZE runs before the apply, when no copy is a reference yet; the planner then believes there are none.

    The apply's reference lookup must still search the trimmed-number index by number; as ``IN (...)`` it read
    every reference made so far once per batch (3 of 8 s at 100,000 customers).
    """
    from paxdesk.crm.repository import _lookups

    url, drop = new_postgres_database()
    try:
        _v1_copies(url, 5000)
        engine = open_crm(url)
        refresh_statistics(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE customers SET kind = 'v2' WHERE id < 'c04000'"))  # the apply under way
            statement = _lookups(True).references.compile(dialect=engine.dialect)
            numbers = '["100001", "104500", " 9 "]'
            plan = "\n".join(conn.exec_driver_sql(f"EXPLAIN {statement}",
                                                  {**statement.params, "office": "midoco", "numbers": numbers})
                             .scalars())
            found = conn.execute(_lookups(True).references,
                                 {"office": "midoco", "numbers": ["100001", "104500", " 9 "]})
            assert [tuple(row) for row in found] == [("c00001", "100001")]
        close_crm(engine)
    finally:
        drop()
    assert "TRIM(BOTH FROM midoffice_id) = " in plan and "Index Cond" in plan, plan
    assert "Filter: (TRIM" not in plan and "Hash" not in plan, plan
