"""Test helpers: CRM fingerprints, running the real CLI, and exchange-document comparison."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from paxdesk.crm.db import close_crm, open_crm, sqlite_path
from paxdesk.crm.exchange import export_document, import_document

ROOT = Path(__file__).resolve().parents[1]


def under_wine() -> bool:
    """Windows Python under wine (scripts/windows.sh): Windows' behaviour, but wine's and the host's timing."""
    if sys.platform != "win32":
        return False
    import ctypes

    return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")


def crm_fingerprint(url: str) -> str:
    """SQLite: the file's bytes (and WAL, if any). PostgreSQL: every row of every table, sorted."""
    path = sqlite_path(url)
    if path is not None:
        digest = hashlib.sha256()
        for candidate in (path, Path(str(path) + "-wal")):
            if candidate.exists():
                digest.update(candidate.read_bytes())
        return digest.hexdigest()
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        digest = hashlib.sha256()
        with engine.connect() as conn:
            for table in sorted(inspect(conn).get_table_names()):
                rows = sorted(repr(tuple(r)) for r in conn.execute(text(f'SELECT * FROM "{table}"')))
                digest.update(table.encode())
                digest.update("\n".join(rows).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()
    finally:
        engine.dispose()


def run_paxdesk(*args: str, env: dict | None = None, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """The real console entry point in a child process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "paxdesk", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, cwd=ROOT, **kwargs)


def write_json(path: Path, doc) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def canonical(doc: dict) -> dict:
    """An exchange document with nulls dropped and lists keyed by id, so equal data compares equal."""
    def clean(record: dict) -> dict:
        out = {k: v for k, v in record.items() if v is not None}
        for flag in ("gdpr_review", "anonymized"):
            if "kind" in record:
                out[flag] = bool(out.get(flag, False))
        return out

    result = {"format": doc["format"], "agency": clean(doc["agency"]) if doc.get("agency") else None}
    for name in ("users", "customers", "consultations", "offers"):
        result[name] = {r["id"]: clean(r) for r in doc.get(name) or []}
    result["sessions"] = sorted(json.dumps(clean(s), sort_keys=True) for s in doc.get("sessions") or [])
    return result


def import_crm(url: str, doc: dict) -> None:
    """Create or extend the CRM at ``url`` from an exchange document, closing it cleanly afterwards."""
    engine = open_crm(url)
    try:
        import_document(engine, doc, "test")
    finally:
        close_crm(engine)


def export_crm(url: str) -> dict:
    """The CRM as an exchange document, passed through JSON as the exchange file would be."""
    engine = open_crm(url)
    try:
        return json.loads(json.dumps(export_document(engine)))
    finally:
        close_crm(engine)


def xlsx_rows(path: Path, sheet: str | None = None) -> list[tuple]:
    """A sheet's rows as values, with the workbook closed again: a read-only workbook left open keeps its file
    open, and Windows refuses to delete an open file (the backfill list's delete test failed there)."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return list((book[sheet] if sheet else book.active).iter_rows(values_only=True))
    finally:
        book.close()
