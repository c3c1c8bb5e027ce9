"""Crafted input is exit 2 with a clear message, never a crash (exit 1) and never an echo of a secret
(issue 27, the LOW findings), each as the CLI call an attacker or a confused user would make."""

from __future__ import annotations

import json
import os

import pytest

from paxdesk.sandbox.legacy import HEADERS, build_legacy, write_csv
from tests.helpers import run_paxdesk


@pytest.fixture
def package(tmp_path):
    export = build_legacy(20, seed=3)
    customers = write_csv(export.customers, HEADERS, tmp_path / "kunden.csv", encoding="utf-8")
    out = tmp_path / "paket"
    assert run_paxdesk("migrate", "prepare", "--customers", str(customers), "--out", str(out)).returncode == 0
    return customers, out


def test_deeply_nested_decisions_and_mapping_files_are_input_errors(package, tmp_path):
    customers, _out = package
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    for option in ("--decisions", "--mapping"):
        result = run_paxdesk("migrate", "prepare", "--customers", str(customers), option, str(deep),
                             "--out", str(tmp_path / "p2"))
        assert result.returncode == 2 and "deep.json" in result.stderr and "nested too deeply" in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("counts", ["viele", {"customers": {"x": 1}}, {"customers": -1}, {"customers": True}])
def test_a_manifest_with_crafted_counts_is_refused(package, counts, monkeypatch):
    _customers, out = package
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest["counts"] = counts
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    monkeypatch.setenv("MJ_TOKEN", "x" * 20)
    result = run_paxdesk("migrate", "upload", str(out), "--base-url", "https://127.0.0.1:9/myjack/v2",
                         "--token-env", "MJ_TOKEN")
    assert result.returncode == 2 and "counts" in result.stderr


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_package_files_are_never_read_through_a_link(package, tmp_path, monkeypatch):
    _customers, out = package
    secret = tmp_path / "secret.txt"
    secret.write_text("not for myJack", encoding="utf-8")
    (out / "customers.csv").unlink()
    (out / "customers.csv").symlink_to(secret)
    monkeypatch.setenv("MJ_TOKEN", "x" * 20)
    result = run_paxdesk("migrate", "upload", str(out), "--base-url", "https://127.0.0.1:9/myjack/v2",
                         "--token-env", "MJ_TOKEN")
    assert result.returncode == 2 and "a link is not followed" in result.stderr


def test_a_token_given_as_token_env_is_never_echoed(package):
    _customers, out = package
    for token, said in (("mjk_live_0123456789abcdefSECRET", "not set or empty"),  # looks like a name
                        ("mjk-live.0123456789/abcdef+SECRET", "NAME of an environment variable")):
        result = run_paxdesk("migrate", "upload", str(out), "--base-url", "https://127.0.0.1:9/myjack/v2",
                             "--token-env", token)
        assert result.returncode == 3 and token not in result.stdout + result.stderr and said in result.stderr


def test_server_text_with_control_characters_is_printed_escaped(package, monkeypatch):
    from paxdesk.sandbox.fixture import parse_fixture
    from paxdesk.sandbox.legacy import legacy_fixture
    from paxdesk.sandbox.server import SandboxServer

    _customers, out = package
    token = "mig-ctrl-SECRET-4242"
    monkeypatch.setenv("MJ_TOKEN", token)
    with SandboxServer(parse_fixture(legacy_fixture(build_legacy(5, seed=1), token, []))) as server:
        evil = "kaputt\x1b]0;gehackt\x07\x1b[2J\r\nFAKE: alles gut"
        server.sandbox.script("myjack", "POST", r"/imports$", 400, json.dumps({"error": "bad", "message": evil}))
        result = run_paxdesk("migrate", "upload", str(out), "--base-url", server.api_url("myjack"),
                             "--token-env", "MJ_TOKEN")
    assert result.returncode != 0
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr and "\nFAKE" not in result.stderr
    assert "\\x1b]0;gehackt" in result.stderr


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_a_lock_file_that_is_a_link_is_a_clear_error_not_a_crash(tmp_path, monkeypatch):
    from paxdesk.sandbox.fixture import parse_fixture
    from paxdesk.sandbox.server import SandboxServer
    from tests.conftest import TOKEN, sandbox_doc
    from tests.helpers import import_crm

    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, {"format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Sonnenschein", "midoffice": "midoco"},
                     "customers": []})
    target = tmp_path / "elsewhere.txt"
    target.write_text("someone else's file", encoding="utf-8")
    (tmp_path / "crm.sqlite.lock").symlink_to(target)
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with SandboxServer(parse_fixture(sandbox_doc(customers=2))) as server:
        result = run_paxdesk("convert", "--db", url, "--midoffice", "midoco", "--base-url", server.api_url("midoco"),
                             "--token-env", "PAXDESK_TOKEN", "--yes")
    assert result.returncode == 4 and "lock file is a link" in result.stderr and "Traceback" not in result.stderr
    assert target.read_text(encoding="utf-8") == "someone else's file"


@pytest.fixture(scope="module")
def pg_snapshot(tmp_path_factory):
    """A PostgreSQL CRM's ``paxdesk-backup/1`` snapshot after one conversion run (the journal too)."""
    from paxdesk.crm.backup import write_backup
    from paxdesk.crm.db import close_crm, open_crm
    from tests.conftest import new_postgres_database
    from tests.security.conftest import small_crm

    url, drop = new_postgres_database()
    try:
        small_crm(url, "myjack", copies=3)
        engine = open_crm(url)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql("INSERT INTO conversion_runs (id, midoffice, started_at, state) "
                                     "VALUES ('r1', 'myjack', '2026-12-01T10:00:00+00:00', 'done')")
            return json.loads(write_backup(engine, tmp_path_factory.mktemp("pg") / "b.json").read_text("utf-8"))
        finally:
            close_crm(engine)
    finally:
        drop()


def _snapshot(tmp_path, doc, edit):
    doc = json.loads(json.dumps(doc))
    edit(doc)
    path = tmp_path / "snapshot.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _set(table: str, index: int, column: str, value):
    def edit(doc):
        columns = doc["tables"][table]["columns"]
        doc["tables"][table]["rows"][index][columns.index(column)] = value
    return edit


@pytest.mark.parametrize("edit, path", [
    (_set("conversion_runs", 0, "started_at", "not-a-date"), "tables.conversion_runs.rows[0].started_at"),
    (_set("customers", 1, "kind", "weird"), "tables.customers.rows[1].kind"),
    (_set("customers", 0, "midoffice", 5), "tables.customers.rows[0].midoffice"),
    (_set("customers", 2, "gdpr_review", "yes"), "tables.customers.rows[2].gdpr_review"),
    (_set("customers", 0, "birth_date", "31.12.1970"), "tables.customers.rows[0].birth_date"),
    (_set("customers", 1, "id", "c0"), "tables.customers.rows[1]: duplicate key"),
    (_set("conversion_runs", 0, "state", "weird"), "tables.conversion_runs.rows[0].state"),
])
def test_db_restore_checks_every_value_of_a_snapshot(tmp_path, pg_snapshot, edit, path):
    """Issue 27: `db restore` validates a snapshot as `db import` validates an exchange file — exit 2
    naming the row and column, and the target CRM stays empty."""
    snapshot = _snapshot(tmp_path, pg_snapshot, edit)
    target = tmp_path / "restored.sqlite"
    result = run_paxdesk("db", "restore", str(snapshot), "--db", f"sqlite:///{target.as_posix()}")
    assert result.returncode == 2, result.stderr
    assert path in result.stderr and "nothing was written" in result.stderr
    assert "Traceback" not in result.stderr
    from paxdesk.crm.backup import is_empty
    from paxdesk.crm.db import close_crm, open_crm
    engine = open_crm(f"sqlite:///{target.as_posix()}")
    try:
        assert is_empty(engine)
    finally:
        close_crm(engine)


def test_db_restore_of_an_untouched_snapshot_still_works(tmp_path, pg_snapshot):
    snapshot = _snapshot(tmp_path, pg_snapshot, lambda _doc: None)
    target = tmp_path / "restored.sqlite"
    result = run_paxdesk("db", "restore", str(snapshot), "--db", f"sqlite:///{target.as_posix()}")
    assert result.returncode == 0, result.stderr


def test_db_restore_checks_the_values_of_a_sqlite_backup(tmp_path):
    """SQLite keeps any value in any column: a string in a boolean column is a finding, not a crash."""
    import sqlite3

    from paxdesk.crm.backup import write_backup
    from paxdesk.crm.db import close_crm, open_crm
    from tests.security.conftest import small_crm

    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    small_crm(url, "midoco", copies=2)
    engine = open_crm(url)
    backup = write_backup(engine, tmp_path / "backup.sqlite")
    close_crm(engine)
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE customers SET gdpr_review = 'yes', kind = 'weird' WHERE id = 'c1'")
    conn.commit()
    conn.close()
    target = tmp_path / "restored.sqlite"
    result = run_paxdesk("db", "restore", str(backup), "--db", f"sqlite:///{target.as_posix()}")
    assert result.returncode == 2, result.stderr
    assert "tables.customers.rows[1].gdpr_review" in result.stderr and "tables.customers.rows[1].kind" in result.stderr
