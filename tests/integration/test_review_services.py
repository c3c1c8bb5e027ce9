"""The review's services against the sandbox: re-link candidates, duplicate groups, the checkpoint."""

from __future__ import annotations

import pytest

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.sandbox.server import SandboxServer
from paxdesk.services.conversion_session import Decision, MatchOutcome
from paxdesk.bootstrap import open_session
from tests.factories import filed_elsewhere
from tests.helpers import import_crm


@pytest.fixture(params=["myjack", "midoco"])
def world(request, tmp_path):
    scenario = build_scenario(copies=60, midoffice=request.param, seed=31, token="t", extra_midoffice=10)
    copy = filed_elsewhere(scenario)
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, scenario.crm)
    with SandboxServer(parse_fixture(scenario.fixture)) as server:
        context = open_session(url, midoffice=request.param, base_url=server.api_url(request.param),
                               token="t", remember_token=False)
        assert context.check().passed
        yield context, scenario, copy
        context.close()


def test_candidates_find_the_person_filed_under_another_number(world):
    context, scenario, copy = world
    candidates = context.relink_candidates(copy["id"])
    best = candidates[0]
    assert best.number == "900777"
    assert best.status == Status.MATCH and set(best.agrees) >= {"name", "email", "zip", "birth_date"}
    assert best.crm_only == ("phone",)  # the live record there has no phone
    assert len({c.number for c in candidates}) == len(candidates)  # merged and de-duplicated
    assert [c.score for c in candidates] == sorted((c.score for c in candidates), reverse=True)
    own = next((c for c in candidates if c.number == copy["midoffice_id"]), None)
    if own is not None:  # the copy's own number: another first name, so another class
        assert own.status == Status.MAJOR and own.score < best.score


def test_the_chosen_record_is_fetched_afresh_and_a_missing_one_says_so(world):
    context, _, copy = world
    chosen = context.relink_target(copy["id"], "900777")
    assert chosen.customer.first_name == copy["first_name"] and chosen.status == Status.MATCH
    missing = context.relink_target(copy["id"], "123456789")
    assert missing.gone and missing.reason == "not_found"


def test_a_relinked_decision_is_judged_against_the_chosen_record_in_the_plan(world):
    context, _, copy = world
    outcome = [e for e in context.match(lambda: False) if isinstance(e, MatchOutcome)][0]
    chosen = context.relink_target(copy["id"], "900777")
    plan = context.plan(outcome.items, {copy["id"]: Decision(Action.CONVERT, "900777", relink=chosen)})
    planned = next(p for p in plan if p.item.customer_id == copy["id"])
    assert planned.relink_to == "900777" and planned.item.live.number == "900777"
    assert planned.item.crm_only == ("phone",)


def test_duplicate_group_and_checkpoint_count_what_the_apply_step_moves(world):
    context, scenario, copy = world
    outcome = [e for e in context.match(lambda: False) if isinstance(e, MatchOutcome)][0]
    twin = next(c for c in scenario.crm["customers"] if c["id"].endswith("b"))
    group = context.duplicate_group(twin["midoffice_id"])
    assert {m.customer_id for m in group.copies} == {twin["id"], twin["id"][:-1]} and group.target is None
    reference = next(c for c in scenario.crm["customers"] if c["kind"] == "v2")
    ref_group = context.duplicate_group(reference["midoffice_id"])
    assert ref_group.target == reference["id"] and len(ref_group.copies) == 1

    major = next(i for i in outcome.items if i.status == Status.MAJOR and i.customer_id != copy["id"])
    decisions = {major.customer_id: Decision(Action.CONVERT)}
    plan = context.plan(outcome.items, decisions)
    point = context.checkpoint(plan, set(decisions))
    warnings = {i.customer_id for i in outcome.items if i.status in (Status.MINOR, Status.MAJOR)}
    assert set(point.open_warnings) == warnings - {major.customer_id}
    assert point.major_converted == [major.customer_id]
    assert reference["id"] not in point.merged  # references are targets, not converted copies
    converting_numbers = [p.item.midoffice_id for p in plan if p.action == Action.CONVERT]
    with_reference = {c["midoffice_id"] for c in scenario.crm["customers"] if c["kind"] == "v2"}
    merged_numbers = {n for n in converting_numbers if n in with_reference or converting_numbers.count(n) > 1}
    assert merged_numbers and point.merged_groups == len(merged_numbers)
    # independently: with a v2 reference every converted copy's rows move; twins: the second copy's rows
    refs = {c["midoffice_id"] for c in scenario.crm["customers"] if c["kind"] == "v2"}
    converting = sorted(p.item.customer_id for p in plan if p.action == Action.CONVERT)
    number = {c["id"]: c.get("midoffice_id") for c in scenario.crm["customers"]}
    moving = {cid for cid in converting if number[cid] in refs}
    moving |= {cid for cid in converting if cid.endswith("b") and cid[:-1] in converting}
    assert point.consultations_moved == sum(x["customer"] in moving for x in scenario.crm["consultations"])
    assert point.offers_moved == sum(x["customer"] in moving for x in scenario.crm["offers"])
    assert moving and set(point.merged) >= moving
    assert point.actions[Action.CONVERT] == sum(p.action == Action.CONVERT for p in plan)
