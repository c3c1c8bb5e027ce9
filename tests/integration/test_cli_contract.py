"""CONTRACT §1 for every command: `--help` everywhere; `--debug` adds a traceback, never another exit code."""

from __future__ import annotations

import argparse

import pytest

from paxdesk.cli import build_parser, main
from tests.helpers import run_paxdesk, write_json

CONTRACT_COMMANDS = {"gui", "demo", "db import", "db export", "db backups", "sandbox serve", "check", "convert",
                     "gdpr list", "gdpr keep", "gdpr delete", "gdpr anonymize", "migrate prepare", "migrate upload"}


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and sub-command the parser knows, walked from the parser itself (new ones included)."""
    found = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _commands(sub, (*prefix, name))
    return found


COMMANDS = _commands(build_parser())


def test_the_contract_commands_exist():
    assert CONTRACT_COMMANDS <= {" ".join(c) for c in COMMANDS}


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "paxdesk")
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([*command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: paxdesk" + "".join(f" {c}" for c in command))
    assert "--help" in out and "--debug" in out


def test_help_through_the_console_entry_point():
    """The real process: help is printed and exits 0 (argparse's SystemExit, not one of ours)."""
    result = run_paxdesk("convert", "--help")
    assert result.returncode == 0 and "--concurrency" in result.stdout and result.stderr == ""


@pytest.mark.parametrize("debug", [False, True])
def test_debug_prints_the_traceback_but_keeps_the_exit_code(debug, tmp_path, capsys):
    bad = write_json(tmp_path / "bad.json", {"format": "paxdesk-crm/1", "customers": [{"id": "c1"}]})
    db = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    flags = ["--debug"] if debug else []
    assert main(["db", "import", str(bad), "--db", db, *flags]) == 2
    err = capsys.readouterr().err
    assert "bad.json" in err and err.rstrip().splitlines()[-1].startswith("  ")  # the problems are listed last
    assert ("Traceback (most recent call last)" in err) is debug
    assert main([*flags, "convert", "--db", db, "--midoffice", "myjack", "--base-url", "http://127.0.0.1:9",
                 "--token-env", "PAXDESK_NO_SUCH_VARIABLE"]) == 3
    err = capsys.readouterr().err
    assert "credential check failed" in err and ("Traceback" in err) is debug


def test_debug_keeps_exit_1_for_an_unexpected_error(tmp_path, monkeypatch, capsys):
    import paxdesk.cli_db

    def broken(args):
        raise RuntimeError("boom")
    monkeypatch.setattr(paxdesk.cli_db, "cmd_db", broken)
    assert main(["db", "export", "--db", f"sqlite:///{(tmp_path / 'c.sqlite').as_posix()}", "--debug"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: boom" in err and "unexpected error (RuntimeError)" in err
