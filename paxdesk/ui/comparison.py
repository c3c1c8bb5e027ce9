"""The side-by-side comparison: the CRM copy next to the live MidOffice record, differences marked."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser

from paxdesk.domain.matching import Difference
from paxdesk.ui import texts
from paxdesk.ui.review_model import ReviewRow

FIELDS = ("salutation", "title", "first_name", "last_name", "email", "phone", "street", "zip", "city", "country",
          "birth_date")


class ComparisonView(QTextBrowser):
    def show_row(self, row: ReviewRow | None, crm: dict | None, children: tuple[int, int] | None = None) -> None:
        if row is None:
            self.setHtml("")
            return
        item, live = row.item, row.item.live
        kinds = row.kinds()
        crm_title, live_title, kind_title = texts.tr("CRM copy"), texts.tr("MidOffice (live)"), texts.tr("Kind of difference")
        lines = [f"<h3>{html.escape(row.name() or item.customer_id)}</h3>",
                 f"<p>{html.escape(texts.status_label(item.status))}"
                 + (f" — {html.escape(row.note)}" if row.note else "") + "</p>",
                 "<table cellspacing='0' cellpadding='4' width='100%' border='1' style='border-collapse:collapse'>",
                 f"<tr><th></th><th>{crm_title}</th><th>{live_title}</th><th>{kind_title}</th></tr>"]
        for name in FIELDS:
            ours = (crm or {}).get(name) or ""
            theirs = getattr(live, name, None) or "" if live else ""
            kind = kinds.get(name)
            marked = kind not in (None, Difference.NONE)
            style = " style='background:#ffe8b0;font-weight:bold'" if marked else ""
            flag = "⚠ " if marked else ""
            lines.append(f"<tr{style}><td>{flag}{html.escape(texts.field_label(name))}</td>"
                         f"<td>{html.escape(str(ours))}</td><td>{html.escape(str(theirs))}</td>"
                         f"<td>{html.escape(texts.difference_label(kind)) if kind else ''}</td></tr>")
        if live and live.other_emails:
            other = texts.tr("Other e-mails")
            lines.append(f"<tr><td>{other}</td><td></td>"
                         f"<td>{html.escape(', '.join(live.other_emails))}</td><td></td></tr>")
        lines.append("</table>")
        if item.duplicate and children is not None:
            lines.append("<p>" + html.escape(texts.tr(
                "Duplicate: this copy's {0} consultation(s) and {1} offer(s) move to the single v2 customer "
                "when it is converted.").replace("{0}", str(children[0])).replace("{1}", str(children[1]))) + "</p>")
        if live is None and item.midoffice_id:
            lines.append("<p>" + html.escape(texts.tr("No live record: {0}").replace(
                "{0}", texts.status_label(item.status))) + "</p>")
        self.setHtml("".join(lines))
