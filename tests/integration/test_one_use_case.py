"""The CLI and the wizard drive one conversion use case: the same scenario gives the same plan, journal, report."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from paxdesk.cli import main
from paxdesk.crm import models as m
from paxdesk.crm.db import close_crm, open_crm
from paxdesk.domain.plan import Action
from paxdesk.domain.report import Report, report_json
from paxdesk.errors import CredentialError, InputError
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from paxdesk.services.conversion_session import Decision, MatchOutcome
from paxdesk.bootstrap import open_session
from tests.helpers import canonical, export_crm, import_crm, write_json

TOKEN = "one-use-case-SECRET-77"


def _decisions(scenario) -> dict[str, str]:
    """A decision of every kind: convert a major, keep a minor as local, local for no_reference, skip a match."""
    by_status: dict[str, list[str]] = {}
    for customer_id, status in sorted(scenario.expected.items()):
        by_status.setdefault(status, []).append(customer_id)
    return {by_status["major"][0]: "convert", by_status["major"][1]: "local", by_status["minor"][0]: "local",
            by_status["no_reference"][0]: "local", by_status["match"][0]: "skip", by_status["deleted"][0]: "skip"}


def _journal(url: str) -> list[tuple]:
    engine = open_crm(url)
    try:
        with engine.connect() as conn:
            runs = conn.execute(select(m.ConversionRun.state, m.ConversionRun.midoffice)).all()
            items = conn.execute(select(m.RunItem.customer_id, m.RunItem.midoffice_id, m.RunItem.status,
                                        m.RunItem.differences, m.RunItem.duplicate, m.RunItem.action,
                                        m.RunItem.outcome, m.RunItem.error, m.RunItem.detail)
                                 .order_by(m.RunItem.customer_id)).all()
        return [tuple(r) for r in runs] + [tuple(i) for i in items]
    finally:
        close_crm(engine)


def _comparable(report: dict) -> dict:
    return {k: v for k, v in report.items() if k not in ("run_id", "backup")}


@pytest.mark.parametrize("midoffice", ["myjack", "midoco"])
def test_cli_and_wizard_use_case_give_identical_plans_journals_and_reports(midoffice, tmp_path, monkeypatch):
    scenario = build_scenario(copies=160, midoffice=midoffice, seed=12, token=TOKEN)
    cli_db = f"sqlite:///{(tmp_path / 'cli.sqlite').as_posix()}"
    wizard_db = f"sqlite:///{(tmp_path / 'wizard.sqlite').as_posix()}"
    import_crm(cli_db, scenario.crm)
    import_crm(wizard_db, scenario.crm)
    decisions = _decisions(scenario)
    monkeypatch.setenv("PAXDESK_TOKEN", TOKEN)
    monkeypatch.setenv("PAXDESK_APPLY_BATCH", "7")  # both faces honour it: several batches either way

    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        code = main(["convert", "--db", cli_db, "--midoffice", midoffice, "--base-url", server.url,
                     "--token-env", "PAXDESK_TOKEN", "--decisions", str(write_json(tmp_path / "d.json", decisions)),
                     "--force", "--yes", "--report", str(tmp_path / "cli.json")])
        assert code in (0, 5)
        cli_report = json.loads((tmp_path / "cli.json").read_text(encoding="utf-8"))

        # the wizard's order: token page, check page, preparation ("continue anyway"), matching, review, convert
        with open_session(wizard_db, midoffice=midoffice, base_url=server.url, token=TOKEN,
                          remember_token=False) as session:
            assert session.apply_batch == 7
            assert session.check().passed
            assert session.base_url == server.api_url(midoffice)  # the same root-URL rule as the CLI
            session.reserve(force=True)
            outcome = [e for e in session.match(resume_decisions=True) if isinstance(e, MatchOutcome)][0]
            plan = session.plan(outcome.items, {cid: Decision(Action(a)) for cid, a in decisions.items()})
            wizard_report = report_json([e for e in session.apply(plan) if isinstance(e, Report)][0])

    assert [(i["customer_id"], i["action"]) for i in cli_report["items"]] == \
           [(p.item.customer_id, str(p.action)) for p in plan]
    assert _comparable(cli_report) == _comparable(wizard_report)
    assert {i["customer_id"]: i["status"] for i in cli_report["items"]} == scenario.expected
    assert {cid: a for cid, a in decisions.items()} == \
           {i["customer_id"]: i["action"] for i in cli_report["items"] if i["customer_id"] in decisions}
    assert _journal(cli_db) == _journal(wizard_db)
    assert canonical(export_crm(cli_db)) == canonical(export_crm(wizard_db))


def test_the_use_case_refuses_steps_out_of_order(tmp_path, sandbox):
    from tests.conftest import TOKEN as SANDBOX_TOKEN

    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, {"format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Sonnenschein", "midoffice": "midoco"},
                     "customers": [{"id": "c1", "kind": "v1", "midoffice": "midoco", "midoffice_id": "200001",
                                    "first_name": "Vorname1", "last_name": "Weiß", "email": "p1@example.de"}]})
    with open_session(url, midoffice="midoco", base_url=sandbox.api_url("midoco"), token=SANDBOX_TOKEN,
                      remember_token=False) as session:
        with pytest.raises(CredentialError):
            list(session.match())  # no check yet
        assert session.check().passed
        outcome = [e for e in session.match() if isinstance(e, MatchOutcome)][0]
        plan = session.plan(outcome.items, {})
        with pytest.raises(InputError, match="not reserved"):
            list(session.apply(plan))  # the colleagues were never checked
        session.reserve()
        report = [e for e in session.apply(plan) if isinstance(e, Report)][0]
    assert report.summary.converted == 1
