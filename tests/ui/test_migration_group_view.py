"""The side-by-side view of a duplicate group says what the agent's decision does with each record: after D the
dropped record is marked as left out and the merged column as not chosen (it used to show the merge as if it were
still the plan)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from paxdesk.migration.groups import DROP, KEEP_ALL, MERGE, build_groups
from paxdesk.migration.linkage import Pair, clusters
from paxdesk.migration.records import Customer
from paxdesk.ui.migration.group_view import GroupView

FIELDS = ("legacy_id", "salutation", "title", "first_name", "last_name", "email", "phone", "street", "zip", "city",
          "country", "birth_date", "user", "lock_email", "lock_post", "lock_phone", "lock_all")


def _group():
    people = [Customer(i + 2, {**{f: "" for f in FIELDS}, "legacy_id": f"K{i}", "first_name": "Anna",
                                "last_name": "Schmidt"}) for i in range(2)]
    pairs = [Pair(0, 1, 0.97, ("name_birth",))]
    (group,) = build_groups(people, clusters(2, pairs), pairs, {})
    return group


@pytest.mark.parametrize("decision, marks", [
    (None, ["stays"]), (MERGE, ["stays"]), (DROP + "K1", ["left out", "not chosen"]), (KEEP_ALL, ["not chosen"])])
def test_the_group_view_follows_the_decision(qtbot, decision, marks):
    view = GroupView()
    qtbot.addWidget(view)
    group = _group()
    group.decision = decision
    view.show_group(group)
    said = {m: QCoreApplication.translate("GroupView", m) for m in ("stays", "left out", "not chosen")}
    header = view.toPlainText().split(QCoreApplication.translate("GroupView", "Newest booking"))[0]
    assert [m for m in said if said[m] in header] == marks  # in the language the application has loaded
    if decision == DROP + "K1":
        assert header.index("K1") < header.index(said["left out"])


def test_the_marks_are_german_in_the_german_wizard(qtbot):
    """Each mark has its German (a translate call inside an f-string escapes lupdate: "not chosen" once did)."""
    from paxdesk.ui.app import application
    application(german=True)
    view = GroupView()
    qtbot.addWidget(view)
    group = _group()
    group.decision = DROP + "K1"
    view.show_group(group)
    assert "wird weggelassen" in view.toPlainText() and "nicht gewählt" in view.toPlainText()
