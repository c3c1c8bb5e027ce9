"""Counts with their words in the right form, German and English (a walk found "1 Beratungen, 1 Angebote" and
"1 consultations, 1 offers" in the duplicate group of the comparison)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from paxdesk.ui.app import application
from paxdesk.ui.comparison import group_html


@pytest.mark.parametrize("german, one, many", [(True, ("1 Beratung,", "1 Angebot ◀"), ("2 Beratungen,", "3 Angebote<")),
                                              (False, ("1 consultation,", "1 offer ◀"),
                                               ("2 consultations,", "3 offers<"))])
def test_the_duplicate_group_counts_rows_in_the_right_form(qtbot, german, one, many):
    application(german=german)
    member = SimpleNamespace(customer_id="c1", name="Anna Schmidt", consultations=1, offers=1)
    other = SimpleNamespace(customer_id="c2", name="Anna Schmidt", consultations=2, offers=3)
    group = SimpleNamespace(copies=[member, other], references=[], target=None, number="100234")
    text = group_html(group, "c1")
    assert all(words in text for words in one + many), text
