"""The GDPR follow-up (CONTRACT §4.4) for customers the MidOffice deleted and the CRM kept as local.

``GdprReview`` is the one service behind the wizard's DSGVO page and ``paxdesk gdpr``:
list, keep (with a reason), delete (with consultations and offers), anonymize.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


from paxdesk.crm import models as m
from paxdesk.crm import gdpr_repository as gdpr_repo
from paxdesk.crm import repository as repo
from paxdesk.crm.db import Engine, close_crm, open_crm
from paxdesk.crm.scrub import scrub_removed_values
from paxdesk.crm.uow import UnitOfWork
from paxdesk.domain.normalize import n1
from paxdesk.errors import InputError

STATUSES = ("open", "kept", "deleted", "anonymized")
_STATUS_OF_ACTION = {"gdpr_keep": "kept", "gdpr_delete": "deleted", "gdpr_anonymize": "anonymized"}


@dataclass
class GdprEntry:
    """One customer of the review as the decision list shows it: its data and where the decision stands."""

    customer: dict           # stored fields (only ``id`` once deleted), ``consultations``, ``offers``
    status: str = "open"     # open, kept, deleted, anonymized
    reason: str | None = None

    @property
    def id(self) -> str:
        return self.customer["id"]


@dataclass(frozen=True)
class GdprChange:
    """What one GDPR decision changed in the CRM, returned by every action (as Anki's operations return
    ``OpChanges``): the decision list redraws the customer from it instead of guessing."""

    customer_id: str
    status: str                                 # the customer's status now: open, kept, deleted, anonymized
    reason: str | None = None                   # keep: the reason recorded
    stored: dict[str, str | None] | None = None  # anonymize: what the personal fields hold now
    consultations: int = 0                      # delete: how many went with the customer
    offers: int = 0


def decided(entry: GdprEntry, change: GdprChange) -> GdprEntry:
    """The entry as the CRM holds it after ``change`` — the one place that says what a decision changed: a
    delete or anonymize unlinks the customer from the MidOffice (its former number is gone), an anonymize
    leaves what it stored in the personal fields."""
    customer = dict(entry.customer)
    if change.status in ("deleted", "anonymized"):
        customer["former_midoffice_id"] = None
    if change.status == "anonymized":
        customer.update(change.stored or {})
    return GdprEntry(customer, change.status, change.reason)


def count_statuses(entries: list[GdprEntry]) -> dict[str, int]:
    counts = Counter(e.status for e in entries)
    return {status: counts.get(status, 0) for status in STATUSES}


def confirms_last_name(customer: dict, typed: str | None) -> bool:
    """The anonymize confirmation: the typed text is the customer's last name (or, without one, the number)."""
    expected = customer.get("last_name") or customer["id"]
    return bool(typed and typed.strip()) and n1(typed) == n1(expected)


class GdprReview:
    def __init__(self, engine: Engine):
        self.engine = engine

    def customers(self) -> list[dict]:
        """Every customer awaiting the review: stored fields, ``since``, ``consultations``, ``offers``."""
        return gdpr_repo.gdpr_customers(self.engine)

    def worklist(self) -> list[GdprEntry]:
        """The decision list: customers still open, then those decided since the latest conversion began."""
        entries = [GdprEntry(c) for c in self.customers()]
        open_ids = {e.id for e in entries}
        for decided in gdpr_repo.gdpr_decided(self.engine):
            if decided["id"] in open_ids:
                continue
            status = _STATUS_OF_ACTION[decided.pop("action")]
            entries.append(GdprEntry(decided, status, decided["detail"].get("reason")))
        return entries

    def customer(self, customer_id: str) -> dict:
        """One customer awaiting the review (InputError if there is none with this id)."""
        for customer in self.customers():
            if customer["id"] == customer_id:
                return customer
        raise InputError(f"customer {customer_id} is not awaiting a GDPR review")

    def keep(self, customer_id: str, reason: str) -> GdprChange:
        """Keep the customer: the review flag is cleared and the reason recorded in the audit trail."""
        if not reason or not reason.strip():
            raise InputError("a reason is required to keep a customer")
        with UnitOfWork(self.engine) as uow:
            _require_under_review(uow, customer_id)
            conn = uow.session.connection()
            gdpr_repo.set_under_review(conn, customer_id, False)
            repo.audit(conn, None, customer_id, "gdpr_keep", reason=reason.strip())
            uow.commit()
        return GdprChange(customer_id, "kept", reason.strip())

    def undo_keep(self, customer_id: str) -> GdprChange:
        """Take back a keep: the customer is under review again (keeping destroys nothing, so it may be
        changed; a delete or anonymize cannot be). The audit trail records both the keep and its undoing."""
        with UnitOfWork(self.engine) as uow:
            customer = uow.session.get(m.Customer, customer_id)
            conn = uow.session.connection()
            if customer is None or customer.gdpr_review or gdpr_repo.latest_gdpr_action(conn, customer_id) != "gdpr_keep":
                raise InputError(f"customer {customer_id} has no GDPR keep decision to take back")
            gdpr_repo.set_under_review(conn, customer_id, True)
            repo.audit(conn, None, customer_id, gdpr_repo.KEEP_UNDONE)
            uow.commit()
        return GdprChange(customer_id, "open")

    def delete(self, customer_id: str) -> GdprChange:
        """Delete the customer with its consultations and offers (the change says how many of each went)."""
        with UnitOfWork(self.engine) as uow:
            _require_under_review(uow, customer_id)
            conn = uow.session.connection()
            consultations, offers = gdpr_repo.delete_customer(conn, customer_id)
            gdpr_repo.unlink_from_midoffice(conn, customer_id)
            repo.audit(conn, None, customer_id, "gdpr_delete", consultations=consultations, offers=offers)
            uow.commit()
        scrub_removed_values(self.engine)  # at once: the wizard keeps its CRM open for hours
        return GdprChange(customer_id, "deleted", consultations=consultations, offers=offers)

    def anonymize(self, customer_id: str) -> GdprChange:
        """Irreversibly replace the personal data; consultations and offers stay, their free texts emptied.
        The change holds the personal fields as the CRM now stores them (the list shows exactly that)."""
        with UnitOfWork(self.engine) as uow:
            _require_under_review(uow, customer_id)
            conn = uow.session.connection()
            stored = gdpr_repo.anonymize_customer(conn, customer_id)
            gdpr_repo.unlink_from_midoffice(conn, customer_id)
            repo.audit(conn, None, customer_id, "gdpr_anonymize")
            uow.commit()
        scrub_removed_values(self.engine)
        return GdprChange(customer_id, "anonymized", stored=stored)


@contextmanager
def open_review(db_url: str) -> Iterator[GdprReview]:
    """The review on the CRM at ``db_url``, closed (and checkpointed) afterwards: for ``paxdesk gdpr``."""
    engine = open_crm(db_url)
    try:
        yield GdprReview(engine)
    finally:
        close_crm(engine)


def _require_under_review(uow: UnitOfWork, customer_id: str) -> None:
    customer = uow.session.get(m.Customer, customer_id)
    if customer is None or not customer.gdpr_review:
        raise InputError(f"customer {customer_id} is not awaiting a GDPR review")
