"""A duplicate group side by side: one column per record (the proposed survivor first) and the merged result."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser

from paxdesk.migration.groups import KEEP_ALL, MERGE, Group
from paxdesk.ui.migration import texts

FIELDS = ("legacy_id", "salutation", "title", "first_name", "last_name", "email", "phone", "street", "zip", "city",
          "country", "birth_date", "user")


_T = QCoreApplication


class GroupView(QTextBrowser):
    def show_group(self, group: Group | None) -> None:
        if group is None:
            self.setHtml("")
            return
        preview = group.preview()
        members = group.members
        head = "".join(f"<th>{html.escape(m.legacy_id)}" + (f"<br><small>{html.escape(note)}</small>" if note else "")
                       + "</th>" for m, note in zip(members, _member_notes(group)))
        why, score = _T.translate("GroupView", "Why"), _T.translate("GroupView", "Similarity")
        decision, merged = _T.translate("GroupView", "Decision"), _T.translate("GroupView", "When merged")
        lines = [f"<p><b>{html.escape(why)}:</b> "
                 f"{html.escape(texts.reasons_label(group.reasons()))} · "
                 f"{html.escape(score)} {group.score:.2f} · {html.escape(decision)}: "
                 f"<b>{html.escape(texts.decision_label(group.decision))}</b></p>",
                 "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse' width='100%'>",
                 f"<tr><th></th>{head}<th>{html.escape(merged)}{_not_chosen(group)}</th></tr>"]
        last = [group.newest.get(m.legacy_id, "") for m in members]
        newest = _T.translate("GroupView", "Newest booking")
        lines.append(f"<tr><td>{html.escape(newest)}</td>"
                     + "".join(f"<td>{html.escape(d or '–')}</td>" for d in last) + "<td></td></tr>")
        for name in FIELDS:
            values = [m.values.get(name, "") for m in members]
            differs = len({v for v in values if v}) > 1
            style = " style='background:#ffe8b0'" if differs else ""
            value, source = preview[name]
            origin = f" <small>({html.escape(source)})</small>" if value and len(members) > 1 and name != "legacy_id" \
                else ""
            lines.append(f"<tr{style}><td>{'⚠ ' if differs else ''}{html.escape(texts.field_label(name))}</td>"
                         + "".join(f"<td>{html.escape(v)}</td>" for v in values)
                         + f"<td><b>{html.escape(value)}</b>{origin}</td></tr>")
        lines.append("</table>")
        linked = _T.translate("GroupView", "Linked by")
        weak = _T.translate("GroupView", "weak link: please check that these two are one person")
        lines.append(f"<p><b>{html.escape(linked)}:</b></p><ul>" + "".join(
            f"<li>{html.escape(link.a)} – {html.escape(link.b)}: {link.score:.2f}, "
            f"{html.escape(texts.reasons_label(link.reasons))}"
            + (f" <b style='color:#a15c00'>⚠ {html.escape(weak)}</b>" if link.weak else "") + "</li>"
            for link in group.links) + "</ul>")
        self.setHtml("".join(lines))


def _member_notes(group: Group) -> list[str]:
    """Under each record's number what the decision does with it: the survivor stays, a dropped one is left out."""
    stays, left_out = _T.translate("GroupView", "stays"), _T.translate("GroupView", "left out")
    if group.decision == KEEP_ALL:
        return [""] * len(group.members)
    if group.dropped:
        return [left_out if m.legacy_id == group.dropped else "" for m in group.members]
    return [stays if i == 0 else "" for i in range(len(group.members))]


def _not_chosen(group: Group) -> str:
    """The merged column stays for comparison, marked when the agent decided otherwise."""
    if group.decision is None or group.decision == MERGE:
        return ""
    not_chosen = _T.translate("GroupView", "not chosen")
    return f"<br><small>{html.escape(not_chosen)}</small>"
