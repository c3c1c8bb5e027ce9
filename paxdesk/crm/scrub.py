"""Removed personal values must not stay readable in the database's files (GDPR delete/anonymize, conversions).

SQLite runs with ``secure_delete`` (freed cells are zeroed); a checkpoint then moves the
changed pages into the ``.sqlite`` file and empties the WAL, where older page versions
would still show the values. PostgreSQL keeps old row versions in the table files until
they are rewritten — plain VACUUM only marks them reusable — so the affected tables are
rewritten with ``VACUUM FULL`` (new files; the old ones are removed). That takes an
exclusive lock on those tables for its duration (measured in ``benchmarks/bench_scrub.py``). The planner's
statistics sample values too (PostgreSQL's ``pg_statistic``, SQLite's ``sqlite_stat4`` where built in): the
scrubbed tables are analysed again, so the samples are of the rows as they are now.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, text

from paxdesk.crm.db import checkpoint

log = logging.getLogger("paxdesk.crm")
# where a GDPR action removes or changes values (run_items/decisions: the MidOffice number)
TABLES = ("customers", "consultations", "offers", "run_items", "decisions")
# where a conversion does: it empties or deletes copies; consultations and offers only change their
# customer id, journal rows are new, and the decisions it forgets are applied ones, not removed values
CONVERSION_TABLES = ("customers",)


def scrub_removed_values(engine: Engine, tables: tuple[str, ...] = TABLES) -> None:
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:  # sqlite_stat4 (a build option) keeps sampled index keys: analysed afresh
            if conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'")).first():
                conn.exec_driver_sql("ANALYZE")
        checkpoint(engine)
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        not_ours = conn.execute(text(
            "SELECT relname FROM pg_class WHERE relname = ANY(:names) AND relkind = 'r' "
            "AND relnamespace = 'public'::regnamespace AND NOT pg_has_role(current_user, relowner, 'USAGE')"),
            {"names": list(tables)}).scalars().all()
        if not_ours:  # VACUUM would skip them with a mere warning
            log.warning("cannot rewrite %s: the CRM's database role does not own them; removed values stay in "
                        "their files until the owner runs VACUUM FULL", ", ".join(not_ours))
        mine = [t for t in tables if t not in not_ours]
        if mine:
            # ANALYZE too: the statistics (pg_statistic, readable through pg_stats by any role that may SELECT
            # the table) keep sample values — most common values, histogram bounds — of the rows as they were
            conn.exec_driver_sql(f"VACUUM (FULL, ANALYZE) {', '.join(mine)}")
