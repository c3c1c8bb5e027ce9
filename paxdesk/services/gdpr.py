"""The GDPR follow-up (CONTRACT §4.4) for customers the MidOffice deleted and the CRM kept as local."""

from __future__ import annotations

from sqlalchemy import Engine, update

from paxdesk.crm import models as m
from paxdesk.crm import repository as repo
from paxdesk.crm.uow import UnitOfWork
from paxdesk.errors import InputError


def list_for_review(engine: Engine) -> list[dict]:
    return repo.gdpr_customers(engine)


def _require_under_review(uow: UnitOfWork, customer_id: str) -> None:
    customer = uow.session.get(m.Customer, customer_id)
    if customer is None or not customer.gdpr_review:
        raise InputError(f"customer {customer_id} is not awaiting a GDPR review")


def keep(engine: Engine, customer_id: str, reason: str) -> None:
    """Keep the customer: the review flag is cleared and the reason recorded in the audit trail."""
    if not reason.strip():
        raise InputError("a reason is required to keep a customer")
    with UnitOfWork(engine) as uow:
        _require_under_review(uow, customer_id)
        uow.session.execute(update(m.Customer).where(m.Customer.id == customer_id).values(gdpr_review=False))
        repo.audit(uow.session.connection(), None, customer_id, "gdpr_keep", reason=reason.strip())
        uow.commit()


def delete(engine: Engine, customer_id: str) -> tuple[int, int]:
    """Delete the customer with its consultations and offers. Returns how many of each went."""
    with UnitOfWork(engine) as uow:
        _require_under_review(uow, customer_id)
        conn = uow.session.connection()
        consultations, offers = repo.delete_customer(conn, customer_id)
        repo.audit(conn, None, customer_id, "gdpr_delete", consultations=consultations, offers=offers)
        uow.commit()
    return consultations, offers


def anonymize(engine: Engine, customer_id: str) -> None:
    """Irreversibly replace the personal data; consultations and offers stay, their free texts emptied."""
    with UnitOfWork(engine) as uow:
        _require_under_review(uow, customer_id)
        conn = uow.session.connection()
        repo.anonymize_customer(conn, customer_id)
        repo.audit(conn, None, customer_id, "gdpr_anonymize")
        uow.commit()
