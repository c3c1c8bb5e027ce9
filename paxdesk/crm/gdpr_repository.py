"""The CRM operations of the GDPR follow-up (CONTRACT §4.4): the customers awaiting review, the decisions taken,
and what delete and anonymize change — inside the caller's unit of work where given a connection."""

from __future__ import annotations

import json

from sqlalchemy import Connection, Engine, delete, func, select, update

from paxdesk.crm import models as m
from paxdesk.crm.bulk import in_chunks
from paxdesk.crm.repository import child_counts_in
from paxdesk.domain.plan import Outcome

ANONYMIZED = "Anonymisiert"
_customers = m.Customer.__table__
_children = (m.Consultation.__table__, m.Offer.__table__)


def former_numbers(conn: Connection, customer_ids: list[str]) -> dict[str, str]:
    """The MidOffice number each customer had when a conversion kept it as local, from the run journal
    (gone once a GDPR delete or anonymize unlinked it: ``unlink_from_midoffice``)."""
    found: dict[str, str] = {}
    for chunk in in_chunks(customer_ids):
        for cid, number in conn.execute(select(m.RunItem.customer_id, func.max(m.RunItem.midoffice_id))
                                        .where(m.RunItem.customer_id.in_(chunk),
                                               m.RunItem.outcome == Outcome.CONVERTED_LOCAL,
                                               m.RunItem.midoffice_id.is_not(None))
                                        .group_by(m.RunItem.customer_id)):
            found[cid] = number
    return found


def gdpr_customers(engine: Engine) -> list[dict]:
    """Customers kept as local because the MidOffice deleted them, awaiting the GDPR review.

    Each with ``since`` (when the conversion kept them, from the run journal; None for customers that
    arrived flagged in an exchange file), ``former_midoffice_id`` (the number it had, from the journal;
    None without one) and ``consultations`` / ``offers`` counts.
    """
    kept = (select(m.RunItem.customer_id, func.max(m.ConversionRun.started_at).label("since"))
            .join(m.ConversionRun, m.ConversionRun.id == m.RunItem.run_id)
            .where(m.RunItem.outcome == Outcome.CONVERTED_LOCAL).group_by(m.RunItem.customer_id).subquery())
    query = (select(_customers, kept.c.since).outerjoin(kept, kept.c.customer_id == _customers.c.id)
             .where(_customers.c.gdpr_review.is_(True)).order_by(_customers.c.id))
    with engine.connect() as conn:
        customers = [dict(row) for row in conn.execute(query).mappings()]
        counts = child_counts_in(conn, [c["id"] for c in customers])
        numbers = former_numbers(conn, [c["id"] for c in customers])
    for customer in customers:
        customer["consultations"], customer["offers"] = counts[customer["id"]]
        customer["former_midoffice_id"] = numbers.get(customer["id"])
    return customers


def unlink_from_midoffice(conn: Connection, customer_id: str) -> None:
    """GDPR: the journal keeps the customer's audit (run, status, action, outcome) without its MidOffice number."""
    conn.execute(update(m.RunItem.__table__).where(m.RunItem.customer_id == customer_id).values(midoffice_id=None))
    conn.execute(delete(m.Decision.__table__).where(m.Decision.customer_id == customer_id))


def delete_customer(conn: Connection, customer_id: str) -> tuple[int, int]:
    """The customer and its consultations and offers; returns how many of each went."""
    counts = [conn.execute(delete(t).where(t.c.customer_id == customer_id)).rowcount or 0 for t in _children]
    conn.execute(delete(_customers).where(_customers.c.id == customer_id))
    return counts[0], counts[1]


ANONYMIZED_FIELDS = {**{name: None for name in m.PERSONAL_FIELDS}, "first_name": ANONYMIZED, "last_name": ANONYMIZED}


def anonymize_customer(conn: Connection, customer_id: str) -> dict[str, str | None]:
    """Irreversible: names become "Anonymisiert", everything else personal is emptied, free texts too.
    Returns the personal fields as they are now stored (what a list shows afterwards)."""
    conn.execute(update(_customers).where(_customers.c.id == customer_id).values(
        **ANONYMIZED_FIELDS, anonymized=True, gdpr_review=False))
    consultations, offers = _children
    conn.execute(update(consultations).where(consultations.c.customer_id == customer_id).values(subject=None))
    conn.execute(update(offers).where(offers.c.customer_id == customer_id).values(title=None))
    return dict(ANONYMIZED_FIELDS)


GDPR_ACTIONS = ("gdpr_keep", "gdpr_delete", "gdpr_anonymize")
KEEP_UNDONE = "gdpr_keep_undone"  # audited, not a decision: the customer is back under review


def latest_gdpr_action(conn: Connection, customer_id: str) -> str | None:
    """The customer's latest GDPR audit action (a decision or the undoing of a keep), None without one."""
    audits = m.AuditEntry.__table__
    return conn.scalar(select(audits.c.action).where(audits.c.customer_id == customer_id,
                                                     audits.c.action.in_((*GDPR_ACTIONS, KEEP_UNDONE)))
                       .order_by(audits.c.id.desc()).limit(1))


def gdpr_decided(engine: Engine) -> list[dict]:
    """The GDPR decisions made since the latest conversion run began (all, if there was none), latest first.

    Each with the audit's ``action``, ``at`` and ``detail`` (reason, counts), the customer's stored fields where
    the customer still exists (a deleted one has only its id), ``former_midoffice_id`` (kept ones only: the
    others were unlinked) and ``consultations`` / ``offers`` counts.
    """
    audits = m.AuditEntry.__table__
    query = (select(audits.c.customer_id, audits.c.action, audits.c.at, audits.c.detail, _customers)
             .outerjoin(_customers, _customers.c.id == audits.c.customer_id)
             .where(audits.c.action.in_(GDPR_ACTIONS)).order_by(audits.c.id.desc()))
    with engine.connect() as conn:
        since = conn.scalar(select(func.max(m.ConversionRun.started_at)))
        if since:
            query = query.where(audits.c.at >= since)
        latest: dict[str, dict] = {}
        for row in conn.execute(query).mappings():
            entry = dict(row)
            entry["id"] = entry.pop("customer_id")
            entry["detail"] = json.loads(entry["detail"]) if entry["detail"] else {}
            latest.setdefault(entry["id"], entry)
        counts = child_counts_in(conn, list(latest))
        numbers = former_numbers(conn, list(latest))
    for entry in latest.values():
        entry["consultations"], entry["offers"] = counts.get(entry["id"], (0, 0))
        entry["former_midoffice_id"] = numbers.get(entry["id"])
        if entry["action"] == "gdpr_delete":  # what went with the customer, from the audit entry
            entry["consultations"] = entry["detail"].get("consultations", 0)
            entry["offers"] = entry["detail"].get("offers", 0)
    return list(latest.values())


def set_under_review(conn: Connection, customer_id: str, under_review: bool) -> None:
    """The review flag: cleared by a keep, set again when the keep is taken back."""
    conn.execute(update(_customers).where(_customers.c.id == customer_id).values(gdpr_review=under_review))
