"""Items 2, 11, 14, 15: no command writes onto the CRM it reads (also through symlinks and hard links); exports and
backups are whole or absent; every output path is checked before any change; restore takes paxdesk's schema only;
a refused import creates no CRM; and (issue 16, item 8) a PostgreSQL backup keeps the journal and the address."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from paxdesk import paths
from paxdesk.crm.backup import default_backup_path, restore_backup, write_backup
from paxdesk.crm.db import close_crm, open_crm
from paxdesk.errors import InputError
from tests.conftest import TOKEN as SANDBOX_TOKEN
from tests.helpers import export_crm, run_paxdesk
from tests.security.conftest import small_crm


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def crm(tmp_path) -> tuple[str, Path]:
    path = tmp_path / "source-crm.sqlite"
    url = f"sqlite:///{path.as_posix()}"
    small_crm(url, "myjack", copies=5)
    return url, path


def _aliases(path: Path) -> list[Path]:
    link = path.with_name("link.sqlite")
    link.symlink_to(path)
    hard = path.with_name("hard.sqlite")
    os.link(path, hard)
    return [path, link, hard, path.parent / "sub" / ".." / path.name, Path(f"{path}-wal")]


@pytest.mark.skipif(os.name != "posix", reason="symlinks and hard links need privileges on Windows")
@pytest.mark.parametrize("command", ["backup", "export"])
def test_backup_and_export_never_write_onto_the_crm(crm, command):
    url, path = crm
    (path.parent / "sub").mkdir()
    before = export_crm(url)
    for target in _aliases(path):
        size = path.stat().st_size
        result = run_paxdesk("db", command, "--db", url, "-o", str(target))
        assert result.returncode == 2, (target, result.stdout, result.stderr)
        assert "CRM's own file" in result.stderr and "nothing was written" in result.stderr
        assert path.stat().st_size == size
    assert export_crm(url) == before


def test_restore_never_reads_and_writes_the_same_file(crm):
    url, path = crm
    result = run_paxdesk("db", "restore", str(path), "--db", url)
    assert result.returncode == 2 and "CRM's own file" in result.stderr
    assert export_crm(url)["customers"]


def test_outputs_are_written_whole_or_not_at_all(crm, tmp_path, monkeypatch):
    """A failure while writing leaves the old file untouched and no partial file beside it."""
    url, _ = crm
    target = tmp_path / "out" / "export.json"
    target.parent.mkdir()
    target.write_text("the previous export", encoding="utf-8")
    from paxdesk.crm import exchange
    from paxdesk.services import crm_admin

    def broken(document, out):
        out.write('{"format": "paxdesk-crm/1", "partial')
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(exchange, "write_document", broken)
    with pytest.raises(OSError):
        crm_admin.export_to(url, target)
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert [p.name for p in target.parent.iterdir()] == ["export.json"]


@pytest.mark.parametrize("bad", ["folder", "missing-parent-file"])
def test_report_path_is_checked_before_any_change(crm, tmp_path, sandbox, bad):
    url, path = crm
    report = tmp_path / "a-folder" if bad == "folder" else tmp_path / "file.txt" / "report.json"
    if bad == "folder":
        report.mkdir()
    else:
        report.parent.write_text("a file, not a folder", encoding="utf-8")
    before = _digest(path)
    result = run_paxdesk("convert", "--db", url, "--midoffice", "myjack", "--base-url", sandbox.api_url("myjack"),
                         "--token-env", "T", "--yes", "--report", str(report), env={"T": SANDBOX_TOKEN})
    assert result.returncode == 2, result.stderr
    assert "--report" in result.stderr and "nothing was written" in result.stderr
    assert _digest(path) == before  # not even a backup or a journal row
    assert not any((Path(os.environ["PAXDESK_HOME"]) / "backups").glob("crm-*"))


def test_report_onto_the_crm_is_refused(crm, sandbox):
    url, path = crm
    result = run_paxdesk("convert", "--db", url, "--midoffice", "myjack", "--base-url", sandbox.api_url("myjack"),
                         "--token-env", "T", "--yes", "--report", str(path), env={"T": SANDBOX_TOKEN})
    assert result.returncode == 2 and "CRM's own file" in result.stderr
    assert export_crm(url)["customers"]


def test_a_refused_import_creates_no_crm(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "paxdesk-crm/1", "customers": [{"id": "c1", "kind": "v9"}]}), "utf-8")
    target = tmp_path / "new" / "crm.sqlite"
    result = run_paxdesk("db", "import", str(bad), "--db", f"sqlite:///{target.as_posix()}")
    assert result.returncode == 2 and "nothing was written" in result.stderr
    assert not target.exists() and not target.parent.exists()


def test_a_refused_import_creates_no_schema_in_postgresql(tmp_path):
    from tests.conftest import new_postgres_database
    from sqlalchemy import create_engine, inspect

    url, drop = new_postgres_database()
    try:
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps({"format": "paxdesk-crm/1", "users": [{"id": ""}]}), "utf-8")
        assert run_paxdesk("db", "import", str(bad), "--db", url).returncode == 2
        engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
        assert inspect(engine).get_table_names() == []
        engine.dispose()
    finally:
        drop()


def _with_foreign_objects(source_url: str, path: Path) -> Path:
    """A backup someone tampered with: a trigger copying names into a shadow table, a view, a column."""
    engine = open_crm(source_url)
    backup = write_backup(engine, path)
    close_crm(engine)
    conn = sqlite3.connect(backup)
    conn.executescript("""
        CREATE TABLE shadow (name TEXT, email TEXT);
        CREATE TRIGGER copy_out BEFORE UPDATE ON customers BEGIN
            INSERT INTO shadow VALUES (old.first_name, old.email); END;
    """)
    conn.close()
    return backup


def test_restore_refuses_foreign_schema_objects(crm, tmp_path, db_url):
    url, _ = crm
    tampered = _with_foreign_objects(url, tmp_path / "tampered.sqlite")
    with pytest.raises(InputError) as refused:
        restore_backup(tampered, db_url)
    assert "table shadow" in str(refused.value) and "trigger copy_out" in str(refused.value)
    engine = open_crm(db_url)
    try:
        from paxdesk.crm.backup import is_empty
        assert is_empty(engine)
    finally:
        close_crm(engine)

    for script in ("CREATE VIEW everyone AS SELECT first_name FROM customers",
                   "ALTER TABLE customers ADD COLUMN shadow_name TEXT"):
        clean = tmp_path / f"b{abs(hash(script))}.sqlite"
        engine = open_crm(url)
        write_backup(engine, clean)
        close_crm(engine)
        conn = sqlite3.connect(clean)
        conn.execute(script)
        conn.commit()
        conn.close()
        with pytest.raises(InputError, match="not paxdesk's"):
            restore_backup(clean, db_url)


def test_postgresql_backup_is_one_snapshot_with_the_journal(tmp_path, sandbox):
    """Issue 16, item 8: conversion_runs, run_items, audit_log, decisions and agency.base_url survive a restore."""
    from tests.conftest import new_postgres_database

    url, drop = new_postgres_database()
    restored_url = f"sqlite:///{(tmp_path / 'restored.sqlite').as_posix()}"
    try:
        small_crm(url, "myjack", copies=4)
        result = run_paxdesk("convert", "--db", url, "--midoffice", "myjack", "--base-url",
                             sandbox.api_url("myjack"), "--token-env", "T", "--yes", env={"T": SANDBOX_TOKEN})
        assert result.returncode in (0, 5), result.stderr
        from sqlalchemy import text
        engine = open_crm(url)
        with engine.begin() as conn:
            conn.execute(text("UPDATE agency SET base_url = 'https://api.myjack.de/v2'"))
            conn.execute(text("INSERT INTO decisions VALUES ('c1', 'skip', NULL, 'major', '2026-01-01T00:00:00+00:00')"))
            conn.execute(text("INSERT INTO audit_log (at, customer_id, action) VALUES ('2026-01-01T00:00:00+00:00', 'c1', 'gdpr_keep')"))
        backup = write_backup(engine, default_backup_path(engine, paths.places().backups_dir()))
        close_crm(engine)
        assert backup.suffix == ".json" and json.loads(backup.read_text("utf-8"))["format"] == "paxdesk-backup/1"
        restore_backup(backup, restored_url)

        def journal(db: str) -> dict:
            engine = open_crm(db)
            try:
                with engine.connect() as conn:
                    return {t: sorted(map(tuple, conn.execute(text(f"SELECT * FROM {t}"))))
                            for t in ("agency", "conversion_runs", "run_items", "audit_log", "decisions", "sessions")}
            finally:
                close_crm(engine)
        original, restored = journal(url), journal(restored_url)
        assert original["run_items"] and original["conversion_runs"] and original["audit_log"]
        assert restored == original
        assert export_crm(restored_url) == export_crm(url)
        # ...and back into PostgreSQL: the id sequences go on after the restored ids
        url2, drop2 = new_postgres_database()
        try:
            restore_backup(backup, url2)
            engine = open_crm(url2)
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO audit_log (at, customer_id, action) VALUES ('2027', 'c2', 'x')"))
            close_crm(engine)
        finally:
            drop2()
    finally:
        drop()


def test_the_postgresql_backup_is_one_snapshot(tmp_path):
    """A customer and its consultation committed while the backup runs (between two tables) are in none of it:
    under READ COMMITTED the consultation would be in the backup without its customer."""
    import io

    from sqlalchemy import text

    from paxdesk.crm import backup as backup_module
    from tests.conftest import new_postgres_database

    url, drop = new_postgres_database()
    try:
        small_crm(url, "myjack", copies=2)
        engine = open_crm(url)

        class Meddling(io.StringIO):
            def write(self, chunk):
                if '"users"' in chunk:  # customers are written; a colleague commits meanwhile
                    with engine.begin() as conn:
                        conn.execute(text("INSERT INTO customers (id, kind, gdpr_review, anonymized) "
                                          "VALUES ('late', 'local', false, false)"))
                        conn.execute(text("INSERT INTO consultations (id, customer_id) VALUES ('k-late', 'late')"))
                return super().write(chunk)

        out = Meddling()
        backup_module._write_snapshot(engine, out)
        close_crm(engine)
        tables = json.loads(out.getvalue())["tables"]
        assert [r[0] for r in tables["customers"]["rows"]] == ["c0", "c1"]
        assert tables["consultations"]["rows"] == []
        snapshot = tmp_path / "snapshot.json"
        snapshot.write_text(out.getvalue(), encoding="utf-8")
        restore_backup(snapshot, f"sqlite:///{(tmp_path / 'r.sqlite').as_posix()}")  # consistent: restores
    finally:
        drop()
