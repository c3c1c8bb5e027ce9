"""The checkpoint before step 7 in words: open warnings, majors converted, duplicates merged, data dropped.

Each line links back to exactly those rows in the review; the confirmation
before "Convert now" repeats the same numbers once.
"""

from __future__ import annotations

from paxdesk.domain.plan import Action
from paxdesk.ui import texts

LINKS = ("open", "major", "merged", "crm_only")


def _rows(point, link: str) -> list[str]:
    return {"open": point.open_warnings, "major": point.major_converted, "merged": point.merged,
            "crm_only": point.crm_only_dropped}[link]


def _lines(point) -> dict[str, str]:
    return {
        "open": texts.tr("{0} warnings are still open: they stay unchanged (skipped).").replace(
            "{0}", str(len(point.open_warnings))),
        "major": texts.tr("{0} customers with a major difference will be converted.").replace(
            "{0}", str(len(point.major_converted))),
        "merged": texts.tr("{0} duplicate groups will be merged ({1} customers); {2} consultations and {3} offers "
                           "move to the remaining v2 customer.").replace("{0}", str(point.merged_groups))
        .replace("{1}", str(len(point.merged))).replace("{2}", str(point.consultations_moved))
        .replace("{3}", str(point.offers_moved)),
        "crm_only": texts.tr("{0} customers have data only in the CRM that converting drops.").replace(
            "{0}", str(len(point.crm_only_dropped))),
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
    head = (texts.tr("Convert now? {0} customers become v2 customers, {1} are kept as paxlounge customers, "
                     "{2} stay unchanged. A backup is written first.")
            .replace("{0}", str(actions[Action.CONVERT])).replace("{1}", str(actions[Action.LOCAL]))
            .replace("{2}", str(actions[Action.SKIP])))
    return head + "\n\n" + "\n".join(f"• {line}" for link, line in _lines(point).items() if _rows(point, link))
