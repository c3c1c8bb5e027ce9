"""The fields of a legacy export and the headers that name them (CONTRACT §6.1), recognised under N2.

A header matches a field when its N2 form equals a synonym's N2 form; failing
that, when both are equal with every non-letter/digit removed ("Kd.-Nr." =
"KdNr", "marketing lock (e-mail)" = "Marketing-Lock E-Mail").
"""

from __future__ import annotations

import re

from paxdesk.domain.normalize import n2

CUSTOMER_FIELDS = ("legacy_id", "salutation", "title", "first_name", "last_name", "email", "phone", "street",
                   "zip", "city", "country", "birth_date", "user", "lock_email", "lock_post", "lock_phone",
                   "lock_all")
LOCK_FIELDS = ("lock_email", "lock_post", "lock_phone", "lock_all")
BOOKING_FIELDS = ("booking_id", "legacy_id", "user", "date", "travel_date", "destination", "price", "currency")
CUSTOMER_REQUIRED = ("legacy_id", "last_name")
BOOKING_REQUIRED = ("legacy_id",)

_ID = ["Kundennummer", "Kunden-Nr", "Kd-Nr", "KdNr", "customer number", "customer id", "id"]
_USER = ["Kürzel", "Expedient", "Sachbearbeiter", "Berater", "agent", "user"]
CUSTOMER_SYNONYMS: dict[str, list[str]] = {
    "legacy_id": _ID,
    "salutation": ["Anrede", "salutation"],
    "title": ["Titel", "title"],
    "first_name": ["Vorname", "first name"],
    "last_name": ["Nachname", "Name", "last name", "surname"],
    "email": ["E-Mail", "Email", "Mail"],
    "phone": ["Telefon", "Tel", "Mobil", "Handy", "phone", "mobile"],
    "street": ["Straße", "Strasse", "Str", "street"],
    "zip": ["PLZ", "Postleitzahl", "zip", "postal code"],
    "city": ["Ort", "Stadt", "city"],
    "country": ["Land", "country"],
    "birth_date": ["Geburtsdatum", "Geb-Datum", "Geburtstag", "birth date", "date of birth"],
    "user": _USER,
    "lock_email": ["Werbesperre E-Mail", "Newsletter-Sperre", "marketing lock (e-mail)", "marketing lock (email)"],
    "lock_post": ["Werbesperre Post", "marketing lock (post)", "marketing lock (mail)"],
    "lock_phone": ["Werbesperre Telefon", "marketing lock (phone)", "marketing lock (telephone)"],
    "lock_all": ["Werbesperre", "Keine Werbung", "marketing lock", "marketing lock (all)"],
}
BOOKING_SYNONYMS: dict[str, list[str]] = {
    "booking_id": ["Vorgangsnummer", "Vorgang", "Vorgangs-Nr", "booking id", "booking number", "booking"],
    "legacy_id": _ID,
    "user": _USER,
    "date": ["Buchungsdatum", "booking date", "date"],
    "travel_date": ["Reisedatum", "Abreise", "travel date", "departure"],
    "destination": ["Ziel", "Reiseziel", "destination"],
    "price": ["Preis", "Umsatz", "price", "revenue"],
    "currency": ["Währung", "currency"],
}

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def _keys(header: str) -> tuple[str, str]:
    strict = n2(header)
    return strict, _NOT_ALNUM.sub("", strict)


def _index(synonyms: dict[str, list[str]]) -> tuple[dict[str, str], dict[str, str]]:
    strict, loose = {}, {}
    for field, names in synonyms.items():
        for name in names:
            s, l = _keys(name)
            strict.setdefault(s, field)
            loose.setdefault(l, field)
    return strict, loose


_INDEX = {"customers": _index(CUSTOMER_SYNONYMS), "bookings": _index(BOOKING_SYNONYMS)}


def field_for(header: str, kind: str) -> str | None:
    """The field a header names in a ``customers`` or ``bookings`` file, or None (an unknown column, or a
    file of another kind: a users list)."""
    if kind not in _INDEX:
        return None
    strict, loose = _INDEX[kind]
    s, l = _keys(header)
    return strict.get(s) or (loose.get(l) if l else None)


def header_label(name: str, kind: str) -> str:
    """The header an export usually gives a field (its first, German synonym): what messages call it."""
    synonyms = (CUSTOMER_SYNONYMS if kind == "customers" else BOOKING_SYNONYMS).get(name)
    return synonyms[0] if synonyms else name


def fields_of(kind: str) -> tuple[str, ...]:
    return CUSTOMER_FIELDS if kind == "customers" else BOOKING_FIELDS


def required_of(kind: str) -> tuple[str, ...]:
    return CUSTOMER_REQUIRED if kind == "customers" else BOOKING_REQUIRED


def detect_mapping(headers: list[str], kind: str, override: dict[str, str | None] | None = None
                   ) -> dict[str, str | None]:
    """Header → field (None: ignored), the override (``--mapping``) winning over recognition.

    Override keys are compared like headers (N2), so ``"kd nr"`` overrides the column ``Kd-Nr``.
    """
    by_key = {_keys(h)[0]: v for h, v in (override or {}).items()}
    mapping = {}
    for header in headers:
        key = _keys(header)[0]
        mapping[header] = by_key[key] if key in by_key else field_for(header, kind)
    return mapping
