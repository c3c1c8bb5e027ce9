"""The side-by-side comparison: the CRM copy next to the record converting points to.

Differing characters are highlighted (not the whole field), fields only the CRM
has are marked as lost on converting, dates are written the UI's way, and a
duplicate shows its whole group with where consultations and offers go.
"""

from __future__ import annotations

import difflib
import html

from PySide6.QtWidgets import QTextBrowser

from paxdesk.domain.crm_only import PERSONAL_FIELDS
from paxdesk.domain.matching import Difference
from paxdesk.services.matching import LiveRecord
from paxdesk.ui import texts
from paxdesk.domain.plan import Action
from paxdesk.services.review.gate import question_for
from paxdesk.ui.review_rows import ReviewRow, changed_note, explain_field

CHANGED = "background:#ffd966;color:#000000;font-weight:bold"   # differing characters
LOST = "background:#f4a07f;color:#000000"                       # a value only the CRM has


def char_diff(ours: str, theirs: str) -> tuple[str, str]:
    """Both values as HTML with the characters that differ highlighted (difflib's opcodes)."""
    left, right = [], []
    for tag, a1, a2, b1, b2 in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes():
        a, b = html.escape(ours[a1:a2]), html.escape(theirs[b1:b2])
        if tag == "equal":
            left.append(a)
            right.append(b)
        else:
            left.append(f"<span style='{CHANGED}'>{a}</span>" if a else "")
            right.append(f"<span style='{CHANGED}'>{b}</span>" if b else "")
    return "".join(left), "".join(right)


def _shown(name: str, value) -> str:
    text = "" if value is None else str(value)
    return texts.date_label(text) if name == "birth_date" else text


def comparison_table(crm: dict, live: LiveRecord | None, crm_only: tuple[str, ...], live_title: str) -> str:
    """The field-by-field table of a copy and a MidOffice record."""
    crm_title, kind_title = texts.tr("CRM copy"), texts.tr("Kind of difference")
    lines = ["<table cellspacing='0' cellpadding='3' width='100%' border='1' style='border-collapse:collapse'>",
             f"<tr><th></th><th>{html.escape(crm_title)}</th><th>{html.escape(live_title)}</th>"
             f"<th>{html.escape(kind_title)}</th></tr>"]
    for name in PERSONAL_FIELDS:
        ours, theirs = _shown(name, crm.get(name)), _shown(name, getattr(live, name, None) if live else None)
        kind = explain_field(name, crm, live)
        if name in crm_only:
            cells = (f"<span style='{LOST}'>{html.escape(ours)}</span>", "")
            label, flag = texts.tr("only in the CRM: lost on converting"), "⚠ "
        elif kind not in (None, Difference.NONE):
            cells = char_diff(ours, theirs) if ours and theirs else (html.escape(ours), html.escape(theirs))
            label, flag = texts.difference_label(kind), "≠ "
        else:
            cells, label, flag = (html.escape(ours), html.escape(theirs)), "", ""
        lines.append(f"<tr><td>{flag}{html.escape(texts.field_label(name))}</td><td>{cells[0]}</td>"
                     f"<td>{cells[1]}</td><td>{html.escape(label)}</td></tr>")
    if live and live.other_emails:
        other = texts.tr("Other e-mails")
        lines.append(f"<tr><td>{html.escape(other)}</td><td></td>"
                     f"<td>{html.escape(', '.join(live.other_emails))}</td><td></td></tr>")
    lines.append("</table>")
    return "".join(lines)


def group_html(group, current: str) -> str:
    """The duplicate group: every copy and reference of the number, and where their rows go."""
    copy_word, reference_word = texts.tr("Copy"), texts.tr("v2 customer")
    items = []
    for member in group.copies:
        marker = " ◀" if member.customer_id == current else ""
        items.append(f"<li>{html.escape(copy_word)} {html.escape(member.customer_id)}: "
                     f"{html.escape(member.name)} — {html.escape(texts.consultations(member.consultations))}, "
                     f"{html.escape(texts.offers(member.offers))}{marker}</li>")
    for member in group.references:
        items.append(f"<li>{html.escape(reference_word)} {html.escape(member.customer_id)} — "
                     f"{html.escape(texts.consultations(member.consultations))}, "
                     f"{html.escape(texts.offers(member.offers))}</li>")
    if group.target:
        where = texts.tr("Converted copies are merged into the existing v2 customer {0}; their consultations "
                         "and offers move there.").replace("{0}", group.target)
    else:
        where = texts.tr("The first copy converted becomes the v2 customer; the consultations and offers of the "
                         "other copies converted move to it.")
    title = texts.tr("Duplicate group of customer no. {0}").replace("{0}", group.number)
    return f"<h4>{html.escape(title)}</h4><ul>{''.join(items)}</ul><p>{html.escape(where)}</p>"


class ComparisonView(QTextBrowser):
    def show_row(self, row: ReviewRow | None, crm: dict | None, group=None) -> None:
        if row is None:
            self.setHtml("")
            return
        item = row.item
        relink = row.decision.relink if row.decision else None
        head = [f"<h3>{html.escape(row.name() or item.customer_id)}</h3>",
                f"<p><b>{html.escape(texts.status_label(row.status))}</b>"
                + (f" — {html.escape(changed_note())}" if row.changed else "") + "</p>"]
        if relink:
            head.append("<p>" + html.escape(texts.tr("Re-linked to MidOffice customer {0}; compared with that record: "
                                                     "{1}.").replace("{0}", relink.number)
                                            .replace("{1}", texts.status_label(relink.status))) + "</p>")
            live_title = texts.tr("MidOffice {0} (chosen)").replace("{0}", relink.number)
        else:
            live_title = texts.tr("MidOffice (live)")
        question = question_for(row, Action.CONVERT, relink, confirmed=False)
        if question is not None:  # what converting would be asked about, said before K is pressed
            warning = texts.tr("The names differ: this is probably another person.") if not question.same_names \
                else texts.tr("Same name, but another e-mail address: converting asks first.")
            head.append("<p style='color:#8b0000'><b>" + html.escape(warning) + "</b></p>")
        body = comparison_table(crm or {}, row.live, row.crm_only, live_title)
        if group is not None:  # first: where this copy's consultations and offers go matters most here
            head.append(group_html(group, item.customer_id))
        tail = ""
        if row.live is None and item.midoffice_id:
            tail = "<p>" + html.escape(texts.tr("No live record: {0}").replace(
                "{0}", texts.status_label(item.status))) + "</p>"
        self.setHtml("".join(head) + body + tail)
