"""The migration package (CONTRACT §6.3): contents, decisions, users, locks, byte stability, atomicity."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from openpyxl import load_workbook

from paxdesk.errors import InputError
from paxdesk.migration import labels
from paxdesk.services.migration import MigrationSession, PrepareOptions, PrepareResult, prepare
from paxdesk.migration.users import MyJackUser
from paxdesk.sandbox.legacy import BOOKING_HEADERS, HEADERS, build_legacy, write_csv


@pytest.fixture
def export_files(tmp_path):
    export = build_legacy(400, seed=33, duplicate_rate=0.15)
    customers = write_csv(export.customers, HEADERS, tmp_path / "kunden.csv")
    bookings = write_csv(export.bookings, BOOKING_HEADERS, tmp_path / "vorgaenge.csv", separator="\t")
    users = tmp_path / "users.csv"
    users.write_text("abbreviation;name;email\n" + "\n".join(f"{u['abbreviation']};{u['name']};{u['email']}"
                                                             for u in export.users), encoding="utf-8")
    return export, customers, bookings, users


def _csv(path) -> list[dict]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def _run(options) -> PrepareResult:
    return [e for e in prepare(options) if isinstance(e, PrepareResult)][0]


def test_package_contents_users_and_locks(export_files, tmp_path):
    export, customers, bookings, users = export_files
    result = _run(PrepareOptions(customers, tmp_path / "paket", bookings, users_file=users))
    out = tmp_path / "paket"
    assert sorted(p.name for p in out.iterdir()) == sorted(["customers.csv", "bookings.csv", "user-mapping.csv",
                                                            "marketing-locks.xlsx", "findings.xlsx",
                                                            "duplicates.xlsx", "manifest.json"])
    rows = _csv(out / "customers.csv")
    assert list(rows[0]) == ["legacy_id", "salutation", "title", "first_name", "last_name", "email", "phone",
                             "street", "zip", "city", "country", "birth_date", "user", "lock_email", "lock_post",
                             "lock_phone", "lock_all", "merged_legacy_ids"]
    assert len(rows) == len(export.customers)  # no decisions: duplicates imported unmerged
    booked = _csv(out / "bookings.csv")
    assert len(booked) == len(export.bookings) and {b["legacy"] for b in booked} == {"true"}
    legacy_user = {b["booking_id"]: b["user"] for b in export.bookings}
    assert all(b["user"] == export.expected_user[legacy_user[b["booking_id"]]] for b in booked)
    assert any(b["user"] == "Altdaten" for b in booked) and any(b["user"] == "AM" for b in booked)
    counts = result.manifest["counts"]
    assert counts["users_mapped"] == 5 and counts["users_to_altdaten"] == 4  # 4 unknown Kürzel
    assert counts["open_duplicates"] == len(result.groups) > 0
    locks = load_workbook(out / "marketing-locks.xlsx").active
    listed = {str(r[0].value) for r in locks.iter_rows(min_row=2)}
    assert listed == export.locked and counts["marketing_locks"] == len(export.locked)
    assert locks.auto_filter.ref and locks["A1"].value == "Kundennummer"
    findings = load_workbook(out / "findings.xlsx").active
    assert findings.max_row - 1 == counts["findings"]


def test_manifest_has_no_personal_values(export_files, tmp_path):
    export, customers, bookings, users = export_files
    result = _run(PrepareOptions(customers, tmp_path / "paket", bookings, users_file=users))
    text = (tmp_path / "paket" / "manifest.json").read_text(encoding="utf-8")
    manifest = json.loads(text)
    assert manifest == result.manifest
    assert set(manifest) == {"format", "created", "source", "counts", "files"}
    assert [s["file"] for s in manifest["source"]] == ["kunden.csv", "vorgaenge.csv"]
    assert manifest["source"][0]["rows"] == len(export.customers)
    for row in export.customers[:200]:
        for value in (row["last_name"], row["email"], row["street"]):
            assert not value or value not in text


def test_byte_stable_for_the_same_input_and_decisions(export_files, tmp_path):
    export, customers, bookings, users = export_files
    decisions = tmp_path / "d.json"
    first = _run(PrepareOptions(customers, tmp_path / "a", bookings, users_file=users))
    group = first.groups[0]
    decisions.write_text(json.dumps({"groups": {group.id: "merge"}}), encoding="utf-8")
    outputs = []
    for name in ("b", "c"):
        _run(PrepareOptions(customers, tmp_path / name, bookings, users_file=users, decisions=decisions))
        outputs.append({p.name: p.read_bytes() for p in (tmp_path / name).iterdir()})
    assert outputs[0] == outputs[1]
    plain = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    assert plain["customers.csv"] != outputs[0]["customers.csv"]


def test_decisions_merge_keep_and_drop(export_files, tmp_path):
    export, customers, bookings, users = export_files
    session = MigrationSession(customers, bookings)
    list(session.load())
    list(session.link())
    session.set_myjack_users([MyJackUser("AM", "Anna Meier")])
    merge, keep, drop = session.groups[:3]
    dropped = drop.members[-1].legacy_id
    session.apply_decisions({merge.id: "merge", keep.members[1].legacy_id: "keep_all", drop.id: f"drop:{dropped}"},
                            {}, "test")
    manifest = session.write(tmp_path / "p")
    rows = {r["legacy_id"]: r for r in _csv(tmp_path / "p" / "customers.csv")}
    booked = _csv(tmp_path / "p" / "bookings.csv")
    survivor = merge.survivor.legacy_id
    others = [m.legacy_id for m in merge.members[1:]]
    assert survivor in rows and not set(others) & set(rows)
    assert rows[survivor]["merged_legacy_ids"].split("|") == sorted(others, key=int)
    for name in ("email", "phone", "birth_date", "street"):
        values = [m.values[name] for m in merge.members if m.values[name] and name not in m.unreadable]
        if values:
            assert rows[survivor][name] == values[0]  # from the highest-ranked member that has one
    assert all(m.legacy_id in rows for m in keep.members)
    assert dropped not in rows and dropped in rows[drop.members[0].legacy_id]["merged_legacy_ids"].split("|")
    moved = {b["booking_id"] for b in export.bookings if b["legacy_id"] in others + [dropped]}
    assert {b["booking_id"] for b in booked if b["legacy_id"] in (survivor, drop.members[0].legacy_id)} >= moved
    assert len(booked) == len(export.bookings)  # no booking lost
    assert manifest["counts"]["merged"] == len(others) + 1
    assert manifest["counts"]["open_duplicates"] == len(session.groups) - 3


def test_bad_decisions_and_user_maps_are_input_errors(export_files, tmp_path):
    export, customers, bookings, users = export_files
    bad = tmp_path / "bad.json"
    for doc in ({"groups": {"nope": "merge"}}, {"groups": {"x": "explode"}}, {"myjack": {"1": "maybe"}}, [1]):
        bad.write_text(json.dumps(doc), encoding="utf-8")
        with pytest.raises(InputError):
            _run(PrepareOptions(customers, tmp_path / "p", bookings, users_file=users, decisions=bad))
    first = export.customers[0]["legacy_id"]  # "link" without a customer found in myJack (no search here)
    bad.write_text(json.dumps({"myjack": {first: "link"}}), encoding="utf-8")
    with pytest.raises(InputError, match="needs a customer found in myJack"):
        _run(PrepareOptions(customers, tmp_path / "p", bookings, users_file=users, decisions=bad))
    bad.write_text(json.dumps({"XY": "NOBODY"}), encoding="utf-8")
    with pytest.raises(InputError, match="NOBODY"):
        _run(PrepareOptions(customers, tmp_path / "p", bookings, users_file=users, user_map=bad))
    assert not (tmp_path / "p").exists()


def test_user_map_overrides(export_files, tmp_path):
    export, customers, bookings, users = export_files
    user_map = tmp_path / "map.json"
    user_map.write_text(json.dumps({"xy": "AM", "AM": "Altdaten"}), encoding="utf-8")
    _run(PrepareOptions(customers, tmp_path / "p", bookings, users_file=users, user_map=user_map))
    legacy_user = {b["booking_id"]: b["user"] for b in export.bookings}
    for booking in _csv(tmp_path / "p" / "bookings.csv"):
        legacy = legacy_user[booking["booking_id"]]
        if legacy == "XY":
            assert booking["user"] == "AM"
        if legacy == "AM":
            assert booking["user"] == "Altdaten"


def test_an_existing_foreign_folder_is_never_overwritten(export_files, tmp_path):
    export, customers, bookings, users = export_files
    target = tmp_path / "meine-daten"
    target.mkdir()
    (target / "wichtig.txt").write_text("nicht löschen", encoding="utf-8")
    with pytest.raises(InputError, match="not a paxdesk migration package"):
        _run(PrepareOptions(customers, target, bookings))
    assert (target / "wichtig.txt").read_text(encoding="utf-8") == "nicht löschen"
    _run(PrepareOptions(customers, tmp_path / "p", bookings))
    _run(PrepareOptions(customers, tmp_path / "p", bookings))  # an earlier package is replaced
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".p")]
    assert os.listdir(tmp_path / "p")


def test_a_row_without_last_name_joins_its_duplicate_and_stays_a_finding(tmp_path):
    """Issue 28 item 3: a row without a last name takes part as a duplicate of a complete row — a merge
    completes the survivor and takes its bookings — and is still a finding; one without a duplicate stays out."""
    (tmp_path / "k.csv").write_text(
        "Kundennummer;Vorname;Nachname;Straße;PLZ;Ort;Geburtsdatum;Telefon\n"
        "1;Anna;Schmidt;Weg 1;10115;Berlin;01.02.1980;\n"
        "2;Anna;;Weg 1;10115;Berlin;01.02.1980;030 1234567\n"
        "3;Peter;;Ring 5;20095;Hamburg;03.04.1970;\n", encoding="utf-8")
    (tmp_path / "v.csv").write_text("Vorgangsnummer;Kundennummer;Buchungsdatum\nV1;2;01.03.2024\nV2;3;01.03.2024\n",
                                    encoding="utf-8")
    open_run = _run(PrepareOptions(tmp_path / "k.csv", tmp_path / "offen", tmp_path / "v.csv"))
    (group,) = open_run.groups
    assert group.member_ids() == ["1", "2"] and group.survivor.legacy_id == "1"
    assert [r["legacy_id"] for r in _csv(tmp_path / "offen" / "customers.csv")] == ["1"]  # open: 2 stays out
    findings = load_workbook(tmp_path / "offen" / "findings.xlsx").active
    kinds = [tuple(str(c.value) for c in row[1:4]) for row in findings.iter_rows(min_row=2)]
    assert ("3", "Nachname", "Pflichtwert fehlt") in kinds and ("4", "Nachname", "Pflichtwert fehlt") in kinds
    decisions = tmp_path / "d.json"
    decisions.write_text(json.dumps({"groups": {group.id: "merge"}}), encoding="utf-8")
    _run(PrepareOptions(tmp_path / "k.csv", tmp_path / "paket", tmp_path / "v.csv", decisions=decisions))
    (merged,) = _csv(tmp_path / "paket" / "customers.csv")
    assert (merged["legacy_id"], merged["merged_legacy_ids"], merged["phone"]) == ("1", "2", "+49301234567")
    assert [(b["booking_id"], b["legacy_id"]) for b in _csv(tmp_path / "paket" / "bookings.csv")] == [("V1", "1")]
    findings = load_workbook(tmp_path / "paket" / "findings.xlsx").active
    rows = [tuple(str(c.value) for c in row[:5]) for row in findings.iter_rows(min_row=2)]
    assert ("v.csv", "3", "Kundennummer", labels.KIND["unknown_customer"], "3") in rows  # V2: said, not lost
    assert ("k.csv", "3", "Nachname", labels.KIND["completed_by_merge"], "1") in rows  # row 3 (id 2) went into 1
