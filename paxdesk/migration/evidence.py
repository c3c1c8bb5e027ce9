"""How much two records' fields say about being one person: Fellegi–Sunter agreement levels and weights.

Every field is compared on its own and lands on a level — exact, close (rapidfuzz Jaro-Winkler / OSA,
nickname, umlaut spelling), different or missing — and each level adds its weight, a log₂ Bayes factor
(how much likelier the level is for one person than for two). An exact name weighs by how rare it is in the
file (term frequency: two "Müller" say less than two "Zwanziger"). The sum of weights decides; ``linkage``
adds the vetoes (clearly different birth dates) and turns the sum into the 0–1 score the agent sees.
The weights are set by hand from the usual m/u figures (m: the field agrees for one person, u: by chance)
rather than trained per file: a legacy export has no labels, and EM on one agency's file is slow and
unstable — the benchmark (``benchmarks/bench_linkage.py``) is what holds them to account.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from rapidfuzz.distance import OSA, JaroWinkler

from paxdesk.migration.nicknames import same_nickname

EXACT, CLOSE, PART, DIFFERENT, MISSING = "exact", "close", "part", "different", "missing"
FAR = "far"  # birth dates a generation apart (parent and child)
GENERATION = 15  # years

# log₂ Bayes factors per level (u for an exact name comes from the file's own frequencies)
FIRST = {CLOSE: 4.5, PART: 2.0, DIFFERENT: -3.0, MISSING: 0.0}
LAST = {CLOSE: 5.0, PART: 4.0, DIFFERENT: -4.0, MISSING: 0.0}
BIRTH = {EXACT: 11.0, CLOSE: 5.0, DIFFERENT: -6.0, FAR: -12.0, MISSING: 0.0}
STREET = {EXACT: 6.0, CLOSE: 4.5, PART: 2.5, DIFFERENT: -1.5, MISSING: 0.0}  # PART: only the house number
ZIP = {EXACT: 3.0, CLOSE: 1.0, DIFFERENT: -1.0, MISSING: 0.0}
CITY = {EXACT: 1.0, CLOSE: 0.5, DIFFERENT: -0.5, MISSING: 0.0}
EMAIL = {EXACT: 12.0, DIFFERENT: -1.0, MISSING: 0.0}
PHONE = {EXACT: 7.0, DIFFERENT: -0.5, MISSING: 0.0}
M_NAME = 0.9                # how often one person's name is written the same way twice
DEFAULT_U = {"first": 1 / 150, "last": 1 / 400}   # without frequencies (a single pair, the myJack check)
EXACT_BOUNDS = {"first": (3.0, 9.0), "last": (4.0, 11.0)}
CLOSE_JW = 0.9
_UMLAUT = (("ae", "a"), ("oe", "o"), ("ue", "u"), ("ss", "s"))


class Frequencies:
    """How often each N2 first and last name occurs in the file (both columns: names get swapped)."""

    def __init__(self, firsts: list[str] = (), lasts: list[str] = ()):
        self.counts = Counter(firsts)
        self.counts.update(lasts)
        self.total = max(1, len(firsts) + len(lasts))

    def exact_weight(self, kind: str, value: str) -> float:
        count = self.counts.get(value, 0)
        u = count / self.total if count > 1 and self.total > 1000 else DEFAULT_U[kind]
        low, high = EXACT_BOUNDS[kind]
        return min(high, max(low, math.log2(M_NAME / u)))


NO_FREQUENCIES = Frequencies()


def fold(name: str) -> str:
    """An N2 name with umlaut spellings folded back to one letter: 'baerbel' → 'barbel' (so 'Bräbel' →
    'brabel' is one transposition away, not two edits)."""
    for long_, short in _UMLAUT:
        name = name.replace(long_, short)
    return name


def close(a: str, b: str) -> bool:
    """One typo (OSA ≤ 1, also after folding umlaut spellings) or Jaro-Winkler ≥ 0.9 — for names of 3+."""
    if min(len(a), len(b)) < 3:
        return False
    if JaroWinkler.normalized_similarity(a, b) >= CLOSE_JW or OSA.distance(a, b, score_cutoff=1) <= 1:
        return True
    folded_a, folded_b = fold(a), fold(b)
    return (folded_a != a or folded_b != b) and OSA.distance(folded_a, folded_b, score_cutoff=1) <= 1


def _levelled(compare: Callable[[str, str], str]) -> Callable[[str, str], str]:
    """One rule for every field: a value missing on either side is MISSING and the same value EXACT; ``compare``
    judges only two different values."""
    @wraps(compare)
    def level(a: str, b: str) -> str:
        if not a or not b:
            return MISSING
        if a == b:
            return EXACT
        return compare(a, b)
    return level


@_levelled
def first_level(a: str, b: str) -> str:
    if same_nickname(a, b) or close(a, b):
        return CLOSE
    short, long_ = sorted((a, b), key=len)
    if len(short) == 1 or (len(short) == 2 and short[1] == " "):
        return PART if long_[0] == short[0] else DIFFERENT
    if long_.split(" ")[0] == short.split(" ")[0] or (len(short) >= 3 and long_.startswith(short)):
        return PART   # "Anna" / "Anna Lena", "Wolf" / "Wolfgang"
    return DIFFERENT


@_levelled
def last_level(a: str, b: str) -> str:
    if close(a, b):
        return CLOSE
    if (" " in a or " " in b) and set(a.split(" ")) & set(b.split(" ")):
        return PART   # a double name containing the other
    return DIFFERENT


@_levelled
def birth_level(a: str, b: str) -> str:
    """EXACT, CLOSE (one typo: one digit, two neighbours swapped, day and month swapped), DIFFERENT, FAR (15 or
    more years apart: another generation), MISSING."""
    if len(a) == len(b) == 10:
        da, db = a.replace("-", ""), b.replace("-", "")
        diff = [i for i in range(8) if da[i] != db[i]]
        if len(diff) == 1:
            return CLOSE
        if len(diff) == 2 and diff[1] == diff[0] + 1 and da[diff[0]] == db[diff[1]] and da[diff[1]] == db[diff[0]]:
            return CLOSE
        if a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]:
            return CLOSE
        if a[:4].isdigit() and b[:4].isdigit() and abs(int(a[:4]) - int(b[:4])) >= GENERATION:
            return FAR
    return DIFFERENT


@_levelled
def street_level(a: str, b: str) -> str:
    """Streets as ``keys.street`` holds them (letters and the house number, no blanks)."""
    digits_a, digits_b = "".join(c for c in a if c.isdigit()), "".join(c for c in b if c.isdigit())
    if digits_a == digits_b and JaroWinkler.normalized_similarity(a, b) >= 0.88:
        return CLOSE
    return PART if digits_a and digits_a == digits_b else DIFFERENT


@_levelled
def zip_level(a: str, b: str) -> str:
    return CLOSE if len(a) == len(b) and OSA.distance(a, b, score_cutoff=1) <= 1 else DIFFERENT


@_levelled
def city_level(a: str, b: str) -> str:
    return CLOSE if JaroWinkler.normalized_similarity(a, b) >= CLOSE_JW else DIFFERENT


@_levelled
def same_level(a: str, b: str) -> str:
    return DIFFERENT


@dataclass(frozen=True, slots=True)
class Names:
    first: str
    last: str
    weight: float
    swapped: bool


def names(first_a: str, last_a: str, first_b: str, last_b: str, tf: Frequencies) -> Names:
    """The levels of the names and their weight — as written, or with one side's columns swapped, whichever
    says more."""
    best = None
    for fb, lb, swapped in ((first_b, last_b, False), (last_b, first_b, True)):
        if swapped and (not (first_a and last_a and fb and lb) or DIFFERENT not in (best.first, best.last)):
            break
        first, last = first_level(first_a, fb), last_level(last_a, lb)
        weight = (tf.exact_weight("first", first_a) if first == EXACT else FIRST[first]) + \
                 (tf.exact_weight("last", last_a) if last == EXACT else LAST[last])
        if best is None or weight > best.weight:
            best = Names(first, last, weight, swapped)
        if first == EXACT and last == EXACT:
            break
    return best
