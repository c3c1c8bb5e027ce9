"""A built legacy export written as the files an agency hands over (CSV, XLSX) and the sandbox fixture that
plays its myJack, for the tests, the benchmarks and the demo.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path


def write_csv(rows: list[dict], headers: dict[str, str], path: Path, encoding: str = "utf-8-sig",
              separator: str = ";") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=separator, lineterminator="\r\n")
        writer.writerow(headers.values())
        for row in rows:
            writer.writerow([row.get(name, "") for name in headers])
    return path


def write_xlsx(rows: list[dict], headers: dict[str, str], path: Path, sheet: str = "Kunden",
               excel_types: bool = False) -> Path:
    """``excel_types``: dates as date cells, postcodes and prices as numbers (as Excel would keep them)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(sheet)
    ws.append(list(headers.values()))
    for row in rows:
        ws.append([_excel_value(name, row.get(name, ""), excel_types) for name in headers])
    workbook.save(path)
    return path


def _excel_value(name: str, value, excel_types: bool):
    if not excel_types or not value:
        return value
    if name in ("birth_date", "date", "travel_date"):
        parts = value.split(".")
        if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
            try:
                return date(int(parts[2]), int(parts[1]), int(parts[0]))
            except ValueError:
                return value
    if name == "zip" and value.isdigit():
        return int(value)
    return value


def legacy_fixture(export, token: str, myjack_customers: list[dict] | None = None) -> dict:
    """A sandbox fixture for the migration: the agency's myJack users and a token with the import scope.

    ``export`` is a ``legacy.LegacyExport`` (only its users are read); not imported here, as legacy.py imports
    this module (no import cycles, tests/unit/test_layers.py)."""
    return {"format": "paxdesk-sandbox/1",
            "tokens": [{"token": token, "agency_id": "A-1001", "agency_name": "Reisebüro Sonnenschein",
                        "user_email": "anna.meier@reisebuero.example", "scopes": ["read", "search", "import"]}],
            "users": export.users, "customers": myjack_customers or [], "faults": {}}
