"""Legacy exports as real systems and people write them (CONTRACT §6.1; found by a walk with real-world files):
each is read, or refused with exit 2 naming the file (and row and column where there is one) — never a crash."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook

from paxdesk.errors import InputError
from paxdesk.migration.fields import detect_mapping
from paxdesk.migration.load import load_bookings, load_customers
from paxdesk.migration.reading import open_table
from tests.helpers import run_paxdesk

ROWS = [["Kundennummer", "Nachname", "Vorname", "Geburtsdatum"], ["K1", "Weiß", "Jördis", "01.02.1980"],
        ["K2", "Hansen", "Ole", "29221"]]  # 29221: an Excel date serial (01.01.1980) that reached the CSV


def _customers(path):
    table = open_table(path, "customers")
    return table, *load_customers(table, detect_mapping(table.headers, "customers"))


def _book(path, sheets: dict[str, list[list]]):
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_old_mac_line_ends_are_read(tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes("\r".join(";".join(r) for r in ROWS).encode("cp1252") + b"\r")
    _table, customers, findings = _customers(path)
    assert [c.values["last_name"] for c in customers] == ["Weiß", "Hansen"] and not findings


def test_a_header_below_title_rows_is_found_and_rows_keep_their_numbers(tmp_path):
    path = tmp_path / "titel.csv"
    lines = ["Kundenexport Reisebüro Sonnenschein", "erstellt am 01.12.2026", ""] + [";".join(r) for r in ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table, customers, _ = _customers(path)
    assert table.header_row == 4 and table.separator == ";"
    assert [(c.row, c.legacy_id) for c in customers] == [(5, "K1"), (6, "K2")]


def test_excel_date_serials_become_dates(tmp_path):
    path = tmp_path / "serial.csv"
    path.write_text("\n".join(";".join(r) for r in ROWS) + "\n", encoding="utf-8")
    _table, customers, findings = _customers(path)
    assert customers[1].values["birth_date"] == "1980-01-01" and not findings
    xlsx = _book(tmp_path / "v.xlsx", {"Vorgänge": [["Vorgangsnummer", "Kundennummer", "Buchungsdatum"],
                                                    ["V1", "K1", 45292]]})  # a number cell, not a date cell
    table = open_table(xlsx, "bookings")
    bookings, findings = load_bookings(table, detect_mapping(table.headers, "bookings"), {"K1"})
    assert bookings[0].values["date"] == "2024-01-01" and not findings


def test_rows_of_spaces_are_empty_rows_not_findings(tmp_path):
    path = tmp_path / "leer.csv"
    path.write_text("\n".join(";".join(r) for r in ROWS) + "\n  ;  ; ;\n\t;;;\n", encoding="utf-8")
    _table, customers, findings = _customers(path)
    assert len(customers) == 2 and not findings


def test_data_on_a_second_sheet_is_found(tmp_path):
    path = _book(tmp_path / "export.xlsx", {"Tabelle1": [["Export vom 01.12.2026"]], "Tabelle2": ROWS})
    table, customers, _ = _customers(path)
    assert table.sheet == "Tabelle2" and [c.legacy_id for c in customers] == ["K1", "K2"]


def test_an_xlsx_renamed_csv_is_read_as_what_it_is(tmp_path):
    path = _book(tmp_path / "kunden.xlsx", {"Kunden": ROWS}).rename(tmp_path / "kunden.csv")
    table, customers, _ = _customers(path)
    assert table.format == "xlsx" and len(customers) == 2


@pytest.mark.parametrize("case", ["broken-sheet", "password", "cut-off"])
def test_damaged_and_protected_workbooks_are_refused_naming_the_file(tmp_path, case):
    good = _book(tmp_path / "good.xlsx", {"Kunden": ROWS})
    path = tmp_path / f"{case}.xlsx"
    if case == "broken-sheet":
        with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
            for item in source.infolist():
                data = source.read(item)
                target.writestr(item, data[: len(data) // 2] if item.filename.startswith("xl/worksheets/") else data)
        needle = "damaged"
    elif case == "password":  # an encrypted OOXML workbook is an OLE compound file with an EncryptionInfo stream
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le")
                         + b"\x00" * 2048)
        needle = "protected by a password"
    else:
        path.write_bytes(good.read_bytes()[:300])
        needle = "XLSX"
    with pytest.raises(InputError) as info:
        _customers(path)
    assert info.value.exit_code == 2 and path.name in str(info.value) and needle in str(info.value)


def test_prepare_refuses_a_damaged_workbook_with_exit_2_and_writes_nothing(tmp_path):
    path = tmp_path / "kunden.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le"))
    out = tmp_path / "paket"
    result = run_paxdesk("migrate", "prepare", "--customers", str(path), "--out", str(out))
    assert result.returncode == 2 and "kunden.xlsx" in result.stderr and "password" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_a_workbook_bomb_is_refused_within_seconds_unread(tmp_path):
    """One shared string that unpacks to 200 MB from a few hundred KB: refused by the zip's directory."""
    import time

    path = _book(tmp_path / "bomb.xlsx", {"Kunden": ROWS})
    bomb = tmp_path / "bomb2.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, source.read(item))
        target.writestr("xl/padding.xml", b" " * 200_000_000)
    assert bomb.stat().st_size < 1_000_000
    started = time.monotonic()
    with pytest.raises(InputError) as info:
        _customers(bomb)
    assert "bomb2.xlsx" in str(info.value) and "refused unread" in str(info.value)
    assert time.monotonic() - started < 5


def test_a_formula_without_a_saved_result_is_named_not_dropped(tmp_path):
    """openpyxl writes formulas without results (as many export tools do); read as values they are empty."""
    path = _book(tmp_path / "formeln.xlsx", {"Kunden": [ROWS[0], ["K1", "Weiß", "Jördis", "01.02.1980"],
                                                         ["=\"K\"&(1+1)", "Hansen", "Ole", ""]]})
    with pytest.raises(InputError) as info:
        _customers(path)
    assert "formeln.xlsx, row 3, column 'Kundennummer'" in str(info.value) and "formula" in str(info.value)
    saved = _book(tmp_path / "ohne.xlsx", {"Kunden": ROWS[:2]})  # no formula: read once, as before
    table, customers, _ = _customers(saved)
    assert not table.formulas and len(customers) == 1
