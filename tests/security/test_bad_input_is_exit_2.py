"""Items 9, 10, 15, 16: hostile input files end as exit 2 with a short message, never a crash; two crashes in one
second leave two crash reports; and (issue 16, item 9) a session in the far future does not block for ever."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from tests.helpers import run_paxdesk
from tests.security.conftest import small_crm


def _write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def test_a_5000_digit_integer_in_an_exchange_file(tmp_path):
    bad = _write(tmp_path / "big.json", '{"format": "paxdesk-crm/1", "users": [{"id": "u", "abbreviation": '
                                        + "9" * 5000 + "}]}")
    result = run_paxdesk("db", "import", str(bad), "--db", f"sqlite:///{(tmp_path / 'c.sqlite').as_posix()}")
    assert result.returncode == 2 and "not readable JSON" in result.stderr and len(result.stderr) < 1000


def test_an_unknown_50_mb_key_is_not_echoed_whole(tmp_path):
    key = "k" * 50_000_000
    bad = _write(tmp_path / "key.json", json.dumps({"format": "paxdesk-crm/1", key: 1,
                                                    "users": [{"id": "u", "abbreviation": "A", key: 2}]}))
    result = run_paxdesk("db", "import", str(bad), "--db", f"sqlite:///{(tmp_path / 'c.sqlite').as_posix()}")
    assert result.returncode == 2 and "unknown key" in result.stderr
    assert len(result.stderr) < 2000, len(result.stderr)


@pytest.mark.parametrize("content, expected", [
    ('{"c1": ["convert"]}', 'expected "convert"'), ('{"c1": {"a": 1}}', "unknown key 'a'"),
    ('{"c1": {"action": "convert", "to": 7}}', '"to" must be a MidOffice customer number'),
    ('{"c1": {"action": "convert", "to": "1", "confirmed": "yes"}}', '"confirmed" must be true or false'),
    ('{"c1": "skip", "c1": "convert"}', "appears twice"), ('{"c1": {"action": ["convert"]}}', "is not one of"),
    ('{"c1": {"action": "convert", "to": "\\ud800"}}', '"to" must be a MidOffice customer number'),
    ('{"\\ud800": "skip"}', "not a customer id"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"), ('{"c1": ' + "1" * 5000 + "}", "not valid JSON"),
    ('{"' + "x" * 1_000_000 + '": "keep"}', "is not one of convert"),
])
def test_bad_decisions_files(tmp_path, sandbox, content, expected):
    db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    small_crm(db, "myjack")
    decisions = _write(tmp_path / "decisions.json", content)
    result = run_paxdesk("convert", "--db", db, "--midoffice", "myjack", "--base-url", sandbox.api_url("myjack"),
                         "--token-env", "T", "--dry-run", "--decisions", str(decisions), env={"T": "x"})
    assert result.returncode == 2, result.stderr
    assert expected in result.stderr and "Traceback" not in result.stderr and len(result.stderr) < 1000


@pytest.mark.parametrize("fixture, expected", [
    ({"format": "paxdesk-sandbox/1", "tokens": [{"token": "t", "scopes": [{}]}]}, "scopes"),
    ({"format": "paxdesk-sandbox/1", "customers": 5}, "customers: expected a list"),
    ({"format": "paxdesk-sandbox/1", "tokens": 5}, "tokens: expected a list"),
    ({"format": "paxdesk-sandbox/1", "customers": [{"id": "1", "first_name": {"x": 1}}]}, "first_name"),
    ({"format": "paxdesk-sandbox/1", "faults": [1]}, "faults"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
])
def test_bad_sandbox_fixtures(tmp_path, fixture, expected):
    path = _write(tmp_path / "fixture.json", fixture if isinstance(fixture, str) else json.dumps(fixture))
    result = run_paxdesk("sandbox", "serve", "--fixture", str(path), timeout=60)
    assert result.returncode == 2, result.stderr
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_two_crashes_in_one_second_leave_two_reports(tmp_path):
    from paxdesk.logs import write_crash_report

    folder = tmp_path / "logs"
    reports = []
    for _ in range(3):
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            reports.append(write_crash_report(folder, exc))
    assert len(set(reports)) == 3 and all(p.exists() for p in reports)
    assert len(list(folder.glob("crash-*.txt"))) == 3


def test_a_session_far_in_the_future_is_not_active_for_ever(tmp_path):
    from paxdesk.crm.db import close_crm, open_crm
    from paxdesk.crm.sessions import active_sessions
    from tests.helpers import import_crm

    now = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    stamps = {"PC-SKEW": now + timedelta(minutes=4), "PC-FUTURE": now + timedelta(days=3650),
              "PC-NOW": now - timedelta(minutes=1), "PC-GONE": now - timedelta(minutes=16)}
    import_crm(url, {"format": "paxdesk-crm/1", "agency": {"name": "RB"}, "users": [{"id": "u", "abbreviation": "A"}],
                     "sessions": [{"user": "u", "host": h, "last_seen": t.isoformat()} for h, t in stamps.items()]})
    engine = open_crm(url)
    try:
        assert sorted(s.host for s in active_sessions(engine, now)) == ["PC-NOW", "PC-SKEW"]
    finally:
        close_crm(engine)


def test_a_checkpoint_that_another_program_blocks_is_reported(tmp_path):
    """Issue 16, item 9: the busy flag of wal_checkpoint is not ignored; close says the WAL still holds changes."""
    import sqlite3

    from sqlalchemy import text

    from paxdesk.crm.db import close_crm, open_crm
    from paxdesk.errors import StoreError

    path = tmp_path / "crm.sqlite"
    engine = open_crm(f"sqlite:///{path.as_posix()}")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO agency (id, name) VALUES (1, 'RB')"))
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT * FROM agency").fetchall()  # another program holds a read snapshot
    with engine.begin() as conn:
        conn.execute(text("UPDATE agency SET name = 'RB2'"))
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA busy_timeout=100")  # the pooled connection the checkpoint will use
    try:
        with pytest.raises(StoreError, match="-wal"):
            close_crm(engine)
    finally:
        reader.close()
    close_crm(open_crm(f"sqlite:///{path.as_posix()}"))  # once the reader is gone, the checkpoint completes
