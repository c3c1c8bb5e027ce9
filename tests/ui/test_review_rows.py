"""The review's rules without a view: colours readable (WCAG AA), characters diffed, bulk rules, dates."""

from __future__ import annotations

import pytest

from paxdesk.domain.matching import Person, Status
from paxdesk.domain.plan import Action
from paxdesk.midoffice.base import MidOfficeCustomer
from paxdesk.services.matching import MatchItem
from paxdesk.services.review.gate import Verdict, question_for, sort_bulk
from paxdesk.services.review.rows import Decision, ReviewRow, Source, stable_key
from paxdesk.ui import texts
from paxdesk.ui.app import application
from paxdesk.ui.comparison import CHANGED, LOST, char_diff
from paxdesk.ui.review_model import ROW_BG, ROW_FG


def luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    channels = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("status", list(ROW_BG))
def test_row_tints_pass_wcag_aa_for_text_and_stand_out_from_white(status):
    background = ROW_BG[status].name()
    assert contrast(ROW_FG.name(), background) >= 4.5  # AA for normal text
    assert contrast("#ffffff", background) >= 1.3  # visibly tinted, not pale


@pytest.mark.parametrize("style", [CHANGED, LOST])
def test_comparison_highlights_pass_wcag_aa(style):
    background = style.split("background:")[1].split(";")[0]
    assert contrast("#000000", background) >= 4.5


def test_only_the_differing_characters_are_highlighted():
    left, right = char_diff("Müller", "Mueller")
    assert left.startswith("M<span") and right.startswith("M<span") and left.endswith("ller")
    assert "ü</span>" in left and "ue</span>" in right
    assert char_diff("<b>", "<b>") == ("&lt;b&gt;", "&lt;b&gt;")


def test_dates_are_german_in_the_german_ui_and_other_text_stays():
    application(german=True)
    assert texts.date_label("1996-08-15") == "15.08.1996"
    assert texts.date_label("15.8.96") == "15.8.96" and texts.date_label(None) == ""
    application(german=False)
    assert texts.date_label("1996-08-15") == "1996-08-15"
    application(german=True)


def _row(status: Status, number: str = "1", cid: str = "c1", decision=None) -> ReviewRow:
    live = MidOfficeCustomer(number, first_name="Berit", last_name="Kuhn")
    return ReviewRow(MatchItem(cid, number, status, crm=Person("Zacharias", "Kuhn", None), live=live), decision)


def plan_bulk(rows, action) -> Verdict:
    verdict = Verdict(action, Source.BULK)
    sort_bulk(verdict, rows)
    return verdict


def test_bulk_never_takes_majors_earlier_decisions_or_rows_it_would_not_change():
    rows = [_row(Status.MINOR), _row(Status.MINOR, decision=Decision(Action.LOCAL)), _row(Status.MAJOR),
            _row(Status.MATCH), _row(Status.ERROR), _row(Status.MINOR)]
    plan = plan_bulk(rows, Action.CONVERT)
    assert plan.changed == [rows[0], rows[5]] and plan.changes == {Status.MINOR: 2}
    assert plan.left_alone == {"decided": 1, "major": 1, "unchanged": 1, "not_possible": 1}


def test_converting_a_major_asks_a_question_naming_both_people():
    question = question_for(_row(Status.MAJOR), Action.CONVERT, None, confirmed=False)
    assert question is not None and not question.same_names
    assert (question.crm.first_name, question.live.first_name) == ("Zacharias", "Berit")
    assert question_for(_row(Status.MINOR), Action.CONVERT, None, confirmed=False) is None


def test_stable_order_is_by_number_then_id():
    items = [MatchItem("c2", "100", Status.MATCH), MatchItem("c1", "100", Status.MATCH),
             MatchItem("c3", "99", Status.MATCH), MatchItem("c4", None, Status.NO_REFERENCE),
             MatchItem("c5", "A7", Status.MATCH)]
    assert [i.customer_id for i in sorted(items, key=stable_key)] == ["c3", "c1", "c2", "c5", "c4"]


def test_the_bulk_question_counts_in_words_and_names_what_it_leaves_alone():
    from paxdesk.ui.review_bulk import bulk_question, nothing_to_change

    application(german=True)
    rows = [_row(Status.MINOR), _row(Status.MAJOR), _row(Status.MAJOR), _row(Status.MINOR, decision=Decision(Action.SKIP))]
    text, yes = bulk_question(plan_bulk(rows, Action.CONVERT), "Kuhn")
    assert text.startswith("„Konvertieren“ für 1 Kunden dieser Ansicht (Suche „Kuhn“; Kleine Abweichung: 1)?")
    assert "Unverändert bleiben: 2 große Abweichungen – einzeln zu entscheiden, 1 bereits entschieden." in text
    assert yes == "1 konvertieren"
    assert nothing_to_change(plan_bulk(rows[1:], Action.SKIP)) == (
        "In dieser Ansicht gibt es nichts zu ändern (2 große Abweichungen – einzeln zu entscheiden, "
        "1 bereits entschieden).")
