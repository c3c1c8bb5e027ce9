"""Opening a CRM: engine with the right SQLite pragmas, schema upgraded to the newest revision."""

from __future__ import annotations

import hashlib
import logging
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from paxdesk.errors import InputError, StoreError
from paxdesk.files import create_private, private_dir

SUPPORTED = ("sqlite", "postgresql")
# The services' names for the database's handle and its failures: they never import SQLAlchemy themselves
# (an import-linter contract), so every statement lives in this package's repositories.
DatabaseError = SQLAlchemyError
log = logging.getLogger("paxdesk.crm")


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "paxdesk.crm:migrations")
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA secure_delete=ON")  # deleted personal data must not linger in free pages
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: consistent after a crash or kill
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def crm_key(db_url: str) -> str:
    """One key per CRM; the password of a PostgreSQL URL never reaches the file, not even hashed with it."""
    try:
        url = make_url(db_url)._replace(password=None).render_as_string(hide_password=False)
    except Exception:  # not a URL SQLAlchemy parses: the text itself identifies the CRM
        url = db_url
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def crm_files(url: str) -> list[Path]:
    """The files that are the CRM (SQLite: the database, its WAL, shared memory, journal, lock); none for PostgreSQL."""
    path = sqlite_path(url)
    if path is None:
        return []
    return [path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal", ".lock"))]


def crm_exists(url: str) -> bool:
    """Whether a CRM (with paxdesk's schema) is already there; looks without creating anything."""
    path = sqlite_path(url)
    if path is not None:
        return path.exists() and path.stat().st_size > 0
    engine = create_crm_engine(url)
    try:
        with engine.connect() as conn:
            return inspect(conn).has_table("alembic_version")
    except OperationalError:
        return True  # cannot tell: let open_crm report the real problem
    finally:
        engine.dispose()


def create_crm_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise InputError(f"--db: '{url}' is not a database URL") from exc
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED:
        raise InputError(f"--db: {backend} is not supported (use sqlite or postgresql)")
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            if not path.parent.exists():
                private_dir(path.parent)
            create_private(path)  # owner-only from the first byte; SQLite gives its -wal/-shm the same mode
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def upgrade_schema(engine: Engine) -> None:
    """Bring the schema to the newest revision; a brand-new database gets the whole schema."""
    head = head_revision()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return
    with engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_crm(url: str) -> Engine:
    """An engine on an up-to-date CRM. Errors name the URL without its password."""
    engine = create_crm_engine(url)
    try:
        upgrade_schema(engine)
    except OperationalError as exc:
        engine.dispose()
        safe = make_url(url).render_as_string(hide_password=True)
        raise StoreError(f"cannot open the CRM at {safe}: {exc.orig}") from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        safe = make_url(url).render_as_string(hide_password=True)
        raise StoreError(f"cannot open the CRM at {safe}: {exc.__class__.__name__}") from exc
    return engine


def checkpoint(engine: Engine) -> None:
    """SQLite: every change into the ``.sqlite`` file and the WAL emptied — or StoreError saying why not.

    SQLite waits up to ``busy_timeout`` for other connections; if one still holds the WAL (another program
    reading the CRM), the checkpoint is incomplete (``busy``) and the WAL still holds recent changes.
    """
    if engine.dialect.name != "sqlite":
        return
    try:
        with engine.connect() as conn:
            busy, _frames, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    except SQLAlchemyError as exc:
        raise StoreError(f"the CRM's write-ahead log could not be merged into the database file "
                         f"({exc.__class__.__name__})") from None
    if busy:
        raise StoreError("the CRM's write-ahead log could not be merged into the database file: another program "
                         "is using the CRM; the '-wal' file beside it still holds the latest changes")


def close_crm(engine: Engine) -> None:
    """Close every connection; on SQLite first checkpoint, so the ``.sqlite`` file alone is the whole CRM.

    A failed checkpoint raises StoreError — unless another error is already on its way, which it must not
    hide: then it is logged.
    """
    another_error = sys.exc_info()[0] is not None  # called from a ``finally`` while an error propagates
    try:
        checkpoint(engine)
    except StoreError as exc:
        engine.dispose()
        if not another_error:
            raise
        log.warning("closing the CRM: %s", exc)
        return
    engine.dispose()
