"""The CRM schema. Table and column names are paxdesk's own; CONTRACT §2 fixes only the exchange file.

Personal fields live only on ``customers``. The journal (``conversion_runs``,
``run_items``) and the ``audit_log`` never hold personal values: ids, statuses,
field *names* and actions only.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, false, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from paxdesk.domain import crm_only

PERSONAL_FIELDS = crm_only.PERSONAL_FIELDS  # one list, the domain's; the columns below follow it


class Base(DeclarativeBase):
    pass


class Agency(Base):
    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    midoffice: Mapped[str | None] = mapped_column(String(16))
    base_url: Mapped[str | None] = mapped_column(Text)  # never the token


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(Text, primary_key=True)
    abbreviation: Mapped[str] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)


class Session(Base):
    """A colleague logged in to the CRM. ``last_seen`` is kept as the ISO 8601 text it came with."""

    __tablename__ = "sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    host: Mapped[str | None] = mapped_column(Text)
    last_seen: Mapped[str] = mapped_column(String(64))


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[str] = mapped_column(Text, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    midoffice: Mapped[str | None] = mapped_column(String(16))
    midoffice_id: Mapped[str | None] = mapped_column(Text)
    salutation: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    first_name: Mapped[str | None] = mapped_column(Text)
    last_name: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    street: Mapped[str | None] = mapped_column(Text)
    zip: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    birth_date: Mapped[str | None] = mapped_column(String(10))
    gdpr_review: Mapped[bool] = mapped_column(Boolean, default=False)
    anonymized: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_customers_reference", "midoffice", "midoffice_id"),
        # numbers may carry stray spaces; the conversion looks references up by their trimmed number
        Index("ix_customers_reference_trimmed", "kind", "midoffice", func.trim(text("midoffice_id"))),
    )


class CustomerRecord:
    """The columns a customer's consultations and offers share: the rows a conversion moves to the reference and a
    GDPR delete removes with the customer (``_children`` of the repositories)."""

    id: Mapped[str] = mapped_column(Text, primary_key=True, sort_order=-1)  # first, as migration 0001 made them
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True, sort_order=-1)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), sort_order=-1)
    date: Mapped[str | None] = mapped_column(String(10), sort_order=-1)


class Consultation(CustomerRecord, Base):
    __tablename__ = "consultations"
    subject: Mapped[str | None] = mapped_column(Text)


class Offer(CustomerRecord, Base):
    __tablename__ = "offers"
    title: Mapped[str | None] = mapped_column(Text)
    price: Mapped[str | None] = mapped_column(String(32))  # decimal text, kept exactly as given
    currency: Mapped[str | None] = mapped_column(String(8))


class ConversionRun(Base):
    """One ``convert`` run (not written for dry runs: a dry run changes nothing)."""

    __tablename__ = "conversion_runs"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    midoffice: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[str] = mapped_column(String(40))
    finished_at: Mapped[str | None] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(16))  # planned, applying, done
    backup: Mapped[str | None] = mapped_column(Text)


class RunItem(Base):
    """One v1 copy in a run, written in the same transaction as its change.

    This row is the conversion's audit entry for the customer: run (when, which
    backup), status, action, outcome and ``detail`` (JSON: the reference it went
    into, how many consultations/offers moved) — ids, counts and field names only.
    """

    __tablename__ = "run_items"
    run_id: Mapped[str] = mapped_column(ForeignKey("conversion_runs.id"), primary_key=True)
    customer_id: Mapped[str] = mapped_column(Text, primary_key=True)
    midoffice_id: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    differences: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of field names
    duplicate: Mapped[bool] = mapped_column(Boolean, default=False)
    action: Mapped[str] = mapped_column(String(8))
    outcome: Mapped[str | None] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)  # a reason tag, never a personal value
    detail: Mapped[str | None] = mapped_column(Text)


class Decision(Base):
    """A decision made in the review, kept across sittings until the conversion applies it."""

    __tablename__ = "decisions"
    customer_id: Mapped[str] = mapped_column(Text, primary_key=True)
    action: Mapped[str] = mapped_column(String(8))
    relink_to: Mapped[str | None] = mapped_column(Text)
    status_seen: Mapped[str | None] = mapped_column(String(16))
    decided_at: Mapped[str] = mapped_column(String(40))
    by_bulk: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class AuditEntry(Base):
    """GDPR actions (keep with reason, delete, anonymize); conversions are audited in ``run_items``."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40))
    run_id: Mapped[str | None] = mapped_column(String(36))
    customer_id: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text)  # field names, numbers, reasons: no personal values


class LockSecret(Base):
    """The key of the PostgreSQL conversion lock, readable only by roles that may write this table.

    A fixed advisory-lock key could be taken by any role with CONNECT alone and block every
    conversion; this one is random per CRM and read with an UPDATE (issue 27). It belongs to
    the CRM, not to its data: backups do not carry it, a restored CRM keeps its own.
    """

    __tablename__ = "crm_lock"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    secret: Mapped[int] = mapped_column(BigInteger)
