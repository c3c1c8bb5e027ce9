"""Bulk SQL: many rows and long id lists in few statements, on SQLite and PostgreSQL alike.

SQLite: ``executemany`` compiles a Core statement once per dialect and passes plain
rows (SQLAlchemy's ``conn.execute(stmt, rows)`` builds parameters row by row, which
dominated the conversion's hot path; the driver's own executemany does not), and id
lists go in slices of ``IN_CHUNK``. Only for columns whose values the driver takes
as they are (text, integers, booleans).

PostgreSQL: a batch's rows and id lists travel as one JSON parameter that the
statement reads as a table (``json_rows``, ``one_of``): one statement per kind of
change and batch, no limit on the list (the server takes at most 65,535 parameters).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter

from sqlalchemy import (ARRAY, JSON, Connection, Select, Table, Text, any_, bindparam, column, func, insert, select,
                        type_coerce)
from sqlalchemy.sql import ClauseElement, ColumnElement, Executable
from sqlalchemy.sql.selectable import TableValuedAlias
from sqlalchemy.types import TypeEngine

IN_CHUNK = 500  # ids per IN (...): PostgreSQL takes at most 65,535 parameters in one statement


def in_chunks(ids: list) -> Iterator[list]:
    """``ids`` in slices of ``IN_CHUNK``, each small enough for one ``IN (...)`` on every database."""
    for start in range(0, len(ids), IN_CHUNK):
        yield ids[start:start + IN_CHUNK]


def is_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def one_of(column: ColumnElement, name: str, postgresql: bool) -> ColumnElement[bool]:
    """``column IN :name``: on PostgreSQL the elements of one JSON array parameter, elsewhere an expanding ``IN``.

    One parameter means no limit on the list and a statement text that stays the same, where 500 expanded
    parameters made every batch a new statement for psycopg and the server to parse and plan. JSON, not a
    PostgreSQL array: the json module encodes a list in C, psycopg escapes array elements one by one.
    """
    if postgresql:
        return among(column, select(func.json_array_elements_text(bindparam(name, type_=JSON))))
    return column.in_(bindparam(name, expanding=True))


def among(column: ColumnElement, values: Select) -> ColumnElement[bool]:
    """PostgreSQL: ``column = ANY(ARRAY(values))``: an index condition on ``column``'s index, where
    ``IN (SELECT …)`` is a join the planner may hash over the whole table when its statistics are stale."""
    return column == any_(type_coerce(func.ARRAY(values.scalar_subquery()), ARRAY(Text())))


def id_lists(conn: Connection, ids: list) -> Iterator[list]:
    """``ids`` as few lists as one ``one_of`` takes: all at once on PostgreSQL, ``in_chunks`` elsewhere."""
    if is_postgresql(conn):
        if ids:
            yield list(ids)
    else:
        yield from in_chunks(list(ids))


def json_rows(**types: TypeEngine) -> TableValuedAlias:
    """PostgreSQL: the JSON array parameter ``rows`` (objects with these keys) as a table ``rows``."""
    return (func.json_to_recordset(bindparam("rows", type_=JSON))
            .table_valued(*(column(name, type_) for name, type_ in types.items()))
            .render_derived(name="rows", with_types=True))


@dataclass(frozen=True)
class RowChange:
    """One kind of change for many rows, given as dicts with the same keys.

    ``each`` is the change for one row, run with ``executemany``; ``together`` (PostgreSQL) is the same change
    for all rows at once, reading them from ``json_rows``: one statement per batch, where the pipeline of
    single-row statements cost the apply step more than the server's work.
    """

    each: Executable
    together: Executable | None = None

    def execute(self, conn: Connection, rows: list[dict]) -> None:
        if not rows:
            return
        if self.together is not None and is_postgresql(conn):
            conn.execute(self.together, {"rows": rows})
        else:
            executemany(conn, self.each, rows)


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


def inserting(table: Table) -> RowChange:
    """Inserting rows that give every column of ``table``: on PostgreSQL one ``INSERT … SELECT`` of ``json_rows``."""
    rows = json_rows(**{c.name: c.type for c in table.c})
    return RowChange(insert(table), insert(table).from_select([c.name for c in table.c], select(rows)))
