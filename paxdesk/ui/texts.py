"""Words for statuses, actions and kinds of difference, in one place (German via the .qm translation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from paxdesk.domain.matching import Difference, Status
from paxdesk.domain.plan import Action


def tr(text: str) -> str:
    return QCoreApplication.translate("texts", text)


# Below, literal QCoreApplication.translate("texts", ...) calls: pyside6-lupdate only finds those.
_T = QCoreApplication


def consultations(count: int) -> str:
    """"1 Beratung", "2 Beratungen": the number with its word in the right form (Qt's plural rules)."""
    return _T.translate("texts", "%n consultation(s)", "", count)


def offers(count: int) -> str:
    return _T.translate("texts", "%n offer(s)", "", count)


def status_label(status: Status) -> str:
    return {
        Status.MATCH: _T.translate("texts", "Match"), Status.MINOR: _T.translate("texts", "Minor difference"), Status.MAJOR: _T.translate("texts", "Major difference"),
        Status.DELETED: _T.translate("texts", "Deleted in MidOffice"), Status.NO_REFERENCE: _T.translate("texts", "No reference"),
        Status.ERROR: _T.translate("texts", "Error"),
    }[status]


def action_label(action: Action) -> str:
    return {Action.CONVERT: _T.translate("texts", "Convert"), Action.LOCAL: _T.translate("texts", "Keep as paxlounge customer"),
            Action.SKIP: _T.translate("texts", "Skip")}[action]


def difference_label(kind: Difference) -> str:
    return {
        Difference.NONE: "", Difference.CASE_ONLY: _T.translate("texts", "only upper/lower case"),
        Difference.SPACING_ONLY: _T.translate("texts", "only spaces or invisible characters"),
        Difference.UMLAUT: _T.translate("texts", "ü/ue spelling"), Difference.ACCENTS: _T.translate("texts", "accents or punctuation"),
        Difference.DIFFERENT: _T.translate("texts", "different"), Difference.MISSING_IN_CRM: _T.translate("texts", "missing in the CRM"),
        Difference.MISSING_IN_MIDOFFICE: _T.translate("texts", "missing in the MidOffice"),
        Difference.SECONDARY_EMAIL: _T.translate("texts", "secondary address in the MidOffice"),
    }[kind]


def field_label(name: str) -> str:
    return {"salutation": _T.translate("texts", "Salutation"), "title": _T.translate("texts", "Title"), "first_name": _T.translate("texts", "First name"),
            "last_name": _T.translate("texts", "Last name"), "email": _T.translate("texts", "E-mail"), "phone": _T.translate("texts", "Phone"), "street": _T.translate("texts", "Street"),
            "zip": _T.translate("texts", "Postcode"), "city": _T.translate("texts", "City"), "country": _T.translate("texts", "Country"),
            "birth_date": _T.translate("texts", "Date of birth")}.get(name, name)


def error_reason(reason: str | None) -> str:
    """Why the MidOffice gave no reliable answer, in words (never the internal tag)."""
    return {
        "transient": _T.translate("texts", "no reliable answer: the MidOffice reported a server error"),
        "timeout": _T.translate("texts", "no reliable answer: the MidOffice did not answer in time"),
        "unreachable": _T.translate("texts", "no reliable answer: the MidOffice could not be reached"),
        "rate_limited": _T.translate("texts", "no reliable answer: the MidOffice asked to slow down"),
        "protocol": _T.translate("texts", "no reliable answer: the MidOffice sent unreadable data"),
    }.get(reason or "", _T.translate("texts", "no reliable answer from the MidOffice"))


def day_text(value) -> str:
    """A date (or the day of a datetime) as the UI language writes it: 06.12.2026, or 2026-12-06 in English."""
    return date_label(value.strftime("%Y-%m-%d"))


def moment_text(value) -> str:
    """A datetime as the UI language writes it, to the minute."""
    return f"{day_text(value)} {value.strftime('%H:%M')}"


def date_label(value: str | None) -> str:
    """An ISO date (YYYY-MM-DD) as the UI language writes it: TT.MM.JJJJ in German; anything else as it is."""
    text = (value or "").strip()
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and (text[:4] + text[5:7] + text[8:]).isdigit():
        return _T.translate("texts", "{y}-{m}-{d}").replace("{y}", text[:4]).replace("{m}", text[5:7]).replace(
            "{d}", text[8:])
    return value or ""


def error_text(exc: BaseException) -> str:
    """One calm sentence for an error the agent sees; never a traceback, never a token."""
    from paxdesk import errors
    if isinstance(exc, errors.AuthError):
        return _T.translate("texts", "The MidOffice no longer accepts the token. Please check 'Parameter 1' and run the check again.")
    if isinstance(exc, errors.ScopeError):
        return _T.translate("texts", "The token lacks a permission for this step.")
    if isinstance(exc, errors.Unreachable):
        return _T.translate("texts", "The MidOffice cannot be reached. Please check the internet connection and try again.")
    if isinstance(exc, errors.SessionsActive):
        return _T.translate("texts", "Meanwhile a colleague has logged in. Please ask them to log out, or tick "
                                     "'Continue anyway'.")
    if isinstance(exc, errors.LockHeld):
        return _T.translate("texts", "Another conversion is running on this CRM. Please wait until it has finished.")
    if isinstance(exc, errors.TokenFormatError):
        return {"empty": _T.translate("texts", "Please paste the token first."),
                "too_long": _T.translate("texts", "This is longer than a token can be. Please copy only "
                                                  "'Parameter 1' and paste it again."),
                "whitespace": _T.translate("texts", "The token contains spaces or line breaks. Please copy "
                                                    "'Parameter 1' again and paste it.")}[exc.reason]
    if isinstance(exc, errors.AddressRefused):
        if exc.problem == "plain_http":
            return _T.translate("texts", "paxdesk does not send the token to {0} without encryption. The MidOffice "
                                         "address must start with https://.").replace("{0}", exc.origin or "")
        if exc.problem == "userinfo":
            return _T.translate("texts", "The MidOffice address must not contain a user name or password.")
        return _T.translate("texts", "The MidOffice address is not valid. It looks like "
                                     "https://api.example.de/v2.")
    if isinstance(exc, errors.AddressNotConfirmed):
        return _T.translate("texts", "The CRM database names {0} as the MidOffice address, but the saved token "
                                     "belongs to {1}. Please confirm the address on the page 'MidOffice and "
                                     "token'.").replace("{0}", exc.target).replace("{1}", exc.bound)
    if isinstance(exc, errors.CredentialError):
        return _T.translate("texts", "The access check has not passed yet. Please run it again (step 4).")
    if isinstance(exc, errors.ImportStillRunning):
        return _T.translate("texts", "myJack is still importing; paxdesk stopped waiting, the import goes on in "
                                     "myJack. Upload again later: paxdesk then follows this import and sends "
                                     "nothing twice.")
    if isinstance(exc, errors.MidOfficeError):
        return _T.translate("texts", "The MidOffice answered with an error. Please try again in a few minutes.")
    if isinstance(exc, errors.StoreError):
        return _T.translate("texts", "The CRM database could not be used. Nothing was changed; please try again "
                                     "or ask your IT service provider.")
    if isinstance(exc, errors.PaxdeskError):
        return _T.translate("texts", "This did not work; nothing was changed. (Detail for IT: {0})").replace(
            "{0}", str(exc))
    return _T.translate("texts", "Something unexpected went wrong ({0}). Nothing was lost; please try again.").replace(
        "{0}", exc.__class__.__name__)
