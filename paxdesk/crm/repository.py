"""The CRM operations the conversion needs: the matching's reads and the apply's changes (the GDPR follow-up's
are ``gdpr_repository``). A function given a connection runs in the caller's unit of work and leaves
committing to it, so a batch of customers is one transaction; one given the engine reads on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import (JSON, Connection, Engine, Select, Text, bindparam, delete, func, insert, select, text, true,
                        update)

from paxdesk.crm import models as m
from paxdesk.crm.bulk import RowChange, among, id_lists, in_chunks, is_postgresql, json_rows, one_of
from paxdesk.domain.changes import ChangeSet
from paxdesk.domain.crm_only import PersonalFields


@dataclass(frozen=True, slots=True)
class CopyRow(PersonalFields):
    """A v1 copy as the matching run sees it, with every personal field (``crm_only``: what converting would drop)."""

    id: str
    midoffice_id: str | None


def load_copies(engine: Engine, midoffice: str) -> tuple[list[CopyRow], set[str]]:
    """The v1 copies of this MidOffice, and the customer numbers that already have a v2 reference."""
    with engine.connect() as conn:
        copies = [CopyRow(**row) for row in conn.execute(
            select(m.Customer.id, m.Customer.midoffice_id, *(getattr(m.Customer, name) for name in m.PERSONAL_FIELDS))
            .where(m.Customer.kind == "v1", m.Customer.midoffice == midoffice).order_by(m.Customer.id)).mappings()]
        referenced = {(n or "").strip() for n in conn.scalars(
            select(m.Customer.midoffice_id).where(m.Customer.kind == "v2", m.Customer.midoffice == midoffice))}
    return copies, referenced


def load_customer(engine: Engine, customer_id: str) -> dict | None:
    """Every stored field of one customer (for the side-by-side comparison)."""
    with engine.connect() as conn:
        row = conn.execute(select(m.Customer).where(m.Customer.id == customer_id)).mappings().first()
    return dict(row) if row else None


def same_number(engine: Engine, midoffice: str, number: str) -> list[dict]:
    """The v1 copies and v2 references of one customer number (a duplicate group), by id."""
    columns = (m.Customer.id, m.Customer.kind, m.Customer.first_name, m.Customer.last_name)
    with engine.connect() as conn:
        return [dict(row) for row in conn.execute(select(*columns).where(
            m.Customer.kind.in_(("v1", "v2")), m.Customer.midoffice == midoffice,
            func.trim(m.Customer.midoffice_id) == number.strip()).order_by(m.Customer.id)).mappings()]


def child_counts(engine: Engine, customer_ids: list[str]) -> dict[str, tuple[int, int]]:
    """(consultations, offers) per customer, outside any transaction (the review's duplicate hint)."""
    with engine.connect() as conn:
        return child_counts_in(conn, customer_ids)


# Built once and compiled once: the apply phase runs these tens of thousands of times.
_customers = m.Customer.__table__
_children = (m.Consultation.__table__, m.Offer.__table__)
# Each change below is written twice, per row and per batch (``RowChange``): the values they set are shared,
# so the two kinds of database cannot drift apart.
_AS_REFERENCE = dict(kind="v2", gdpr_review=False, anonymized=False, **{name: None for name in m.PERSONAL_FIELDS})
_AS_LOCAL = dict(kind="local", midoffice=None, midoffice_id=None)
_by_id = _customers.c.id == bindparam("cid")
_ids = among(_customers.c.id, select(json_rows(cid=Text()).c.cid))
_moves, _references = json_rows(source=Text(), target=Text()), json_rows(cid=Text(), office=Text(), number=Text())
_TO_REFERENCE = RowChange(
    update(_customers).where(_by_id).values(midoffice=bindparam("office"), midoffice_id=bindparam("number"),
                                             **_AS_REFERENCE),
    update(_customers).where(_customers.c.id == _references.c.cid).values(
        midoffice=_references.c.office, midoffice_id=_references.c.number, **_AS_REFERENCE))
_MOVE = [RowChange(update(t).where(t.c.customer_id == bindparam("source")).values(customer_id=bindparam("target")),
                   update(t).where(t.c.customer_id == _moves.c.source).values(customer_id=_moves.c.target))
         for t in _children]
_DELETE_ONE = delete(_customers).where(_by_id)
_DELETE = RowChange(_DELETE_ONE, delete(_customers).where(_ids))
_TO_LOCAL = RowChange(update(_customers).where(_by_id).values(**_AS_LOCAL),
                      update(_customers).where(_ids).values(**_AS_LOCAL))
_TO_LOCAL_REVIEW = RowChange(_TO_LOCAL.each.values(gdpr_review=True), _TO_LOCAL.together.values(gdpr_review=True))
_AUDIT = RowChange(insert(m.AuditEntry.__table__))


def audit(conn: Connection, run_id: str | None, customer_id: str, action: str, **detail) -> None:
    """One audit entry, written at once (the GDPR actions); the conversion batches them in a ChangeSet."""
    changes = ChangeSet("")
    changes.audit(run_id, customer_id, action, **detail)
    write_changes(conn, changes)


_TRIMMED = func.trim(_customers.c.midoffice_id)


class _Lookups(NamedTuple):
    """The apply's per-batch reads for one kind of database."""

    states: Select
    references: Select
    counts: list[Select]  # consultations, offers


@lru_cache(maxsize=2)
def _lookups(postgresql: bool) -> _Lookups:
    states = select(_customers.c.id, _customers.c.kind, _customers.c.midoffice, _customers.c.midoffice_id).where(
        one_of(_customers.c.id, "ids", postgresql))
    is_reference = (_customers.c.kind == "v2", _customers.c.midoffice == bindparam("office"))
    if postgresql:  # one index lookup per number, whatever the planner believes (see _references_by_number)
        references = _references_by_number(is_reference)
    else:
        references = select(_customers.c.id, _TRIMMED.label("number")).where(
            *is_reference, one_of(_TRIMMED, "numbers", postgresql)).order_by(_customers.c.id)
    counts = [select(t.c.customer_id, func.count()).where(one_of(t.c.customer_id, "ids", postgresql))
              .group_by(t.c.customer_id) for t in _children]
    return _Lookups(states, references, counts)


def _references_by_number(is_reference) -> Select:
    """PostgreSQL: the references of each wanted number, looked up number by number (a LATERAL subquery).

    The statistics are taken before the apply, when no copy is a reference yet; as ``IN (...)`` the planner
    then trusted "no references" and read every reference made so far once per batch (3 of 8 s of an apply
    of 100,000). OFFSET 0 keeps the subquery from being merged into a join the planner may hash.
    """
    wanted = (func.json_array_elements_text(bindparam("numbers", type_=JSON)).table_valued("number")
              .render_derived(name="wanted"))
    found = select(_customers.c.id).where(*is_reference, _TRIMMED == wanted.c.number).offset(0).lateral("found")
    return select(found.c.id, wanted.c.number).select_from(wanted.join(found, true())).order_by(found.c.id)


def copy_states(conn: Connection, ids: list[str]) -> dict[str, tuple[str, str | None, str | None]]:
    """(kind, midoffice, stripped number) of customers now, read inside the transaction that changes them."""
    states = _lookups(is_postgresql(conn)).states
    return {r.id: (r.kind, r.midoffice, (r.midoffice_id or "").strip() or None)
            for chunk in id_lists(conn, ids) for r in conn.execute(states, {"ids": chunk})}


def refresh_statistics(engine: Engine) -> None:
    """PostgreSQL: fresh planner statistics before the apply's per-batch lookups.

    A CRM imported moments ago has none until autovacuum gets to it, and without them
    every batch's reference lookup scanned the whole customers table (62 ms per batch
    at 10,000 customers, 8 ms after ANALYZE; bench_scale.py). Not the owner: PostgreSQL
    skips it with a warning, nothing fails.
    """
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("ANALYZE customers, consultations, offers"))


def references(conn: Connection, midoffice: str, numbers: set[str]) -> dict[str, list[str]]:
    """The v2 reference ids per (trimmed) customer number, smallest id first."""
    lookup = _lookups(is_postgresql(conn)).references
    found: dict[str, list[str]] = {}
    for chunk in id_lists(conn, sorted(numbers)):
        for row in conn.execute(lookup, {"office": midoffice, "numbers": chunk}):
            found.setdefault(row.number, []).append(row.id)  # a number's rows all come in one chunk
    return found


def child_counts_in(conn: Connection, ids: list[str]) -> dict[str, tuple[int, int]]:
    """(consultations, offers) per customer."""
    counts = {cid: [0, 0] for cid in ids}
    for index, statement in enumerate(_lookups(is_postgresql(conn)).counts):
        for chunk in id_lists(conn, list(counts)):
            for cid, n in conn.execute(statement, {"ids": chunk}):
                counts[cid][index] = n
    return {cid: (a, b) for cid, (a, b) in counts.items()}


def write_changes(conn: Connection, changes: ChangeSet) -> None:
    """A batch's changes, with one statement (PostgreSQL) or executemany per kind of change."""
    for statement, rows in ((_TO_REFERENCE, changes.references), *((move, changes.merges) for move in _MOVE),
                            (_DELETE, changes.merges), (_TO_LOCAL, changes.locals_),
                            (_TO_LOCAL_REVIEW, changes.reviews), (_AUDIT, changes.audits)):
        statement.execute(conn, rows)


def customer_names(engine: Engine, customer_ids: list[str]) -> dict[str, str]:
    """"First Last" per customer that still has a name in the CRM."""
    found = {}
    with engine.connect() as conn:
        for chunk in in_chunks(customer_ids):
            for cid, first, last in conn.execute(select(m.Customer.id, m.Customer.first_name, m.Customer.last_name)
                                                 .where(m.Customer.id.in_(chunk))):
                name = " ".join(p for p in (first, last) if p)
                if name:
                    found[cid] = name
    return found


def personal_values(engine: Engine, customer_ids: list[str]) -> dict[str, dict[str, str | None]]:
    """The personal fields (CONTRACT §2) of these customers as the CRM holds them now."""
    columns = [getattr(m.Customer, name) for name in m.PERSONAL_FIELDS]
    found = {}
    with engine.connect() as conn:
        for chunk in in_chunks(customer_ids):
            for row in conn.execute(select(m.Customer.id, *columns).where(m.Customer.id.in_(chunk))):
                found[row[0]] = dict(zip(m.PERSONAL_FIELDS, row[1:]))
    return found


def existing_customers(engine: Engine, customer_ids: list[str]) -> set[str]:
    """Which of these ids are customers in the CRM (of any kind)."""
    found: set[str] = set()
    with engine.connect() as conn:
        for chunk in in_chunks(customer_ids):
            found.update(conn.execute(select(m.Customer.id).where(m.Customer.id.in_(chunk))).scalars())
    return found


def agency(engine: Engine):
    """(name, midoffice, base_url) of the agency the CRM belongs to, or None before an import."""
    with engine.connect() as conn:
        return conn.execute(select(m.Agency.name, m.Agency.midoffice, m.Agency.base_url)).first()


def remember_midoffice(conn: Connection, midoffice: str, base_url: str) -> None:
    """The MidOffice and address the agency set up: the next start of paxdesk begins with them."""
    conn.execute(m.Agency.__table__.update().values(midoffice=midoffice, base_url=base_url))
