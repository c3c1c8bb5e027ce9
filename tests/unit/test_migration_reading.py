"""Reading legacy exports (CONTRACT §6.1): headers, encodings, separators, XLSX, values and findings."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from paxdesk.errors import InputError
from paxdesk.migration import values as v
from paxdesk.migration.fields import detect_mapping
from paxdesk.migration.load import load_bookings, load_customers
from paxdesk.migration.reading import open_table
from paxdesk.sandbox.legacy import BOOKING_HEADERS, HEADERS, build_legacy, write_csv, write_xlsx

# CONTRACT §6.1, written out here on purpose (not imported from paxdesk): the truth to test against.
CONTRACT_CUSTOMER_HEADERS = {
    "legacy_id": ["Kundennummer", "Kunden-Nr", "Kd-Nr", "KdNr", "customer number", "customer id", "id"],
    "salutation": ["Anrede", "salutation"], "title": ["Titel", "title"], "first_name": ["Vorname", "first name"],
    "last_name": ["Nachname", "Name", "last name", "surname"], "email": ["E-Mail", "Email", "Mail"],
    "phone": ["Telefon", "Tel", "Mobil", "Handy", "phone", "mobile"],
    "street": ["Straße", "Strasse", "Str", "street"], "zip": ["PLZ", "Postleitzahl", "zip", "postal code"],
    "city": ["Ort", "Stadt", "city"], "country": ["Land", "country"],
    "birth_date": ["Geburtsdatum", "Geb-Datum", "Geburtstag", "birth date", "date of birth"],
    "user": ["Kürzel", "Expedient", "Sachbearbeiter", "Berater", "agent"],
    "lock_email": ["Werbesperre E-Mail", "Newsletter-Sperre"], "lock_post": ["Werbesperre Post"],
    "lock_phone": ["Werbesperre Telefon"], "lock_all": ["Werbesperre", "Keine Werbung", "marketing lock"],
}
CONTRACT_BOOKING_HEADERS = {
    "booking_id": ["Vorgangsnummer", "Vorgang", "booking id"], "legacy_id": ["Kundennummer", "Kd-Nr"],
    "user": ["Kürzel", "Berater"], "date": ["Buchungsdatum"], "travel_date": ["Reisedatum", "Abreise"],
    "destination": ["Ziel", "Reiseziel"], "price": ["Preis", "Umsatz"], "currency": ["Währung"],
}


def _variants(header: str) -> list[str]:
    """The header as written, and as exports spell it: upper case, with a dot, umlauts written out."""
    return [header, header.upper(), f" {header}. ", header.replace("ä", "ae").replace("ü", "ue").replace("ß", "ss")]


@pytest.mark.parametrize("kind,table", [("customers", CONTRACT_CUSTOMER_HEADERS),
                                        ("bookings", CONTRACT_BOOKING_HEADERS)])
def test_every_synonym_is_recognised(kind, table):
    for field, headers in table.items():
        for header in headers:
            for variant in _variants(header):
                assert detect_mapping([variant], kind)[variant] == field, (kind, variant)


def test_unknown_columns_are_reported_and_the_mapping_file_overrides(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Kd-Nr;Nachname;Lieblingsfarbe;Notiz\n1;Weiß;blau;VIP\n", encoding="utf-8")
    table = open_table(path, "customers")
    customers, findings = load_customers(table, detect_mapping(table.headers, "customers"))
    assert [(f.column, f.kind, f.row) for f in findings] == [("Lieblingsfarbe", "unknown_column", 1),
                                                             ("Notiz", "unknown_column", 1)]
    mapping = detect_mapping(table.headers, "customers", {"lieblingsfarbe": "city", "Nachname": None,
                                                          "Notiz": "last_name"})
    assert mapping == {"Kd-Nr": "legacy_id", "Nachname": None, "Lieblingsfarbe": "city", "Notiz": "last_name"}
    customers, _ = load_customers(table, mapping)
    assert (customers[0].values["city"], customers[0].values["last_name"]) == ("blau", "VIP")


@pytest.mark.parametrize("encoding,separator", [("utf-8-sig", ";"), ("utf-8", ","), ("cp1252", "\t"),
                                                ("cp1252", ";"), ("utf-16", "\t")])
def test_encodings_and_separators(tmp_path, encoding, separator):
    export = build_legacy(60, seed=2, cp1252_only=True, bad_rate=0)
    path = write_csv(export.customers, HEADERS, tmp_path / "kunden.csv", encoding=encoding, separator=separator)
    table = open_table(path, "customers")
    assert table.separator == separator
    assert table.encoding == {"utf-8-sig": "utf-8-sig", "utf-8": "utf-8", "cp1252": "cp1252",
                              "utf-16": "utf-16"}[encoding]
    customers, findings = load_customers(table, detect_mapping(table.headers, "customers"))
    assert [c.values["last_name"] for c in customers] == [r["last_name"] for r in export.customers]
    assert not [f for f in findings if f.kind != "zip"]
    assert any("ü" in c.values["last_name"] or "ö" in c.values["last_name"] for c in customers)


def test_xlsx_with_excel_typed_cells_and_a_named_sheet(tmp_path):
    export = build_legacy(80, seed=4, bad_rate=0)
    path = tmp_path / "export.xlsx"
    workbook = Workbook()
    workbook.active.title = "Info"
    workbook.active.append(["not the data"])
    sheet = workbook.create_sheet("Kunden")
    sheet.append(list(HEADERS.values()))
    for row in export.customers:
        sheet.append([date(1980, 5, 17) if name == "birth_date" else int(row[name]) if name == "zip"
                      else row[name] for name in HEADERS])
    workbook.save(path)
    table = open_table(path, "customers")
    assert (table.format, table.sheet) == ("xlsx", "Kunden")
    customers, findings = load_customers(table, detect_mapping(table.headers, "customers"))
    assert len(customers) == len(export.customers)
    assert {c.values["birth_date"] for c in customers} == {"1980-05-17"}
    zeros = [r for r in export.customers if r["zip"].startswith("0")]
    assert sorted(f.raw for f in findings if f.kind == "zip") == sorted(str(int(r["zip"])) for r in zeros)
    assert all(len(c.values["zip"]) == 5 for c in customers)


def test_xlsx_first_sheet_by_default(tmp_path):
    export = build_legacy(30, seed=5, bad_rate=0)
    path = write_xlsx(export.bookings, BOOKING_HEADERS, tmp_path / "vorgaenge.xlsx", sheet="Tabelle1",
                      excel_types=True)
    table = open_table(path, "bookings")
    bookings, findings = load_bookings(table, detect_mapping(table.headers, "bookings"))
    assert len(bookings) == len(export.bookings) and not findings
    assert all(b.values["date"][:2] in ("19", "20") and len(b.values["date"]) == 10 for b in bookings)


def test_every_bad_value_is_a_finding_with_row_column_and_raw_value(tmp_path):
    export = build_legacy(800, seed=9, bad_rate=0.08)
    customers_path = write_csv(export.customers, HEADERS, tmp_path / "k.csv")
    bookings_path = write_csv(export.bookings, BOOKING_HEADERS, tmp_path / "b.csv")
    findings = []
    for path, kind in ((customers_path, "customers"), (bookings_path, "bookings")):
        table = open_table(path, kind)
        loader = load_customers if kind == "customers" else load_bookings
        _, found = loader(table, detect_mapping(table.headers, kind))
        findings += [(kind, f.row, f.column, f.raw) for f in found]
    rows = {("customers", r["legacy_id"]): n for n, r in enumerate(export.customers, start=2)}
    rows |= {("bookings", r["booking_id"]): n for n, r in enumerate(export.bookings, start=2)}
    headers = {**HEADERS, **BOOKING_HEADERS}
    expected = {(kind, rows[(kind, record)], headers[field] if not (kind == "bookings" and field == "date")
                 else BOOKING_HEADERS["date"], raw) for kind, record, field, raw in export.bad}
    assert len(export.bad) > 40
    assert expected == set(findings)


def test_readable_values_are_normalised(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Kundennummer;Nachname;Vorname;E-Mail;Telefon;Geburtsdatum;Werbesperre;Land\n"
                    "7; Weiß\u200b ;Jördis\u00a0 Anna;J.Weiss@BEISPIEL.de;030 1234567;1.3.81;X;Deutschland\n"
                    "8;Öztürk;Ali;ali@münchen.de;+43 1 58858;1981-03-14;nein;AT\n", encoding="utf-8")
    table = open_table(path, "customers")
    customers, findings = load_customers(table, detect_mapping(table.headers, "customers"))
    first, second = (c.values for c in customers)
    assert (first["last_name"], first["first_name"], first["email"]) == ("Weiß", "Jördis Anna", "J.Weiss@beispiel.de")
    assert (first["phone"], first["birth_date"], customers[0].locks["lock_all"]) == ("+49301234567", "1981-03-01",
                                                                                     True)
    assert (second["email"], second["phone"], customers[1].locks["lock_all"]) == ("ali@münchen.de", "+43158858",
                                                                                  False)
    assert findings == []


@pytest.mark.parametrize("raw,kind,expected", [
    ("14.03.1981", "birth", "1981-03-14"), ("1.3.81", "birth", "1981-03-01"), ("1981-03-14", "birth", "1981-03-14"),
    ("1.1.25", "birth", "2025-01-01"), ("1.1.30", "birth", "1930-01-01"), ("1.3.70", "travel", "2070-03-01"),
    ("1.3.80", "travel", "1980-03-01"), ("31.02.1980", "birth", None), ("morgen", "travel", None),
    ("1.1.2030", "birth", None)])
def test_dates(raw, kind, expected):
    value, problem = v.legacy_date(raw, kind, today=date(2026, 11, 1))
    assert (value, problem) == ((expected, None) if expected else (raw, "date"))


@pytest.mark.parametrize("raw,expected", [("1.234,56", "1234.56"), ("1234,56", "1234.56"), ("1234.56", "1234.56"),
                                          ("1,234.56", "1234.56"), ("2.480", "2480.00"), ("€ 12,50", "12.50"),
                                          ("12,50 EUR", "12.50"), ("-30,00", "-30.00"), (99.5, "99.50"),
                                          ("ca. 500", None), ("12,50,00", None), ("€", None)])
def test_prices(raw, expected):
    assert v.price(raw) == ((expected, None) if expected else (str(raw), "price"))


@pytest.mark.parametrize("raw", ["ja", "j", "x", "1", "true", "yes", "gesperrt", "JA", " X "])
def test_lock_true(raw):
    assert v.lock(raw)[0] is True


@pytest.mark.parametrize("raw", ["", None, "nein", "n", "0", "false", "no", "NEIN"])
def test_lock_false(raw):
    assert v.lock(raw)[0] is False


def test_lock_unreadable_is_kept():
    assert v.lock("vielleicht") == (None, "vielleicht", "lock")


@pytest.mark.parametrize("raw,ok", [("a@b.de", True), ("max@müller-reisen.de", True), ("a@b", False),
                                    ("a b@c.de", False), ("a..b@c.de", False), ("@c.de", False), ("a@-x.de", False)])
def test_emails(raw, ok):
    value, problem = v.email(raw)
    assert (problem is None) == ok and value == raw


def test_unreadable_files_exit_2_naming_file_row_and_column(tmp_path):
    cases = {"empty.csv": b"", "binary.csv": b"\x00\x01\x02PDF\x00",
             "old.xls": b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "broken.xlsx": b"PK\x03\x04 not really a zip",
             "cp.csv": b"Kundennummer;Nachname\n1;M\x81ller\n"}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(InputError) as info:
            open_table(tmp_path / name, "customers")
        assert info.value.exit_code == 2 and name in str(info.value)
    assert "row 2" in str(pytest.raises(InputError, open_table, tmp_path / "cp.csv", "customers").value)
    (tmp_path / "noid.csv").write_text("Name;Vorname\nWeiß;Jördis\n", encoding="utf-8")
    table = open_table(tmp_path / "noid.csv", "customers")
    with pytest.raises(InputError) as info:
        load_customers(table, detect_mapping(table.headers, "customers"))
    assert "noid.csv, row 1, column 'Kundennummer'" in str(info.value)  # as the agent's export calls it
    (tmp_path / "blank-header.csv").write_bytes(b";;\n1;2;3\n")  # no header at all: the first row with cells
    table = open_table(tmp_path / "blank-header.csv", "customers")  # is taken, and names no known column
    with pytest.raises(InputError) as info:
        load_customers(table, detect_mapping(table.headers, "customers"))
    assert "blank-header.csv, row 2, column 'Kundennummer'" in str(info.value)


def test_rows_without_id_or_with_a_repeated_id_are_left_out_with_a_finding(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Kundennummer;Nachname\n1;Weiß\n;Ohne\n1;Zweimal\n2;\n3;Gut;überzählig\n", encoding="utf-8")
    table = open_table(path, "customers")
    customers, findings = load_customers(table, detect_mapping(table.headers, "customers"))
    assert [c.legacy_id for c in customers] == ["1", "3"]
    assert [(f.row, f.kind) for f in findings] == [(3, "missing_value"), (4, "duplicate_id"), (5, "missing_value"),
                                                   (6, "extra_cells")]
