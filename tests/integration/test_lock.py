"""The conversion lock across real processes, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from paxdesk.crm.db import close_crm, open_crm
from paxdesk.crm.lock import ConversionLock
from paxdesk.errors import LockHeld
from tests.helpers import ROOT


def _holder(url: str, hold: float, on_go: bool = False) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.lock_holder", url, str(hold)] + ["--on-go"] * on_go,
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


@pytest.fixture
def crm(db_url):
    close_crm(open_crm(db_url))  # schema exists before the racers start
    return db_url


def test_two_racing_processes_exactly_one_wins(crm):
    for _ in range(3):
        racers = [_holder(crm, 1.0, on_go=True) for _ in range(2)]
        assert [p.stdout.readline().strip() for p in racers] == ["ready", "ready"]
        for racer in racers:  # both go at once, whenever each was ready
            racer.stdin.write("go\n")
            racer.stdin.flush()
        results = sorted(p.communicate(timeout=30)[0].strip() for p in racers)
        assert results == ["lost", "won"]
        assert sorted(p.returncode for p in racers) == [0, 4]


def test_the_lock_is_never_taken_while_its_holder_lives_and_at_once_after_kill_9(crm):
    holder = _holder(crm, 600)
    try:
        assert holder.stdout.readline().strip() == "won"
        engine = open_crm(crm)
        try:
            for _ in range(5):
                with pytest.raises(LockHeld):
                    ConversionLock(engine).acquire()
                time.sleep(0.1)
            holder.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no chance to clean up
            holder.wait(timeout=10)
            killed_at = time.monotonic()
            lock = ConversionLock(engine)
            while True:
                try:
                    lock.acquire()
                    break
                except LockHeld:
                    assert time.monotonic() - killed_at < 30, "lock not free 30 s after its holder was killed"
                    time.sleep(0.05)
            waited = time.monotonic() - killed_at
            lock.release()
            assert waited < 5, f"took {waited:.1f}s; expected (almost) at once"
        finally:
            close_crm(engine)
    finally:
        if holder.poll() is None:
            holder.kill()


def test_release_lets_the_next_conversion_in(crm):
    engine = open_crm(crm)
    try:
        with ConversionLock(engine) as first:
            assert first.held
            with pytest.raises(LockHeld):
                ConversionLock(engine).acquire()
        with ConversionLock(engine) as second:
            assert second.held
    finally:
        close_crm(engine)


def test_the_lock_belongs_to_the_process_not_to_the_thread_that_took_it(crm):
    import threading
    engine = open_crm(crm)
    try:
        lock = ConversionLock(engine)
        taker = threading.Thread(target=lock.acquire)
        taker.start()
        taker.join()
        seen_from_other_thread = []
        checker = threading.Thread(target=lambda: seen_from_other_thread.append(lock.held))
        checker.start()
        checker.join()
        assert seen_from_other_thread == [True]
        lock.release()
        assert not lock.held
    finally:
        close_crm(engine)


@pytest.fixture
def pg_crm_and_lurker():
    """A PostgreSQL CRM and a role that may only CONNECT to it (a reporting login, a colleague's tool)."""
    import uuid

    import psycopg

    from tests.conftest import new_postgres_database

    url, drop = new_postgres_database()
    close_crm(open_crm(url))
    role = "lurker_" + uuid.uuid4().hex[:8]
    database = url.rsplit("/", 1)[1]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
        conn.execute(f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"')
    lurker_url = url.replace("://postgres@", f"://{role}@", 1)
    try:
        yield url, lurker_url
    finally:
        drop()
        with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_a_role_that_cannot_write_the_crm_cannot_block_conversions(pg_crm_and_lurker):
    """Issue 27: with a fixed advisory key, CONNECT alone held the lock and blocked every conversion (exit 4)."""
    import psycopg

    from paxdesk.errors import BlockedError

    url, lurker_url = pg_crm_and_lurker
    with psycopg.connect(lurker_url, autocommit=True) as lurker:
        assert lurker.execute("SELECT pg_try_advisory_lock(x'7061786465736B'::bigint)").fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            lurker.execute("SELECT secret FROM crm_lock")
        engine = open_crm(url)
        try:
            with ConversionLock(engine) as lock:  # the lurker's lock on the old key blocks nothing
                assert lock.held
        finally:
            close_crm(engine)
        from sqlalchemy import create_engine
        lurker_engine = create_engine(lurker_url.replace("postgresql://", "postgresql+psycopg://", 1))
        try:
            with pytest.raises(BlockedError, match="may not write the CRM"):
                ConversionLock(lurker_engine).acquire()
        finally:
            lurker_engine.dispose()


def test_each_crm_has_its_own_random_lock_key(pg_crm_and_lurker):
    """The key is the CRM's, made by the schema migration (PostgreSQL's; SQLite locks a file)."""
    from sqlalchemy import text

    from tests.conftest import new_postgres_database

    other, drop = new_postgres_database()
    try:
        keys = []
        for url in (pg_crm_and_lurker[0], other):
            engine = open_crm(url)
            try:
                with engine.connect() as conn:
                    keys.append(conn.execute(text("SELECT secret FROM crm_lock")).scalar())
            finally:
                close_crm(engine)
        assert keys[0] != keys[1] and all(k > 0 for k in keys)
    finally:
        drop()
