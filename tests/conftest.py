"""Shared fixtures: an isolated user data folder per test, and CRM URLs on SQLite and the real PostgreSQL."""

from __future__ import annotations

import os
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """paxdesk's data/backup/log folders live in the test's temp dir, never in the real user folder."""
    home = tmp_path / "paxdesk-home"
    monkeypatch.setenv("PAXDESK_HOME", str(home))
    monkeypatch.delenv("PAXDESK_DB", raising=False)
    return home


def _postgres_server() -> str:
    server = os.environ.get("PAXDESK_TEST_PG")
    if not server:
        if os.environ.get("CI"):
            pytest.fail("PAXDESK_TEST_PG is not set: run the suite through scripts/test.sh")
        pytest.skip("no PostgreSQL server (scripts/test.sh starts one)")
    return server


def new_postgres_database() -> tuple[str, callable]:
    import psycopg

    server = _postgres_server()
    name = "paxtest_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return server.rsplit("/", 1)[0] + "/" + name, drop


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A brand-new, empty CRM URL on each database paxdesk supports."""
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
        return
    url, drop = new_postgres_database()
    yield url
    drop()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
