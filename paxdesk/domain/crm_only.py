"""Data only the CRM copy has (CONTRACT §4.3 ``crm_only``): what converting the copy would drop.

A field counts when the copy has a value (non-empty under N1) and the live
MidOffice record has none. A different live value is a difference, not a loss.
The e-mail counts only when the live record has no address at all: a record
with only secondary addresses still has an e-mail (see docs/decisions.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from paxdesk.domain.normalize import n1

PERSONAL_FIELDS = ("salutation", "title", "first_name", "last_name", "email", "phone", "street", "zip", "city",
                   "country", "birth_date")


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonalFields:
    """The personal fields (CONTRACT §2) once, for a CRM copy and a MidOffice customer alike; keyword-only, so each
    record keeps its own key (id, number) first."""

    salutation: str | None = None
    title: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    street: str | None = None
    zip: str | None = None
    city: str | None = None
    country: str | None = None
    birth_date: str | None = None


def has_value(value: str | None) -> bool:
    """Non-empty under N1 (whitespace-only and invisible characters count as empty); fast for plain text."""
    if not value:
        return False
    stripped = value.strip()
    if stripped[:1].isalnum():
        return True
    return bool(n1(value))


def fields_of(record) -> dict[str, str | None]:
    """The personal fields of a record object (the records have slots, no ``__dict__`` for ``vars``)."""
    return {name: getattr(record, name, None) for name in PERSONAL_FIELDS}


def crm_only(crm: Mapping[str, str | None], live: Mapping[str, str | None],
             live_other_emails: Sequence[str] = ()) -> tuple[str, ...]:
    """The §2 personal fields with a value in ``crm`` and none in ``live``, in the §2 order."""
    lost = []
    for name in PERSONAL_FIELDS:
        if not has_value(crm.get(name)) or has_value(live.get(name)):
            continue
        if name == "email" and any(has_value(other) for other in live_other_emails):
            continue
        lost.append(name)
    return tuple(lost)
