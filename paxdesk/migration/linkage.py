"""Record linkage for legacy customers (CONTRACT §6.2): blocking, scoring with reasons, union-find clusters.

Blocking: only customers sharing a birth date, an e-mail, a phone number or an
address are compared, so 100,000 rows mean a few hundred thousand comparisons,
not 5·10⁹. A block too big to compare pairwise (a placeholder birth date used a
thousand times) is split by the initials of the names.

Scoring (a pair is probable when any rule holds; the score orders them):
  name_birth           same N2 name (also with first/last swapped) and same birth date   0.97
  email                same e-mail (N1, IDNA domain)                                        0.92 / 0.70
  similar_name_birth   similar names and same birth date                                    0.90
  name_address         same N2 last name, similar first name, same address (or phone)       0.85
  similar_name_address one typo in the last name, similar first name, same address/phone    0.75
"Similar first name": equal, a nickname, an initial, a compound's first part, or one typo.
Different birth dates on both sides rule out the address/phone rules (father and son).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from paxdesk.domain.normalize import email_key, n2
from paxdesk.migration.nicknames import same_nickname

MAX_BLOCK = 150
_STREET = re.compile(r"strasse|str\b")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True, slots=True)
class Keys:
    first: str
    last: str
    birth: str
    email: str
    phone: str
    address: str


def keys_of(values: dict, unreadable: frozenset[str] | set[str] = frozenset()) -> Keys:
    """The comparison keys of one record (legacy customer or myJack customer, same field names).

    Values paxdesk could not read (``unreadable``) are no evidence: they are left out.
    """
    if unreadable:
        values = {k: ("" if k in unreadable else v) for k, v in values.items()}
    street, zip_ = values.get("street") or "", values.get("zip") or ""
    address = ""
    if street and zip_:
        address = _NOT_ALNUM.sub("", _STREET.sub("str", n2(street))) + "|" + n2(zip_)
    phone = values.get("phone") or ""
    return Keys(n2(values.get("first_name")), n2(values.get("last_name")), values.get("birth_date") or "",
                email_key(values.get("email")), phone if phone.startswith("+") else "", address)


@dataclass(frozen=True)
class Pair:
    a: int
    b: int
    score: float
    reasons: tuple[str, ...]


def first_similar(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b or same_nickname(a, b):
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) == 1 or (len(short) == 2 and short[1] == " "):
        return long_[0] == short[0]
    if long_.split(" ")[0] == short.split(" ")[0]:
        return True
    return min(len(a), len(b)) >= 3 and OSA.distance(a, b, score_cutoff=1) <= 1


def _last_relation(a: str, b: str) -> str | None:
    """'equal', 'similar' (one typo, or one double name containing the other) or None."""
    if not a or not b:
        return None
    if a == b:
        return "equal"
    if min(len(a), len(b)) >= 3 and OSA.distance(a, b, score_cutoff=1) <= 1:
        return "similar"
    if " " in a or " " in b:
        if set(a.split(" ")) & set(b.split(" ")):
            return "similar"
    return None


def _names(x: Keys, y: Keys) -> tuple[bool, str | None]:
    """(exactly the same name, relation of the last names given similar first names) — also swapped."""
    exact = (x.first == y.first and x.last == y.last) or (x.first == y.last and x.last == y.first)
    best = None
    for first_a, last_a, first_b, last_b in ((x.first, x.last, y.first, y.last), (x.first, x.last, y.last, y.first)):
        relation = _last_relation(last_a, last_b)
        if relation and first_similar(first_a, first_b):
            if relation == "equal":
                return exact and bool(x.last), "equal"
            best = "similar"
    return exact and bool(x.last), best


def score(x: Keys, y: Keys) -> tuple[float, tuple[str, ...]] | None:
    exact, relation = _names(x, y)
    birth_same = bool(x.birth) and x.birth == y.birth
    birth_differs = bool(x.birth) and bool(y.birth) and x.birth != y.birth
    email_same = bool(x.email) and x.email == y.email
    address_same = bool(x.address) and x.address == y.address
    phone_same = bool(x.phone) and x.phone == y.phone
    rules: list[tuple[float, str]] = []
    if exact and birth_same:
        rules.append((0.97, "name_birth"))
    elif relation and birth_same:
        rules.append((0.90, "similar_name_birth"))
    if email_same:
        rules.append((0.92 if relation and not birth_differs else 0.70, "email"))
    if relation and not birth_differs and (address_same or phone_same):
        rules.append((0.85 if relation == "equal" else 0.75,
                      "name_address" if address_same else "name_phone"))
    if not rules:
        return None
    best = max(r[0] for r in rules)
    extras = sum((address_same, phone_same, email_same, birth_same)) - 1
    return min(1.0, round(best + 0.01 * max(0, extras), 2)), tuple(sorted({r[1] for r in rules}))


def _block_keys(k: Keys) -> Iterable[str]:
    if k.birth:
        yield "b" + k.birth
    if k.email:
        yield "e" + k.email
    if k.phone:
        yield "p" + k.phone
    if k.address:
        yield "a" + k.address


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
    compared: set[int] = set()
    pairs: list[Pair] = []
    n = len(keys)
    split = 0
    queue = [(m, 0) for m in blocks.values() if len(m) > 1]
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
                result = score(ka, keys[b])
                if result:
                    pairs.append(Pair(lo, hi, *result))
    pairs.sort(key=lambda p: (p.a, p.b))
    return LinkageResult(pairs, len(compared), block_count, split)


def conflict(x: Keys, y: Keys) -> bool:
    """Two records that cannot be one person whatever links them: different birth dates, or different e-mails
    with different names."""
    if x.birth and y.birth and x.birth != y.birth:
        return True
    return bool(x.email and y.email and x.email != y.email and not _names(x, y)[1])


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
    for pair in sorted(pairs, key=lambda p: -p.score) if keys is not None else pairs:
        ra, rb = root(pair.a), root(pair.b)
        if ra == rb:
            continue
        if keys is not None:
            if any(conflict(keys[i], keys[j]) for i in members[ra] for j in members[rb]):
                continue
            keep, gone = min(ra, rb), max(ra, rb)
            members[keep] += members.pop(gone)
        parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(count):
        groups[root(i)].append(i)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])
