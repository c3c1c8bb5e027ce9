"""The conversion lock: only one conversion per CRM at a time.

SQLite: an OS file lock beside the database file (``crm.sqlite.lock``); the
kernel drops it the moment its holder dies. PostgreSQL: a session-level
advisory lock on a dedicated connection; the server drops it when that
connection ends, which is at once when the process is killed. Neither needs a
lease or heartbeat.

The advisory key is the CRM's random ``crm_lock.secret``, read with an UPDATE: a
role that cannot write the CRM cannot learn it, so it cannot hold the lock and block
every conversion (with a fixed key, CONNECT alone was enough). No transaction stays
open while the lock is held, so VACUUM and the GDPR scrub are not held back.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import filelock
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from paxdesk.crm.db import sqlite_path
from paxdesk.errors import BlockedError, LockHeld

HELD_MESSAGE = "another conversion is running on this CRM; wait until it has finished"


def _secret_key(conn: Connection) -> int:
    """The CRM's lock key; the UPDATE proves the role may write the CRM (committed at once, holds nothing)."""
    try:
        key = conn.execute(text("UPDATE crm_lock SET secret = secret WHERE id = 1 RETURNING secret")).scalar()
    except DBAPIError as exc:
        conn.rollback()
        if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient_privilege
            raise BlockedError("this database role may not write the CRM (no UPDATE on crm_lock); "
                               "convert with the role that owns the CRM") from None
        raise
    if key is None:  # emptied by hand: a new random key, as the schema migration made it
        conn.execute(text("INSERT INTO crm_lock (id, secret) VALUES (1, :secret) ON CONFLICT (id) DO NOTHING"),
                     {"secret": secrets.randbits(62) + 1})
        key = conn.execute(text("SELECT secret FROM crm_lock WHERE id = 1")).scalar()
    conn.commit()
    return key


class ConversionLock:
    def __init__(self, engine: Engine):
        self._engine = engine
        self._file_lock: filelock.BaseFileLock | None = None
        self._pg: Connection | None = None
        self._key: int | None = None
        db_file = sqlite_path(engine.url.render_as_string(hide_password=False))
        if db_file is not None:
            # thread_local=False: the wizard takes the lock in one worker thread and applies in another
            self._file_lock = filelock.FileLock(str(db_file) + ".lock", timeout=0, thread_local=False)

    @property
    def held(self) -> bool:
        if self._file_lock is not None:
            return self._file_lock.is_locked
        return self._pg is not None

    def acquire(self) -> None:
        """Take the lock or raise LockHeld at once; never waits for another holder."""
        if self._file_lock is not None:
            path = Path(self._file_lock.lock_file)
            if path.is_symlink() or (path.exists() and not path.is_file()):
                raise BlockedError(f"{path}: the conversion's lock file is a link or no file; paxdesk does not "
                                   "follow it. Remove it (no conversion is running while it is not a file) and "
                                   "start again")
            try:
                self._file_lock.acquire()
            except filelock.Timeout:
                raise LockHeld(HELD_MESSAGE) from None
            return
        conn = self._engine.connect()
        try:
            self._key = _secret_key(conn)
            got = conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": self._key}).scalar()
            conn.commit()
        except BaseException:
            conn.close()
            raise
        if not got:
            conn.close()
            raise LockHeld(HELD_MESSAGE)
        self._pg = conn

    def release(self) -> None:
        if self._file_lock is not None:
            if self._file_lock.is_locked:
                self._file_lock.release(force=True)
            return
        if self._pg is not None:
            try:
                self._pg.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self._key})
                self._pg.commit()
            finally:
                self._pg.close()
                self._pg = None

    def __enter__(self) -> "ConversionLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
