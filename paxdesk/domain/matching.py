"""Classification of a v1 copy against its live MidOffice record (CONTRACT §4.2).

``classify`` returns the status and the differing fields; ``explain`` says, per
field, what kind of difference it is, as a code the UI turns into words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from paxdesk.domain.normalize import email_key, n1, n2

COMPARED = ("first_name", "last_name", "email")


class Status(StrEnum):
    MATCH = "match"
    MINOR = "minor"
    MAJOR = "major"
    DELETED = "deleted"
    NO_REFERENCE = "no_reference"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Person:
    """The three compared values of either side; ``other_emails`` only on the MidOffice side."""

    first_name: str | None
    last_name: str | None
    email: str | None
    other_emails: tuple[str, ...] = ()


@dataclass(frozen=True)
class Classification:
    status: Status
    differences: tuple[str, ...]  # field names that differ under N1 (e-mail: under the e-mail key)


def _email_is_minor(crm: Person, live: Person) -> bool:
    ours, theirs = email_key(crm.email), email_key(live.email)
    if ours == theirs:
        return True
    if bool(ours) != bool(theirs):  # empty on exactly one side
        return True
    return ours in {email_key(other) for other in live.other_emails}


def classify(crm: Person, live: Person) -> Classification:
    differences = tuple(name for name, same in (
        ("first_name", n1(crm.first_name) == n1(live.first_name)),
        ("last_name", n1(crm.last_name) == n1(live.last_name)),
        ("email", email_key(crm.email) == email_key(live.email)),
    ) if not same)
    if not differences:
        return Classification(Status.MATCH, ())
    names_close = n2(crm.first_name) == n2(live.first_name) and n2(crm.last_name) == n2(live.last_name)
    if names_close and _email_is_minor(crm, live):
        return Classification(Status.MINOR, differences)
    return Classification(Status.MAJOR, differences)


class Difference(StrEnum):
    """What kind of difference a field shows, from the agent's point of view."""

    NONE = "none"                    # identical as stored
    CASE_ONLY = "case_only"          # only upper/lower case
    SPACING_ONLY = "spacing_only"    # spaces, invisible characters, Unicode forms
    UMLAUT = "umlaut"                # ü/ue, ß/ss spellings
    ACCENTS = "accents"              # accents, hyphens, apostrophes, dots
    DIFFERENT = "different"          # really another value
    MISSING_IN_CRM = "missing_in_crm"
    MISSING_IN_MIDOFFICE = "missing_in_midoffice"
    SECONDARY_EMAIL = "secondary_email"  # the CRM has one of the MidOffice's other addresses


def explain(field: str, crm: Person, live: Person) -> Difference:
    ours, theirs = getattr(crm, field) or "", getattr(live, field) or ""
    if ours == theirs:
        return Difference.NONE
    if field == "email":
        if email_key(ours) == email_key(theirs):
            return Difference.CASE_ONLY if ours.casefold() == theirs.casefold() else Difference.SPACING_ONLY
        if not n1(ours):
            return Difference.MISSING_IN_CRM
        if not n1(theirs):
            return Difference.MISSING_IN_MIDOFFICE
        if email_key(ours) in {email_key(o) for o in live.other_emails}:
            return Difference.SECONDARY_EMAIL
        return Difference.DIFFERENT
    if ours.casefold() == theirs.casefold():
        return Difference.CASE_ONLY
    if n1(ours) == n1(theirs):
        return Difference.SPACING_ONLY
    if not n1(ours):
        return Difference.MISSING_IN_CRM
    if not n1(theirs):
        return Difference.MISSING_IN_MIDOFFICE
    if n2(ours) == n2(theirs):
        umlauts = set("äöüß")
        if umlauts & set(n1(ours) + n1(theirs)):
            return Difference.UMLAUT
        return Difference.ACCENTS
    return Difference.DIFFERENT
