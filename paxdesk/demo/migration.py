"""The demo's legacy export: files in the demo folder, myJack users and the import permission in the sandbox."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from paxdesk.sandbox.fixture import ALTDATEN
from paxdesk.sandbox.legacy import BOOKING_HEADERS, HEADERS, build_legacy, write_csv, write_xlsx
from paxdesk.services.legacy_migration import MigrationSources


def prepare_migration_demo(folder: Path, fixture, api_url: str, token: str) -> MigrationSources:
    """A Windows-1252 customer CSV and a bookings XLSX (typos, duplicates, locks, unknown Kürzel)."""
    legacy = folder / "altdaten"
    legacy.mkdir(parents=True, exist_ok=True)
    export = build_legacy(600, seed=2026, cp1252_only=True)
    customers = write_csv(export.customers, HEADERS, legacy / "kunden-export.csv", encoding="cp1252")
    bookings = write_xlsx(export.bookings, BOOKING_HEADERS, legacy / "vorgaenge.xlsx", sheet="Vorgänge",
                          excel_types=True)
    fixture.users = [dict(u) for u in export.users] + [dict(ALTDATEN)]
    for number, row in enumerate(r for r in export.customers[::60] if "@" in r["email"]):  # already in myJack
        fixture.customers[str(880000 + number)] = {
            "id": str(880000 + number), "emails": [row["email"]], "deleted": False, "malformed": False,
            **{k: row.get(k) or None for k in ("salutation", "title", "first_name", "last_name", "phone", "street",
                                               "zip", "city", "country")}, "birth_date": None}
    fixture.tokens = {key: replace(info, scopes=info.scopes | {"import"}) for key, info in fixture.tokens.items()}
    return MigrationSources(customers, bookings, legacy / "myjack-paket", api_url, token)
