"""The review state without Qt (services/review): the decision gate for every source, undo, the class-changed
rule, the counts, and the plan handed to the apply — the rules every face goes through."""

from __future__ import annotations

import pytest

from paxdesk.domain.matching import Person, Status
from paxdesk.domain.plan import Action
from paxdesk.errors import InputError
from paxdesk.midoffice.base import MidOfficeCustomer
from paxdesk.services.matching import MatchItem
from paxdesk.services.relink import Miss, judge
from paxdesk.services.review.headless import FileDecision, decide_from_file
from paxdesk.services.review.rows import Decision, Source, still_holds
from paxdesk.services.review.state import ReviewState
from paxdesk.services.review.tally import tally

COPY = {"first_name": "Jördis", "last_name": "Weiß", "email": "j.weiss@example.de", "phone": "+49 30 1",
        "street": "Lindenstraße 4", "zip": "10115", "birth_date": "1981-03-14"}
SAME = MidOfficeCustomer("100", first_name="Jördis", last_name="Weiß", email="j.weiss@example.de",
                         phone="+49 30 1", street="Lindenstraße 4", zip="10115", birth_date="1981-03-14")
# The same person under another number, without phone and street: converting to it drops those.
ELSEWHERE = MidOfficeCustomer("900", first_name="Joerdis", last_name="Weiß", email="j.weiss@example.de",
                              zip="10115", birth_date="1981-03-14")
SOMEONE_ELSE = MidOfficeCustomer("901", first_name="Berit", last_name="Kuhn", email="b.kuhn@example.org",
                                 phone="+49 40 2", street="Elbchaussee 1", zip="22763", birth_date="1990-01-01")
OTHER_MAIL = MidOfficeCustomer("102", first_name="Jördis", last_name="Weiß", email="jw@anders.example",
                               phone="+49 30 1", street="Lindenstraße 4", zip="10115", birth_date="1981-03-14")
CRM = Person(COPY["first_name"], COPY["last_name"], COPY["email"])


def _items() -> list[MatchItem]:
    return [MatchItem("match", "100", Status.MATCH, crm=CRM, live=SAME),
            MatchItem("major", "101", Status.MAJOR, ("first_name", "last_name", "email"), crm=CRM, live=SOMEONE_ELSE),
            MatchItem("mail", "102", Status.MAJOR, ("email",), crm=CRM, live=OTHER_MAIL),
            MatchItem("minor", "103", Status.MINOR, ("first_name",), crm=CRM, live=ELSEWHERE, duplicate=True,
                      crm_only=("phone", "street")),
            MatchItem("gone", "104", Status.DELETED, crm=CRM),
            MatchItem("error", "105", Status.ERROR, error="timeout", crm=CRM)]


@pytest.fixture
def state() -> ReviewState:
    return ReviewState(_items())


def test_a_key_on_a_major_asks_naming_both_records_and_decides_nothing_until_confirmed(state):
    row = state.row("major")
    verdict = state.decide([row], Action.CONVERT, Source.KEY)
    assert verdict.question is not None and row.decision is None and not verdict.changed
    assert verdict.question.crm.first_name == "Jördis" and verdict.question.live.first_name == "Berit"
    assert verdict.question.number == "101" and not verdict.question.same_names
    assert state.decide([row], Action.CONVERT, Source.KEY, confirmed=True).changed == [row]
    assert row.decision.action == Action.CONVERT


def test_an_e_mail_only_major_asks_too(state):
    verdict = state.decide([state.row("mail")], Action.CONVERT, Source.KEY)
    assert verdict.question is not None and verdict.question.same_names  # the face names the two e-mails
    assert state.row("mail").decision is None


def test_keeping_or_skipping_a_major_needs_no_question(state):
    assert state.decide([state.row("major")], Action.LOCAL, Source.KEY).changed
    assert state.decide([state.row("mail")], Action.SKIP, Source.KEY).changed


def test_a_relink_is_judged_against_the_record_it_links_to(state):
    row = state.row("match")  # its own record matches: the re-link target decides the question
    other = judge(COPY, SOMEONE_ELSE)
    verdict = state.decide([row], Action.CONVERT, Source.RELINK, relink=other)
    assert other.status == Status.MAJOR and verdict.question is not None and verdict.question.number == "901"
    assert row.decision is None
    elsewhere = judge(COPY, ELSEWHERE)
    assert state.decide([row], Action.CONVERT, Source.RELINK, relink=elsewhere).changed == [row]
    assert row.status == Status.MINOR and row.number == "900" and row.live is ELSEWHERE
    assert row.crm_only == ("phone", "street")  # what the chosen record lacks, not what the own one lacks
    planned = next(p for p in state.plan() if p.item.customer_id == "match")
    assert (planned.relink_to, planned.item.status, planned.item.crm_only) == ("900", Status.MINOR,
                                                                               ("phone", "street"))


def test_a_key_on_a_relinked_row_is_judged_against_its_own_record_again(state):
    row = state.row("major")
    state.decide([row], Action.CONVERT, Source.RELINK, relink=judge(COPY, ELSEWHERE))
    assert row.status == Status.MINOR
    verdict = state.decide([row], Action.CONVERT, Source.KEY)  # K converts to the copy's own number: 101
    assert verdict.question is not None and verdict.question.number == "101"


def test_bulk_never_converts_a_major_nor_changes_an_earlier_decision(state):
    state.decide([state.row("gone")], Action.SKIP, Source.KEY)
    verdict = state.decide(state.rows, Action.CONVERT, Source.BULK)
    assert [r.item.customer_id for r in verdict.changed] == ["minor"]
    assert verdict.left_alone == {"major": 2, "decided": 1, "not_possible": 1, "unchanged": 1}
    assert verdict.losing_crm_only == 1  # "minor" converts to a record without phone and street
    assert state.row("major").decision is None and state.row("gone").decision.action == Action.SKIP
    assert state.row("minor").decision.by_bulk and state.reviewed() == 0  # not counted as checked one by one


def test_bulk_skip_leaves_majors_alone_too(state):
    verdict = state.decide(state.rows, Action.SKIP, Source.BULK)
    assert all(r.item.status != Status.MAJOR for r in verdict.changed)


def test_a_dry_run_decides_nothing(state):
    verdict = state.decide(state.rows, Action.CONVERT, Source.BULK, dry_run=True)
    assert verdict.changed and all(r.decision is None for r in state.rows)


def test_converting_a_deleted_customer_is_refused_by_a_key(state):
    verdict = state.decide([state.row("gone")], Action.CONVERT, Source.KEY)
    assert verdict.refused == "not_possible" and state.row("gone").decision is None


def test_undo_takes_back_one_decision_or_one_bulk_action_and_the_counts_follow(state):
    open_before = state.counts()["open"]
    state.decide([state.row("major")], Action.SKIP, Source.KEY)
    state.decide(state.rows, Action.CONVERT, Source.BULK)
    assert state.counts()["open"] == open_before - 2
    assert [r.item.customer_id for r in state.undo()] == ["minor"]
    assert [r.item.customer_id for r in state.undo()] == ["major"]
    assert state.counts()["open"] == open_before and state.undo() == []


def test_a_relink_moves_the_row_between_tabs_and_the_counts_stay_exact(state):
    row = state.row("major")
    state.decide([row], Action.CONVERT, Source.RELINK, relink=judge(COPY, SAME))
    counts = state.counts()
    state.recount()  # counted afresh: the kept counts were exact
    assert counts == state.counts()
    assert counts["auto"] == 2 and counts["warnings"] == 2


def test_the_class_changed_rule(state):
    assert still_holds("minor", Status.MINOR) and not still_holds("minor", Status.MAJOR)
    row = state.row("minor")
    state.decide([row], Action.CONVERT, Source.KEY)
    fresh = MatchItem("minor", "103", Status.MAJOR, ("last_name", "email"), crm=CRM, live=SOMEONE_ELSE)
    assert state.take_fresh([fresh]) == [row]
    assert row.decision is None and row.changed and row.item is fresh


def test_the_tabs_count_what_the_report_counts(state):
    state.decide([state.row("match")], Action.CONVERT, Source.RELINK, relink=judge(COPY, ELSEWHERE))
    state.decide([state.row("major")], Action.CONVERT, Source.KEY, confirmed=True)
    summary = tally(state.plan()).summary(dry_run=True)
    counts = state.counts()
    assert counts["warnings"] == summary.minor + summary.major
    assert counts["auto"] == summary.match and counts["all"] == summary.total
    assert counts["crm_only"] == summary.with_crm_only and counts["duplicates"] == summary.duplicates
    assert counts["deleted"] == summary.deleted and counts["error"] == summary.error
    assert summary.relinked == 1


# -- a decisions file through the same gate ---------------------------------------------------------------
def _fetch(customer_id: str, number: str):
    records = {"900": ELSEWHERE, "901": SOMEONE_ELSE}
    return judge(COPY, records[number]) if number in records else Miss(True, "not_found")


def _from_file(state, decisions):
    decide_from_file(state, decisions, lambda ids: {i for i in ids if i.startswith("known")}, _fetch)


def test_a_file_relink_to_a_major_record_needs_confirmed_and_nothing_is_decided_without_it(state):
    decisions = {"minor": FileDecision(Action.SKIP), "match": FileDecision(Action.CONVERT, "901")}
    with pytest.raises(InputError, match="match.*901.*confirmed"):
        _from_file(state, decisions)
    assert all(r.decision is None for r in state.rows)  # validated first: not even "minor" was taken
    _from_file(state, {**decisions, "match": FileDecision(Action.CONVERT, "901", confirmed=True)})
    assert state.row("match").decision.relink.number == "901" and state.row("match").status == Status.MAJOR
    assert state.row("minor").decision.source == Source.FILE


def test_a_plain_convert_in_a_file_is_the_explicit_decision_for_a_major(state):
    _from_file(state, {"major": FileDecision(Action.CONVERT)})
    assert state.row("major").decision.action == Action.CONVERT


def test_a_file_names_unknown_customers_and_unknown_targets(state):
    with pytest.raises(InputError) as error:
        _from_file(state, {"nobody": FileDecision(Action.SKIP), "known-v2": FileDecision(Action.SKIP),
                           "match": FileDecision(Action.CONVERT, "555")})
    assert "nobody" in str(error.value) and "555" in str(error.value) and "known-v2" not in str(error.value)
    assert all(r.decision is None for r in state.rows)


def test_a_restored_decision_keeps_its_source():
    state = ReviewState(_items(), {"minor": Decision(Action.SKIP, source=Source.BULK, from_earlier_sitting=True)})
    assert state.row("minor").decision.by_bulk and state.reviewed() == 0


# -- found by the adversarial review of the decision model ------------------------------------------------------
def test_a_relink_to_the_copys_own_number_is_a_plain_decision(state):
    row = state.row("minor")  # own number 103
    own = judge(COPY, MidOfficeCustomer("103", first_name="Joerdis", last_name="Weiß", email="j.weiss@example.de"))
    state.decide([row], Action.CONVERT, Source.RELINK, relink=own)
    assert row.decision.relink is None and row.decision.relink_to is None
    assert tally(state.plan()).summary(dry_run=True).relinked == 0


@pytest.mark.parametrize("customer_id", ["gone", "error"])
def test_only_a_copy_whose_own_record_answered_can_be_relinked(state, customer_id):
    row = state.row(customer_id)
    for source in (Source.RELINK, Source.FILE):
        verdict = state.decide([row], Action.CONVERT, source, relink=judge(COPY, ELSEWHERE), confirmed=True)
        assert verdict.refused == "not_possible" and row.decision is None
    counts = state.counts()
    state.recount()
    assert counts == state.counts()


def test_a_file_relink_of_a_deleted_copy_is_refused_by_name(state):
    with pytest.raises(InputError, match="gone.*cannot be re-linked"):
        _from_file(state, {"gone": FileDecision(Action.CONVERT, "900")})


def test_undo_cannot_bring_back_a_decision_made_for_the_class_before(state):
    row = state.row("minor")
    state.decide([row], Action.CONVERT, Source.KEY)
    state.decide([row], Action.SKIP, Source.KEY)
    state.take_fresh([MatchItem("minor", "103", Status.MAJOR, ("first_name", "last_name"), crm=CRM,
                                live=SOMEONE_ELSE)])
    assert state.undo() == [] and row.decision is None


def test_a_relink_without_its_judged_target_cannot_enter_the_state():
    with pytest.raises(ValueError, match="re-link"):
        ReviewState(_items(), {"match": Decision(Action.CONVERT, "901")})


def test_a_failed_relink_is_still_counted_as_the_relink_the_report_names(state):
    state.decide([state.row("match")], Action.CONVERT, Source.RELINK, relink=judge(COPY, ELSEWHERE))
    plan = state.plan()
    for planned in plan:
        planned.outcome = "failed" if planned.relink_to else "skipped"
    assert tally(plan).summary(dry_run=False).relinked == 1


def test_a_relink_saved_without_its_target_class_does_not_stand():
    assert not still_holds("major", Status.MAJOR, relink=True)  # saved by an earlier version: never judged
    assert still_holds("r:major", Status.MAJOR, relink=True) and not still_holds("r:minor", Status.MAJOR, True)


def test_a_relinked_major_counts_as_decided_in_a_bulk_question_and_leaves_the_warning_counter(state):
    row = state.row("major")
    before = state.needs_review()
    state.decide([row], Action.CONVERT, Source.RELINK, relink=judge(COPY, SAME))  # now a match
    verdict = state.decide(state.rows, Action.SKIP, Source.BULK, dry_run=True)
    assert verdict.left_alone["decided"] == 1 and verdict.left_alone["major"] == 1  # only "mail" is still major
    assert state.needs_review() == before - 1 == state.counts()["warnings"]
