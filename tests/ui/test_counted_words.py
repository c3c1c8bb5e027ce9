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


@pytest.mark.parametrize("german, letter, label", [(True, "K", "Konvertieren (K)"), (False, "C", "Convert (C)")])
def test_the_review_keys_are_the_letters_of_the_labels_in_the_ui_language(qtbot, german, letter, label):
    """Issue 30: English buttons kept the German letter K ("Convert (K)")."""
    from PySide6.QtGui import QShortcut

    from paxdesk.ui.pages.review import ReviewPage

    application(german=german)
    page = ReviewPage()
    qtbot.addWidget(page)
    assert page.convert_button.text() == label
    keys = {s.key().toString() for s in page.table.findChildren(QShortcut)} | \
        {s.key().toString() for s in page.findChildren(QShortcut)}
    assert letter in keys and (german or "K" not in keys)
    application(german=True)
