"""The matching policy of CONTRACT §4.2: one test per rule and per tricky character class, plus properties."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paxdesk.domain.matching import Difference, Person, Status, classify, explain
from paxdesk.domain.normalize import email_key, n1, n2


@pytest.mark.parametrize("raw,expected", [
    ("Weiß", "weiss"),                          # casefold
    ("  Anna   Lena ", "anna lena"),             # collapse + trim
    ("Anna\tLena\nX", "anna lena x"),            # tab, newline
    ("Anna\u00a0Lena", "anna lena"),             # no-break space
    ("Anna\u202fLena", "anna lena"),             # narrow no-break space
    ("Anna\u3000Lena", "anna lena"),             # ideographic space
    ("Ann\u200ba", "anna"),                      # zero-width space
    ("Ann\u200c\u200d\u2060a\ufeff", "anna"),    # ZWNJ, ZWJ, word joiner, BOM
    ("An\x00n\x07a\x1f", "anna"),                # control characters removed
    ("Anna\x85Lena", "anna lena"),               # NEL is White_Space
    ("Mu\u0308ller", "müller"),                  # NFD → NFC
    ("ﬁnk", "fink"),                             # NFKC compatibility ligature
    ("Ａｎｎａ", "anna"),                         # full-width
    ("", ""), (None, ""),
])
def test_n1(raw, expected):
    assert n1(raw) == expected


@pytest.mark.parametrize("raw,expected", [
    ("Müller", "mueller"), ("Jördis", "joerdis"), ("Bär", "baer"), ("Weiß", "weiss"), ("STRAẞE", "strasse"),
    ("Müller-Lüdenscheidt", "mueller luedenscheidt"), ("O'Brien", "o brien"), ("St. Martin", "st martin"),
    ("José", "jose"), ("Zoë", "zoe"), ("Łukasz", "łukasz"),  # Ł has no decomposition: kept
    ("Ångström", "angstroem"), ("Mu\u0308ller", "mueller"), ("  Jean - Luc ", "jean luc"),
])
def test_n2(raw, expected):
    assert n2(raw) == expected


def test_n2_does_not_touch_other_punctuation():
    assert n2("D’Angelo") != n2("D'Angelo")  # only the ASCII apostrophe is replaced


@pytest.mark.parametrize("a,b,equal", [
    ("J.Weiss@Example.DE", "j.weiss@example.de", True),
    ("müller@bücher.de", "müller@xn--bcher-kva.de", True),
    ("mueller@bücher.de", "müller@bücher.de", False),     # N2 never applies to e-mails
    (" a@b.de\u200b", "a@b.de", True),
    ("a@b.de", "a@c.de", False),
    ("not-an-address", "NOT-AN-ADDRESS", True),
    ("x@" + "ü" * 70 + ".de", " X@" + "Ü" * 70 + ".DE", True),  # invalid IDNA (label > 63): compared under N1
    ("x@" + "ü" * 70 + ".de", "x@" + "ue" * 70 + ".de", False),  # ... and never under N2
    ("x@ünïcödé..bad", "X@ÜNÏCÖDÉ..BAD\u200b", True),          # an empty label does not stop the comparison
])
def test_email_key(a, b, equal):
    assert (email_key(a) == email_key(b)) is equal


def P(first, last, email, *others):
    return Person(first, last, email, tuple(others))


@pytest.mark.parametrize("crm,live,status,diff", [
    (P("Anna", "Weiß", "a@x.de"), P("Anna", "Weiß", "a@x.de"), "match", ()),
    (P("ANNA", "weiß", "A@X.DE"), P("anna", "WEISS", "a@x.de"), "match", ()),
    (P("Anna\u200b", " Weiß", None), P("Anna", "Weiß", ""), "match", ()),          # two empty e-mails
    (P("Mu\u0308ller", "X", None), P("Müller", "X", None), "match", ()),          # NFD vs NFC
    (P("Jördis", "Weiß", "j@x.de"), P("Joerdis", "Weiß", "j@x.de"), "minor", ("first_name",)),
    (P("José", "X", "j@x.de"), P("Jose", "X", "j@x.de"), "minor", ("first_name",)),
    (P("Anna", "Müller-Lüdenscheidt", "a@x.de"), P("Anna", "Mueller Luedenscheidt", "a@x.de"),
     "minor", ("last_name",)),
    (P("Anna", "Weiß", None), P("Anna", "Weiß", "a@x.de"), "minor", ("email",)),   # missing in the CRM
    (P("Anna", "Weiß", "a@x.de"), P("Anna", "Weiß", None), "minor", ("email",)),   # missing in the MidOffice
    (P("Anna", "Weiß", "old@x.de"), P("Anna", "Weiß", "new@x.de", "old@x.de"), "minor", ("email",)),
    (P("Anna", "Weiß", "OLD@x.de"), P("Anna", "Weiß", "new@x.de", "old@x.de"), "minor", ("email",)),
    (P("Jördis", "Weiß", "old@x.de"), P("Joerdis", "Weiß", "new@x.de", "old@x.de"), "minor",
     ("first_name", "email")),
    (P("Anna", "Weiß", "a@x.de"), P("Anna", "Weiß", "b@x.de"), "major", ("email",)),
    (P("Anna", "Weiß", "müller@x.de"), P("Anna", "Weiß", "mueller@x.de"), "major", ("email",)),
    (P("Jördis", "Weiß", "a@x.de"), P("Joerdis", "Weiß", "b@x.de"), "major", ("first_name", "email")),
    (P("Anna", "Weiß", "a@x.de"), P("Anne", "Weiß", "a@x.de"), "major", ("first_name",)),
    (P(None, "Weiß", "a@x.de"), P("Anna", "Weiß", "a@x.de"), "major", ("first_name",)),  # empty name ≠ name
    (P("D’Angelo", "X", None), P("D'Angelo", "X", None), "major", ("first_name",)),
])
def test_classify(crm, live, status, diff):
    result = classify(crm, live)
    assert (result.status, result.differences) == (Status(status), diff)


@pytest.mark.parametrize("field,crm,live,kind", [
    ("first_name", P("Anna", "", ""), P("Anna", "", ""), Difference.NONE),
    ("first_name", P("ANNA", "", ""), P("anna", "", ""), Difference.CASE_ONLY),
    ("first_name", P("Anna\u200b", "", ""), P("Anna", "", ""), Difference.SPACING_ONLY),
    ("first_name", P("Jördis", "", ""), P("Joerdis", "", ""), Difference.UMLAUT),
    ("first_name", P("José", "", ""), P("Jose", "", ""), Difference.ACCENTS),
    ("first_name", P("Anna", "", ""), P("Berta", "", ""), Difference.DIFFERENT),
    ("email", P("", "", None), P("", "", "a@x.de"), Difference.MISSING_IN_CRM),
    ("email", P("", "", "a@x.de"), P("", "", None), Difference.MISSING_IN_MIDOFFICE),
    ("email", P("", "", "o@x.de"), P("", "", "a@x.de", "o@x.de"), Difference.SECONDARY_EMAIL),
    ("email", P("", "", "A@x.de"), P("", "", "a@x.de"), Difference.CASE_ONLY),
    ("email", P("", "", "b@x.de"), P("", "", "a@x.de"), Difference.DIFFERENT),
])
def test_explain(field, crm, live, kind):
    assert explain(field, crm, live) == kind


names = st.text(alphabet=st.sampled_from(list("aAäÄoOöÖuUüÜßeéÉ -'.nN")), max_size=12)
emails = st.sampled_from(["", "a@x.de", "A@X.de", "müller@bücher.de", "b@x.de", "old@x.de"])


def disguise(text: str, draw) -> str:
    """Same value under N1: other normal form, case, and whitespace."""
    form = draw(st.sampled_from(["NFC", "NFD", "NFKC", "NFKD"]))
    text = unicodedata.normalize(form, text)
    text = text.upper() if draw(st.booleans()) else text.lower()
    return draw(st.sampled_from(["", " ", "\t", "\u00a0"])) + text.replace(" ", draw(
        st.sampled_from([" ", "  ", "\u00a0", " \u200b"]))) + draw(st.sampled_from(["", " ", "\n"]))


@given(st.data(), names, names, emails, names, names, emails, st.lists(emails, max_size=2))
def test_classification_is_invariant_under_form_case_and_whitespace(data, f1, l1, e1, f2, l2, e2, others):
    crm, live = P(f1, l1, e1), P(f2, l2, e2, *others)
    base = classify(crm, live)
    d = data.draw
    crm2 = P(disguise(f1, d), disguise(l1, d), disguise(e1, d) if "ß" not in e1 else e1)
    live2 = P(disguise(f2, d), disguise(l2, d), disguise(e2, d), *others)
    assert classify(crm2, live2) == base
    # Symmetric: swapping the sides gives the same verdict (the live record's other addresses set aside) ...
    plain = classify(crm, P(f2, l2, e2))
    assert classify(P(f2, l2, e2), crm) == plain
    assert classify(P(disguise(f2, d), disguise(l2, d), disguise(e2, d)), crm2) == plain
    # ... and those addresses change one thing only: a CRM e-mail found among them turns major into minor.
    if base != plain:
        assert (plain.status, base.status) == (Status.MAJOR, Status.MINOR)
        assert email_key(e1) in {email_key(o) for o in others} and n2(f1) == n2(f2) and n2(l1) == n2(l2)


@given(names, names, emails)
def test_a_record_always_matches_itself(first, last, email):
    assert classify(P(first, last, email), P(first, last, email)).status == Status.MATCH
