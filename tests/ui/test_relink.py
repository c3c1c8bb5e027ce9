"""Re-link: search the MidOffice in the dialog, pick a customer; the conversion points the copy at it."""

from __future__ import annotations

from paxdesk.crm.exchange import export_document
from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from paxdesk.services.conversion_session import ConversionSession, Decision, MatchOutcome
from paxdesk.ui.app import application
from paxdesk.ui.search_dialog import SearchDialog
from tests.helpers import import_crm


def test_relink_through_the_search_dialog(tmp_path, qtbot):
    scenario = build_scenario(copies=40, midoffice="midoco", seed=23, token="t", extra_midoffice=5)
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, scenario.crm)
    other = next(p for p in scenario.fixture["customers"] if p["id"].startswith("9"))  # unknown to the CRM
    application(german=True)
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        context = ConversionSession(url, midoffice="midoco", base_url=server.api_url("midoco"), token="t",
                                    remember_token=False)
        dialog = SearchDialog(context, other["last_name"])
        qtbot.addWidget(dialog)
        dialog.search()
        qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=10_000)
        numbers = [dialog.results.item(i).data(256) for i in range(dialog.results.count())]
        assert other["id"] in numbers
        dialog.results.setCurrentRow(numbers.index(other["id"]))
        dialog.accept()
        assert dialog.chosen == other["id"]

        assert context.check().passed
        context.reserve(force=True)
        outcome = [e for e in context.match(lambda: False) if isinstance(e, MatchOutcome)][0]
        major = next(i for i in outcome.items if i.status == Status.MAJOR and not i.duplicate)
        plan = context.plan(outcome.items, {major.customer_id: Decision(Action.CONVERT, dialog.chosen)})
        report = [e for e in context.apply(plan, lambda: False) if isinstance(e, dict)][0]
        doc = export_document(context.engine)
        context.close()
    item = next(i for i in report["items"] if i["customer_id"] == major.customer_id)
    assert item["outcome"] == "converted"
    converted = next(c for c in doc["customers"] if c["id"] == major.customer_id)
    assert converted["kind"] == "v2" and converted["midoffice_id"] == other["id"]
    children = [x for x in doc["consultations"] + doc["offers"]
                if x["id"].startswith((f"k-{major.customer_id}-", f"o-{major.customer_id}-"))]
    assert all(x["customer"] == major.customer_id for x in children)
