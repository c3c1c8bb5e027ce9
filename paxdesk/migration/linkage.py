"""Record linkage for legacy customers (CONTRACT §6.2): blocking, scoring with reasons, clusters with evidence.

Blocking: only customers sharing a birth date, an e-mail, a phone number, an address, a last name with a
first initial (either column: swapped names), a first name with a postcode, or a house number with a
postcode are compared — 100,000 rows mean about a million comparisons, not 5·10⁹. A block too big to
compare pairwise (a placeholder birth date used a thousand times) is split by the starts of the names.

Scoring (``evidence``): each field's agreement level adds a Fellegi–Sunter weight (exact names weighted by
their rarity in the file); a pair links when the sum reaches ``THRESHOLD`` and the rules of a household hold:
- besides the names, a place agrees (street or house number at the postcode, e-mail, phone) or the birth
  date does (exact; one typo only in the same town) — a namesake elsewhere is no duplicate;
- the first names agree (exactly, a nickname, an initial, one typo) or the e-mail does; a missing first name
  agrees at the same address or with the birth date in the same town — other first names are partners or
  twins at one address (CONTRACT §6.2: a duplicate's first name is similar);
- birth dates a generation apart (15+ years, not one typo) veto everything but a shared e-mail (father and
  son of one name at one address); other different birth dates leave only the very same name at the same
  address (a wrong date, not a sibling — siblings have their own first names).
The score is the sum shown as 0–1 (``shown_score``); the reasons name what agreed (``_reasons``).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from paxdesk.domain.normalize import email_key, n2
from paxdesk.migration import evidence as ev
from paxdesk.migration.evidence import CLOSE, DIFFERENT, EXACT, FAR, MISSING, PART, Frequencies

MAX_BLOCK = 150
THRESHOLD = 14.0   # the weight sum from which a pair is a probable duplicate
_STREET = re.compile(r"strasse|str\b")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True, slots=True)
class Keys:
    first: str
    last: str
    birth: str
    email: str
    phone: str
    address: str          # street|zip, both present (blocking, and the old "same address")
    street: str = ""      # letters and house number, no blanks ("lindenstr4")
    zip: str = ""
    city: str = ""


def keys_of(values: dict, unreadable: frozenset[str] | set[str] = frozenset()) -> Keys:
    """The comparison keys of one record (legacy customer or myJack customer, same field names).

    Values paxdesk could not read (``unreadable``) are no evidence: they are left out.
    """
    if unreadable:
        values = {k: ("" if k in unreadable else v) for k, v in values.items()}
    street = _NOT_ALNUM.sub("", _STREET.sub("str", n2(values.get("street") or "")))
    zip_ = n2(values.get("zip") or "")
    address = street + "|" + zip_ if street and zip_ else ""
    phone = values.get("phone") or ""
    return Keys(n2(values.get("first_name")), n2(values.get("last_name")), values.get("birth_date") or "",
                email_key(values.get("email")), phone if phone.startswith("+") else "", address, street, zip_,
                n2(values.get("city") or ""))


WEAK = 0.80  # a link below this (similar names with one address, an e-mail alone) is shown as weak
Id = TypeVar("Id", int, str)


@dataclass(frozen=True)
class Pair(Generic[Id]):
    """Two records that are probably one person: by their index while linking, by legacy id in a group, where
    the agent sees each linked pair with its own score and reasons (CONTRACT §6.3)."""

    a: Id
    b: Id
    score: float
    reasons: tuple[str, ...]
    weight: float = 0.0   # the evidence sum behind the score (orders pairs when scores round alike)

    @property
    def weak(self) -> bool:
        return self.score < WEAK


def first_similar(a: str, b: str) -> bool:
    """Equal, a nickname, an initial, a compound's first part, or one typo."""
    return ev.first_level(a, b) in (EXACT, CLOSE, PART)


def score(x: Keys, y: Keys, tf: Frequencies = ev.NO_FREQUENCIES) -> tuple[float, tuple[str, ...], float] | None:
    """(score 0–1, reasons, weight sum) when the two records are probably one person, else None."""
    birth = ev.birth_level(x.birth, y.birth)
    email = ev.same_level(x.email, y.email)
    if birth == FAR and email != EXACT:
        return None  # cheap levels first: most compared pairs end here or at "identified"
    phone = ev.same_level(x.phone, y.phone)
    zip_ = ev.zip_level(x.zip, y.zip)
    street = ev.street_level(x.street, y.street) if zip_ in (EXACT, CLOSE) else (MISSING if not x.street or not
                                                                                 y.street else DIFFERENT)
    if street == PART and zip_ != EXACT:
        street = DIFFERENT  # the same house number in another street and postcode says nothing
    city = ev.city_level(x.city, y.city)
    located = street in (EXACT, CLOSE, PART) or email == EXACT or phone == EXACT
    in_town = located or zip_ in (EXACT, CLOSE) or city in (EXACT, CLOSE)
    if not (located or birth == EXACT or (birth == CLOSE and in_town)):
        return None  # names alone, or with a birth date one typo away in another town: a namesake
    named = ev.names(x.first, x.last, y.first, y.last, tf)
    at_home = street in (EXACT, CLOSE)
    first_agrees = (named.first in (EXACT, CLOSE, PART) or email == EXACT  # other first names: twins or partners
                    or (named.first == MISSING and (at_home or (birth == EXACT and in_town))))
    names_agree = named.last in (EXACT, CLOSE, PART) or named.first in (EXACT, CLOSE) or (birth == EXACT and at_home)
    if email != EXACT and not (first_agrees and names_agree):
        return None
    if email != EXACT and birth == DIFFERENT and not (named.first == EXACT and named.last in (EXACT, CLOSE)
                                                      and street in (EXACT, CLOSE, PART)):
        return None  # another birth date, not a generation apart: only the very same name at the same address
    weight = (named.weight + ev.BIRTH[birth] + ev.EMAIL[email] + ev.PHONE[phone] + ev.STREET[street]
              + ev.ZIP[zip_] + ev.CITY[city])
    if weight < THRESHOLD:
        if email != EXACT:
            return None
        weight = THRESHOLD  # an e-mail alone (different names): shown, but weak
    return shown_score(weight), _reasons(named, birth, email, phone, street), weight


def shown_score(weight: float) -> float:
    """The weight sum as the 0–1 score the agent sees: 0.70 at the threshold, 0.80 two bits above it (below
    that a link is marked weak), approaching 0.99 — monotone, so the order of pairs is the order of weights."""
    return round(min(0.99, 0.70 + 0.29 * (1 - math.pow(2, -(weight - THRESHOLD) / 4))), 2)


def _reasons(named: ev.Names, birth: str, email: str, phone: str, street: str) -> tuple[str, ...]:
    """What agreed, in the words of CONTRACT §6.2's rules where one holds, else field by field."""
    reasons = set()
    name_same = named.first == EXACT and named.last == EXACT
    name_similar = named.first in (EXACT, CLOSE, PART) and named.last in (EXACT, CLOSE, PART)
    if birth == EXACT and name_same:
        reasons.add("name_birth")
    elif birth == EXACT and name_similar:
        reasons.add("similar_name_birth")
    if email == EXACT:
        reasons.add("email")
    if name_similar and street in (EXACT, CLOSE):
        reasons.add("name_address")
    if name_similar and phone == EXACT:
        reasons.add("name_phone")
    if reasons:
        if birth == CLOSE:
            reasons.add("birth_typo")
        return tuple(sorted(reasons))
    if named.last in (DIFFERENT, MISSING):
        reasons.add("other_last_name")
    if named.first in (DIFFERENT, MISSING):
        reasons.add("other_first_name")
    reasons.add({EXACT: "same_birth", CLOSE: "birth_typo"}.get(birth, ""))
    reasons.add({EXACT: "same_address", CLOSE: "similar_address"}.get(street, ""))
    reasons.add("same_phone" if phone == EXACT else "")
    return tuple(sorted(reasons - {""}))


def _block_keys(k: Keys) -> Iterable[str]:
    if k.birth:
        yield "b" + k.birth
    if k.email:
        yield "e" + k.email
    if k.phone:
        yield "p" + k.phone
    if k.address:
        yield "a" + k.address
    if k.last and k.first:  # both orientations: swapped columns meet their record
        yield "n" + k.last + "|" + k.first[:2]
        yield "n" + k.first + "|" + k.last[:2]
    if k.zip:
        if k.first:
            yield "f" + k.first + "|" + k.zip
        number = _DIGITS.findall(k.street)
        if number:
            yield "h" + number[-1] + "|" + k.zip


STRONG = "beap"  # birth date, e-mail, address, phone: an oversized block of these is split, never dropped; the
# name and house-number blocks only add recall, and one too big to compare (a thousand "Müller, M.") is left out
SPLIT_PREFIX = (1, 3, 99)  # initials, then the first three letters, then whole names


def _split(members: list[int], keys: list[Keys], level: int) -> list[list[int]]:
    """Sub-blocks of an oversized block by the start of each name (both names, so swapped names still meet)."""
    width = SPLIT_PREFIX[level]
    sub: dict[str, list[int]] = defaultdict(list)
    for index in members:
        k = keys[index]
        for prefix in {k.first[:width], k.last[:width]} - {""}:
            sub[prefix].append(index)
    return list(sub.values())


@dataclass
class LinkageResult:
    pairs: list[Pair]
    comparisons: int
    blocks: int
    split_blocks: int


def find_pairs(keys: list[Keys], cancelled: Callable[[], bool] = lambda: False) -> LinkageResult:
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, k in enumerate(keys):
        for block_key in _block_keys(k):
            blocks[block_key].append(index)
    tf = Frequencies([k.first for k in keys if k.first], [k.last for k in keys if k.last])
    compared: set[int] = set()
    pairs: list[Pair] = []
    n = len(keys)
    split = 0
    queue = [(m, 0) for key, m in blocks.items() if len(m) > 1 and (len(m) <= MAX_BLOCK or key[0] in STRONG)]
    block_count = len(queue)
    done = 0
    while queue:
        members, level = queue.pop()
        done += 1
        if done % 2000 == 0 and cancelled():
            break
        if len(members) > MAX_BLOCK and level < len(SPLIT_PREFIX):
            split += 1
            queue.extend((m, level + 1) for m in _split(members, keys, level) if len(m) > 1)
            continue
        for i, a in enumerate(members):
            ka = keys[a]
            for b in members[i + 1:]:
                lo, hi = (a, b) if a < b else (b, a)
                token = lo * n + hi
                if token in compared:
                    continue
                compared.add(token)
                result = score(ka, keys[b], tf)
                if result:
                    pairs.append(Pair(lo, hi, *result))
    pairs.sort(key=lambda p: (p.a, p.b))
    return LinkageResult(pairs, len(compared), block_count, split)


def conflict(x: Keys, y: Keys) -> bool:
    """Two records that cannot be one person whatever links them: birth dates a generation apart, other
    different birth dates unless the name is the very same, or different e-mails with different names."""
    birth = ev.birth_level(x.birth, y.birth)
    if birth == FAR:
        return True
    if birth != DIFFERENT and not (x.email and y.email and x.email != y.email):
        return False
    named = ev.names(x.first, x.last, y.first, y.last, ev.NO_FREQUENCIES)
    if birth == DIFFERENT:  # as in ``score``: only the very same name survives another birth date
        return not (named.first == EXACT and named.last in (EXACT, CLOSE))
    return not (named.first in (EXACT, CLOSE, PART) and named.last in (EXACT, CLOSE, PART))


def clusters(count: int, pairs: Iterable[Pair], keys: list[Keys] | None = None) -> list[list[int]]:
    """Groups of two or more, each sorted, in order of their first member.

    The strongest pairs join first; a pair joins two groups only if no record of one conflicts with a record
    of the other (``conflict``): a chain — two true pairs and one weak link between records without birth
    dates — no longer makes one group of four with two birth dates. Without ``keys``: every pair joins
    (union-find)."""
    parent = list(range(count))
    members: dict[int, list[int]] = {i: [i] for i in range(count)} if keys is not None else {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    pairs = list(pairs)
    scored = {(min(p.a, p.b), max(p.a, p.b)) for p in pairs}
    for pair in sorted(pairs, key=lambda p: (-p.score, -p.weight)) if keys is not None else pairs:
        ra, rb = root(pair.a), root(pair.b)
        if ra == rb:
            continue
        if keys is not None:
            if any(conflict(keys[i], keys[j]) for i in members[ra] for j in members[rb]
                   if (min(i, j), max(i, j)) not in scored):
                continue  # a scored pair was judged on all its evidence; a chain must not join conflicts
            keep, gone = min(ra, rb), max(ra, rb)
            members[keep] += members.pop(gone)
        parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(count):
        groups[root(i)].append(i)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])
