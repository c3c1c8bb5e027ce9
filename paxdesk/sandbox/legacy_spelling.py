"""How real legacy exports write and miswrite their values: nicknames, typos, umlaut spellings, the many date,
price and phone formats, and the unreadable values (``BAD``) that tests expect as findings.

Apart from ``legacy.py`` (who is in the export) so each deformation can be read, and changed, on its own;
every function draws from the caller's seeded RNG, so the same seed still gives the same export.
"""

from __future__ import annotations

import random
from datetime import date

NICKNAMES = {"Johannes": "Hans", "Josef": "Sepp", "Anton": "Toni", "Christian": "Chris", "Stefanie": "Steffi",
             "Katharina": "Kathi", "Elisabeth": "Lisa", "Bernhard": "Bernd", "Ulrich": "Uli", "Alexander": "Alex",
             "Andreas": "Andi", "Sebastian": "Basti", "Florian": "Flo", "Gabriele": "Gabi", "Barbara": "Babsi",
             "Cornelia": "Conny", "Nikolaus": "Klaus", "Friedrich": "Fritz", "Heinrich": "Heinz",
             "Wilhelm": "Willi", "Rudolf": "Rudi", "Manfred": "Manni", "Maximilian": "Max", "Monika": "Moni",
             "Susanne": "Susi", "Thomas": "Tom", "Michael": "Michi", "Matthias": "Matze", "Daniela": "Dani",
             "Margarete": "Grete", "Jürgen": "Jürg", "Wolfgang": "Wolfi", "Benjamin": "Ben", "Tobias": "Tobi"}
BAD = {"birth_date": ["31.02.1980", "unbekannt", "00.00.0000", "1980/13/45"],
       "email": ["max.mustermann@", "kein mail@web.de", "info@@example.de", "ohne-at.example.de"],
       "phone": ["12", "n/a", "0049-x-123", "999"],
       "lock_email": ["vielleicht", "?", "evtl."],
       "price": ["ca. 500", "12,50,00", "frei"],
       "date": ["32.01.2020", "irgendwann", "2020-02-30"]}


def encodable(text: str) -> bool:
    """Whether Windows-1252 can hold the text (an export written by an old program can hold nothing else)."""
    try:
        text.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def phone(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return f"0171 {rng.randrange(1000000, 9999999)}"
    if kind == 1:
        return f"030 {rng.randrange(10000000, 99999999)}"
    return f"089 {rng.randrange(1000000, 9999999)}"


def typo(text: str, rng: random.Random) -> str:
    if len(text) < 4:
        return text + "e"
    i = rng.randrange(1, len(text) - 1)
    kind = rng.randrange(3)
    if kind == 0:  # swap two neighbours
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    if kind == 1:  # drop a letter
        return text[:i] + text[i + 1:]
    letter = rng.choice("aeinrst")
    return text[:i] + (letter if letter != text[i] else "o") + text[i + 1:]


def umlaut_spelling(text: str) -> str:
    return (text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
            .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"))


def format_date(day: date, rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.75:
        return day.strftime("%d.%m.%Y")
    if kind < 0.9:
        return f"{day.day}.{day.month}.{day.year % 100:02d}"
    return day.isoformat()


def format_price(amount: float, rng: random.Random) -> str:
    kind = rng.randrange(4)
    whole, cents = int(amount), int(round((amount - int(amount)) * 100))
    if kind == 0:
        return f"{whole:,}".replace(",", ".") + f",{cents:02d}"
    if kind == 1:
        return f"{whole},{cents:02d}"
    if kind == 2:
        return f"{whole}.{cents:02d}"
    return f"{whole:,}.{cents:02d} €"
