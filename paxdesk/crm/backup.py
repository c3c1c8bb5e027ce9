"""Consistent backups of the CRM, and restoring them into an empty CRM — paxdesk's own tables only.

SQLite: the online backup API (a consistent copy even while others read or write).
PostgreSQL: one REPEATABLE READ, read-only transaction dumps every paxdesk table —
customers and journal alike (``conversion_runs``, ``run_items``, ``audit_log``,
``decisions``, ``agency.base_url``) — as JSON (``paxdesk-backup/1``). Either kind is
written to an owner-only temporary file and renamed: a failed backup leaves none.

Restore copies paxdesk's tables row by row into a freshly created schema. A backup
holding anything else (a trigger, a view, a foreign table or column) is refused
before any of it runs: restoring must not bring foreign code into the CRM.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from sqlalchemy import Boolean, Engine, Table, func, insert, inspect, select, text

from paxdesk.crm import models as m
from paxdesk.crm.db import close_crm, crm_files, open_crm, sqlite_path
from paxdesk.crm.exchange import import_document, read_document
from paxdesk.crm.snapshot_schema import snapshot_problems
from paxdesk.errors import ExchangeFileError, InputError
from paxdesk.files import atomic_path, atomic_writer, check_output, same_file

SQLITE_MAGIC = b"SQLite format 3\x00"
FORMAT = "paxdesk-backup/1"
NOT_BACKED_UP = {m.LockSecret.__tablename__}  # the CRM's own, not its data: a restored CRM keeps its key
TABLES: dict[str, Table] = {t.name: t for t in m.Base.metadata.sorted_tables  # parents before children
                            if t.name not in NOT_BACKED_UP}
OWN_TABLES = {*TABLES, *NOT_BACKED_UP, "alembic_version", "sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}
OWN_INDEXES = {i.name for t in TABLES.values() for i in t.indexes}
CHUNK = 5_000
_ROW_JSON = json.JSONEncoder(ensure_ascii=False).encode  # once: json.dumps with options builds one a call


def _free_path(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def default_backup_path(engine: Engine, folder: Path, now: datetime | None = None) -> Path:
    """A free name ``crm-<time>.sqlite`` (``.json`` for PostgreSQL) in ``folder`` (``Places.backups_dir``)."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%dT%H-%M-%S")
    suffix = ".sqlite" if engine.dialect.name == "sqlite" else ".json"
    return _free_path(folder, f"crm-{stamp}", suffix)


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _sqlite_copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _write_snapshot(engine: Engine, out) -> None:
    """Every paxdesk table in one read-only REPEATABLE READ transaction: one consistent snapshot."""
    with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, conn.begin():
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        out.write(f'{{"format": {json.dumps(FORMAT)}, "revision": {json.dumps(revision)}, "tables": {{')
        for index, table in enumerate(TABLES.values()):
            columns = [c.name for c in table.columns]
            out.write(f'{"," if index else ""}\n {json.dumps(table.name)}: {{"columns": {json.dumps(columns)}, '
                      '"rows": [')
            rows = conn.execution_options(yield_per=2_000).execute(
                select(table).order_by(*table.primary_key.columns))
            for number, row in enumerate(rows):
                out.write(("," if number else "") + "\n  " + _ROW_JSON(list(row)))
            out.write("]}")
        out.write("\n}}\n")


def write_backup(engine: Engine, out: Path) -> Path:
    """Write a consistent backup to ``out`` (never onto the CRM itself) and return its path."""
    target = Path(out)
    check_output(target, crm_files(_url(engine)), "backup")
    source = sqlite_path(_url(engine))
    if source is not None:
        with atomic_path(target) as temp:
            _sqlite_copy(source, temp)
    else:
        with atomic_writer(target) as fh:
            _write_snapshot(engine, fh)
    return target


def is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return not any(conn.scalar(select(func.count()).select_from(table))
                       for table in (m.Agency, m.User, m.Customer))


def _listed(names) -> str:
    names = sorted(names)
    shown = ", ".join(n[:70] for n in names[:5])
    return shown + (f" and {len(names) - 5} more" if len(names) > 5 else "")


def _foreign_sqlite_objects(path: Path) -> list[str]:
    """Schema objects of a SQLite backup that are not paxdesk's, read without running any of them."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        objects = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{path}: not a readable SQLite backup ({exc})") from None
    finally:
        conn.close()
    foreign = []
    for kind, name in objects:
        if kind in ("trigger", "view"):
            foreign.append(f"{kind} {name}")
        elif kind == "table" and name not in OWN_TABLES:
            foreign.append(f"table {name}")
        elif kind == "index" and name not in OWN_INDEXES and not name.startswith("sqlite_autoindex_"):
            foreign.append(f"index {name}")
    return foreign


def _foreign_columns(engine: Engine) -> list[str]:
    inspector = inspect(engine)
    return [f"column {table}.{column['name']}" for table in TABLES if inspector.has_table(table)
            for column in inspector.get_columns(table) if column["name"] not in TABLES[table].columns]


def _refuse_foreign(source: str, foreign: list[str]) -> None:
    if foreign:
        raise InputError(f"{source}: refused, the backup holds schema objects that are not paxdesk's "
                         f"({_listed(foreign)}); nothing was restored")


def _refuse_bad_values(source: str, tables: dict[str, tuple[list[str], list[list]]]) -> None:
    """Every value checked as ``db import`` checks an exchange file, before the target is touched."""
    rows = {name: [dict(zip(columns, row)) for row in content] for name, (columns, content) in tables.items()}
    if problems := snapshot_problems(TABLES, rows):
        raise ExchangeFileError(source, problems)


def _raw_rows(conn, table: Table) -> tuple[list[str], list[list]]:
    """A table's values as SQLite stores them (any value in any column), booleans' 0/1 as false/true.

    Read without SQLAlchemy's type processing, so a string in a boolean column reaches the
    validator with its path instead of crashing the read.
    """
    columns = [c.name for c in table.columns]
    flags = [isinstance(c.type, Boolean) for c in table.columns]
    quoted = ", ".join(f'"{c}"' for c in columns)
    rows = conn.exec_driver_sql(f'SELECT {quoted} FROM "{table.name}"').fetchall()
    return columns, [[bool(v) if flag and v in (0, 1) and not isinstance(v, float) else v
                      for v, flag in zip(row, flags)] for row in rows]


def _rows_from_sqlite(path: Path) -> dict[str, tuple[list[str], list[list]]]:
    """paxdesk's tables of a SQLite backup (upgraded to the newest schema on a temporary copy)."""
    _refuse_foreign(str(path), _foreign_sqlite_objects(path))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "restore.sqlite"
        shutil.copyfile(path, work)
        source = open_crm(f"sqlite:///{work.as_posix()}")  # upgrades an older backup's schema
        try:
            _refuse_foreign(str(path), _foreign_columns(source))
            with source.connect() as conn:
                tables = {name: _raw_rows(conn, table) for name, table in TABLES.items()}
        finally:
            close_crm(source)
    _refuse_bad_values(str(path), tables)
    return tables


def _rows_from_snapshot(doc: dict, source: str) -> dict[str, tuple[list[str], list[list]]]:
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise InputError(f"{source}: tables: expected an object")
    _refuse_foreign(source, [f"table {name}" for name in tables if name not in TABLES])
    result = {}
    for name, content in tables.items():
        if not isinstance(content, dict) or not isinstance(content.get("columns"), list) \
                or not isinstance(content.get("rows"), list):
            raise InputError(f"{source}: tables.{name}: expected {{\"columns\": [...], \"rows\": [...]}}")
        columns = content["columns"]
        _refuse_foreign(source, [f"column {name}.{c}" for c in columns if not isinstance(c, str)
                                 or c not in TABLES[name].columns])
        for index, row in enumerate(content["rows"]):
            if not isinstance(row, list) or len(row) != len(columns) or \
                    not all(v is None or isinstance(v, (str, int, bool)) for v in row):
                raise InputError(f"{source}: tables.{name}.rows[{index}]: expected {len(columns)} plain values")
        result[name] = (columns, content["rows"])
    _refuse_bad_values(source, result)
    return result


def _insert(target: Engine, tables: dict[str, tuple[list[str], list[list]]]) -> None:
    """All rows in one transaction, parents first; PostgreSQL's id sequences continue after the restored ids."""
    with target.begin() as conn:
        for name, table in TABLES.items():
            columns, rows = tables.get(name, ([], []))
            for start in range(0, len(rows), CHUNK):
                conn.execute(insert(table), [dict(zip(columns, row)) for row in rows[start:start + CHUNK]])
            key = list(table.primary_key.columns)
            if target.dialect.name == "postgresql" and len(key) == 1 and key[0].type.python_type is int:
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', '{key[0].name}'), "
                                  f"COALESCE((SELECT MAX({key[0].name}) FROM {name}), 0) + 1, false)"))


def restore_backup(path: Path, target_url: str) -> None:
    """Restore a backup (SQLite file, ``paxdesk-backup/1`` or an exchange file) into an empty CRM."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such backup file")
    if any(same_file(path, own) for own in crm_files(target_url)):
        raise InputError(f"{path}: this is the CRM's own file; restore a backup into another, empty CRM")
    with open(path, "rb") as fh:
        is_sqlite = fh.read(16) == SQLITE_MAGIC
    document = None
    if is_sqlite:
        tables = _rows_from_sqlite(path)
    else:
        document = read_document(path)
        tables = _rows_from_snapshot(document, str(path)) if isinstance(document, dict) and \
            document.get("format") == FORMAT else None
    target = open_crm(target_url)
    try:
        if not is_empty(target):
            raise InputError(f"{target.url.render_as_string(hide_password=True)}: the CRM is not empty; "
                             "restore only into an empty CRM")
        if tables is None:  # an exchange file (the PostgreSQL backups of paxdesk before 0.x were these)
            import_document(target, document, str(path))
        else:
            _insert(target, tables)
    finally:
        close_crm(target)
