"""Reading one legacy value (CONTRACT §6.1): dates, prices, lock flags, e-mails, phone numbers, text.

Each reader returns ``(value, problem)``: the clean value, or the raw value kept
as it was together with a short problem tag that becomes a finding. Readers never
raise on bad data. E-mails go through ``email-validator`` (syntax, IDNA), phone
numbers through ``phonenumbers`` (E.164 where valid for the country, default DE).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from paxdesk.domain.normalize import n1, n1_text

TRUE = frozenset({"ja", "j", "x", "1", "true", "yes", "gesperrt", "wahr"})
FALSE = frozenset({"", "nein", "n", "0", "false", "no", "falsch"})
_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})|(\d{4})-(\d{1,2})-(\d{1,2})")
_CURRENCY = re.compile(r"(?i)\s*(€|eur|euro)\s*")
_PRICE = re.compile(r"[-+]?(\d+|\d{1,3}([.,' ]\d{3})+)([.,]\d+)?")
_DOT_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_COUNTRY = {"deutschland": "DE", "germany": "DE", "d": "DE", "de": "DE", "österreich": "AT", "oesterreich": "AT",
            "austria": "AT", "a": "AT", "at": "AT", "schweiz": "CH", "switzerland": "CH", "ch": "CH"}

Result = tuple[str, str | None]


def text(raw) -> Result:
    """Any text: N1 without casefold (whitespace and invisible characters cleaned)."""
    if raw is None:
        return "", None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return n1_text(str(raw)), None


def legacy_date(raw, kind: str = "birth", today: date | None = None) -> Result:
    """``TT.MM.JJJJ``, ``T.M.JJ`` or ``JJJJ-MM-TT`` (or an Excel date cell) → ``YYYY-MM-DD``.

    Two-digit years: birth dates lie in the past; other dates within ±50 years of today.
    """
    if raw is None or raw == "":
        return "", None
    if isinstance(raw, datetime):
        return raw.date().isoformat(), None
    if isinstance(raw, date):
        return raw.isoformat(), None
    value = n1_text(str(raw))
    if not value:
        return "", None
    serial = _excel_serial(raw, value)
    if serial is not None:
        return _checked(serial, value, kind, today)
    match = _DATE.fullmatch(value.split(" ")[0] if " 00:00" in value else value)
    if not match:
        return value, "date"
    if match.group(4):
        year, month, day = int(match.group(4)), int(match.group(5)), int(match.group(6))
    else:
        day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if len(match.group(3)) == 2:
            year = _century(year, kind, today or date.today())
    try:
        parsed = date(year, month, day)
    except ValueError:
        return value, "date"
    return _checked(parsed, value, kind, today)


def _checked(parsed: date, value: str, kind: str, today: date | None) -> Result:
    today = today or date.today()
    if kind == "birth" and (parsed > today or parsed.year < 1880):
        return value, "date"
    return parsed.isoformat(), None


_EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (its 1900 leap-year bug included, as every reader does)
_SERIAL = re.compile(r"\d{5}(?:[.,]0+)?")


def _excel_serial(raw, value: str) -> date | None:
    """An Excel date serial — a number cell, or its 5 digits in a CSV ("44927" = 01.01.2023) — else None."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        number = float(raw)
    elif _SERIAL.fullmatch(value):
        number = float(value.replace(",", "."))
    else:
        return None
    if not number.is_integer() or not 10_000 <= number <= 80_000:  # 1927 … 2119
        return None
    return _EXCEL_EPOCH + timedelta(days=int(number))


def _century(yy: int, kind: str, today: date) -> int:
    if kind == "birth":
        year = 2000 + yy
        return year if year <= today.year else 1900 + yy
    candidates = [c + yy for c in (1900, 2000, 2100)]
    return min(candidates, key=lambda y: abs(y - today.year))


def price(raw) -> Result:
    """German or English decimal marks, thousands separators, an optional € / EUR → ``1234.50``.

    A single ``.`` or ``,`` followed by exactly three digits is a thousands separator only
    for the ``.`` (German ``2.480`` = 2480); ``2,480`` is read as 2.48 (German decimal comma).
    """
    if raw is None or raw == "":
        return "", None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return _fmt(Decimal(str(raw))), None
    value = n1_text(str(raw))
    cleaned = _CURRENCY.sub("", value).replace("\u202f", "").strip()
    if not cleaned:
        return (value, "price") if value else ("", None)
    if not _PRICE.fullmatch(cleaned):
        return value, "price"
    last_comma, last_dot = cleaned.rfind(","), cleaned.rfind(".")
    if last_comma >= 0 and last_dot >= 0:
        decimal_mark = "," if last_comma > last_dot else "."
    elif last_comma >= 0:
        decimal_mark = "," if cleaned.count(",") == 1 else None
    elif last_dot >= 0:
        decimal_mark = "." if cleaned.count(".") == 1 and len(cleaned) - last_dot - 1 != 3 else None
    else:
        decimal_mark = None
    digits = cleaned.replace(" ", "").replace("'", "")
    if decimal_mark:
        whole, _, fraction = digits.rpartition(decimal_mark)
        digits = whole.replace(".", "").replace(",", "") + "." + fraction
    else:
        digits = digits.replace(".", "").replace(",", "")
    try:
        return _fmt(Decimal(digits)), None
    except InvalidOperation:
        return value, "price"


def _fmt(amount: Decimal) -> str:
    return f"{amount:.2f}" if amount == amount.quantize(Decimal("0.01")) else format(amount.normalize(), "f")


def lock(raw) -> tuple[bool | None, str, str | None]:
    """A lock flag: (True/False, "", None), or (None, raw, "lock") when it reads as neither."""
    if raw is None:
        return False, "", None
    if isinstance(raw, bool):
        return raw, "", None
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return bool(raw), "", None
    key = n1(str(raw))
    if key in TRUE:
        return True, "", None
    if key in FALSE:
        return False, "", None
    return None, n1_text(str(raw)), "lock"


@lru_cache(maxsize=4096)
def _domain_ascii(domain: str) -> str | None:
    """The domain in IDNA form, or None when it is no valid domain (cached: domains repeat a lot)."""
    try:
        return validate_email(f"x@{domain}", check_deliverability=False).ascii_domain
    except EmailNotValidError:
        return None


def email(raw) -> Result:
    """Syntax checked (``email-validator``: local part, IDNA domain); the domain lowercased."""
    value, _ = text(raw)
    if not value:
        return "", None
    local, at, domain = value.rpartition("@")
    if not at or not local or " " in value:
        return value, "email"
    ascii_domain = _domain_ascii(domain.lower())
    if ascii_domain is None:
        return value, "email"
    if len(local) <= 64 and _DOT_ATOM.fullmatch(local):  # RFC 5322 dot-atom: no need to ask the library again
        return f"{local}@{domain.lower()}", None
    try:
        validate_email(f"{local}@{ascii_domain}", check_deliverability=False)
    except EmailNotValidError:
        return value, "email"
    return f"{local}@{domain.lower()}", None


def phone(raw, country: str = "") -> Result:
    """E.164 when the number is valid for its country (default DE), else the value as it was."""
    value, _ = text(raw)
    if not value:
        return "", None
    region = _COUNTRY.get(n1(country), "DE") if country else "DE"
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return value, "phone"
    if not phonenumbers.is_valid_number(number):
        return value, "phone"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


def zip_code(raw, country: str = "") -> Result:
    """A German postcode that a spreadsheet turned into a number gets its leading zero back (reported)."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        digits = str(int(raw))
        if len(digits) < 5 and _COUNTRY.get(n1(country), "DE") == "DE":
            return digits.zfill(5), "zip"
        return digits, None
    return text(raw)
