"""Page 6, the review: thousands of rows worked through by keyboard, nobody converted by mistake.

Keys: K convert, L keep as paxlounge customer, S skip, R re-link, N next open
row, Ctrl+F search, Ctrl+Z undo. A key that cannot apply says why in the
status line and stays on the row; Enter and a double click on a row never
decide and never leave the page (they say which keys do). Every decision goes
through the model's gate (``review_decisions.DecisionFlow``).
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabBar

from paxdesk.services.review.rows import FILTERS, ReviewRow
from paxdesk.ui.pages.base import Page
from paxdesk.ui.pages.review_bar import DecisionBar
from paxdesk.ui.pages.review_decisions import DecisionFlow
from paxdesk.ui.pages.review_history import DecisionHistory
from paxdesk.ui.pages.review_pane import ReviewPane, review_table
from paxdesk.ui.pages.review_shortcuts import add_shortcuts
from paxdesk.ui.review_model import ReviewModel
from paxdesk.ui import review_texts
from paxdesk.ui.review_texts import SELECTION, filter_hint, filter_title
from paxdesk.ui.search_box import SearchBox


class ReviewPage(DecisionFlow, DecisionHistory, Page):
    """Tabs and a search over the rows, the comparison below, the decision buttons at the bottom; the parts
    are ``ReviewPane``, ``DecisionBar`` and ``add_shortcuts``, the ways to decide ``DecisionFlow``."""

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
        self.table = review_table()
        self.search = SearchBox(self.table)
        self.search.setPlaceholderText(self.tr("Search in this tab: name, customer no., e-mail (Ctrl+F) · other tab: Ctrl+PgDown / Ctrl+PgUp"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.layout_.addWidget(self.search)
        self.pane = ReviewPane(self.table)
        self.comparison, self.columns, self.splitter = self.pane.comparison, self.pane.columns, self.pane.splitter
        self.layout_.addWidget(self.splitter, 1)
        bar = DecisionBar(self)  # its widgets under the page's names (the tests and the decision flow use them)
        self.convert_button, self.local_button, self.skip_button = bar.convert_button, bar.local_button, bar.skip_button
        self.relink_button, self.next_button, self.undo_button = bar.relink_button, bar.next_button, bar.undo_button
        self.bulk_convert, self.bulk_skip, self.status_line = bar.bulk_convert, bar.bulk_skip, bar.status_line
        add_shortcuts(self)
        self.model: ReviewModel | None = None
        self._init_history()
        self._crm: dict = {}  # the CRM copy shown in the comparison (all its fields)
        self._shown: ReviewRow | None = None

    def initializePage(self):
        self.model = self.state.model
        self.pane.show_model(self.model)
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(lambda *_: self._restore(self._shown))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.decided.connect(self._persist)
        start = "open" if self.model.counts()["open"] else "warnings" if self.model.counts()["warnings"] else "all"
        self.tabs.setCurrentIndex(self._keys.index(start))
        self._filter_changed(self.tabs.currentIndex())
        header.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.focus_once_shown(self.table)  # keys go to the rows, also after the wizard has placed its focus

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
