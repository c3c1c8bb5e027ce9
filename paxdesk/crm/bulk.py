"""Bulk SQL: executemany without per-row overhead, and id lists cut to what one ``IN (...)`` takes.

executemany compiles a Core statement once per dialect and passes plain rows.

SQLAlchemy's ``conn.execute(stmt, rows)`` builds parameters row by row, which
dominates the conversion's hot path; the driver's own executemany does not.
Only for columns whose values the driver takes as they are (text, integers,
booleans) — no SQLAlchemy type processing happens on this path.
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import itemgetter

from sqlalchemy import Connection
from sqlalchemy.sql import ClauseElement

IN_CHUNK = 500  # ids per IN (...): PostgreSQL takes at most 65,535 parameters in one statement


def in_chunks(ids: list) -> Iterator[list]:
    """``ids`` in slices of ``IN_CHUNK``, each small enough for one ``IN (...)`` on every database."""
    for start in range(0, len(ids), IN_CHUNK):
        yield ids[start:start + IN_CHUNK]


_Compiled = tuple[str, tuple[str, ...] | None, dict]
_cache: dict[tuple[int, str, tuple[str, ...]], _Compiled] = {}


def _compile(statement: ClauseElement, conn: Connection, keys: tuple[str, ...]) -> _Compiled:
    cache_key = (id(statement), conn.dialect.name, keys)
    if cache_key not in _cache:
        compiled = statement.compile(dialect=conn.dialect, column_keys=list(keys))
        order = tuple(compiled.positiontup) if compiled.positional else None
        _cache[cache_key] = (str(compiled), order, dict(compiled.params))
    return _cache[cache_key]


def executemany(conn: Connection, statement: ClauseElement, rows: list[dict]) -> None:
    """Run a statement built once (at module level) for many parameter dicts with the same keys."""
    if not rows:
        return
    sql, order, literals = _compile(statement, conn, tuple(rows[0]))
    if order is not None:
        if len(order) == 1:
            conn.exec_driver_sql(sql, [(row[order[0]],) for row in rows])
        elif all(name in rows[0] for name in order):
            pick = itemgetter(*order)
            conn.exec_driver_sql(sql, [pick(row) for row in rows])
        else:
            pick = itemgetter(*order)
            conn.exec_driver_sql(sql, [pick({**literals, **row}) for row in rows])
    else:
        conn.exec_driver_sql(sql, [{**literals, **row} for row in rows])
