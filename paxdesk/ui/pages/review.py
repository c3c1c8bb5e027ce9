"""Page 6, the review: thousands of rows worked through by keyboard, nobody converted by mistake.

Keys: K convert, L keep as paxlounge customer, S skip, R re-link, N next open
row, Ctrl+F search, Ctrl+Z undo. A key that cannot apply says why in the
status line and stays on the row; Enter and a double click on a row never
decide and never leave the page (they say which keys do). Every decision goes
through the model's gate (``review_decisions.DecisionFlow``).
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSizePolicy,
                               QSplitter, QTabBar, QTableView)

from paxdesk.domain.plan import Action
from paxdesk.services.review.rows import FILTERS, ReviewRow
from paxdesk.ui.comparison import ComparisonView
from paxdesk.ui.pages.base import Page
from paxdesk.ui.pages.review_decisions import DecisionFlow
from paxdesk.ui.pages.review_history import DecisionHistory
from paxdesk.ui.column_fit import ColumnFitter
from paxdesk.ui.review_model import ReviewModel
from paxdesk.ui import review_texts
from paxdesk.ui.review_texts import SELECTION, filter_hint, filter_title
from paxdesk.ui.search_box import SearchBox


# Preferred column widths at 1366×768, fitted to the table's width (column_fit); 0: "After converting" takes
# what is left; the action never shrinks.
WIDTHS, STRETCH, ACTION = (160, 165, 125, 215, 0, 110, 195), 4, 6


class ReviewPage(DecisionFlow, DecisionHistory, Page):
    def __init__(self):
        super().__init__(self.tr("Review"), self.tr("Decide what happens with customers whose data differs."))
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self._keys = list(FILTERS)
        for key in self._keys:
            self.tabs.setTabToolTip(self.tabs.addTab(filter_title(key)), filter_hint(key))
        self.tabs.currentChanged.connect(self._filter_changed)
        self.layout_.addWidget(self.tabs)
        self.tab_hint = QLabel()  # what the tab holds (a tooltip is out of reach for the keyboard)
        self.tab_hint.setWordWrap(True)
        self.progress = QLabel()  # beside the hint: the button rows below stay narrow enough for 150 %
        self.progress.setToolTip(self.tr("Warnings you decided one at a time. Decisions made for a whole view at "
                                         "once are not counted here."))
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.tab_hint, 1)
        hint_row.addWidget(self.progress)
        self.layout_.addLayout(hint_row)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons (arrows move in it)
        self.search = SearchBox(self.table)
        self.search.setPlaceholderText(self.tr("Search in this tab: name, customer no., e-mail (Ctrl+F) · other tab: Ctrl+PgDown / Ctrl+PgUp"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.layout_.addWidget(self.search)
        self.comparison = ComparisonView()
        self.columns = ColumnFitter(self.table, WIDTHS, STRETCH, kept=(ACTION,))
        # The table and the comparison share what the window leaves: never less than a header and three rows
        # for the table, and never the reason for the page to scroll (their preferred height is ignored, or
        # the tabs, the search and the decision buttons would not fit together at 125 % and 150 %).
        # (The minimum heights are set once the table has its model and header: _keep_three_rows.)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.comparison)
        splitter.setSizes([300, 260])
        splitter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.layout_.addWidget(splitter, 1)
        buttons = QHBoxLayout()  # the decisions on the current row; below them undo, the whole view, the status
        key = review_texts.shortcut
        self.convert_button = QPushButton(self.tr("Convert ({0})").replace("{0}", key("convert")))
        self.local_button = QPushButton(self.tr("Keep as paxlounge customer ({0})").replace("{0}", key("local")))
        self.skip_button = QPushButton(self.tr("Skip ({0})").replace("{0}", key("skip")))
        self.relink_button = QPushButton(self.tr("Re-link… ({0})").replace("{0}", key("relink")))
        self.next_button = QPushButton(self.tr("Next open ({0})").replace("{0}", key("next")))
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        for button in (self.convert_button, self.local_button, self.skip_button, self.relink_button,
                       self.next_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        self.layout_.addLayout(buttons)
        bulk = QHBoxLayout()
        self.bulk_convert = QPushButton(self.tr("Convert all in this view…"))
        self.bulk_skip = QPushButton(self.tr("Skip all in this view…"))
        for button in (self.undo_button, self.bulk_convert, self.bulk_skip):
            button.setAutoDefault(False)
            bulk.addWidget(button)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        bulk.addWidget(self.status_line, 1)
        self.layout_.addLayout(bulk)
        self.convert_button.clicked.connect(lambda: self.decide(Action.CONVERT))
        self.local_button.clicked.connect(lambda: self.decide(Action.LOCAL))
        self.skip_button.clicked.connect(lambda: self.decide(Action.SKIP))
        self.relink_button.clicked.connect(self.relink)
        self.next_button.clicked.connect(self.next_open)
        self.undo_button.clicked.connect(self.undo)
        self.bulk_convert.clicked.connect(lambda: self.bulk(Action.CONVERT))
        self.bulk_skip.clicked.connect(lambda: self.bulk(Action.SKIP))
        for name, slot in (("convert", lambda: self.decide(Action.CONVERT)),
                           ("local", lambda: self.decide(Action.LOCAL)), ("skip", lambda: self.decide(Action.SKIP)),
                           ("relink", self.relink), ("next", self.next_open)):
            QShortcut(QKeySequence(key(name)), self.table, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # not the wizard's "Weiter" while on the rows
            QShortcut(QKeySequence(key), self.table, self._on_row,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.doubleClicked.connect(lambda *_: self._on_row())
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+Tab", 1), ("Ctrl+PgUp", -1), ("Ctrl+Shift+Tab", -1)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self._next_tab(step),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.model: ReviewModel | None = None
        self._init_history()
        self._crm: dict = {}  # the CRM copy shown in the comparison (all its fields)
        self._shown: ReviewRow | None = None

    def initializePage(self):
        self.model = self.state.model
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # Adjustable widths fitted to the table's width (review_columns); "After converting" takes what is left,
        # so the action stays in sight at 1366x768 and smaller, at 125 % and 150 % too.
        for column in range(len(WIDTHS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STRETCH, QHeaderView.ResizeMode.Stretch)
        self.columns.fit()
        self._keep_three_rows()
        header.setStretchLastSection(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(lambda *_: self._restore(self._shown))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.decided.connect(self._persist)
        start = "open" if self.model.counts()["open"] else "warnings" if self.model.counts()["warnings"] else "all"
        self.tabs.setCurrentIndex(self._keys.index(start))
        self._filter_changed(self.tabs.currentIndex())
        header.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.focus_once_shown(self.table)  # keys go to the rows, also after the wizard has placed its focus

    def _keep_three_rows(self):
        """The table never shorter than its header and three rows, the comparison than a line."""
        rows = self.table.verticalHeader().defaultSectionSize()
        frame = 2 * self.table.frameWidth()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 3 * rows + frame)
        self.comparison.setMinimumHeight(self.comparison.fontMetrics().height() + 2 * self.comparison.frameWidth()
                                         + 4)
        self.splitter.setMinimumHeight(self.table.minimumHeight() + self.comparison.minimumHeight()
                                       + self.splitter.handleWidth())

    def cleanupPage(self):
        if self.model is not None:
            self.model.decided.disconnect(self._persist)

    # -- view state ------------------------------------------------------------------------
    def _filter_changed(self, index: int):
        if self.model is None or index < 0:
            return
        self.model.set_filter(self._keys[index])
        self.tab_hint.setText(self.tabs.tabToolTip(index))
        self._after_view_change()

    def _search_changed(self, text: str):
        if self.model is None:
            return
        self.model.set_search(text)
        self._after_view_change()

    def _after_view_change(self):
        self.refresh_labels()
        self._restore(self._shown)

    def _restore(self, row: ReviewRow | None):
        """Keep the current customer where the view still shows it; else the first row."""
        position = self.model.position(row) if row is not None else None
        if position is None:
            position = 0 if self.model.rowCount() else None
        if position is None:
            self._shown = None
            self.comparison.show_row(None, None)
            return
        self.table.selectRow(position)
        self.table.scrollTo(self.model.index(position, 0))

    def show_selection(self, title: str, customer_ids: set[str]):
        """The checkpoint's "show me those": a tab with exactly these rows."""
        self.model.set_selection(customer_ids)
        if SELECTION not in self._keys:
            self._keys.append(SELECTION)
            self.tabs.addTab("")
        self.tabs.setTabToolTip(self._keys.index(SELECTION), f"{filter_hint(SELECTION)} {title}")
        self.search.clear()
        self.tabs.setCurrentIndex(self._keys.index(SELECTION))
        self._filter_changed(self._keys.index(SELECTION))
        self._refocus()

    def refresh_labels(self):
        counts = self.model.counts()
        for index, key in enumerate(self._keys):
            self.tabs.setTabText(index, f"{filter_title(key)} ({counts[key]})")
        self.progress.setText(self.tr("{0} of %n warning(s) checked one by one", "", self.model.needs_review())
                              .replace("{0}", str(self.model.reviewed())))
        visible = self.model.rowCount() > 0
        self.bulk_convert.setEnabled(visible)
        self.bulk_skip.setEnabled(visible)

    def _next_tab(self, step: int):
        """Ctrl+PgDown/PgUp (and Ctrl+Tab): the next or previous tab, from the table or the search field."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _refocus(self):
        """Back from a dialog or another page: the keys work on the rows again (once the window is active)."""
        self.table.setFocus()
        QTimer.singleShot(0, self, lambda: (self.window().activateWindow(), self.table.setFocus()))  # not once closed

    def _escape(self):
        """Esc first empties the search; otherwise it is the wizard's Esc, which asks before quitting."""
        if self.search.text():
            self.search.clear()
            self.table.setFocus()
            return
        self.wizard().reject()

    def say(self, text: str):
        self.status_line.setText(text)

    def _row_changed(self, current, _previous):
        if not current.isValid():
            return
        row = self.model.row_at(current.row())
        self._shown = row
        self._load(row)

    def _load(self, row: ReviewRow):
        """The CRM copy (all fields) and, for a duplicate, its group — fetched off the GUI thread."""
        def fetch():
            crm = self.context.customer(row.item.customer_id) or {}
            group = self.context.duplicate_group(row.item.midoffice_id) if row.item.duplicate else None
            return crm, group

        def show(result):
            if row is self._shown:
                self._crm = result[0]
                self.comparison.show_row(row, *result)
        self.background(fetch, show)

    # -- decisions ---------------------------------------------------------------------------
    def current_row(self) -> ReviewRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and self.model else None

    def _on_row(self):
        """Enter or a double click on a row: the comparison below shows it; deciding takes a key."""
        row = self.current_row()
        if row is not None:
            key = review_texts.shortcut
            self.say(self.tr("{0}: decide with {1} (convert), {2} (keep as paxlounge customer), {3} (skip) or {4} "
                             "(re-link).").replace("{0}", row.name() or row.item.customer_id)
                     .replace("{1}", key("convert")).replace("{2}", key("local")).replace("{3}", key("skip"))
                     .replace("{4}", key("relink")))

    def next_open(self):
        index = self.table.currentIndex()
        found = self.model.next_open(index.row() if index.isValid() else -1)
        if found is None:
            self.say(self.tr("No open rows in this view."))
            return
        self.table.selectRow(found)
