"""Logs and crash reports: they exist, they help, and they hold neither the token nor customer names."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from paxdesk.cli import main
from paxdesk.logs import redact, register_secret
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from tests.helpers import import_crm

TOKEN = "log-token-SECRET-a1b2c3"


def test_an_unhandled_exception_leaves_a_crash_report_without_token_or_names(tmp_path, monkeypatch, capsys):
    scenario = build_scenario(copies=30, midoffice="myjack", seed=6, token=TOKEN)
    names = [c["last_name"] for c in scenario.crm["customers"] if c.get("last_name")][:10]
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, scenario.crm)
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)

    def explode(*args, **kwargs):  # a foreign error whose message carries a token and customer names
        raise RuntimeError(f"boom for {names[0]} {names[1]} with Bearer {TOKEN}")
    monkeypatch.setattr("paxdesk.services.usecases.applying.apply_plan", explode)
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        base = ["--db", url, "--midoffice", "myjack", "--base-url", server.api_url("myjack"), "--token-env",
                "PAXDESK_TOKEN"]
        monkeypatch.setenv("PAXDESK_TOKEN", TOKEN + "-wrong")
        assert main(["check", *base]) == 3  # a failing run first
        monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
        assert main(["convert", *base, "--yes", "--force"]) == 1
    err = capsys.readouterr().err
    assert "unexpected error (RuntimeError)" in err and "crash-" in err
    log_dir = Path(os.environ["PAXDESK_HOME"]) / "logs"
    reports = list(log_dir.glob("crash-*.txt"))
    assert len(reports) == 1
    report = reports[0].read_text(encoding="utf-8")
    assert "paxdesk 0.1.0" in report and "RuntimeError" in report and "explode" in report  # useful
    everything = "\n".join(p.read_text(encoding="utf-8") for p in log_dir.iterdir() if p.is_file()) + err
    assert TOKEN not in everything
    assert not [n for n in names if n in everything]


@pytest.mark.parametrize("text", [
    "Authorization: Bearer abc.def-123", "{'authorization': 'Bearer abc'}", "token=xyz123&grant_type=agency_token",
    '{"access_token": "qwertz123"}', "mail an jördis.weiss@bücher.example",
])
def test_redaction_patterns(text):
    redacted = redact(text)
    for secret in ("abc.def-123", "Bearer abc'", "xyz123", "qwertz123", "jördis.weiss@bücher.example"):
        assert secret not in redacted


def test_registered_secrets_are_redacted_in_log_records(tmp_path, caplog):
    from paxdesk.logs import setup_logging

    path = setup_logging(tmp_path / "logs", debug=True)
    register_secret("sekrit-4711-value")
    logging.getLogger("paxdesk.test").info("the value is %s", "sekrit-4711-value")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "the value is" in text and "sekrit-4711-value" not in text
