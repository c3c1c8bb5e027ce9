"""``paxdesk migrate prepare`` + ``upload`` against the sandbox over real HTTP (CONTRACT §6.3, §6.4)."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import httpx
import pytest

from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.legacy import BOOKING_HEADERS, HEADERS, build_legacy, legacy_fixture, write_csv
from paxdesk.sandbox.server import SandboxServer
from tests.helpers import run_paxdesk, xlsx_rows

TOKEN = "mig-SECRET-token-4711"
NO_IMPORT = "mig-readonly-0815"
NO_SEARCH = "mig-nosearch-1234"


def _rows(path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


@pytest.fixture
def world(tmp_path):
    export = build_legacy(250, seed=41, duplicate_rate=0.12)
    already = [r for r in export.customers if r["email"] and "@" in r["email"] and r["birth_date"]][:8]
    myjack_customers = [{"id": str(100000 + i), "salutation": r["salutation"], "title": None,
                         "first_name": r["first_name"], "last_name": r["last_name"], "emails": [r["email"]],
                         "phone": None, "street": None, "zip": None, "city": None, "country": "DE",
                         "birth_date": None, "deleted": False} for i, r in enumerate(already)]
    fixture = legacy_fixture(export, TOKEN, myjack_customers)
    fixture["tokens"].append({**fixture["tokens"][0], "token": NO_IMPORT, "scopes": ["read", "search"]})
    fixture["tokens"].append({**fixture["tokens"][0], "token": NO_SEARCH, "scopes": ["read", "import"]})
    customers = write_csv(export.customers, HEADERS, tmp_path / "kunden.csv", encoding="utf-8")
    bookings = write_csv(export.bookings, BOOKING_HEADERS, tmp_path / "vorgaenge.csv")
    with SandboxServer(parse_fixture(fixture)) as server:
        yield export, server, customers, bookings, {r["legacy_id"] for r in already}


def _paxdesk(*args, token=TOKEN):
    return run_paxdesk(*args, env={"MJ_TOKEN": token})


def test_prepare_and_upload_create_exactly_the_expected_records(world, tmp_path):
    export, server, customers, bookings, already = world
    api = server.api_url("myjack")
    out = tmp_path / "paket"
    result = _paxdesk("migrate", "prepare", "--customers", str(customers), "--bookings", str(bookings),
                      "--base-url", api, "--token-env", "MJ_TOKEN", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert TOKEN not in result.stdout + result.stderr
    hits = {line.split()[1].rstrip(":") for line in result.stdout.splitlines() if line.startswith("myjack ")}
    assert already <= hits  # every customer already in myJack is found
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["myjack_duplicates"] == len(hits)
    package_customers, package_bookings = _rows(out / "customers.csv"), _rows(out / "bookings.csv")

    sandbox = server.sandbox
    before = len(sandbox.fixture.customers)
    result = _paxdesk("migrate", "upload", str(out), "--base-url", api, "--token-env", "MJ_TOKEN")
    assert result.returncode == 0, result.stdout + result.stderr
    assert TOKEN not in result.stdout + result.stderr
    store = sandbox.imports
    assert len(sandbox.fixture.customers) - before == len(package_customers) == len(export.customers)
    assert len(store.bookings) == len(package_bookings) == len(export.bookings)
    user_ids = {u["id"]: u["abbreviation"] for u in sandbox.fixture.users}
    legacy_user = {b["booking_id"]: b["user"] for b in export.bookings}
    for booking in store.bookings:
        assert booking["legacy"] is True
        assert user_ids[booking["user"]] == export.expected_user[legacy_user[booking["booking_id"]]]
    to_altdaten = sum(1 for b in store.bookings if user_ids[b["user"]] == "Altdaten")
    assert f"created={len(export.customers)} appended=0 bookings={len(export.bookings)} " \
           f"bookingsToAltdaten={to_altdaten} errors=0" in result.stdout
    assert 0 < to_altdaten < len(export.bookings)

    again = _paxdesk("migrate", "upload", str(out), "--base-url", api, "--token-env", "MJ_TOKEN")
    assert again.returncode == 2 and "already uploaded" in again.stderr and "--again" in again.stderr
    assert len(store.jobs) == 1
    forced = _paxdesk("migrate", "upload", str(out), "--base-url", api, "--token-env", "MJ_TOKEN", "--again")
    assert forced.returncode == 0, forced.stderr
    assert f"created=0 appended={len(export.customers)}" in forced.stdout
    assert len(sandbox.fixture.customers) - before == len(export.customers)  # appended, not created twice


def test_a_redelivery_appends_without_overwriting(world, tmp_path):
    export, server, _, _, _ = world
    api = server.api_url("myjack")
    first = tmp_path / "erste.csv"
    first.write_text("Kundennummer;Nachname;Vorname;Telefon\nA1;Weiß;Jördis;\n", encoding="utf-8")
    second = tmp_path / "zweite.csv"
    second.write_text("Kundennummer;Nachname;Vorname;Telefon;Ort\nA1;Weiss-Neu;Jördis;030 1234567;Berlin\n"
                      "A2;Hansen;Ole;;Kiel\n", encoding="utf-8")
    for number, path in enumerate((first, second)):
        out = tmp_path / f"p{number}"
        assert _paxdesk("migrate", "prepare", "--customers", str(path), "--out", str(out)).returncode == 0
        result = _paxdesk("migrate", "upload", str(out), "--base-url", api, "--token-env", "MJ_TOKEN")
        assert result.returncode == 0, result.stderr
    assert "created=1 appended=1" in result.stdout
    store = server.sandbox.imports
    record = server.sandbox.fixture.customers[store.by_legacy["A1"]]
    assert (record["last_name"], record["phone"], record["city"]) == ("Weiß", "+49301234567", "Berlin")


def test_upload_refuses_changed_packages_and_tokens_without_the_import_scope(world, tmp_path):
    export, server, customers, bookings, _ = world
    api = server.api_url("myjack")
    out = tmp_path / "paket"
    assert _paxdesk("migrate", "prepare", "--customers", str(customers), "--out", str(out)).returncode == 0
    denied = _paxdesk("migrate", "upload", str(out), "--base-url", server.url, "--token-env", "MJ_TOKEN",
                      token=NO_IMPORT)
    assert denied.returncode == 3 and NO_IMPORT not in denied.stderr
    manifest = (out / "manifest.json").read_bytes()
    tampered = (out / "customers.csv").read_bytes().replace(b"true", b"TRUE", 1) + b"X;;;;;;;;;;;;;;;;;\r\n"
    response = httpx.post(f"{api}/imports", headers={"Authorization": f"Bearer {TOKEN}"},
                          files={"manifest": ("manifest.json", manifest), "customers": ("customers.csv", tampered),
                                 "bookings": ("bookings.csv", (out / "bookings.csv").read_bytes())})
    assert response.status_code == 400 and response.json()["error"] == "manifest_mismatch"
    (out / "customers.csv").write_bytes(tampered)
    local = _paxdesk("migrate", "upload", str(out), "--base-url", api, "--token-env", "MJ_TOKEN")
    assert local.returncode == 2 and "customers.csv" in local.stderr
    assert not server.sandbox.imports.jobs


def test_users_come_from_myjack_with_the_altdaten_fallback(world, tmp_path):
    export, server, customers, bookings, _ = world
    response = httpx.get(f"{server.api_url('myjack')}/users", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    listed = {u["abbreviation"]: u["active"] for u in response.json()["users"]}
    assert listed == {"AM": True, "TK": True, "SB": True, "MW": True, "JH": False, "Altdaten": True}
    out = tmp_path / "paket"
    result = _paxdesk("migrate", "prepare", "--customers", str(customers), "--bookings", str(bookings),
                      "--base-url", server.url, "--token-env", "MJ_TOKEN", "--out", str(out))
    assert result.returncode == 0, result.stderr
    mapping = {r["Kürzel (Altdaten)"]: (r["myJack-Kürzel"], int(r["Vorgänge"])) for r in _rows(out / "user-mapping.csv")}
    counted = Counter(b["user"].upper() if b["user"].upper() in listed else b["user"] for b in export.bookings)
    for legacy, (target, count) in mapping.items():
        key = "" if legacy == "(ohne Kürzel)" else legacy
        assert target == export.expected_user[key]
        assert count == counted[key.upper() if key.upper() in listed else key]


@pytest.mark.parametrize("args,needle", [
    (["--customers", "missing.csv"], "missing.csv"),
    (["--customers", "kaputt.csv"], "kaputt.csv, row 1, column 'Kundennummer'"),  # by the header it is known by
])
def test_unreadable_input_exits_2(tmp_path, args, needle):
    (tmp_path / "kaputt.csv").write_text("Vorname;Nachname\nA;B\n", encoding="utf-8")
    result = run_paxdesk("migrate", "prepare", *[str(tmp_path / a) if a.endswith(".csv") else a for a in args],
                         "--out", str(tmp_path / "p"))
    assert result.returncode == 2 and needle in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("paxdesk: ") and needle in last and "Traceback" not in result.stderr
    assert not (tmp_path / "p").exists()


def test_every_help_works():
    for args in (["migrate", "--help"], ["migrate", "prepare", "--help"], ["migrate", "upload", "--help"]):
        result = run_paxdesk(*args)
        assert result.returncode == 0 and "usage: paxdesk migrate" in result.stdout


def test_a_token_without_search_still_prepares_and_says_what_was_not_checked(world, tmp_path):
    export, server, customers, bookings, _ = world
    result = _paxdesk("migrate", "prepare", "--customers", str(customers), "--base-url", server.api_url("myjack"),
                      "--token-env", "MJ_TOKEN", "--out", str(tmp_path / "p"), token=NO_SEARCH)
    assert result.returncode == 0, result.stderr
    assert "warning: the token may not search myJack" in result.stderr
    assert "myjack_duplicates=0" in result.stdout


def test_an_unreadable_search_answer_marks_its_customers_and_the_run_goes_on(tmp_path):
    """One bad answer never stops the run (the demo's myJack has a customer whose first name is a number)."""
    export = build_legacy(60, seed=12)
    victim = export.customers[0]
    broken = {"id": "990001", "salutation": None, "title": None, "first_name": "X", "last_name": victim["last_name"],
              "emails": ["x@example.de"], "phone": None, "street": None, "zip": None, "city": None, "country": None,
              "birth_date": None, "deleted": False, "malformed": True}
    customers = write_csv(export.customers, HEADERS, tmp_path / "kunden.csv", encoding="utf-8")
    with SandboxServer(parse_fixture(legacy_fixture(export, TOKEN, [broken]))) as server:
        out = tmp_path / "paket"
        result = _paxdesk("migrate", "prepare", "--customers", str(customers), "--base-url", server.api_url("myjack"),
                          "--token-env", "MJ_TOKEN", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "myJack search incomplete" in result.stderr and "could not be checked" in result.stderr
    rows = xlsx_rows(out / "findings.xlsx")
    unchecked = [r for r in rows if any(isinstance(v, str) and "nicht geprüft" in v for v in r)]
    same_name = [c for c in export.customers if c["last_name"] == victim["last_name"]]
    assert 1 <= len(unchecked) <= len(same_name)  # those whose search met the record, no one else


def test_link_attaches_and_skip_leaves_out_with_findings(world, tmp_path):
    """CONTRACT §6.3/§6.4: "link" creates no second record and its bookings go to the myJack customer; "skip"
    leaves the customer and its bookings out, each a finding — nothing dropped without a line saying so."""
    export, server, customers, bookings, already = world
    api = server.api_url("myjack")
    with_bookings = Counter(b["legacy_id"] for b in export.bookings)
    link, skip = sorted(already, key=lambda i: -with_bookings[i])[:2]
    assert with_bookings[link] and with_bookings[skip]
    decisions = tmp_path / "d.json"
    decisions.write_text(json.dumps({"myjack": {link: "link", skip: "skip"}}), encoding="utf-8")
    out = tmp_path / "paket"
    result = _paxdesk("migrate", "prepare", "--customers", str(customers), "--bookings", str(bookings),
                      "--base-url", api, "--token-env", "MJ_TOKEN", "--decisions", str(decisions), "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = {r["legacy_id"]: r for r in _rows(out / "customers.csv")}
    target = next(line.split()[4] for line in result.stdout.splitlines() if line.startswith(f"myjack {link}:"))
    assert rows[link]["myjack_id"] == target and skip not in rows
    assert not {b["legacy_id"] for b in _rows(out / "bookings.csv")} & {skip}
    listed = xlsx_rows(out / "findings.xlsx")
    skipped = [r for r in listed if any(isinstance(v, str) and "nicht übernommen" in v for v in r)
               and any(isinstance(v, str) and ("schon in myJack" in v or "Vorgang eines" in v) for v in r)]
    assert len(skipped) == 1 + with_bookings[skip]  # the customer, and each of its bookings

    sandbox = server.sandbox
    before = len(sandbox.fixture.customers)
    uploaded = _paxdesk("migrate", "upload", str(out), "--base-url", api, "--token-env", "MJ_TOKEN")
    assert uploaded.returncode == 0, uploaded.stdout + uploaded.stderr
    assert len(sandbox.fixture.customers) - before == len(rows) - 1  # the linked one created nothing
    attached = [b for b in sandbox.imports.bookings if b["customer"] == target]
    assert len(attached) == with_bookings[link]
