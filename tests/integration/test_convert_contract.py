"""`paxdesk convert` options and promises of CONTRACT §1/§4 that only a real run shows, checked against the
scenario's truth (what each copy was built to be), the sandbox's own observations and the CRM itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from paxdesk.cli import main
from paxdesk.crm.db import sqlite_path
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from tests.helpers import canonical, export_crm, import_crm, run_paxdesk, write_json
from tests.invariants import PERSONAL, check_invariants

TOKEN = "contract-token-SECRET-42"


class World:
    """A scenario's CRM at ``url`` and its MidOffice in a sandbox; ``convert(...)`` runs the CLI in-process."""

    def __init__(self, url: str, tmp_path: Path, midoffice: str = "midoco", copies: int = 60, seed: int = 8,
                 faults: dict | None = None):
        self.scenario = build_scenario(copies=copies, midoffice=midoffice, seed=seed, token=TOKEN)
        self.scenario.fixture["faults"] = faults or {}
        self.url, self.tmp, self.midoffice = url, tmp_path, midoffice
        import_crm(url, self.scenario.crm)
        self.server = SandboxServer(parse_fixture(self.scenario.fixture)).start()

    def args(self, *extra: str) -> list[str]:
        return ["--db", self.url, "--midoffice", self.midoffice, "--base-url", self.server.api_url(self.midoffice),
                "--token-env", "PAXDESK_TOKEN", *extra]

    def convert(self, *extra: str) -> tuple[int, dict | None]:
        report = self.tmp / "report.json"
        report.unlink(missing_ok=True)
        code = main(["convert", *self.args("--yes", "--report", str(report), *extra)])
        return code, json.loads(report.read_text(encoding="utf-8")) if report.exists() else None

    def ids(self, status: str) -> list[str]:
        return sorted(cid for cid, s in self.scenario.expected.items() if s == status)

    def __enter__(self) -> "World":
        return self

    def __exit__(self, *exc) -> None:
        self.server.stop()


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with World(f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}", tmp_path) as w:
        yield w


@pytest.fixture
def world_on_each_database(db_url, tmp_path, monkeypatch):
    """SQLite applies row by row, PostgreSQL a batch's rows in one statement each: both must keep §4.3."""
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with World(db_url, tmp_path) as w:
        yield w


def _outcomes(report: dict) -> dict[str, str]:
    return {i["customer_id"]: i["outcome"] for i in report["items"]}


# -- --concurrency -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("midoffice,bound,copies", [("midoco", 3, 150), ("myjack", 2, 420)])
def test_concurrency_is_an_upper_bound_seen_at_the_midoffice(midoffice, bound, copies, tmp_path, monkeypatch):
    """The sandbox counts the requests in progress at once: never more than --concurrency; by default more."""
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with World(f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}", tmp_path, midoffice, copies,
               faults={"latency_ms": 40}) as w:
        assert w.convert("--dry-run", "--concurrency", str(bound))[0] == 0
        bounded = w.server.sandbox.peak_in_flight[midoffice]
        w.server.sandbox.peak_in_flight.clear()
        assert w.convert("--dry-run")[0] == 0
        default = w.server.sandbox.peak_in_flight[midoffice]
    print(f"\n{midoffice}: peak {bounded} with --concurrency {bound}, {default} by default")
    assert 2 <= bounded <= bound, bounded  # parallel, but within the bound
    assert default > bound, default  # the observation can see more: the bound is what held it


# -- --accept all, --decisions ----------------------------------------------------------------------------------
def test_accept_all_converts_every_warning_class(world_on_each_database):
    world = world_on_each_database
    before = export_crm(world.url)
    code, report = world.convert("--accept", "all")
    assert code == 0
    truth = world.scenario.expected
    expected = {"match": "converted", "minor": "converted", "major": "converted", "deleted": "converted_local",
                "no_reference": "skipped"}
    assert _outcomes(report) == {cid: expected[status] for cid, status in truth.items()}
    changed = check_invariants(before, export_crm(world.url), truth)
    assert changed["converted"] == sum(s in ("match", "minor", "major") for s in truth.values())


def test_decisions_in_a_real_run_override_accept_and_local_works_for_no_reference(world_on_each_database):
    world = world_on_each_database
    no_ref, major, minor, match, deleted = (world.ids(s)[0] for s in ("no_reference", "major", "minor", "match",
                                                                      "deleted"))
    decisions = write_json(world.tmp / "d.json", {no_ref: "local", major: "convert", minor: "local", match: "skip",
                                                  deleted: "skip"})
    before = {c["id"]: c for c in export_crm(world.url)["customers"]}
    code, report = world.convert("--accept", "minor", "--decisions", str(decisions))
    assert code == 0
    outcome = _outcomes(report)
    assert (outcome[no_ref], outcome[major], outcome[minor], outcome[match], outcome[deleted]) == \
           ("converted_local", "converted", "converted_local", "skipped", "skipped")
    after = {c["id"]: c for c in export_crm(world.url)["customers"]}
    for local in (no_ref, minor):  # a local customer: its data kept, no MidOffice reference, no GDPR review
        assert after[local]["kind"] == "local" and after[local]["gdpr_review"] is False
        assert "midoffice_id" not in after[local]
        assert all(after[local].get(f) == before[local].get(f) for f in PERSONAL)
    assert after[match] == before[match] and after[deleted] == before[deleted]  # skipped: untouched
    assert major not in after or after[major]["kind"] == "v2"
    others = [cid for cid, s in world.scenario.expected.items() if s == "minor" and cid != minor]
    assert all(outcome[cid] == "converted" for cid in others)  # --accept minor still holds for the rest


# -- failures while applying ------------------------------------------------------------------------------------
REFUSE = {
    "sqlite": ["CREATE TRIGGER refuse_update BEFORE UPDATE ON customers WHEN OLD.id = '{id}' "
               "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END",
               "CREATE TRIGGER refuse_delete BEFORE DELETE ON customers WHEN OLD.id = '{id}' "
               "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"],
    "postgresql": ["CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$",
                   "CREATE TRIGGER refuse_change BEFORE UPDATE OR DELETE ON customers FOR EACH ROW "
                   "WHEN (OLD.id = '{id}') EXECUTE FUNCTION refuse_change()"],
}


def _execute(url: str, statements: list[str]) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def test_a_customer_the_database_refuses_fails_alone_and_the_run_exits_5(db_url, tmp_path, monkeypatch):
    """The batch fails, paxdesk falls back to one transaction per customer: only the refused one is `failed`."""
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with World(db_url, tmp_path) as w:
        refused = w.ids("match")[1]
        _execute(db_url, [s.replace("{id}", refused) for s in REFUSE[db_url.split(":")[0]]])
        before = export_crm(db_url)
        code, report = w.convert()
    assert code == 5
    item = next(i for i in report["items"] if i["customer_id"] == refused)
    assert item["outcome"] == "failed" and item["error"].startswith("database_error:")
    assert report["summary"]["failed"] == 1
    truth = w.scenario.expected
    wanted = {cid: {"match": "converted", "deleted": "converted_local"}.get(s, "skipped") for cid, s in truth.items()}
    wanted[refused] = "failed"
    assert _outcomes(report) == wanted  # everyone else in that batch was applied
    after = export_crm(db_url)
    assert next(c for c in after["customers"] if c["id"] == refused) == \
        next(c for c in before["customers"] if c["id"] == refused)
    check_invariants(before, after, truth)


def test_a_customer_changed_since_matching_is_not_applied(world, monkeypatch):
    """A colleague corrects a customer number while the agent is asked to confirm: that customer is `failed`
    (changed_since_matching) and keeps the colleague's change; the rest is applied; exit 5."""
    import paxdesk.cli_conversion

    changed = world.ids("match")[0]

    def colleague_changes_it_then_yes(question, yes):
        _execute(world.url, [f"UPDATE customers SET midoffice_id = '999999' WHERE id = '{changed}'"])
        return True
    monkeypatch.setattr(paxdesk.cli_conversion, "confirm", colleague_changes_it_then_yes)
    code, report = world.convert()
    assert code == 5
    item = next(i for i in report["items"] if i["customer_id"] == changed)
    assert (item["outcome"], item["error"]) == ("failed", "changed_since_matching")
    assert report["summary"]["failed"] == 1
    assert all(i["outcome"] == "converted" for i in report["items"]
               if world.scenario.expected[i["customer_id"]] == "match" and i["customer_id"] != changed)
    now = next(c for c in export_crm(world.url)["customers"] if c["id"] == changed)
    assert now["kind"] == "v1" and now["midoffice_id"] == "999999" and now.get("last_name")


# -- what a run leaves behind ----------------------------------------------------------------------------------
def test_the_backup_holds_the_crm_as_it_was_before_the_run(db_url, tmp_path, monkeypatch):
    """Restore the run's backup into an empty CRM: it equals the export taken just before the run."""
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    with World(db_url, tmp_path) as w:
        before = export_crm(db_url)
        code, report = w.convert("--accept", "all", "--force")
    assert code == 0 and report["summary"]["converted"] > 0
    assert canonical(export_crm(db_url)) != canonical(before)
    restored = f"sqlite:///{(tmp_path / 'restored.sqlite').as_posix()}"
    assert main(["db", "restore", report["backup"], "--db", restored]) == 0
    assert canonical(export_crm(restored)) == canonical(before)


def test_converted_copies_personal_values_are_gone_from_the_sqlite_bytes(world):
    path = sqlite_path(world.url)
    before = export_crm(world.url)
    code, report = world.convert("--accept", "all")
    assert code == 0
    converted = {i["customer_id"] for i in report["items"] if i["outcome"] == "converted"}
    after = export_crm(world.url)
    kept = json.dumps(after, ensure_ascii=False)  # every value still in the CRM, on purpose
    values = {c[f] for c in before["customers"] if c["id"] in converted for f in PERSONAL
              if isinstance(c.get(f), str) and len(c[f].strip()) >= 6 and c[f] not in kept}
    assert len(values) > 100
    wal = path.with_name(path.name + "-wal")
    blob = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    still = sorted(v for v in values if v.encode("utf-8") in blob)
    assert still == [], f"{len(still)} personal values of converted copies are still in the file: {still[:5]}"
    backup = Path(report["backup"]).read_bytes()  # the check can see them: the backup holds them all
    assert all(v.encode("utf-8") in backup for v in values)


# -- the credential check's warnings ---------------------------------------------------------------------------
@pytest.mark.parametrize("token,line", [
    ({"scopes": ["read"]}, "4. WARNING Permissions (read, search): missing: search"),
    ({"agency_name": "Reisebüro Regenbogen", "agency_id": "A-2002"},
     "5. WARNING Agency matches the CRM: MidOffice: 'Reisebüro Regenbogen' (A-2002) | CRM: 'Reisebüro Sonnenschein'"),
])
def test_check_warnings_do_not_stop_matching(token, line, tmp_path, monkeypatch, capsys):
    """Step 4 without `search` and step 5 (another agency) are warnings: check passes, convert proceeds."""
    monkeypatch.setenv("PAXDESK_TOKEN", "warn-token")
    scenario = build_scenario(copies=20, midoffice="midoco", seed=2, token=TOKEN)
    scenario.fixture["tokens"].append({**scenario.fixture["tokens"][0], "token": "warn-token", **token})
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, scenario.crm)
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        base = ["--db", url, "--midoffice", "midoco", "--base-url", server.api_url("midoco"),
                "--token-env", "PAXDESK_TOKEN"]
        assert main(["check", *base]) == 0
        out = capsys.readouterr().out
        assert line in out and out.count("FAILED") == 0
        assert main(["convert", *base, "--dry-run", "--report", str(tmp_path / "r.json")]) == 0
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert {i["customer_id"]: i["status"] for i in report["items"]} == scenario.expected


def test_the_console_command_gives_the_same_exit_code_as_main(world):
    """One real process for the exit-5 path: the code reaches the shell unchanged."""
    refused = world.ids("match")[0]
    _execute(world.url, [s.replace("{id}", refused) for s in REFUSE["sqlite"]])
    result = run_paxdesk("convert", *world.args("--yes"), env={"PAXDESK_TOKEN": TOKEN})
    assert result.returncode == 5, result.stderr
    assert "failed=1" in result.stdout
