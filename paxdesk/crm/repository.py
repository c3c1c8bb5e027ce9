"""The CRM operations the conversion and the GDPR follow-up need, inside a caller's unit of work.

Every function here changes one customer (and what hangs on it) and leaves
committing to the caller, so a batch of customers is one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from paxdesk.crm import models as m

ANONYMIZED = "Anonymisiert"


@dataclass(frozen=True)
class CopyRow:
    """A v1 copy as the matching run sees it."""

    id: str
    midoffice_id: str | None
    first_name: str | None
    last_name: str | None
    email: str | None


def load_copies(engine: Engine, midoffice: str) -> tuple[list[CopyRow], set[str]]:
    """The v1 copies of this MidOffice, and the customer numbers that already have a v2 reference."""
    with engine.connect() as conn:
        copies = [CopyRow(*row) for row in conn.execute(
            select(m.Customer.id, m.Customer.midoffice_id, m.Customer.first_name, m.Customer.last_name,
                   m.Customer.email)
            .where(m.Customer.kind == "v1", m.Customer.midoffice == midoffice).order_by(m.Customer.id))]
        referenced = {(n or "").strip() for n in conn.scalars(
            select(m.Customer.midoffice_id).where(m.Customer.kind == "v2", m.Customer.midoffice == midoffice))}
    return copies, referenced


def load_customer(engine: Engine, customer_id: str) -> dict | None:
    """Every stored field of one customer (for the side-by-side comparison)."""
    with engine.connect() as conn:
        row = conn.execute(select(m.Customer).where(m.Customer.id == customer_id)).mappings().first()
    return dict(row) if row else None


def child_counts(engine: Engine, customer_ids: list[str]) -> dict[str, tuple[int, int]]:
    """(consultations, offers) per customer."""
    counts = {cid: [0, 0] for cid in customer_ids}
    with engine.connect() as conn:
        for index, model in enumerate((m.Consultation, m.Offer)):
            for cid, n in conn.execute(select(model.customer_id, func.count()).where(
                    model.customer_id.in_(customer_ids)).group_by(model.customer_id)):
                counts[cid][index] = n
    return {cid: (a, b) for cid, (a, b) in counts.items()}


def now_text() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def audit(session: Session, run_id: str | None, customer_id: str, action: str, **detail) -> None:
    """An audit entry: ids, counts and field names only — never a personal value."""
    session.add(m.AuditEntry(at=now_text(), run_id=run_id, customer_id=customer_id, action=action,
                             detail=json.dumps(detail, sort_keys=True) if detail else None))


def _move_children(session: Session, source: str, target: str) -> tuple[int, int]:
    moved = []
    for model in (m.Consultation, m.Offer):
        result = session.execute(update(model).where(model.customer_id == source).values(customer_id=target))
        moved.append(result.rowcount or 0)
    return moved[0], moved[1]


def _personal_fields_cleared() -> dict:
    return {name: None for name in m.PERSONAL_FIELDS}


def convert_copy(session: Session, copy_id: str, number: str, midoffice: str) -> dict:
    """Make ``number`` have exactly one v2 reference holding the copy's consultations and offers.

    An existing reference is kept (the one with the smallest id if there are
    several; the others are merged into it). Without one, the copy itself
    becomes the reference, its personal data emptied.
    """
    refs = list(session.scalars(select(m.Customer).where(
        m.Customer.kind == "v2", m.Customer.midoffice == midoffice,
        func.trim(m.Customer.midoffice_id) == number).order_by(m.Customer.id)))
    detail = {"consultations_moved": 0, "offers_moved": 0, "references_merged": 0}
    if not refs:
        session.execute(update(m.Customer).where(m.Customer.id == copy_id).values(
            kind="v2", midoffice=midoffice, midoffice_id=number, gdpr_review=False, anonymized=False,
            **_personal_fields_cleared()))
        detail["into"] = copy_id
        return detail
    target = refs[0]
    for extra in refs[1:]:
        c, o = _move_children(session, extra.id, target.id)
        detail["consultations_moved"] += c
        detail["offers_moved"] += o
        detail["references_merged"] += 1
        session.execute(delete(m.Customer).where(m.Customer.id == extra.id))
    c, o = _move_children(session, copy_id, target.id)
    detail["consultations_moved"] += c
    detail["offers_moved"] += o
    session.execute(delete(m.Customer).where(m.Customer.id == copy_id))
    detail["into"] = target.id
    return detail


def make_local(session: Session, copy_id: str, gdpr_review: bool) -> None:
    """Keep the copy's data as a local customer (no MidOffice reference); deleted ones await GDPR review."""
    values = {"kind": "local", "midoffice": None, "midoffice_id": None}
    if gdpr_review:
        values["gdpr_review"] = True
    session.execute(update(m.Customer).where(m.Customer.id == copy_id).values(**values))


def copy_state(session: Session, copy_id: str) -> tuple[str, str | None, str | None] | None:
    """(kind, midoffice, stripped number) of a customer now, inside the transaction that changes it."""
    row = session.execute(select(m.Customer.kind, m.Customer.midoffice, m.Customer.midoffice_id)
                          .where(m.Customer.id == copy_id)).first()
    if row is None:
        return None
    return row.kind, row.midoffice, (row.midoffice_id or "").strip() or None


def gdpr_customers(engine: Engine) -> list[dict]:
    """Customers kept as local because the MidOffice deleted them, awaiting the GDPR review."""
    with engine.connect() as conn:
        return [dict(row) for row in conn.execute(select(m.Customer.__table__).where(
            m.Customer.gdpr_review.is_(True)).order_by(m.Customer.id)).mappings()]


def delete_customer(session: Session, customer_id: str) -> tuple[int, int]:
    counts = []
    for model in (m.Consultation, m.Offer):
        counts.append(session.execute(delete(model).where(model.customer_id == customer_id)).rowcount or 0)
    session.execute(delete(m.Customer).where(m.Customer.id == customer_id))
    return counts[0], counts[1]


def anonymize_customer(session: Session, customer_id: str) -> None:
    """Irreversible: names become "Anonymisiert", everything else personal is emptied, free texts too."""
    values = _personal_fields_cleared()
    values.update(first_name=ANONYMIZED, last_name=ANONYMIZED, anonymized=True, gdpr_review=False)
    session.execute(update(m.Customer).where(m.Customer.id == customer_id).values(**values))
    session.execute(update(m.Consultation).where(m.Consultation.customer_id == customer_id).values(subject=None))
    session.execute(update(m.Offer).where(m.Offer.customer_id == customer_id).values(title=None))
