"""A CRM and a matching MidOffice fixture with every status of the matching policy, built on purpose.

Used by the demo (realistic German data from Faker's de_DE) and by the end-to-end
tests, which compare paxdesk's classification with ``Scenario.expected``: the
status each copy was *constructed* to have, not one computed by paxdesk.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

from faker import Faker

UMLAUT_FIRST = ["Jürgen", "Jörg", "Björn", "Sören", "Käthe", "Günther", "Jördis", "Dörte", "Hänsel", "Jürn"]
UMLAUT_LAST = ["Müller", "Schäfer", "Köhler", "Krüger", "Bär", "Jäger", "Wöhler", "Größer", "Hübner", "Lührs"]
KINDS = {  # construction -> (expected status, weight)
    "match": ("match", 30), "match_spelling": ("match", 8), "minor_umlaut": ("minor", 8),
    "minor_email_missing": ("minor", 5), "minor_secondary_email": ("minor", 5), "major_name": ("major", 6),
    "major_email": ("major", 6), "deleted": ("deleted", 6), "unknown": ("deleted", 3),
    "no_reference": ("no_reference", 3),
}
TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
ADDRESS = str.maketrans({"ß": "ss", "é": "e", "è": "e", "á": "a", "ó": "o", "ç": "c", "ñ": "n"})


@dataclass
class Scenario:
    crm: dict
    fixture: dict
    token: str
    expected: dict[str, str] = field(default_factory=dict)   # customer id -> status
    duplicates: set[str] = field(default_factory=set)         # customer ids flagged duplicate


def _spelling_variant(text: str, rng: random.Random) -> str:
    """Same under N1: other case, NFD, stray spaces or a zero-width space."""
    choice = rng.randrange(4)
    if choice == 0:
        return text.upper()
    if choice == 1:
        return unicodedata.normalize("NFD", text)
    if choice == 2:
        return f"  {text}\u00a0"
    return text[:1] + "\u200b" + text[1:]


def build_scenario(copies: int = 500, midoffice: str = "midoco", seed: int = 0, token: str = "demo-token",
                   locals_: int = 0, extra_midoffice: int = 20, agency: str = "Reisebüro Sonnenschein") -> Scenario:
    rng = random.Random(seed)
    fake = Faker("de_DE")
    fake.seed_instance(seed)
    users = [{"id": f"u{i}", "abbreviation": a, "name": n, "email": f"{a.lower()}@reisebuero.example"}
             for i, (a, n) in enumerate([("AM", "Anna Meier"), ("TK", "Tom König"), ("SB", "Sina Becker")])]
    crm = {"format": "paxdesk-crm/1", "agency": {"name": agency, "midoffice": midoffice}, "users": users,
           "sessions": [], "customers": [], "consultations": [], "offers": []}
    people: list[dict] = []
    scenario = Scenario(crm, {}, token)
    kinds = list(KINDS)
    weights = [KINDS[k][1] for k in kinds]
    gaps = random.Random(seed + 1)  # its own stream, so the statuses of a seed stay as they were

    def children(cid: str) -> None:
        for j in range(rng.randint(0, 2)):
            crm["consultations"].append({"id": f"k-{cid}-{j}", "customer": cid, "user": rng.choice(users)["id"],
                                         "date": fake.date_between("-2y").isoformat(),
                                         "subject": f"{fake.city()}, {rng.randint(1, 3)} Wochen"})
        for j in range(rng.randint(0, 2)):
            crm["offers"].append({"id": f"o-{cid}-{j}", "customer": cid, "user": rng.choice(users)["id"],
                                  "date": fake.date_between("-2y").isoformat(), "title": f"Hotel {fake.last_name()}",
                                  "price": f"{rng.randint(300, 6000)}.{rng.choice(['00', '50', '90'])}",
                                  "currency": "EUR"})

    def live_person(number: str, first: str, last: str, emails: list[str], deleted: bool = False) -> dict:
        return {"id": number, "salutation": rng.choice(["Frau", "Herr"]), "title": None, "first_name": first,
                "last_name": last, "emails": emails, "phone": fake.phone_number(), "street": fake.street_address(),
                "zip": fake.postcode(), "city": fake.city(), "country": "DE",
                "birth_date": fake.date_of_birth(minimum_age=18, maximum_age=90).isoformat(), "deleted": deleted}

    for i in range(copies):
        kind = rng.choices(kinds, weights)[0]
        number = str(100000 + i)
        cid = f"c{i:05d}"
        umlaut = kind == "minor_umlaut"
        first = rng.choice(UMLAUT_FIRST) if umlaut else fake.first_name()
        last = rng.choice(UMLAUT_LAST) if umlaut else fake.last_name()
        email = f"{first}.{last}{i}@example.de".lower().translate(TRANSLIT).translate(ADDRESS).replace(" ", "")
        live = live_person(number, first, last, [email])
        copy = {"id": cid, "kind": "v1", "midoffice": midoffice, "midoffice_id": number,
                **{k: live[k] for k in ("salutation", "title", "first_name", "last_name", "phone", "street", "zip",
                                        "city", "country", "birth_date")}, "email": email}
        if kind == "match_spelling":
            copy["last_name"] = _spelling_variant(last, rng)
        elif kind == "minor_umlaut":
            live["first_name"] = first.translate(TRANSLIT)
        elif kind == "minor_email_missing":
            copy["email"] = None
        elif kind == "minor_secondary_email":
            live["emails"] = [f"neu.{email}", email]
        elif kind == "major_name":
            copy["first_name"] = "Zacharias" if first != "Zacharias" else "Yvonne"
        elif kind == "major_email":
            copy["email"] = f"alt{i}@anders.example"
        elif kind == "deleted":
            live["deleted"] = True
        elif kind == "no_reference":
            copy["midoffice_id"] = None
        if gaps.random() < 0.08:  # the MidOffice lacks a value the copy has: "Daten nur im CRM"
            live[gaps.choice(["phone", "birth_date", "street"])] = None
        if kind not in ("unknown", "no_reference"):
            people.append(live)
        crm["customers"].append(copy)
        children(cid)
        scenario.expected[cid] = KINDS[kind][0]
        if kind in ("match", "minor_umlaut", "major_email") and rng.random() < 0.25:
            scenario.duplicates.add(cid)
            if rng.random() < 0.6:  # the classic duplicate: a v2 reference beside the copy
                crm["customers"].append({"id": f"r{i:05d}", "kind": "v2", "midoffice": midoffice,
                                         "midoffice_id": number})
                children(f"r{i:05d}")
            else:  # a second, identical copy of the same MidOffice customer
                twin = f"{cid}b"
                crm["customers"].append({**copy, "id": twin})
                children(twin)
                scenario.expected[twin] = KINDS[kind][0]
                scenario.duplicates.add(twin)
    for i in range(locals_):
        cid = f"l{i:05d}"
        crm["customers"].append({"id": cid, "kind": "local", "first_name": fake.first_name(),
                                 "last_name": fake.last_name(), "email": fake.email(), "city": fake.city()})
        children(cid)
    for i in range(extra_midoffice):  # MidOffice customers the CRM does not know (for re-linking)
        first, last = fake.first_name(), fake.last_name()
        people.append(live_person(str(900000 + i), first, last, [f"{first}.{last}@example.org".lower()]))
    scenario.fixture = {"format": "paxdesk-sandbox/1",
                        "tokens": [{"token": token, "agency_id": "A-1001", "agency_name": agency,
                                    "user_email": "anna.meier@reisebuero.example", "scopes": ["read", "search"]}],
                        "customers": people, "faults": {}}
    return scenario
