"""The exit codes and messages of `paxdesk check` / `paxdesk convert` (CONTRACT §1)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from paxdesk import secrets
from paxdesk.cli import main
from paxdesk.crm.db import close_crm, open_crm
from paxdesk.crm.lock import ConversionLock
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from tests.helpers import crm_fingerprint, write_json

TOKEN = "cli-token-SECRET-9"


@pytest.fixture
def scenario():
    return build_scenario(copies=40, midoffice="myjack", seed=3, token=TOKEN)


@pytest.fixture
def setup(tmp_path, monkeypatch, scenario):
    scenario.crm["sessions"] = [{"user": "u0", "host": "PC-07",
                                 "last_seen": datetime.now(timezone.utc).isoformat(timespec="seconds")}]
    db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    assert main(["db", "import", str(write_json(tmp_path / "crm.json", scenario.crm)), "--db", db]) == 0
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        yield db, server, ["--db", db, "--midoffice", "myjack", "--base-url", server.api_url("myjack")]


def test_check_with_a_bad_token_exits_3_with_the_remedy(setup, monkeypatch, capsys):
    db, server, base = setup
    monkeypatch.setenv("PAXDESK_TOKEN", "not-the-token")
    assert main(["check", *base, "--token-env", "PAXDESK_TOKEN"]) == 3
    out = capsys.readouterr().out
    assert "3. FAILED" in out and "Parameter 1" in out and "not-the-token" not in out


def test_check_without_any_token_says_where_it_looked(setup, memory_keyring, capsys):
    db, server, base = setup
    assert main(["check", *base]) == 3
    out = capsys.readouterr().out
    assert "1. FAILED" in out and "--token-env" in out and "2. -" in out


def test_check_finds_the_token_in_the_keyring(setup, memory_keyring, capsys):
    db, server, base = setup
    secrets.save_token("Reisebüro Sonnenschein", "myjack", TOKEN)
    assert main(["check", *base]) == 0
    assert capsys.readouterr().out.count(" OK ") == 5


def test_a_token_too_long_for_the_windows_store_is_refused(memory_keyring):
    from paxdesk.errors import InputError
    with pytest.raises(InputError, match="longer than 1280"):
        secrets.save_token("RB", "myjack", "x" * 1281)


def test_check_accepts_the_bare_sandbox_root_url(setup, capsys):
    db, server, base = setup
    assert main(["check", "--db", db, "--midoffice", "myjack", "--base-url", server.url,
                 "--token-env", "PAXDESK_TOKEN"]) == 0


def test_convert_refuses_with_exit_4_while_colleagues_are_logged_in(setup, capsys):
    db, server, base = setup
    before = crm_fingerprint(db)
    assert main(["convert", *base, "--token-env", "PAXDESK_TOKEN", "--yes"]) == 4
    err = capsys.readouterr().err
    assert "AM on PC-07" in err and "last seen" in err
    assert crm_fingerprint(db) == before


def test_convert_with_force_proceeds_and_ends_all_sessions(setup, tmp_path, capsys):
    db, server, base = setup
    code = main(["convert", *base, "--token-env", "PAXDESK_TOKEN", "--yes", "--force",
                 "--report", str(tmp_path / "r.json")])
    assert code == 0, capsys.readouterr().err
    engine = open_crm(db)
    try:
        from paxdesk.crm.exchange import export_document
        assert export_document(engine)["sessions"] == []
    finally:
        close_crm(engine)
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["summary"]["converted"] == report["summary"]["match"]


def test_convert_exits_4_while_another_conversion_holds_the_lock(setup, capsys):
    db, server, base = setup
    engine = open_crm(db)
    try:
        with ConversionLock(engine):
            assert main(["convert", *base, "--token-env", "PAXDESK_TOKEN", "--yes", "--force"]) == 4
    finally:
        close_crm(engine)
    assert "another conversion is running" in capsys.readouterr().err


def test_decisions_override_accept_and_bad_decisions_files_exit_2(setup, scenario, tmp_path, capsys):
    db, server, base = setup
    bad = write_json(tmp_path / "bad.json", {"c00001": "maybe"})
    assert main(["convert", *base, "--token-env", "PAXDESK_TOKEN", "--dry-run", "--decisions", str(bad)]) == 2
    assert "bad.json" in capsys.readouterr().err
    major = next(cid for cid, status in scenario.expected.items() if status == "major")  # by construction
    match = next(cid for cid, status in scenario.expected.items() if status == "match")
    decisions = write_json(tmp_path / "d.json", {major: "convert", match: "skip"})
    out = tmp_path / "out.json"
    assert main(["convert", *base, "--token-env", "PAXDESK_TOKEN", "--dry-run", "--decisions", str(decisions),
                 "--report", str(out)]) == 0
    actions = {i["customer_id"]: i["action"] for i in json.loads(out.read_text(encoding="utf-8"))["items"]}
    assert actions[major] == "convert" and actions[match] == "skip"
    assert sum(a == "convert" for a in actions.values()) == list(scenario.expected.values()).count("match")


def test_errors_are_one_line_without_traceback(tmp_path, capsys):
    assert main(["db", "export", "--db", "mysql://x/y"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
