"""Acceptance (issue 27): a workbook bomb — shared strings that unpack to 200 MB from a few hundred KB — is exit 2 within
10 s and under 300 MB peak RSS, measured for the child process (``migrate prepare``); before, it took 2.6 GB and
45 s. The same bound holds for the users file, read by the same reader."""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest

if not Path("/proc/self/status").exists() and os.name != "nt":
    pytest.skip("needs Linux /proc or Windows (psutil)", allow_module_level=True)
if os.name == "nt":
    pytest.importorskip("psutil")

from openpyxl import Workbook

from tests.child_process import Measured


def _bomb(path: Path) -> Path:
    """A workbook whose one sheet holds 300,000 rows of the same long text: 200 MB of sheet XML that packs into a
    few hundred KB (rows a reader must walk, text it must build)."""
    book = Workbook()
    book.active.append(["Kundennummer", "Nachname"])
    raw = io.BytesIO()
    book.save(raw)
    row = b'<row><c t="inlineStr"><is><t>K</t></is></c><c t="inlineStr"><is><t>' + b"A" * 600 + b"</t></is></c></row>"
    sheet = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             b"<sheetData>" + row * 300_000 + b"</sheetData></worksheet>")
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                out.writestr(item.filename, source.read(item))
        out.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def test_the_workbook_bomb_is_refused_fast_and_small(tmp_path):
    bomb = _bomb(tmp_path / "kunden.xlsx")
    assert bomb.stat().st_size < 1_000_000
    run = Measured(["migrate", "prepare", "--customers", str(bomb), "--out", str(tmp_path / "paket")], tmp_path,
                   "bomb", {})
    give_up = time.monotonic() + 120
    while not run.poll():
        assert time.monotonic() < give_up, "prepare did not end"
        time.sleep(0.05)
    print(f"\nworkbook bomb: exit {run.returncode}, {run.seconds:.1f} s, {run.peak_mb:.0f} MB")
    assert run.returncode == 2 and "kunden.xlsx" in run.stderr and "refused unread" in run.stderr
    assert run.seconds < 10 and run.peak_mb < 300
    assert not (tmp_path / "paket").exists()
