"""The checkpoint before step 7 in words: open warnings, majors converted, re-links, merges, data dropped.

Each line links back to exactly those rows in the review; the confirmation
before "Convert now" repeats the same numbers once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from paxdesk.domain.matching import Status
from paxdesk.domain.plan import Action
from paxdesk.ui import texts

_T = QCoreApplication  # literal _T.translate("texts", ...) calls: pyside6-lupdate only finds those

LINKS = ("open", "major", "relinked", "merged", "crm_only")


def _rows(point, link: str) -> list[str]:
    return {"open": point.open_warnings, "major": point.major_converted, "relinked": point.relinked,
            "merged": point.merged, "crm_only": point.crm_only_dropped}[link]


def _lines(point) -> dict[str, str]:
    """One line per link, its first number in singular or plural ("1 Kunde … wird", "2 Kunden … werden").
    The numbers are the report's (``services/review/tally``): a re-link is counted by the class of the
    record it goes to, so a re-link to a matching record is no "große Abweichung"."""
    return {
        "open": _T.translate("texts", "%n warning(s) are still open: they stay unchanged (skipped).", "",
                             len(point.open_warnings)),
        "major": _T.translate("texts", "%n customer(s) of the class \"{1}\" will be converted.", "",
                              len(point.major_converted)).replace("{1}", texts.status_label(Status.MAJOR)),
        "relinked": _T.translate("texts", "%n customer(s) will be re-linked: converted to another MidOffice "
                                 "customer than their CRM copy names.", "", len(point.relinked)),
        "merged": _T.translate("texts", "%n duplicate group(s) will be merged: {1} customers go into another "
                               "customer; {2} consultations and {3} offers move to the remaining v2 customer. (The "
                               "tab \"Duplicates\" lists all {4} copies that share their MidOffice number with "
                               "another CRM customer.)", "", point.merged_groups)
        .replace("{1}", str(len(point.merged))).replace("{2}", str(point.consultations_moved))
        .replace("{3}", str(point.offers_moved)).replace("{4}", str(point.duplicates)),
        "crm_only": _T.translate("texts", "%n customer(s) being converted have data only in the CRM, which "
                                 "converting drops ({1} customers have such data in all).", "",
                                 len(point.crm_only_dropped)).replace("{1}", str(len(point.with_crm_only))),
    }


def checkpoint_html(point) -> str:
    show = texts.tr("show")
    items = []
    for link, line in _lines(point).items():
        count = len(_rows(point, link))
        items.append(f"<li>{line}" + (f" <a href='{link}'>{show}</a>" if count else "") + "</li>")
    title = texts.tr("Before you convert:")
    return f"<b>{title}</b><ul>{''.join(items)}</ul>"


def checkpoint_rows(point, link: str) -> tuple[list[str], str]:
    return _rows(point, link), _lines(point)[link]


def confirmation_text(point) -> str:
    actions = point.actions
    head = (texts.tr("Convert now? Becoming v2 customers: {0} · kept as paxlounge customers: {1} · unchanged: "
                     "{2}. A backup is written first.")
            .replace("{0}", str(actions[Action.CONVERT])).replace("{1}", str(actions[Action.LOCAL]))
            .replace("{2}", str(actions[Action.SKIP])))
    return head + "\n\n" + "\n".join(f"• {line}" for link, line in _lines(point).items() if _rows(point, link))
