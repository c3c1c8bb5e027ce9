"""The wizard's service facade: decisions survive closing paxdesk; stale ones go back to review."""

from __future__ import annotations

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from paxdesk.services.conversion_session import Decision, MatchOutcome
from paxdesk.bootstrap import open_session
from tests.helpers import import_crm


def _match(context) -> MatchOutcome:
    if not context.lock_held:
        assert context.check().passed
    return [e for e in context.match(lambda: False, resume_decisions=True) if isinstance(e, MatchOutcome)][0]


def test_decisions_survive_reopening_and_a_changed_class_drops_them(tmp_path):
    scenario = build_scenario(copies=60, midoffice="myjack", seed=8, token="t")
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, scenario.crm)
    fixture = parse_fixture(scenario.fixture)
    with SandboxServer(fixture) as server:
        options = {"midoffice": "myjack", "base_url": server.api_url("myjack"), "token": "t",
                   "remember_token": False}
        first = open_session(url, **options)
        outcome = _match(first)
        warnings = [i for i in outcome.items if i.status in (Status.MINOR, Status.MAJOR)]
        keep, stale = warnings[0], warnings[1]
        first.save_decisions([(keep, Decision(Action.CONVERT)), (stale, Decision(Action.LOCAL))])
        first.close()

        # the MidOffice record of `stale` changes meanwhile: it now matches the CRM copy exactly
        live = fixture.customers[stale.midoffice_id]
        live["first_name"], live["last_name"] = stale.crm.first_name, stale.crm.last_name
        live["emails"] = [stale.crm.email] if stale.crm.email else []

        second = open_session(url, **options)
        reopened = _match(second)
        assert reopened.decisions[keep.customer_id].action == Action.CONVERT
        assert reopened.decisions[keep.customer_id].from_earlier_sitting
        assert stale.customer_id not in reopened.decisions
        assert reopened.changed_since == {stale.customer_id}
        third_look = _match(second)  # the stale decision was forgotten, not just hidden
        assert stale.customer_id not in third_look.decisions and not third_look.changed_since
        rechecked = second.recheck([keep])
        assert [i.status for i in rechecked] == [keep.status]
        second.close()


def test_a_relink_saved_by_an_earlier_version_is_not_restored_unjudged(tmp_path):
    """Before the decision gate, a re-link was saved with the copy's own class: it was never judged against its
    target, so it comes back as "class changed" (decide again), not as a confirmed conversion."""
    from paxdesk.crm import decisions_repository as saved
    from tests.factories import filed_elsewhere

    scenario = build_scenario(copies=30, midoffice="midoco", seed=41, token="t", extra_midoffice=8)
    copy = filed_elsewhere(scenario)
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, scenario.crm)
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        with open_session(url, midoffice="midoco", base_url=server.api_url("midoco"), token="t",
                          remember_token=False) as session:
            assert session.check().passed
            saved.save_decisions(session.engine, [(copy["id"], Action.CONVERT, "major", "900000", False)])
            outcome = [e for e in session.match(lambda: False, resume_decisions=True)
                       if isinstance(e, MatchOutcome)][0]
    assert copy["id"] not in outcome.decisions and copy["id"] in outcome.changed_since
