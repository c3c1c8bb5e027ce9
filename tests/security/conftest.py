"""Helpers for the security suite: running paxdesk with a test resolver, and a small CRM."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT, import_crm

RESOLVING = Path(__file__).with_name("resolving_paxdesk.py")
TOKEN = "tok-SECRET-sec-4711"


def run_resolving(*args: str, resolve: str = "", env: dict | None = None, timeout: float = 120,
                  ) -> subprocess.CompletedProcess:
    """``paxdesk ARGS`` in a child process whose resolver maps names as ``resolve`` says (see the script)."""
    full = {**os.environ, "PAXDESK_TEST_RESOLVE": resolve, "PAXTOKEN": TOKEN, "PYTHONPATH": str(ROOT),
            **(env or {})}
    return subprocess.run([sys.executable, str(RESOLVING), *args], capture_output=True, text=True, env=full,
                          timeout=timeout, cwd=ROOT)


def small_crm(url: str, midoffice: str = "midoco", copies: int = 3, base_url: str | None = None) -> None:
    doc = {"format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Sonnenschein", "midoffice": midoffice},
           "users": [{"id": "u1", "abbreviation": "AM"}], "sessions": [],
           "customers": [{"id": f"c{i}", "kind": "v1", "midoffice": midoffice, "midoffice_id": str(100000 + i),
                          "first_name": f"Vor{i}", "last_name": f"Nach{i}", "email": f"c{i}@example.de"}
                         for i in range(copies)],
           "consultations": [], "offers": []}
    import_crm(url, doc)
    if base_url:
        from sqlalchemy import create_engine, text
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("UPDATE agency SET base_url = :u"), {"u": base_url})
        engine.dispose()
