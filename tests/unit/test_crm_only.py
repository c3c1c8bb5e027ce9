"""``crm_only`` (CONTRACT §4.3): the personal fields a conversion would drop — exactly those, no more."""

from __future__ import annotations

from paxdesk.domain.crm_only import PERSONAL_FIELDS, crm_only, has_value

FULL = {"salutation": "Frau", "title": "Dr.", "first_name": "Jördis", "last_name": "Weiß",
        "email": "j@example.de", "phone": "+49 30 1", "street": "Weg 1", "zip": "10115", "city": "Berlin",
        "country": "DE", "birth_date": "1981-03-14"}


def test_fields_the_live_record_lacks_are_listed_in_contract_order():
    live = {**FULL, "phone": None, "birth_date": "", "street": None}
    assert crm_only(FULL, live) == ("phone", "street", "birth_date")


def test_a_different_live_value_is_a_difference_not_a_loss():
    live = {**FULL, "phone": "+49 89 999", "first_name": "Berit", "birth_date": "1999-01-01"}
    assert crm_only(FULL, live) == ()


def test_nothing_is_lost_where_the_copy_itself_is_empty():
    copy = {name: None for name in PERSONAL_FIELDS} | {"first_name": "Ole", "zip": " \u00a0\u200b"}
    assert crm_only(copy, {}) == ("first_name",)


def test_whitespace_only_and_invisible_values_count_as_empty_on_both_sides():
    assert not has_value(" \t\u00a0\u200b\ufeff")
    assert has_value(" x ") and has_value("\u00a0Ölz")
    live = {**FULL, "city": " \u3000 "}
    assert crm_only(FULL, live) == ("city",)
    assert crm_only({**FULL, "city": "\u200b"}, live) == ()


def test_email_is_kept_when_the_live_record_has_only_secondary_addresses():
    live = {**FULL, "email": None}
    assert crm_only(FULL, live, ("other@example.de",)) == ()
    assert crm_only(FULL, live, ()) == ("email",)
    assert crm_only(FULL, live, (" ",)) == ("email",)
