"""The question before "Convert/Skip all in this view": what changes (per class), what is left alone and why.

Words only (the rules are the gate's: services/review/gate.sort_bulk): the count in correct singular or
plural, the search that narrows the view named, a Yes button that says what it
does. The strings keep the review page's translation context ("ReviewPage").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from paxdesk.domain.plan import Action
from paxdesk.ui import texts
from paxdesk.services.review.gate import Verdict

_T = QCoreApplication  # literal _T.translate("ReviewPage", ...) calls: pyside6-lupdate only finds those


def _left_alone(kind: str, count: int, verb: str) -> str:
    """Why a bulk action leaves ``count`` rows alone, with the number in the right singular or plural."""
    if kind == "major":
        return _T.translate("ReviewPage", "%n major difference(s) – to decide one by one", "", count)
    if kind == "decided":
        return _T.translate("ReviewPage", "%n already decided", "", count)
    if kind == "unchanged":
        return _T.translate("ReviewPage", "%n already \"{0}\"", "", count).replace("{0}", verb)
    return _T.translate("ReviewPage", "%n not possible for their class", "", count)


def left_alone(plan: Verdict) -> str:
    verb = texts.action_label(plan.action)
    return ", ".join(_left_alone(kind, n, verb) for kind, n in plan.left_alone.items())


def nothing_to_change(plan: Verdict) -> str:
    """The status line when the view holds nothing the action would change."""
    return _T.translate("ReviewPage", "Nothing to change in this view ({0}).").replace("{0}", left_alone(plan) or "–")


def bulk_question(plan: Verdict, search: str) -> tuple[str, str]:
    """The confirmation's text and its Yes button, for a plan with rows to change."""
    verb, count = texts.action_label(plan.action), len(plan.changed)
    changes = ", ".join(f"{texts.status_label(s)}: {n}" for s, n in sorted(plan.changes.items()))
    if search:  # the view is narrower than the tab: say by what
        text = _T.translate("ReviewPage", "\"{0}\" for %n customer(s) in this view (search \"{1}\"; {2})?", "", count)
    else:
        text = _T.translate("ReviewPage", "\"{0}\" for %n customer(s) in this view ({2})?", "", count)
    text = text.replace("{0}", verb).replace("{2}", changes).replace("{1}", search)
    if plan.losing_crm_only:
        text += "\n\n" + _T.translate("ReviewPage", "%n of them have data only in the CRM, which converting drops "
                                      "(tab \"Only in the CRM\").", "", plan.losing_crm_only)
    left = left_alone(plan)
    if left:
        text += "\n\n" + _T.translate("ReviewPage", "Left alone: {0}.").replace("{0}", left)
    if plan.action == Action.CONVERT:
        yes = _T.translate("ReviewPage", "Convert %n", "", count)
    else:
        yes = _T.translate("ReviewPage", "Skip %n", "", count)
    return text, yes
