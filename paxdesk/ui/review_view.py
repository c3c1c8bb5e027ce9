"""Which review rows the table shows, and in which order: the tab, the search and the sort (Qt-free).

``ReviewModel`` keeps one of these and tells Qt what changed. Fast for 100,000 rows: the view is a plain
list of row numbers (no QSortFilterProxyModel), and typing on in the search only looks at the rows shown.
"""

from __future__ import annotations

from collections.abc import Callable

from paxdesk.domain.matching import Status
from paxdesk.services.review.rows import IN_FILTER, ReviewRow
from paxdesk.ui.review_rows import search_key
from paxdesk.ui.review_texts import SELECTION

_STATUS_RANK = {Status.MAJOR: 0, Status.MINOR: 1, Status.ERROR: 2, Status.DELETED: 3, Status.NO_REFERENCE: 4,
                Status.MATCH: 5}


def search_text(row: ReviewRow) -> str:
    """What the search box looks in: name, the copy's number and the one it converts to, e-mail."""
    crm = row.item.crm
    numbers = {row.item.midoffice_id or "", row.number or ""}
    return search_key("\n".join((row.name(), *sorted(numbers), (crm.email or "") if crm else "")))


def sort_keys(difference: Callable[[ReviewRow], str]) -> dict[str, Callable[[ReviewRow], object]]:
    """Per column name: what sorting by it compares (``difference``: the difference column's text)."""
    return {"status": lambda r: _STATUS_RANK[r.status], "customer": lambda r: search_key(r.name()),
            "number": lambda r: r.index, "difference": difference,
            "after": lambda r: search_key(r.after_converting()), "crm_only": lambda r: len(r.crm_only),
            "action": lambda r: (str(r.action), r.decision is None)}


class ReviewView:
    """The rows (of ``ReviewState``) and the view over them: row numbers in sort order, and those shown."""

    def __init__(self):
        self.rows: list[ReviewRow] = []
        self.order: list[int] = []      # row numbers in the current sort order
        self.visible: list[int] = []    # ... of those, the ones the filter and the search let through
        self._keys: list[str] = []      # per row: what the search box looks in
        self.filter = "all"
        self._search = ""
        self.selection: set[str] = set()

    def reset(self, rows: list[ReviewRow]) -> None:
        """New rows: in their stable order, through the current tab and search."""
        self.rows = rows
        self._keys = [search_text(r) for r in rows]
        self.order = list(range(len(rows)))
        self.apply()

    def set_search(self, text: str) -> None:
        needle = search_key(text.strip())
        narrowing = bool(self._search) and self._search in needle  # typing on: only shown rows can still match
        self._search = needle
        self.apply(self.visible if narrowing else None)

    def rekey(self, row: ReviewRow) -> None:
        """A re-link: the row is found by its new number too (and no longer by an old target)."""
        self._keys[row.index] = search_text(row)

    def in_view(self, row: ReviewRow) -> bool:
        if self.filter == SELECTION:
            return row.item.customer_id in self.selection
        return IN_FILTER[self.filter](row)

    def apply(self, among: list[int] | None = None) -> None:
        """The view: rows of the current order (or only ``among``) that pass the filter and the search."""
        rows, keys, needle, test = self.rows, self._keys, self._search, self.in_view
        candidates = self.order if among is None else among
        if needle:
            self.visible = [n for n in candidates if needle in keys[n] and test(rows[n])]
        elif self.filter == "all":
            self.visible = list(self.order)
        else:
            self.visible = [n for n in self.order if test(rows[n])]

    def sort(self, key: Callable[[ReviewRow], object] | None, descending: bool) -> None:
        """Sort by ``key`` (ties keep the stable order); None restores the stable order."""
        rows = self.rows
        if key is None:
            self.order = list(range(len(rows)))
        else:
            self.order = sorted(range(len(rows)), key=lambda n: key(rows[n]), reverse=descending)
        self.apply()

    def position(self, row: ReviewRow) -> int | None:
        """Where ``row`` is shown in the current view (None: filtered out)."""
        try:
            return self.visible.index(row.index)
        except ValueError:
            return None

    def next_open(self, after: int) -> int | None:
        """The view row of the next undecided warning after ``after`` (wrapping round), or None."""
        rows, visible = self.rows, self.visible
        for view_row in (*range(after + 1, len(visible)), *range(0, after + 1)):
            if rows[visible[view_row]].is_open:
                return view_row
        return None
