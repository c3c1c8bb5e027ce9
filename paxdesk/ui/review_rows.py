"""The words a review row shows (the row itself and its rules are Qt-free: ``services/review``).

What the search box compares, what kind of difference a field shows, and the
difference column's text — kept per row so that sorting 100,000 rows by it
reads each text once.
"""

from __future__ import annotations

from types import SimpleNamespace

from paxdesk.domain.matching import Difference, Status, explain
from paxdesk.services.matching import LiveRecord
from paxdesk.services.review.rows import WARNINGS, ReviewRow, stable_key
from paxdesk.ui import texts

__all__ = ["WARNINGS", "ReviewRow", "stable_key", "search_key", "explain_field", "Explanations"]
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def search_key(text: str) -> str:
    """What the search box compares: case-insensitive, ü = ue (typed on any keyboard)."""
    return text.casefold().translate(_UMLAUTS)


def explain_field(name: str, crm: dict, live: LiveRecord | None) -> Difference | None:
    """The kind of difference of any personal field, for the comparison (None: nothing to compare)."""
    if live is None:
        return None
    ours = SimpleNamespace(**{name: crm.get(name)})
    theirs = SimpleNamespace(**{name: getattr(live, name, None)}, other_emails=live.other_emails)
    return explain(name, ours, theirs)


def changed_note() -> str:
    return texts.tr("The class changed since your earlier decision: please check again.")


class Explanations:
    """The difference column's text per row, made once and forgotten when the row's decision changes."""

    def __init__(self):
        self._texts: dict[int, str] = {}

    def forget(self, rows: list[ReviewRow] | None = None) -> None:
        if rows is None:
            self._texts.clear()
        for row in rows or ():
            self._texts.pop(row.index, None)

    def __call__(self, row: ReviewRow) -> str:
        if row.changed:
            return changed_note()
        text = self._texts.get(row.index)
        if text is None:
            parts = [f"{texts.field_label(name)}: {texts.difference_label(kind)}" for name, kind in row.kinds().items()]
            if row.item.status == Status.ERROR:
                parts.append(texts.error_reason(row.item.error))
            text = self._texts[row.index] = "; ".join(parts)
        return text
