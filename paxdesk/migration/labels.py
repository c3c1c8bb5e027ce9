"""German words and rows for the package's lists (files for the agency's people, not UI: no Qt here)."""

from __future__ import annotations

from collections.abc import Iterable

from paxdesk.migration.groups import DROP, KEEP_ALL, MERGE, Group, natural_key
from paxdesk.migration.records import Customer, Finding, LegacyData

KIND = {"date": "Datum nicht lesbar", "price": "Preis nicht lesbar", "lock": "Werbesperre weder ja noch nein",
        "email": "E-Mail-Adresse ungültig", "phone": "Telefonnummer ungültig",
        "zip": "PLZ ohne führende Null (ergänzt)", "missing_value": "Pflichtwert fehlt",
        "duplicate_id": "Kundennummer doppelt", "unknown_column": "Spalte unbekannt (ignoriert)",
        "extra_cells": "Zellen ohne Spaltenüberschrift", "unknown_customer": "Vorgang zu unbekanntem Kunden",
        "completed_by_merge": "Zeile ohne Nachname mit ihrer Dublette zusammengeführt",
        "myjack_unchecked": "in myJack nicht geprüft (Antwort nicht lesbar)",
        "skipped_in_myjack": "schon in myJack: nicht übernommen",
        "booking_of_skipped": "Vorgang eines nicht übernommenen Kunden",
        "formula_like": "Wert beginnt wie eine Formel"}
CONSEQUENCE = {"missing_value": "Zeile nicht übernommen", "duplicate_id": "Zeile nicht übernommen",
               "completed_by_merge": "übernommen: zusammengeführt in den genannten Kunden",
               "unknown_column": "Spalte nicht übernommen", "extra_cells": "Zellen nicht übernommen",
               "unknown_customer": "Vorgang nicht übernommen", "zip": "PLZ mit führender Null übernommen",
               "myjack_unchecked": "wird neu angelegt; bitte in myJack auf Dubletten prüfen",
               "skipped_in_myjack": "Kunde nicht übernommen (Entscheidung)",
               "booking_of_skipped": "Vorgang nicht übernommen – ggf. in myJack beim vorhandenen Kunden erfassen",
               "formula_like": "mit vorangestelltem ' übernommen (keine Formel)"}
REASON = {"name_birth": "gleicher Name und Geburtstag", "similar_name_birth": "ähnlicher Name, gleicher Geburtstag",
          "email": "gleiche E-Mail", "name_address": "gleicher Nachname, ähnlicher Vorname, gleiche Adresse",
          "name_phone": "gleicher Nachname, ähnlicher Vorname, gleiche Telefonnummer",
          "birth_typo": "Geburtsdatum bis auf einen Tippfehler gleich", "same_birth": "gleicher Geburtstag",
          "same_address": "gleiche Adresse", "similar_address": "ähnliche Adresse (gleiche Hausnummer und PLZ)",
          "same_phone": "gleiche Telefonnummer", "other_last_name": "anderer Nachname (z. B. nach Heirat)",
          "other_first_name": "anderer oder fehlender Vorname"}
PLACED = {"merged": "zusammengeführt in {0}", "skipped": "nicht übernommen (schon in myJack)",
          "linked": "mit myJack-Kunde {0} verknüpft"}
HOW = {"same": "gleiches Kürzel", "override": "festgelegt (Zuordnungsdatei)", "altdaten": "kein myJack-Benutzer",
       "inactive": "gleiches Kürzel (Benutzer inaktiv)"}

USER_HEADERS = ["Kürzel (Altdaten)", "myJack-Kürzel", "myJack-Benutzer", "Vorgänge", "Kunden", "Zuordnung"]
LOCK_HEADERS = ["Kundennummer", "Anrede", "Vorname", "Nachname", "E-Mail", "Sperre E-Mail", "Sperre Post",
                "Sperre Telefon", "Sperre alle", "Hinweis"]
FINDING_HEADERS = ["Datei", "Zeile", "Spalte", "Art", "Wert (unverändert)", "Folge"]
DUPLICATE_HEADERS = ["Gruppe", "Art", "Kundennummer", "Vorname", "Nachname", "Geburtsdatum", "E-Mail", "Telefon",
                     "Straße", "PLZ", "Ort", "Ähnlichkeit", "Vorschlag", "Letzter Vorgang", "Gründe", "Entscheidung"]


def joined(phrases: Iterable[str]) -> str:
    """Reason phrases as one text, each part once: two rules of one pair ("same last name, similar first name,
    same address" and "…, same phone") or the pairs of one group share their parts."""
    parts: list[str] = []
    for phrase in phrases:
        parts += [part for part in phrase.split(", ") if part not in parts]
    return ", ".join(parts)


def reasons_text(reasons) -> str:
    return joined(REASON.get(r, r) for r in reasons)


def decision_text(decision: str | None) -> str:
    if decision == MERGE:
        return "zusammenführen"
    if decision == KEEP_ALL:
        return "alle behalten"
    if decision and decision.startswith(DROP):
        return f"{decision[len(DROP):]} nicht übernehmen"
    if decision == "skip":
        return "nicht übernehmen"
    if decision == "link":
        return "mit dem myJack-Kunden verknüpfen"
    if decision == "import":
        return "übernehmen"
    return "offen (werden einzeln übernommen)"


def user_rows(mappings) -> list[list[str]]:
    return [[m.legacy or "(ohne Kürzel)", m.target, m.name, str(m.bookings), str(m.customers), HOW[m.how]]
            for m in mappings]


def _flag(customer, name: str) -> str:
    value = customer.locks.get(name, False)
    return f"unklar: {customer.values[name]}" if value is None else ("ja" if value else "")


def lock_rows(data: LegacyData, placed: dict[str, str]) -> list[list[str]]:
    rows = []
    for c in sorted(data.locked(), key=lambda c: natural_key(c.legacy_id)):
        v = c.values
        rows.append([c.legacy_id, v["salutation"], v["first_name"], v["last_name"], v["email"],
                     *(_flag(c, name) for name in ("lock_email", "lock_post", "lock_phone", "lock_all")),
                     placed.get(c.legacy_id, "nach dem Import in myJack neu setzen")])
    return rows


def finding_rows(findings: list[Finding]) -> list[list]:
    ordered = sorted(findings, key=lambda f: (f.file, f.row, f.column, f.kind))
    return [[f.file, f.row, f.column, KIND.get(f.kind, f.kind), f.raw,
             CONSEQUENCE.get(f.kind, "Wert unverändert übernommen")] for f in ordered]


PERSON = ("first_name", "last_name", "birth_date", "email", "phone", "street", "zip", "city")  # their columns


def duplicate_rows(groups: list[Group], hits, customers: Iterable[Customer] = ()) -> list[list]:
    """The rows of duplicates.xlsx: each record of a group, each linked pair, and each customer probably in
    myJack already — with its own values from the export, and whom myJack has (name and number)."""
    rows = []
    by_id = {c.legacy_id: c.values for c in customers}
    for group in groups:
        for position, member in enumerate(group.members):
            rows.append([group.id, "in der Datei", member.legacy_id, *(member.values[name] for name in PERSON),
                         group.score, "bleibt" if position == 0 else "", group.newest.get(member.legacy_id, ""),
                         reasons_text(group.reasons()), decision_text(group.decision)])
        for link in group.links:  # each pair with its own score and reasons; a weak one said
            rows.append([group.id, "Verknüpfung", f"{link.a} – {link.b}", *("" for _ in PERSON),
                         link.score, "schwache Verknüpfung: bitte prüfen" if link.weak else "", "",
                         reasons_text(list(link.reasons)), ""])
    for hit in sorted(hits, key=lambda h: natural_key(h.legacy_id)):
        v = by_id.get(hit.legacy_id, {})
        rows.append([f"myJack {hit.number}", "schon in myJack", hit.legacy_id,
                     *(v.get(name, "") for name in PERSON),
                     hit.score, f"in myJack: {hit.name} ({hit.number})", "", reasons_text(hit.reasons),
                     decision_text(hit.decision)])
    return rows
