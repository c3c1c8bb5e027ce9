"""Mapping legacy Kürzel to myJack users (CONTRACT §6.2): same abbreviation under N1, else "Altdaten".

``--user-map`` overrides per legacy Kürzel. The myJack user named "Altdaten" (implied
when myJack lists none) is where every unmapped booking goes; mapping to it does not
count as mapped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from paxdesk.domain.normalize import n1
from paxdesk.errors import InputError

ALTDATEN = "Altdaten"


@dataclass(frozen=True)
class MyJackUser:
    abbreviation: str
    name: str
    email: str | None = None
    active: bool = True

    @property
    def is_altdaten(self) -> bool:
        return n1(self.abbreviation) == n1(ALTDATEN) or n1(self.name) == n1(ALTDATEN)


@dataclass
class UserMapping:
    legacy: str              # the Kürzel as in the export, its most frequent spelling ("" for none)
    target: str              # the myJack abbreviation, or "Altdaten"
    name: str                # the myJack user's name ("Altdaten" for the fallback)
    bookings: int
    customers: int
    how: str                 # "same", "override", "altdaten", "inactive"

    @property
    def mapped(self) -> bool:
        return self.target != ALTDATEN

    @property
    def key(self) -> str:
        return n1(self.legacy)


def target_of(mappings: list[UserMapping]) -> Callable[[str], str]:
    """legacy Kürzel (any spelling) -> myJack abbreviation or "Altdaten"."""
    by_key = {m.key: m.target for m in mappings}
    return lambda legacy: by_key.get(n1(legacy), ALTDATEN)


def map_users(booking_users: list[str], customer_users: list[str], users: list[MyJackUser],
              overrides: dict[str, str] | None = None, source: str = "--user-map") -> list[UserMapping]:
    """One mapping per distinct legacy Kürzel (bookings first, then by Kürzel)."""
    by_key = {n1(u.abbreviation): u for u in users if not u.is_altdaten}
    override_by_key = {n1(k): v for k, v in (overrides or {}).items()}
    for legacy, target in (overrides or {}).items():
        if n1(target) != n1(ALTDATEN) and n1(target) not in by_key:
            raise InputError(f"{source}: {legacy!r} is mapped to {target!r}, which is no myJack user "
                             f"(known: {', '.join(sorted(u.abbreviation for u in users if not u.is_altdaten))})")
    spellings = Counter(booking_users) + Counter(customer_users)
    shown: dict[str, str] = {}
    for spelling, _ in spellings.most_common():
        shown.setdefault(n1(spelling), spelling)
    booking_counts = Counter(n1(u) for u in booking_users)
    customer_counts = Counter(n1(u) for u in customer_users)
    mappings = []
    for key in sorted(set(booking_counts) | set(customer_counts), key=lambda k: (-booking_counts[k], k)):
        legacy = shown[key]
        if key in override_by_key:
            target = override_by_key[key]
            user = by_key.get(n1(target))
            how = "override"
        else:
            user = by_key.get(key) if key else None
            how = "same" if user else "altdaten"
        if user is None:
            mappings.append(UserMapping(legacy, ALTDATEN, ALTDATEN, booking_counts[key], customer_counts[key],
                                        how if how == "override" else "altdaten"))
        else:
            mappings.append(UserMapping(legacy, user.abbreviation, user.name, booking_counts[key],
                                        customer_counts[key], how if user.active and how == "same" else
                                        how if user.active else "inactive"))
    return mappings


def parse_users_csv(rows: list[list[str]], source: str) -> list[MyJackUser]:
    """``--users FILE``: rows of abbreviation;name;email (a header row is recognised and skipped)."""
    users = []
    for number, cells in enumerate(rows, start=1):
        cells = [c.strip() for c in cells] + ["", ""]
        if number == 1 and n1(cells[0]) in ("abbreviation", "kürzel", "kuerzel", "kurzel"):
            continue
        if not cells[0]:
            raise InputError(f"{source}, row {number}: the abbreviation is empty")
        users.append(MyJackUser(cells[0], cells[1] or cells[0], cells[2] or None))
    return users


def parse_user_map(doc, source: str) -> dict[str, str]:
    if not isinstance(doc, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in doc.items()):
        raise InputError(f'{source}: expected a JSON object {{"<legacy Kürzel>": "<myJack abbreviation>"}}')
    return doc
