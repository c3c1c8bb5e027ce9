"""Applying on PostgreSQL analyses the customer tables first (a freshly imported CRM has no statistics)."""

from __future__ import annotations

from sqlalchemy import text

from paxdesk.crm.db import close_crm, open_crm
from paxdesk.crm.repository import refresh_statistics
from tests.conftest import new_postgres_database
from tests.helpers import import_crm


def test_refresh_statistics_analyses_the_customer_tables_on_postgresql():
    url, drop = new_postgres_database()
    try:
        import_crm(url, {"format": "paxdesk-crm/1", "agency": {"name": "RB", "midoffice": "midoco"}, "users": [],
                         "sessions": [], "consultations": [], "offers": [],
                         "customers": [{"id": f"c{i}", "kind": "v1", "midoffice": "midoco",
                                        "midoffice_id": str(100 + i), "last_name": "X"} for i in range(50)]})
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

