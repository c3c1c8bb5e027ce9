"""Generated CRM exchange documents, including hostile text that real agencies' data contains."""

from __future__ import annotations

import random

HOSTILE_NAMES = [
    "Mu\u0308ller",                 # NFD umlaut (u + combining diaeresis)
    "Jo\u0308rdis",
    "Ann\u200ba",                   # zero-width space
    "\ufeffBOM-Kunde",              # byte-order mark inside text
    "Zo\u00eb \U0001F334",          # emoji
    "O'Brien", "D\u2019Angelo",     # apostrophes, straight and curly
    'Bobby "Tables"; DROP TABLE customers;--',
    "Back\\slash",
    "Tab\tund\nZeile",
    "\u05e9\u05dc\u05d5\u05dd",     # right-to-left
    "Stra\u00dfe \u1e9e",           # sharp s, capital sharp s
    "\u00a0Gesch\u00fctzt\u00a0",   # no-break spaces
    "",
]
PLAIN_FIRST = ["Anna", "Jürgen", "Özlem", "Ludwig", "Marie-Luise", "Sören", "Ines", "Karl"]
PLAIN_LAST = ["Weiß", "Schäfer", "Groß", "Nguyen", "Kowalski", "von der Heide", "Öztürk", "Meier"]


def _text(rng: random.Random, plain: list[str]) -> str:
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(HOSTILE_NAMES)
    if roll < 0.37:
        return rng.choice(plain) * 250  # ~1,000+ characters
    return rng.choice(plain)


def generate_crm(customers: int = 100, seed: int = 0, midoffice: str = "midoco",
                 children_per_customer: int = 2, hostile: bool = True, prefix: str = "") -> dict:
    """A valid exchange document with every kind of customer, consultations and offers."""
    rng = random.Random(seed)
    pick = (lambda plain: _text(rng, plain)) if hostile else (lambda plain: rng.choice(plain))
    users = [{"id": f"{prefix}u{i}", "abbreviation": f"U{i}", "name": f"Nutzer {i}", "email": f"u{i}@example.de"}
             for i in range(5)]
    docs = {"format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Sonnenschein", "midoffice": midoffice},
            "users": users,
            "sessions": [{"user": f"{prefix}u1", "host": "PC-1", "last_seen": "2026-11-23T09:58:00+01:00"}],
            "customers": [], "consultations": [], "offers": []}
    for i in range(customers):
        cid = f"{prefix}c{i}"
        kind = rng.choices(["v1", "v2", "local"], [6, 2, 2])[0]
        record = {"id": cid, "kind": kind}
        if kind != "local":
            record["midoffice"] = midoffice
            record["midoffice_id"] = f"{prefix}{100000 + i}"
        if kind != "v2":
            record.update({
                "salutation": rng.choice(["Frau", "Herr", None]), "title": rng.choice([None, "Dr."]),
                "first_name": pick(PLAIN_FIRST), "last_name": pick(PLAIN_LAST),
                "email": rng.choice([None, f"kunde{i}@example.de", f"k{i}@bücher.example"]),
                "phone": "+49 30 1234567", "street": "Lindenstraße 4", "zip": "10115", "city": "Berlin",
                "country": "DE", "birth_date": f"19{rng.randint(30, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            })
        if kind == "local" and rng.random() < 0.1:
            record["gdpr_review"] = True
        docs["customers"].append(record)
        for j in range(children_per_customer):
            child = {"customer": cid, "user": rng.choice(users)["id"], "date": "2026-05-02"}
            if j % 2 == 0:
                docs["consultations"].append({"id": f"{prefix}k{i}-{j}", **child, "subject": pick(PLAIN_LAST)})
            else:
                docs["offers"].append({"id": f"{prefix}o{i}-{j}", **child, "title": pick(PLAIN_FIRST),
                                       "price": f"{rng.randint(100, 9999)}.{rng.randint(0, 99):02d}",
                                       "currency": "EUR"})
    return docs


def filed_elsewhere(scenario, number: str = "900777") -> dict:
    """A copy whose number points at another person, and its real record under another number."""
    copy = next(c for c in scenario.crm["customers"]
                if scenario.expected.get(c["id"]) == "major" and c["first_name"] in ("Zacharias", "Yvonne"))
    scenario.fixture["customers"].append({
        "id": number, "salutation": copy["salutation"], "title": None, "first_name": copy["first_name"],
        "last_name": copy["last_name"], "emails": [copy["email"]], "phone": None, "street": copy["street"],
        "zip": copy["zip"], "city": copy["city"], "country": "DE", "birth_date": copy["birth_date"]})
    return copy
