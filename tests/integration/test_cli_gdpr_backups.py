"""``paxdesk gdpr`` and ``paxdesk db backups`` end to end (CONTRACT §1, §4.4): exit codes and confirmations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ROOT, export_crm, import_crm, run_paxdesk

UNIQUE = "Quendolinka"


def _crm(url: str) -> None:
    doc = {"format": "paxdesk-crm/1", "agency": {"name": "RB", "midoffice": "midoco"},
           "users": [{"id": "u1", "abbreviation": "AM"}], "customers": [], "consultations": [], "offers": []}
    for i in range(3):
        doc["customers"].append({"id": f"g{i}", "kind": "local", "first_name": f"{UNIQUE}{i}",
                                 "last_name": f"Nach{i}", "email": f"g{i}@mail.example", "gdpr_review": True})
        doc["consultations"] += [{"id": f"k{i}{n}", "customer": f"g{i}", "subject": "Kreta"} for n in range(i + 1)]
        doc["offers"].append({"id": f"o{i}", "customer": f"g{i}", "title": "Hotel", "price": "1.00"})
    doc["customers"].append({"id": "other", "kind": "local", "first_name": "Bleibt"})
    import_crm(url, doc)


def _listed(url: str) -> list[dict]:
    result = run_paxdesk("gdpr", "list", "--db", url, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_gdpr_commands_end_to_end(db_url):
    _crm(db_url)
    listed = _listed(db_url)
    assert [(c["id"], c["name"], c["consultations"], c["offers"], c["since"]) for c in listed] == [
        ("g0", f"{UNIQUE}0 Nach0", 1, 1, None), ("g1", f"{UNIQUE}1 Nach1", 2, 1, None),
        ("g2", f"{UNIQUE}2 Nach2", 3, 1, None)]
    human = run_paxdesk("gdpr", "list", "--db", db_url)
    assert human.returncode == 0 and f"{UNIQUE}1 Nach1" in human.stdout and "2 consultations" in human.stdout

    keep = run_paxdesk("gdpr", "keep", "g0", "--reason", "Stammkunde, Vertrag läuft", "--db", db_url)
    assert keep.returncode == 0, keep.stderr
    assert run_paxdesk("gdpr", "keep", "g0", "--db", db_url).returncode == 2  # --reason is required
    again = run_paxdesk("gdpr", "keep", "g0", "--reason", "x", "--db", db_url)
    assert again.returncode == 2 and "g0 is not awaiting a GDPR review" in again.stderr

    delete = run_paxdesk("gdpr", "delete", "g1", "--db", db_url, "--yes")
    assert delete.returncode == 0, delete.stderr
    assert "2 consultation(s) and 1 offer(s)" in delete.stderr
    anonymize = run_paxdesk("gdpr", "anonymize", "g2", "--db", db_url, "--yes")
    assert anonymize.returncode == 0, anonymize.stderr
    unknown = run_paxdesk("gdpr", "delete", "nobody", "--db", db_url, "--yes")
    assert unknown.returncode == 2 and "nobody" in unknown.stderr
    assert run_paxdesk("gdpr", "anonymize", "other", "--db", db_url, "--yes").returncode == 2  # not under review

    assert _listed(db_url) == []
    doc = export_crm(db_url)
    customers = {c["id"]: c for c in doc["customers"]}
    assert customers["g0"]["first_name"] == f"{UNIQUE}0" and not customers["g0"].get("gdpr_review")
    assert "g1" not in customers and not [k for k in doc["consultations"] if k["customer"] == "g1"]
    assert customers["g2"]["first_name"] == "Anonymisiert" and customers["g2"]["anonymized"] is True
    assert customers["other"]["first_name"] == "Bleibt"


def _in_terminal(args: list[str], answer: str) -> subprocess.CompletedProcess:
    """Run paxdesk with a pseudo-terminal as stdin (as an agent at a console would) and type ``answer``."""
    pty = pytest.importorskip("pty", reason="pseudo-terminals exist on POSIX only; Windows has no pty module")
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen([sys.executable, "-m", "paxdesk", *args], stdin=terminal,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                   env={**os.environ})
        os.write(controller, answer.encode() + b"\n")
        out, err = process.communicate(timeout=60)
    finally:
        os.close(controller)
        os.close(terminal)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_gdpr_delete_asks_on_a_terminal_and_no_changes_nothing(sqlite_url):
    _crm(sqlite_url)
    declined = _in_terminal(["gdpr", "delete", "g1", "--db", sqlite_url], "n")
    assert "Delete customer g1" in declined.stdout and f"{UNIQUE}1 Nach1" in declined.stdout
    assert declined.returncode == 1 and "nothing was changed" in declined.stderr
    assert [c["id"] for c in _listed(sqlite_url)] == ["g0", "g1", "g2"]
    accepted = _in_terminal(["gdpr", "anonymize", "g1", "--db", sqlite_url], "j")
    assert accepted.returncode == 0, accepted.stderr
    assert [c["id"] for c in _listed(sqlite_url)] == ["g0", "g2"]
    with_yes = _in_terminal(["gdpr", "delete", "g2", "--db", sqlite_url, "--yes"], "")
    assert with_yes.returncode == 0 and "[y/N]" not in with_yes.stdout


def _backup(url: str, age_days: float) -> Path:
    result = run_paxdesk("db", "backup", "--db", url)
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    stamp = time.time() - age_days * 86400
    os.utime(path, (stamp, stamp))
    return path


def test_db_backups_lists_and_purges_but_never_the_newest(db_url):
    _crm(db_url)
    old, older, newest = _backup(db_url, 40), _backup(db_url, 25), _backup(db_url, 20)  # newest: past protection
    listing = run_paxdesk("db", "backups")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert [next(p for p in (newest, older, old) if str(p) in line) for line in lines] == [newest, older, old]
    assert "newest, always kept" in lines[0] and "40 days" in lines[2]

    assert run_paxdesk("db", "backups", "--purge-older-than", "-1").returncode == 2
    assert run_paxdesk("db", "backups", "--purge-older-than", "soon").returncode == 2
    purge = run_paxdesk("db", "backups", "--purge-older-than", "30", "--yes")
    assert purge.returncode == 0, purge.stderr
    assert not old.exists() and older.exists() and newest.exists()
    purge_all = run_paxdesk("db", "backups", "--purge-older-than", "0", "--yes")
    assert purge_all.returncode == 0 and not older.exists()
    assert newest.exists()  # 20 days old, no longer protected, older than 0 days — and kept: it is the newest


def test_db_backups_purge_asks_on_a_terminal(sqlite_url):
    _crm(sqlite_url)
    old, newest = _backup(sqlite_url, 20), _backup(sqlite_url, 1)
    declined = _in_terminal(["db", "backups", "--purge-older-than", "7"], "n")
    assert "Delete 1 backup(s)" in declined.stdout and declined.returncode == 1 and old.exists()
    accepted = _in_terminal(["db", "backups", "--purge-older-than", "7"], "y")
    assert accepted.returncode == 0 and not old.exists() and newest.exists()
