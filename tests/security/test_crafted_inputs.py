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
