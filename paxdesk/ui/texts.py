"""Words for statuses, actions and kinds of difference, in one place (German via the .qm translation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from paxdesk.domain.matching import Difference, Status
from paxdesk.domain.plan import Action


def tr(text: str) -> str:
    return QCoreApplication.translate("texts", text)


def status_label(status: Status) -> str:
    return {
        Status.MATCH: tr("Match"), Status.MINOR: tr("Minor difference"), Status.MAJOR: tr("Major difference"),
        Status.DELETED: tr("Deleted in MidOffice"), Status.NO_REFERENCE: tr("No reference"),
        Status.ERROR: tr("Error"),
    }[status]


def action_label(action: Action) -> str:
    return {Action.CONVERT: tr("Convert"), Action.LOCAL: tr("Keep as paxlounge customer"),
            Action.SKIP: tr("Skip")}[action]


def difference_label(kind: Difference) -> str:
    return {
        Difference.NONE: "", Difference.CASE_ONLY: tr("only upper/lower case"),
        Difference.SPACING_ONLY: tr("only spaces or invisible characters"),
        Difference.UMLAUT: tr("ü/ue spelling"), Difference.ACCENTS: tr("accents or punctuation"),
        Difference.DIFFERENT: tr("different"), Difference.MISSING_IN_CRM: tr("missing in the CRM"),
        Difference.MISSING_IN_MIDOFFICE: tr("missing in the MidOffice"),
        Difference.SECONDARY_EMAIL: tr("secondary address in the MidOffice"),
    }[kind]


def field_label(name: str) -> str:
    return {"salutation": tr("Salutation"), "title": tr("Title"), "first_name": tr("First name"),
            "last_name": tr("Last name"), "email": tr("E-mail"), "phone": tr("Phone"), "street": tr("Street"),
            "zip": tr("Postcode"), "city": tr("City"), "country": tr("Country"),
            "birth_date": tr("Date of birth")}.get(name, name)


def error_text(exc: BaseException) -> str:
    """One calm sentence for an error the agent sees; never a traceback, never a token."""
    from paxdesk import errors
    if isinstance(exc, errors.AuthError):
        return tr("The MidOffice no longer accepts the token. Please check 'Parameter 1' and run the check again.")
    if isinstance(exc, errors.ScopeError):
        return tr("The token lacks a permission for this step.")
    if isinstance(exc, errors.Unreachable):
        return tr("The MidOffice cannot be reached. Please check the internet connection and try again.")
    if isinstance(exc, errors.LockHeld):
        return tr("Another conversion is running on this CRM. Please wait until it has finished.")
    if isinstance(exc, errors.PaxdeskError):
        return str(exc)
    return tr("Something unexpected went wrong ({0}). Nothing was lost; please try again.").replace(
        "{0}", exc.__class__.__name__)
