"""A realistic legacy export (etacs/Midoco/spreadsheet style) with its truth known by construction.

Faker's de_DE fills pools of names, streets and towns; people are drawn from the
pools with a seeded RNG (fast enough for 100,000 customers). The export then gets
what real ones have: duplicates (typos, nicknames, umlaut spellings, swapped
first/last names, abbreviated streets, reformatted phones), families sharing an
address, namesakes, unreadable dates/e-mails/phones/prices/lock flags, marketing
locks, and Kürzel that myJack does not know. ``LegacyExport`` records what was
built on purpose, so tests compare paxdesk against the construction, not itself.
How values get miswritten is ``legacy_spelling.py``; writing the files and the fixture, ``legacy_files.py``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker

from paxdesk.domain.normalize import n2
from paxdesk.sandbox.legacy_files import legacy_fixture, write_csv, write_xlsx
from paxdesk.sandbox.legacy_spelling import (BAD, NICKNAMES, encodable, format_date, format_price, phone, typo,
                                             umlaut_spelling)

# re-exported: the tests, the benchmarks and the demo import the writers from here, beside the export
__all__ = ["BOOKING_HEADERS", "HEADERS", "LegacyExport", "build_legacy", "legacy_fixture", "write_csv", "write_xlsx"]

UMLAUT_NAMES = ["Müller", "Schäfer", "Köhler", "Krüger", "Jäger", "Böhm", "Schröder", "Günther", "Löffler",
                "Hübner", "Förster", "Bäcker", "Weiß", "Groß", "Strauß", "Preuß"]
UMLAUT_FIRST = ["Jürgen", "Jörg", "Björn", "Sören", "Käthe", "Günther", "Jördis", "Dörte", "Ülkü", "Bärbel"]
DESTINATIONS = ["Mallorca", "Kreta", "Teneriffa", "Rhodos", "Antalya", "Hurghada", "Gran Canaria", "Sylt",
                "Usedom", "Rom", "Paris", "New York", "Dubai", "Kapstadt", "Bali", "Wien", "Zillertal"]
USERS = [("AM", "Anna Meier"), ("TK", "Tom König"), ("SB", "Sina Becker"), ("MW", "Marc Wolf"),
         ("JH", "Jana Hoffmann")]
UNKNOWN_KUERZEL = ["XY", "HB", "Chef", "pr"]
HEADERS = {"legacy_id": "Kundennummer", "salutation": "Anrede", "title": "Titel", "first_name": "Vorname",
           "last_name": "Nachname", "email": "E-Mail", "phone": "Telefon", "street": "Straße", "zip": "PLZ",
           "city": "Ort", "country": "Land", "birth_date": "Geburtsdatum", "user": "Kürzel",
           "lock_email": "Werbesperre E-Mail", "lock_post": "Werbesperre Post", "lock_phone": "Werbesperre Telefon",
           "lock_all": "Werbesperre"}
BOOKING_HEADERS = {"booking_id": "Vorgangsnummer", "legacy_id": "Kundennummer", "user": "Kürzel",
                   "date": "Buchungsdatum", "travel_date": "Reisedatum", "destination": "Reiseziel",
                   "price": "Preis", "currency": "Währung"}
TODAY = date(2026, 11, 1)


@dataclass
class LegacyExport:
    customers: list[dict]                 # field -> cell value, as written
    bookings: list[dict]
    clusters: list[set[str]]              # legacy ids that are one person (size ≥ 2)
    locked: set[str]                      # legacy ids with any lock set (or unreadable)
    bad: list[tuple[str, str, str, str]]  # (kind, record id, field, raw) of every unreadable value
    users: list[dict]                     # the agency's myJack users (fixture form)
    expected_user: dict[str, str] = field(default_factory=dict)  # legacy Kürzel -> myJack abbreviation/Altdaten

    def pairs(self) -> set[frozenset[str]]:
        out = set()
        for cluster in self.clusters:
            members = sorted(cluster)
            out |= {frozenset((a, b)) for i, a in enumerate(members) for b in members[i + 1:]}
        return out


class _Pools:
    def __init__(self, rng: random.Random, seed: int, cp1252_only: bool):
        fake = Faker("de_DE")
        fake.seed_instance(seed)

        def pool(make, n):
            values = {make() for _ in range(n)}
            if cp1252_only:
                values = {x for x in values if encodable(x)}
            return sorted(values)
        self.female = pool(fake.first_name_female, 400) + ["Stefanie", "Katharina", "Elisabeth", "Gabriele",
                                                           "Barbara", "Cornelia", "Monika", "Susanne", "Daniela"]
        self.male = pool(fake.first_name_male, 400) + ["Johannes", "Josef", "Anton", "Christian", "Bernhard",
                                                       "Ulrich", "Alexander", "Andreas", "Thomas", "Michael"]
        self.last = pool(fake.last_name, 1500)
        self.streets = pool(fake.street_name, 1500)
        self.towns = sorted({(fake.postcode(), fake.city()) for _ in range(1500)})
        self.domains = ["web.de", "gmx.de", "t-online.de", "gmail.com", "freenet.de", "posteo.de", "müller-reisen.de"]


def build_legacy(customers: int = 500, seed: int = 0, duplicate_rate: float = 0.12, bad_rate: float = 0.03,
                 lock_rate: float = 0.08, bookings_per_customer: float = 3.0, cp1252_only: bool = False,
                 family_rate: float = 0.05) -> LegacyExport:
    """``customers`` distinct people (plus their duplicates and family members) and their bookings."""
    rng = random.Random(seed)
    build = _Builder(rng, _Pools(rng, seed, cp1252_only), LegacyExport([], [], [], set(), [], *_agency_users()),
                     lock_rate, bad_rate)
    export = build.export
    next_id = iter(range(10001, 10 ** 9))
    for _ in range(customers):
        p = build.person()
        build.give_email(p)
        main = str(next(next_id))
        rows = [build.record(p, main)]
        if rng.random() < duplicate_rate:
            cluster = {main}
            for _ in range(1 if rng.random() < 0.8 else 2):
                dup_id = str(next(next_id))
                rows.append(build.record(build.duplicate_of(p), dup_id))
                cluster.add(dup_id)
            export.clusters.append(cluster)
        if rng.random() < family_rate:
            relative = build.relative_of(p)
            rows.append(build.record(relative, str(next(next_id))))
        for row in rows:
            build.spoil(row)
        export.customers.extend(rows)
    rng.shuffle(export.customers)
    _bookings(export, rng, bookings_per_customer, bad_rate)
    return export


def _agency_users() -> tuple[list[dict], dict[str, str]]:
    """The agency's myJack users (the last one inactive) and the myJack user each legacy Kürzel should get."""
    users = [{"id": f"u{i}", "abbreviation": a, "name": n, "email": f"{a.lower()}@reisebuero.example",
              "active": True} for i, (a, n) in enumerate(USERS)]
    users[-1]["active"] = False
    expected: dict[str, str] = {}
    for abbreviation, _ in USERS:
        expected[abbreviation] = abbreviation
        expected[abbreviation.lower()] = abbreviation
    for unknown in UNKNOWN_KUERZEL:
        expected[unknown] = "Altdaten"
    expected[""] = "Altdaten"
    return users, expected


class _Builder:
    """The steps of one ``build_legacy`` run over its seeded RNG: each draws in a fixed order, so a seed
    always gives the same export, and each records on ``export`` what it built on purpose (the truth)."""

    def __init__(self, rng: random.Random, pools: _Pools, export: LegacyExport, lock_rate: float,
                 bad_rate: float):
        self.rng, self.pools, self.export = rng, pools, export
        self.lock_rate, self.bad_rate = lock_rate, bad_rate
        self.emails_used: set[str] = set()

    def person(self) -> dict:
        rng, pools = self.rng, self.pools
        female = rng.random() < 0.5
        first = rng.choice(pools.female if female else pools.male)
        if rng.random() < 0.05:
            first = rng.choice(UMLAUT_FIRST)
        last = rng.choice(UMLAUT_NAMES) if rng.random() < 0.12 else rng.choice(pools.last)
        zip_, city = rng.choice(pools.towns)
        born = date(1930, 1, 1) + timedelta(days=rng.randrange(0, 75 * 365))
        return {"salutation": "Frau" if female else "Herr", "title": "Dr." if rng.random() < 0.04 else "",
                "first_name": first, "last_name": last, "email": "", "phone": phone(rng) if rng.random() < 0.8
                else "", "street": f"{rng.choice(pools.streets)} {rng.randrange(1, 120)}", "zip": zip_,
                "city": city, "country": "Deutschland" if rng.random() < 0.3 else "DE", "birth": born,
                "user": _kuerzel(rng)}

    def give_email(self, p: dict) -> None:
        rng = self.rng
        if rng.random() < 0.85:
            base = f"{n2(p['first_name']).replace(' ', '')}.{n2(p['last_name']).replace(' ', '')}"
            address = f"{base}@{rng.choice(self.pools.domains)}"
            while address in self.emails_used:
                address = f"{base}{rng.randrange(1, 9999)}@{rng.choice(self.pools.domains)}"
            self.emails_used.add(address)
            p["email"] = address

    def record(self, p: dict, legacy_id: str) -> dict:
        rng = self.rng
        row = {"legacy_id": legacy_id, **{k: p[k] for k in ("salutation", "title", "first_name", "last_name",
                                                             "email", "phone", "street", "zip", "city", "country",
                                                             "user")},
               "birth_date": format_date(p["birth"], rng) if p["birth"] else ""}
        for name in ("lock_email", "lock_post", "lock_phone", "lock_all"):
            row[name] = ""
        if rng.random() < self.lock_rate:
            name = rng.choice(["lock_email", "lock_post", "lock_phone", "lock_all"])
            row[name] = rng.choice(["x", "ja", "1", "X", "gesperrt", "J"])
            self.export.locked.add(legacy_id)
        elif rng.random() < 0.2:
            row[rng.choice(["lock_email", "lock_post"])] = rng.choice(["nein", "0", "n"])
        return row

    def spoil(self, row: dict) -> None:
        """Make one value unreadable (recorded as truth)."""
        rng = self.rng
        if rng.random() >= self.bad_rate:
            return
        name = rng.choice(["birth_date", "email", "phone", "lock_email"])
        raw = rng.choice(BAD[name])
        row[name] = raw
        self.export.bad.append(("customers", row["legacy_id"], name, raw))
        if name == "lock_email":
            self.export.locked.add(row["legacy_id"])

    def duplicate_of(self, p: dict) -> dict:
        rng, pools = self.rng, self.pools
        q = dict(p)
        change = rng.choice(["typo_first", "typo_last", "nickname", "umlaut", "swap", "case", "same"])
        if change == "typo_first":
            q["first_name"] = typo(p["first_name"], rng)
        elif change == "typo_last":
            q["last_name"] = typo(p["last_name"], rng)
        elif change == "nickname" and p["first_name"] in NICKNAMES:
            q["first_name"] = NICKNAMES[p["first_name"]]
        elif change == "umlaut":
            q["first_name"], q["last_name"] = umlaut_spelling(p["first_name"]), umlaut_spelling(p["last_name"])
        elif change == "swap":
            q["first_name"], q["last_name"] = p["last_name"], p["first_name"]
        elif change == "case":
            q["last_name"] = p["last_name"].upper()
        keep_birth = rng.random() < 0.75
        q["birth"] = p["birth"] if keep_birth else None
        if not rng.random() < 0.5:
            q["email"] = ""
        if rng.random() < 0.4:
            q["street"] = p["street"].replace("straße", "str.").replace("Straße", "Str.")
        elif rng.random() < 0.3 and (keep_birth or q["email"]):
            zip_, city = rng.choice(pools.towns)  # moved since
            q["street"], q["zip"], q["city"] = f"{rng.choice(pools.streets)} {rng.randrange(1, 90)}", zip_, city
        if p["phone"] and rng.random() < 0.3:
            q["phone"] = "+49 " + p["phone"][1:]
        q["user"] = _kuerzel(rng)
        return q

    def relative_of(self, p: dict) -> dict:
        """Another person of the family: same address, phone and last name (a namesake, not a duplicate)."""
        rng, pools = self.rng, self.pools
        relative = dict(p)
        others = [n for n in (pools.female if p["salutation"] == "Herr" else pools.male)
                  if n2(n)[:1] != n2(p["first_name"])[:1]]
        relative["first_name"] = rng.choice(others)
        relative["salutation"] = "Frau" if p["salutation"] == "Herr" else "Herr"
        relative["birth"] = p["birth"] + timedelta(days=rng.randrange(400, 4000))
        relative["email"] = ""
        return relative


def _kuerzel(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.85:
        abbreviation = rng.choice(USERS)[0]
        return abbreviation.lower() if rng.random() < 0.05 else abbreviation
    if roll < 0.95:
        return rng.choice(UNKNOWN_KUERZEL)
    return ""


def _bookings(export: LegacyExport, rng: random.Random, per_customer: float, bad_rate: float) -> None:
    number = 500000
    for customer in export.customers:
        for _ in range(min(12, int(rng.expovariate(1 / per_customer)) if per_customer else 0)):
            number += 1
            booked = TODAY - timedelta(days=rng.randrange(30, 12 * 365))
            travel = booked + timedelta(days=rng.randrange(7, 300))
            row = {"booking_id": f"V{number}", "legacy_id": customer["legacy_id"], "user": _kuerzel(rng),
                   "date": format_date(booked, rng), "travel_date": format_date(travel, rng),
                   "destination": rng.choice(DESTINATIONS),
                   "price": format_price(rng.uniform(150, 9000), rng), "currency": "EUR" if rng.random() < 0.95
                   else rng.choice(["CHF", ""])}
            if rng.random() < bad_rate:
                name = rng.choice(["price", "date"])
                row[name] = rng.choice(BAD[name])
                export.bad.append(("bookings", row["booking_id"], name, row[name]))
            export.bookings.append(row)
