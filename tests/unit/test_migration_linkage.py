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
    result = find_pairs([keys_of(c.values, c.unreadable) for c in customers])
    ids = [c.legacy_id for c in customers]
    predicted = set()
    for group in clusters(len(customers), result.pairs):
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
