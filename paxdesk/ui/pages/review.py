from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QTabBar, QTableView)

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action
from paxdesk.ui.comparison import ComparisonView
from paxdesk.ui.pages.base import Page
from paxdesk.ui.review_model import FILTERS, ReviewModel, filter_title
from paxdesk.ui.search_dialog import SearchDialog


class ReviewPage(Page):
    def __init__(self):
        super().__init__(self.tr("Review"), self.tr("Decide what happens with customers whose data differs."))
        self.tabs = QTabBar()
        for key in FILTERS:
            self.tabs.addTab(filter_title(key))
        self.tabs.currentChanged.connect(self._filter_changed)
        self.layout_.addWidget(self.tabs)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.comparison = ComparisonView()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.comparison)
        splitter.setSizes([330, 270])
        self.layout_.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.convert_button = QPushButton(self.tr("&Convert (K)"))
        self.local_button = QPushButton(self.tr("Keep as paxlounge customer (L)"))
        self.skip_button = QPushButton(self.tr("&Skip (S)"))
        self.relink_button = QPushButton(self.tr("Re-link…"))
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        for button in (self.convert_button, self.local_button, self.skip_button, self.relink_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch()
        self.progress = QLabel()
        buttons.addWidget(self.progress)
        self.layout_.addLayout(buttons)
        bulk = QHBoxLayout()
        self.bulk_convert = QPushButton()
        self.bulk_skip = QPushButton()
        bulk.addWidget(self.bulk_convert)
        bulk.addWidget(self.bulk_skip)
        bulk.addStretch()
        self.layout_.addLayout(bulk)
        self.convert_button.clicked.connect(lambda: self.decide(Action.CONVERT))
        self.local_button.clicked.connect(lambda: self.decide(Action.LOCAL))
        self.skip_button.clicked.connect(lambda: self.decide(Action.SKIP))
        self.relink_button.clicked.connect(self.relink)
        self.undo_button.clicked.connect(self.undo)
        self.bulk_convert.clicked.connect(lambda: self.bulk(Action.CONVERT))
        self.bulk_skip.clicked.connect(lambda: self.bulk(Action.SKIP))
        for key, action in (("K", Action.CONVERT), ("L", Action.LOCAL), ("S", Action.SKIP)):
            QShortcut(QKeySequence(key), self.table, lambda a=action: self.decide(a))
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        self.model: ReviewModel | None = None

    def initializePage(self):
        self.model = self.state.model
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column, mode in enumerate([QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Interactive,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents]):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(1, 220)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.decided.connect(self._persist)
        warnings = FILTERS.index("warnings")
        self.tabs.setCurrentIndex(warnings if self.model.counts()["warnings"] else 0)
        self._filter_changed(self.tabs.currentIndex())
        self.table.setFocus()

    def cleanupPage(self):
        if self.model is not None:
            self.model.decided.disconnect(self._persist)

    # -- view state ------------------------------------------------------------------------
    def _filter_changed(self, index: int):
        if self.model is None:
            return
        self.model.set_filter(FILTERS[index])
        self.refresh_labels()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.comparison.show_row(None, None)

    def refresh_labels(self):
        counts = self.model.counts()
        for index, key in enumerate(FILTERS):
            self.tabs.setTabText(index, f"{filter_title(key)} ({counts[key]})")
        self.progress.setText(self.tr("{0} of {1} checked").replace("{0}", str(self.model.reviewed()))
                              .replace("{1}", str(len(self.model.needs_review()))))
        visible = self.model.visible_rows()
        convertible = [r for r in visible if r.item.status in (Status.MATCH, Status.MINOR, Status.MAJOR)]
        self.bulk_convert.setText(self.tr("Convert all {0} customers in this view").replace("{0}", str(len(convertible))))
        self.bulk_convert.setEnabled(bool(convertible))
        self.bulk_skip.setText(self.tr("Skip all {0} customers in this view").replace("{0}", str(len(visible))))
        self.bulk_skip.setEnabled(bool(visible))

    def _row_changed(self, current, _previous):
        if not current.isValid():
            return
        row = self.model.row_at(current.row())
        self.background(lambda: (self.context.customer(row.item.customer_id),
                                 self.context.child_counts([row.item.customer_id])[row.item.customer_id]),
                        lambda result, r=row: self.comparison.show_row(r, *result))

    # -- decisions ---------------------------------------------------------------------------
    def selected_rows(self):
        return [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def decide(self, action: Action, relink_to: str | None = None):
        rows = self.selected_rows()
        if not rows:
            return
        self.model.decide(rows, action, relink_to)
        self.refresh_labels()
        current = self.table.currentIndex().row()
        if len(rows) == 1 and current + 1 < self.model.rowCount():
            self.table.selectRow(current + 1)

    def bulk(self, action: Action):
        rows = self.model.visible_rows()
        if action == Action.CONVERT:
            rows = [r for r in rows if r.item.status in (Status.MATCH, Status.MINOR, Status.MAJOR)]
        text = (self.tr("Convert {0} customers?") if action == Action.CONVERT else self.tr("Skip {0} customers?"))
        if self.wizard().dialogs.confirm(self.title(), text.replace("{0}", str(len(rows)))):
            self.model.decide(rows, action)
            self.refresh_labels()

    def relink(self):
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        dialog = SearchDialog(self.context, rows[0].name(), self)
        if self.wizard().dialogs.run(dialog) and dialog.chosen:
            self.decide(Action.CONVERT, dialog.chosen)

    def undo(self):
        if self.model and self.model.undo():
            self.refresh_labels()

    def _persist(self, rows):
        pairs = [(r.item, r.decision) for r in rows]
        self.background(lambda: self.context.save_decisions(pairs), lambda _: None)
