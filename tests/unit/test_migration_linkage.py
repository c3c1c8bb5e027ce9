"""Duplicates inside the legacy file (CONTRACT §6.2): recall and precision against the generator's truth."""

from __future__ import annotations

import pytest

from paxdesk.migration.fields import detect_mapping
from paxdesk.migration.linkage import Pair, clusters, find_pairs, keys_of, score
from paxdesk.migration.load import load_customers
from paxdesk.migration.reading import open_table
from paxdesk.sandbox.legacy import HEADERS, build_legacy, write_csv


def _person(**values) -> dict:
    base = {"first_name": "Johannes", "last_name": "Müller", "birth_date": "1970-05-29", "email": "",
            "phone": "", "street": "Lindenstraße 4", "zip": "10115"}
    return keys_of({**base, **values})


def test_recall_and_precision_on_a_generated_export(tmp_path):
    export = build_legacy(3000, seed=21, duplicate_rate=0.15, family_rate=0.08)
    path = write_csv(export.customers, HEADERS, tmp_path / "k.csv")
    table = open_table(path, "customers")
    customers, _ = load_customers(table, detect_mapping(table.headers, "customers"))
    keys = [keys_of(c.values, c.unreadable) for c in customers]
    result = find_pairs(keys)
    ids = [c.legacy_id for c in customers]
    predicted = set()
    for group in clusters(len(customers), result.pairs, keys):
        members = [ids[i] for i in group]
        predicted |= {frozenset((a, b)) for i, a in enumerate(members) for b in members[i + 1:]}
    truth = export.pairs()
    recall = len(truth & predicted) / len(truth)
    precision = len(truth & predicted) / len(predicted)
    print(f"pairs: truth {len(truth)}, found {len(predicted)}, recall {recall:.3f}, precision {precision:.3f}, "
          f"comparisons {result.comparisons}")
    assert len(truth) > 400
    assert recall >= 0.95 and precision >= 0.95
    assert result.comparisons < 10 * len(customers)  # blocking, not n²


@pytest.mark.parametrize("other,reason", [
    ({"first_name": "Hans"}, "similar_name_birth"),                              # nickname
    ({"first_name": "Johannes", "last_name": "Mueller"}, "name_birth"),          # umlaut spelling
    ({"first_name": "Müller", "last_name": "Johannes"}, "name_birth"),           # swapped
    ({"first_name": "Johanes"}, "similar_name_birth"),                           # one typo
    ({"first_name": "J.", "birth_date": ""}, "name_address"),                    # initial, same address
    ({"first_name": "Johannes", "birth_date": "", "street": "Lindenstr. 4"}, "name_address"),
    ({"first_name": "Jo", "last_name": "Mülller", "birth_date": "", "street": "", "phone": "+49301234567"},
     "name_phone"),
    ({"first_name": "Xaver", "last_name": "Anders", "birth_date": "1999-01-01", "email": "j@m.de"}, "email"),
])
def test_pair_rules(other, reason):
    mine = _person(email="j@m.de", phone="+49301234567")
    theirs = _person(**other)
    result = score(mine, theirs)
    assert result is not None and reason in result[1]
    assert 0 < result[0] <= 1


@pytest.mark.parametrize("other", [
    {"first_name": "Petra", "birth_date": "1972-01-01"},       # spouse at the same address
    {"first_name": "Johannes", "birth_date": "1995-05-29"},    # son of the same name, same address
    {"first_name": "Johannes", "birth_date": "", "street": "Bahnhofstraße 1", "zip": "80331"},  # namesake
    {"first_name": "Karl", "last_name": "Maier", "birth_date": "1970-05-29", "street": "Weg 1"},
])
def test_not_pairs(other):
    assert score(_person(), _person(**other)) is None


def test_unreadable_values_are_no_evidence():
    shared = {"first_name": "A", "last_name": "B", "email": "max.mustermann@", "birth_date": "31.02.1980"}
    other = {"first_name": "C", "last_name": "D", "email": "max.mustermann@", "birth_date": "31.02.1980"}
    assert score(keys_of(shared, {"email", "birth_date"}), keys_of(other, {"email", "birth_date"})) is None


def test_union_find_makes_one_group_of_a_chain():
    pairs = [Pair(0, 1, 0.9, ("email",)), Pair(1, 2, 0.9, ("email",)), Pair(4, 5, 0.9, ("email",))]
    assert clusters(7, pairs) == [[0, 1, 2], [4, 5]]


def test_oversized_blocks_are_split_not_skipped():
    placeholder = [keys_of({"first_name": f"Name{i}", "last_name": f"Familie{i}", "birth_date": "1900-01-01"})
                   for i in range(400)]
    placeholder.append(keys_of({"first_name": "Name7", "last_name": "Familie7", "birth_date": "1900-01-01"}))
    result = find_pairs(placeholder)
    assert result.split_blocks >= 1
    assert [(p.a, p.b) for p in result.pairs] == [(7, 400)]
    assert result.comparisons < 400 * 399 / 2 / 4


def test_a_weak_link_between_two_true_pairs_does_not_chain_them_into_one_group():
    """Issue 28: two true pairs (same name and birth date) and one weak name+address link between a record of
    each that has no birth date: with conflicting birth dates across them, two groups — not one of four."""
    anna = {"first_name": "Anna", "last_name": "Schmidt", "street": "Weg 1", "zip": "10115", "email": "",
            "phone": ""}
    records = [keys_of({**anna, "birth_date": "1980-01-01"}), keys_of({**anna, "birth_date": "1980-01-01",
                                                                         "street": "Pfad 9"}),
               keys_of({**anna, "birth_date": ""}), keys_of({**anna, "first_name": "Anne", "birth_date": ""}),
               keys_of({**anna, "first_name": "Anne", "birth_date": "1975-06-06", "street": "Gasse 3"}),
               keys_of({**anna, "first_name": "Anne", "birth_date": "1975-06-06", "street": "Gasse 3",
                        "zip": "20095"})]
    pairs = [Pair(0, 1, 0.97, ("name_birth",)), Pair(0, 2, 0.85, ("name_address",)),
             Pair(2, 3, 0.75, ("name_address",)), Pair(3, 4, 0.75, ("name_address",)),
             Pair(4, 5, 0.97, ("name_birth",))]
    assert clusters(6, pairs) == [[0, 1, 2, 3, 4, 5]]  # union-find alone: one group with two birth dates
    groups = clusters(6, pairs, records)
    assert len(groups) == 2 and [0, 1] == groups[0][:2] and [4, 5] == groups[1][-2:]
    for group in groups:  # no group holds two birth dates
        assert len({records[i].birth for i in group} - {""}) == 1


def test_each_group_shows_its_pairs_with_their_own_scores_and_marks_a_weak_link():
    from paxdesk.migration.groups import build_groups
    from paxdesk.migration.labels import duplicate_rows
    from paxdesk.migration.records import Customer

    fields = ("legacy_id", "salutation", "title", "first_name", "last_name", "email", "phone", "street", "zip",
              "city", "country", "birth_date", "user", "lock_email", "lock_post", "lock_phone", "lock_all")
    people = [Customer(i + 2, {**{f: "" for f in fields}, "legacy_id": f"K{i}", "first_name": "Anna",
                                "last_name": "Schmidt"}) for i in range(3)]
    pairs = [Pair(0, 1, 0.97, ("name_birth",)), Pair(1, 2, 0.75, ("name_address",))]
    (group,) = build_groups(people, clusters(3, pairs), pairs, {})
    assert [(l.a, l.b, l.score, l.weak) for l in group.links] == [("K0", "K1", 0.97, False),
                                                                   ("K1", "K2", 0.75, True)]
    rows = [r for r in duplicate_rows([group], []) if r[1] == "Verknüpfung"]
    assert [(r[2], r[11], r[12]) for r in rows] == [("K0 – K1", 0.97, ""),
                                                    ("K1 – K2", 0.75, "schwache Verknüpfung: bitte prüfen")]


def test_reasons_say_each_part_once_and_a_myjack_hit_row_holds_the_exports_own_values():
    """Two rules of one pair share their name parts ("gleicher Nachname, ähnlicher Vorname" once, not twice), and
    a row of duplicates.xlsx for a customer already in myJack has the export's own names in their columns and
    whom myJack has as its proposal (the whole myJack name used to sit in "Nachname")."""
    from paxdesk.migration.labels import DUPLICATE_HEADERS, duplicate_rows, reasons_text
    from paxdesk.migration.package import MyJackHit
    from paxdesk.migration.records import Customer

    assert reasons_text(("name_address", "name_phone")) == \
        "gleicher Nachname, ähnlicher Vorname, gleiche Adresse, gleiche Telefonnummer"
    customer = Customer(2, {"legacy_id": "K7", "first_name": "Jürgen", "last_name": "Groß", "birth_date": "1970-05-01",
                            "email": "j@example.de", "phone": "", "street": "Hauptstr. 1", "zip": "01067",
                            "city": "Dresden"})
    hit = MyJackHit("K7", "4711", 0.93, ("name_birth",), "Jürgen Gross")
    (row,) = duplicate_rows([], [hit], [customer])
    cells = dict(zip(DUPLICATE_HEADERS, row))
    assert (cells["Kundennummer"], cells["Vorname"], cells["Nachname"], cells["Ort"]) == ("K7", "Jürgen", "Groß",
                                                                                          "Dresden")
    assert cells["Vorschlag"] == "in myJack: Jürgen Gross (4711)" and cells["Ähnlichkeit"] == 0.93
