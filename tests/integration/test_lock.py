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
