"""The normalizations of the matching policy (CONTRACT §4.2), to the letter.

N1: NFKC; every Unicode White_Space character becomes a space; remaining
control characters (Cc) and zero-width characters are removed; whitespace runs
collapse; trim; casefold.
N2: N1, then ä→ae, ö→oe, ü→ue, ß→ss, other diacritics removed (NFKD, combining
marks dropped), '-', "'" and '.' become spaces, whitespace collapsed and trimmed.
The e-mail key is N1 with the domain part in its IDNA (punycode) form.
"""

from __future__ import annotations

import re
import unicodedata

# Unicode's White_Space property (PropList.txt), not Python's str.isspace (which adds U+001C..U+001F).
WHITESPACE = frozenset("\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
                       + "".join(chr(c) for c in range(0x2000, 0x200B)))
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_RUNS = re.compile(" {2,}")
_TRANSLITERATE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_PUNCTUATION = str.maketrans({"-": " ", "'": " ", ".": " "})


def _collapse(text: str) -> str:
    return _RUNS.sub(" ", text).strip(" ")


def n1_text(value: str | None) -> str:
    """N1 without the casefold: how legacy text is stored (CONTRACT §6.1)."""
    if not value:
        return ""
    text = unicodedata.normalize("NFKC", value)
    if text.isascii() and text.isprintable() and "  " not in text:  # the common case, ten times faster
        return text.strip(" ")
    chars = []
    for ch in text:
        if ch in WHITESPACE:
            chars.append(" ")
        elif ch in ZERO_WIDTH or unicodedata.category(ch) == "Cc":
            continue
        else:
            chars.append(ch)
    return _collapse("".join(chars))


def n1(value: str | None) -> str:
    return n1_text(value).casefold()


def n2(value: str | None) -> str:
    text = n1(value).translate(_TRANSLITERATE)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return _collapse(text.translate(_PUNCTUATION))


def _idna(domain: str) -> str:
    labels = []
    for label in domain.split("."):
        if label.isascii():
            labels.append(label)
            continue
        try:
            labels.append(label.encode("idna").decode("ascii"))
        except UnicodeError:
            labels.append(label)  # not a valid IDNA label: compare it as it is
    return ".".join(labels)


def email_key(value: str | None) -> str:
    """N1, with the domain part (after the last '@') in IDNA form, so ü-domains equal their punycode."""
    text = n1(value)
    local, at, domain = text.rpartition("@")
    if not at:
        return text
    return f"{local}@{_idna(domain).lower()}"
