"""Migration pages 4–7: findings, duplicate groups (side by side, keyboard), user mapping, marketing locks."""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QTabBar, QTableView, QTableWidget, QTableWidgetItem)

from paxdesk.migration.groups import DROP, KEEP_ALL, MERGE
from paxdesk.migration.users import ALTDATEN
from paxdesk.ui.column_fit import ColumnFitter
from paxdesk.ui.migration import texts
from paxdesk.ui.migration.group_view import GroupView
from paxdesk.ui.migration.table_model import RowsModel
from paxdesk.ui.pages.base import Page


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


class FindingsPage(Page):
    def __init__(self):
        super().__init__(self.tr("Findings"), self.tr(
            "Values paxdesk could not read. They are imported exactly as they were — nothing is changed "
            "silently. The same list is in findings.xlsx in the package."))
        self.summary = self.note("")
        self.model = RowsModel([self.tr("File"), self.tr("Row"), self.tr("Column"), self.tr("What"),
                                self.tr("Value")],
                               lambda f: [f.file, f.row, f.column, texts.kind_label(f.kind), f.raw], self)
        self.table = _table(self.model)
        self.layout_.addWidget(self.table, 1)

    def initializePage(self):
        findings = self.context.session.data.findings
        self.model.set_items(sorted(findings, key=lambda f: (f.file, f.row)))
        counts = Counter(f.kind for f in findings)
        parts = [f"{texts.kind_label(k)}: {n}" for k, n in counts.most_common()]
        self.summary.setText(self.tr("Findings: {0}").replace("{0}", str(len(findings)))
                             + (" — " + " · ".join(parts) if parts else ""))
        self.table.resizeColumnsToContents()


class DuplicatesPage(Page):
    def __init__(self):
        super().__init__(self.tr("Duplicates"), self.tr(
            "myJack does not check for duplicates. Decide per group: merge, keep all, or leave one record out. "
            "Undecided groups are imported unmerged."))
        self.tabs = QTabBar()
        self.tabs.addTab("")
        self.tabs.addTab("")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.layout_.addWidget(self.tabs)
        self.groups = RowsModel([self.tr("Group"), self.tr("Records"), self.tr("Similarity"), self.tr("Why"),
                                 self.tr("Decision")], self._group_cells, self)
        self.hits = RowsModel([self.tr("Customer no."), self.tr("In myJack"), self.tr("Similarity"), self.tr("Why"),
                               self.tr("Decision")], self._hit_cells, self)
        self.table = _table(self.groups)
        self.columns = ColumnFitter(self.table, (80, 440, 60, 0, 150), 3, kept=(4,))
        self.view = GroupView()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setSizes([220, 330])
        self.layout_.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Merge (M)"))
        self.keep_button = QPushButton(self.tr("Keep &all (A)"))
        self.drop_button = QPushButton(self.tr("Leave out (D):"))
        self.drop_choice = QComboBox()
        self.link_button = QPushButton(self.tr("Link to it (L)"))
        self.import_button = QPushButton(self.tr("Import anyway (I)"))
        self.skip_button = QPushButton(self.tr("Do not import (S)"))
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        for widget in (self.merge_button, self.keep_button, self.drop_button, self.drop_choice, self.link_button,
                       self.import_button, self.skip_button, self.undo_button):
            row.addWidget(widget)
        row.addStretch()
        self.progress = QLabel()
        row.addWidget(self.progress)
        self.layout_.addLayout(row)
        self.merge_button.clicked.connect(lambda: self.decide(MERGE))
        self.keep_button.clicked.connect(lambda: self.decide(KEEP_ALL))
        self.drop_button.clicked.connect(lambda: self.decide(DROP + (self.drop_choice.currentData() or "")))
        self.link_button.clicked.connect(lambda: self.decide("link"))
        self.import_button.clicked.connect(lambda: self.decide("import"))
        self.skip_button.clicked.connect(lambda: self.decide("skip"))
        self.undo_button.clicked.connect(self.undo)
        for key, decision in (("M", MERGE), ("A", KEEP_ALL), ("L", "link"), ("I", "import"), ("S", "skip")):
            QShortcut(QKeySequence(key), self.table, lambda d=decision: self.decide(d))
        QShortcut(QKeySequence("D"), self.table, lambda: self.decide(DROP + (self.drop_choice.currentData() or "")))
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        self._undo: list[tuple[object, str | None]] = []
        self._bookings: Counter = Counter()

    def _group_cells(self, group):
        names = " / ".join(f"{m.values['first_name']} {m.values['last_name']} ({m.legacy_id})" for m in group.members)
        return [group.id, names, f"{group.score:.2f}", texts.reasons_label(group.reasons()),
                texts.decision_label(group.decision)]

    def _hit_cells(self, hit):
        return [hit.legacy_id, f"{hit.name} ({hit.number})", f"{hit.score:.2f}",
                texts.reasons_label(hit.reasons), texts.decision_label(hit.decision)]

    @property
    def on_groups(self) -> bool:
        return self.tabs.currentIndex() == 0

    def initializePage(self):
        self.groups.set_items(self.context.groups)
        self.hits.set_items(self.context.hits)
        self._bookings = Counter(b.legacy_id for b in self.context.session.data.bookings)
        self._customers = {c.legacy_id: c for c in self.context.session.data.customers}
        self._undo.clear()
        self.tabs.setCurrentIndex(0 if self.context.groups or not self.context.hits else 1)
        self._tab_changed(self.tabs.currentIndex())
        self.table.setFocus()

    def _tab_changed(self, index: int):
        self.table.setModel(self.groups if index == 0 else self.hits)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Never narrower than its header ("Kundennummer" was cut to "ındennumm"), and fitted to the table's width
        # (at 150 % "Entscheidung" lay half beyond its edge): column_fit.
        self.columns.fit()
        for button in (self.merge_button, self.keep_button, self.drop_button, self.drop_choice):
            button.setVisible(index == 0)
        for button in (self.link_button, self.import_button, self.skip_button):
            button.setVisible(index == 1)
        self.refresh_labels()
        if self.table.model().rowCount():
            self.table.selectRow(0)
        else:
            self.view.show_group(None)

    def refresh_labels(self):
        groups, hits = self.context.groups, self.context.hits
        self.tabs.setTabText(0, self.tr("In the file ({0})").replace("{0}", str(len(groups))))
        self.tabs.setTabText(1, self.tr("Already in myJack ({0})").replace("{0}", str(len(hits))))
        items = groups if self.on_groups else hits
        decided = sum(1 for x in items if x.decision)
        self.progress.setText(self.tr("{0} of {1} decided").replace("{0}", str(decided))
                              .replace("{1}", str(len(items))))

    def current(self):
        index = self.table.currentIndex()
        return self.table.model().item(index.row()) if index.isValid() else None

    def _row_changed(self, current, _previous):
        if not current.isValid():
            return
        item = self.table.model().item(current.row())
        if self.on_groups:
            self.view.show_group(item)
            self.drop_choice.clear()
            for member in item.members[::-1]:
                self.drop_choice.addItem(member.legacy_id, member.legacy_id)
        else:
            self.view.setHtml(self._hit_html(item))

    def _hit_html(self, hit) -> str:
        """The legacy record and the myJack record side by side (differences bold), and what each choice does."""
        mine = self._customers[hit.legacy_id].values if hit.legacy_id in self._customers else {}
        rows = []
        for name in ("salutation", "first_name", "last_name", "email", "phone", "street", "zip", "city",
                     "birth_date"):
            left, right = mine.get(name) or "", hit.remote.get(name) or ""
            style = " style='font-weight:bold'" if left and right and left.casefold() != right.casefold() else ""
            rows.append(f"<tr><td>{html.escape(texts.field_label(name))}</td><td{style}>{html.escape(left)}</td>"
                        f"<td{style}>{html.escape(right)}</td></tr>")
        bookings = self._bookings[hit.legacy_id]
        file_side = self.tr("In the file ({0})").replace("{0}", hit.legacy_id)
        myjack_side = self.tr("In myJack ({0})").replace("{0}", hit.number)
        return (f"<table cellpadding='3'><tr><th></th><th>{html.escape(file_side)}</th>"
                f"<th>{html.escape(myjack_side)}</th></tr>"
                + "".join(rows) + "</table><p>" + self.tr("Bookings of this customer in the file: {0}")
                .replace("{0}", str(bookings)) + "</p><p>" + self.tr(
                    "<b>Link (L)</b>: no second customer; the bookings go to the myJack customer, and values "
                    "myJack lacks are added. <b>Import anyway (I)</b>: a second customer in myJack. <b>Do not "
                    "import (S)</b>: neither the customer nor its bookings are imported; both are listed as "
                    "findings.") + "</p>")

    def decide(self, decision: str):
        item = self.current()
        hit_decisions = ("link", "import", "skip")
        if item is None or (self.on_groups and decision in hit_decisions) \
                or (not self.on_groups and decision not in hit_decisions) or decision == DROP:
            return
        self._undo.append((item, item.decision))
        item.decision = decision
        self._after_change(item)
        row = self.table.currentIndex().row()
        if row + 1 < self.table.model().rowCount():
            self.table.selectRow(row + 1)

    def undo(self):
        if not self._undo:
            return
        item, previous = self._undo.pop()
        item.decision = previous
        self._after_change(item)

    def _after_change(self, item):
        model = self.groups if any(g is item for g in self.context.groups) else self.hits
        model.refresh([next(i for i, x in enumerate(model.items()) if x is item)])
        if self.on_groups and item is self.current():
            self.view.show_group(item)
        self.refresh_labels()


class UsersPage(Page):
    def __init__(self):
        super().__init__(self.tr("Users"), self.tr(
            "myJack assigns each booking to the user with the same abbreviation (Kürzel), otherwise to the "
            "user \"Altdaten\". Change the assignment where an abbreviation has changed."))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Kürzel in the export"), self.tr("Bookings"),
                                              self.tr("Customers"), self.tr("myJack user")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 170)
        self.layout_.addWidget(self.table, 1)
        self.summary = self.note("")

    def initializePage(self):
        mappings = self.context.users
        choices = self.context.user_choices()
        self.table.setRowCount(len(mappings))
        for row, mapping in enumerate(mappings):
            self.table.setItem(row, 0, QTableWidgetItem(mapping.legacy or self.tr("(none)")))
            self.table.setItem(row, 1, QTableWidgetItem(str(mapping.bookings)))
            self.table.setItem(row, 2, QTableWidgetItem(str(mapping.customers)))
            combo = QComboBox()
            combo.addItem(self.tr("Altdaten (no own user)"), ALTDATEN)
            for user in choices:
                suffix = "" if user.active else " " + self.tr("(inactive)")
                combo.addItem(f"{user.abbreviation} — {user.name}{suffix}", user.abbreviation)
            combo.setCurrentIndex(max(0, combo.findData(mapping.target)))
            combo.currentIndexChanged.connect(lambda _i, m=mapping, c=combo: self._changed(m.legacy, c.currentData()))
            combo.setEnabled(bool(mapping.legacy))
            self.table.setCellWidget(row, 3, combo)
        self._summarize()

    def _changed(self, legacy: str, target: str):
        self.context.set_user_target(legacy, target)
        self._summarize()

    def _summarize(self):
        mappings = self.context.users
        to_altdaten = sum(m.bookings for m in mappings if not m.mapped)
        self.summary.setText(self.tr("Bookings that go to \"Altdaten\": {0}.").replace("{0}", str(to_altdaten)))


class LocksPage(Page):
    def __init__(self):
        super().__init__(self.tr("Marketing locks"), self.tr(
            "myJack's import cannot carry marketing locks: after the import they are empty. Set them again in "
            "myJack for these customers — the list is in marketing-locks.xlsx in the package."))
        self.summary = self.note("")
        self.model = RowsModel([self.tr("Customer no."), self.tr("Name"), self.tr("Locked")], self._cells, self)
        self.table = _table(self.model)
        self.layout_.addWidget(self.table, 1)

    def _cells(self, customer):
        names = {"lock_email": self.tr("e-mail"), "lock_post": self.tr("post"), "lock_phone": self.tr("phone"),
                 "lock_all": self.tr("all advertising")}
        flags = [names[k] + ("?" if v is None else "") for k, v in customer.locks.items() if v is None or v]
        return [customer.legacy_id, f"{customer.values['first_name']} {customer.values['last_name']}".strip(),
                ", ".join(flags)]

    def initializePage(self):
        locked = self.context.session.data.locked()
        self.model.set_items(locked)
        self.summary.setText(self.tr("Customers with a marketing lock: <b>{0}</b> (\"?\": the value was unclear, "
                                     "please check).").replace("{0}", str(len(locked))))
        self.table.resizeColumnsToContents()
