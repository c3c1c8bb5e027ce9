"""The CRM store on SQLite and the real PostgreSQL: schema, exchange files, backup/restore, sessions."""

from __future__ import annotations

import copy
import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import inspect, select, text

from paxdesk.cli import main
from paxdesk.crm import models as m
from paxdesk import paths
from paxdesk.crm.backup import default_backup_path, restore_backup, write_backup
from paxdesk.crm.db import close_crm, head_revision, open_crm
from paxdesk.crm.exchange import export_document, write_document
from paxdesk.crm.sessions import active_sessions, end_all_sessions
from paxdesk.crm.uow import UnitOfWork
from tests.factories import generate_crm
from tests.helpers import canonical, crm_fingerprint, export_crm, import_crm, write_json

SAMPLE = generate_crm(customers=40, seed=3)




def test_a_brand_new_url_gets_the_whole_schema_at_head(db_url):
    engine = open_crm(db_url)
    try:
        tables = set(inspect(engine).get_table_names())
        assert {"agency", "users", "sessions", "customers", "consultations", "offers",
                "conversion_runs", "run_items", "audit_log", "decisions"} <= tables
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
    finally:
        close_crm(engine)


def test_sqlite_runs_in_wal_with_foreign_keys_and_secure_delete(sqlite_url):
    engine = open_crm(sqlite_url)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    finally:
        close_crm(engine)


def test_import_export_import_is_lossless(db_url, tmp_path):
    import_crm(db_url, SAMPLE)
    first = export_crm(db_url)
    assert canonical(first) == canonical(SAMPLE)
    buffer = io.StringIO()
    write_document(first, buffer)
    reparsed = json.loads(buffer.getvalue())
    assert reparsed == first


def test_import_via_cli_then_export_to_file(db_url, tmp_path):
    source = write_json(tmp_path / "in.json", SAMPLE)
    assert main(["db", "import", str(source), "--db", db_url]) == 0
    out = tmp_path / "out.json"
    assert main(["db", "export", "--db", db_url, "-o", str(out)]) == 0
    assert canonical(json.loads(out.read_text(encoding="utf-8"))) == canonical(SAMPLE)


def _broken(mutate) -> dict:
    doc = copy.deepcopy(SAMPLE)
    mutate(doc)
    return doc


def _first(doc, kind):
    return next(i for i, c in enumerate(doc["customers"]) if c["kind"] == kind)


INVALID = {
    "unknown key": (lambda d: d["customers"][0].update(nickname="x"), "customers[0].nickname: unknown key"),
    "unknown top-level key": (lambda d: d.update(extra=[]), "extra: unknown key"),
    "missing required": (lambda d: d["customers"][2].pop("kind"), "customers[2].kind: required field is missing"),
    "wrong type": (lambda d: d["customers"][1].update(gdpr_review="yes"), "customers[1].gdpr_review:"),
    "id not a string": (lambda d: d["users"][0].update(id=7), "users[0].id: 7 is not a string"),
    "bad date": (lambda d: d["customers"][0].update(kind="local", midoffice=None, midoffice_id=None,
                                                     birth_date="1981-02-30"),
                 "customers[0].birth_date: '1981-02-30' is not a date"),
    "bad timestamp": (lambda d: d["sessions"][0].update(last_seen="2026-11-23T09:58:00"),
                      "sessions[0].last_seen: '2026-11-23T09:58:00' has no UTC offset"),
    "duplicate id": (lambda d: d["customers"][5].update(id=d["customers"][4]["id"]),
                     "customers[5].id: duplicate id"),
    "dangling consultation": (lambda d: d["consultations"][0].update(customer="nobody"),
                              "consultations[0].customer: no customer with id 'nobody'"),
    "dangling user": (lambda d: d["offers"][0].update(user="ghost"), "offers[0].user: no user with id 'ghost'"),
    "v2 with personal fields": (lambda d: d["customers"][_first(d, "v2")].update(first_name="Anna"),
                                ".first_name: a v2 reference carries no personal data"),
    "v2 without number": (lambda d: d["customers"][_first(d, "v2")].pop("midoffice_id"),
                          ".midoffice_id: required for a v2 customer"),
    "bad format": (lambda d: d.update(format="paxdesk-crm/9"), "format: expected 'paxdesk-crm/1'"),
    "bad price": (lambda d: d["offers"][0].update(price=12.5), "offers[0].price: 12.5 is not a string"),
    "NUL in text": (lambda d: d["users"][0].update(name="a\x00b"), "users[0].name: contains a NUL character"),
    "local with reference": (lambda d: d["customers"][_first(d, "local")].update(midoffice_id="9"),
                             "a local customer has no MidOffice reference"),
}


@pytest.mark.parametrize("case", sorted(INVALID))
def test_an_invalid_file_is_refused_with_its_json_path_and_changes_nothing(case, db_url, tmp_path, capsys):
    import_crm(db_url, generate_crm(customers=5, seed=99, prefix="x"))  # an existing CRM the bad file must not touch
    before = crm_fingerprint(db_url)
    mutate, expected = INVALID[case]
    bad = write_json(tmp_path / "bad.json", _broken(mutate))
    assert main(["db", "import", str(bad), "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and expected in err
    assert crm_fingerprint(db_url) == before


def test_a_v1_of_another_midoffice_is_allowed(db_url):
    doc = generate_crm(customers=10, seed=1, midoffice="midoco")
    v1 = _first(doc, "v1")
    doc["customers"][v1]["midoffice"] = "myjack"
    import_crm(db_url, doc)
    assert canonical(export_crm(db_url)) == canonical(doc)


def test_problems_are_capped_at_twenty(tmp_path, sqlite_url, capsys):
    doc = copy.deepcopy(SAMPLE)
    for c in doc["customers"]:
        c["bogus"] = 1
    bad = write_json(tmp_path / "bad.json", doc)
    assert main(["db", "import", str(bad), "--db", sqlite_url]) == 2
    err = capsys.readouterr().err
    assert err.count(": unknown key") == 20
    assert f"and {len(doc['customers']) - 20} more" in err


@pytest.mark.parametrize("content,expected", [
    (b"{not json", "not valid JSON (line 1"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b"[]", "$: expected a JSON object"),
])
def test_unreadable_files_are_refused(tmp_path, sqlite_url, capsys, content, expected):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    assert main(["db", "import", str(bad), "--db", sqlite_url]) == 2
    assert expected in capsys.readouterr().err


def test_backup_then_restore_then_export_equals_the_export_before(db_url, tmp_path):
    import_crm(db_url, SAMPLE)
    before = export_crm(db_url)
    engine = open_crm(db_url)
    try:
        backup = write_backup(engine, default_backup_path(engine, paths.places().backups_dir()))
    finally:
        close_crm(engine)
    assert backup.parent.name == "backups" and backup.name.startswith("crm-")
    target = f"sqlite:///{(tmp_path / 'restored.sqlite').as_posix()}"
    restore_backup(backup, target)
    assert export_crm(target) == before


def test_cli_backup_and_restore_cross_database(db_url, tmp_path, capsys):
    import_crm(db_url, SAMPLE)
    out = tmp_path / "manual-backup"
    assert main(["db", "backup", "--db", db_url, "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    from tests.conftest import new_postgres_database
    pg_target, drop = new_postgres_database()
    try:
        assert main(["db", "restore", str(out), "--db", pg_target]) == 0
        assert export_crm(pg_target) == export_crm(db_url)
    finally:
        drop()


def test_restore_refuses_a_crm_that_is_not_empty(db_url, tmp_path, capsys):
    import_crm(db_url, SAMPLE)
    engine = open_crm(db_url)
    try:
        backup = write_backup(engine, tmp_path / "b.bak")
    finally:
        close_crm(engine)
    before = crm_fingerprint(db_url)
    assert main(["db", "restore", str(backup), "--db", db_url]) == 2
    assert "not empty" in capsys.readouterr().err
    assert crm_fingerprint(db_url) == before


def test_active_sessions_are_those_seen_within_fifteen_minutes_and_can_all_be_ended(db_url):
    now = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
    doc = generate_crm(customers=2, seed=5)
    doc["sessions"] = [
        {"user": "u1", "host": "PC-1", "last_seen": (now - timedelta(minutes=3)).isoformat()},
        {"user": "u2", "host": "PC-2", "last_seen": (now - timedelta(minutes=16)).astimezone(
            timezone(timedelta(hours=1))).isoformat()},
        {"user": "u3", "host": "PC-3", "last_seen": "2026-11-23T10:59:00+01:00"},  # 1 min ago, other offset
    ]
    import_crm(db_url, doc)
    engine = open_crm(db_url)
    try:
        active = active_sessions(engine, now=now)
        assert [(s.abbreviation, s.host) for s in active] == [("U3", "PC-3"), ("U1", "PC-1")]
        with UnitOfWork(engine) as uow:
            assert end_all_sessions(uow.session) == 3
            uow.commit()
        assert active_sessions(engine, now=now) == []
        assert export_document(engine)["sessions"] == []
    finally:
        close_crm(engine)


def test_unit_of_work_rolls_back_unless_committed(db_url):
    import_crm(db_url, generate_crm(customers=3, seed=2))
    engine = open_crm(db_url)
    try:
        with UnitOfWork(engine) as uow:
            uow.session.execute(m.Customer.__table__.update().values(first_name="changed"))
        with engine.connect() as conn:
            assert "changed" not in set(conn.scalars(select(m.Customer.first_name)))
    finally:
        close_crm(engine)
