"""Shared fixtures: an isolated user data folder per test, and CRM URLs on SQLite and the real PostgreSQL."""

from __future__ import annotations

import os
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ.get("PAXDESK_TEST_FONTS"):  # the Windows lane's fonts for Qt's offscreen platform (scripts/windows.sh)
    os.environ.setdefault("QT_QPA_FONTDIR", os.environ["PAXDESK_TEST_FONTS"])


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """paxdesk's data/backup/log folders live in the test's temp dir, never in the real user folder."""
    home = tmp_path / "paxdesk-home"
    monkeypatch.setenv("PAXDESK_HOME", str(home))
    monkeypatch.delenv("PAXDESK_DB", raising=False)
    return home


def _postgres_server() -> str:
    """The PostgreSQL server of the run. A PostgreSQL case that cannot run fails (it never skips silently):
    ``scripts/test.sh`` starts a throwaway server and sets PAXDESK_TEST_PG."""
    server = os.environ.get("PAXDESK_TEST_PG")
    if not server:
        pytest.fail("PAXDESK_TEST_PG is not set: run the suite through scripts/test.sh (it starts PostgreSQL), "
                    "or start one with scripts/pg.sh and export its URL")
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


TOKEN = "tok-SECRET-4711-geheim"
RO_TOKEN = "tok-readonly-0815"


def sandbox_doc(customers: int = 20, faults: dict | None = None, deleted_every: int = 5) -> dict:
    """A sandbox fixture: numbers 200000.., every ``deleted_every``-th deleted; two tokens."""
    people = []
    for i in range(customers):
        people.append({"id": str(200000 + i), "salutation": "Frau", "title": None, "first_name": f"Vorname{i}",
                       "last_name": "Weiß" if i % 2 else "Groß", "emails": [f"p{i}@example.de", f"p{i}@zweit.de"],
                       "phone": "+49 30 1", "street": "Weg 1", "zip": "10115", "city": "Berlin", "country": "DE",
                       "birth_date": "1980-01-01", "deleted": bool(deleted_every) and i % deleted_every == 4})
    return {"format": "paxdesk-sandbox/1",
            "tokens": [{"token": TOKEN, "agency_id": "A-1001", "agency_name": "Reisebüro Sonnenschein",
                        "user_email": "anna@example.de", "scopes": ["read", "search"]},
                       {"token": RO_TOKEN, "agency_id": "A-1001", "agency_name": "Reisebüro Sonnenschein",
                        "user_email": "ro@example.de", "scopes": []}],
            "customers": people, "faults": faults or {}}


@pytest.fixture
def sandbox():
    from paxdesk.sandbox.fixture import parse_fixture
    from paxdesk.sandbox.server import SandboxServer

    with SandboxServer(parse_fixture(sandbox_doc()), token_ttl=3600) as server:
        yield server


class MemoryKeyring:
    """An in-memory keyring backend: headless Linux has none, and tests must not touch a real one."""

    priority = 1

    def __init__(self):
        self.store = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    import keyring
    from keyring.backend import KeyringBackend

    backend = type("TestKeyring", (MemoryKeyring, KeyringBackend), {})()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
