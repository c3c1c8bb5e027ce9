"""CRM exchange files (CONTRACT §2): import with full validation first, export of the whole CRM."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sqlalchemy import Engine, insert, select

from paxdesk.crm import models as m
from paxdesk.crm.exchange_schema import FORMAT, ExistingIds, validate
from paxdesk.errors import ExchangeFileError

CHUNK = 5_000
_CUSTOMER_KEYS = ("id", "kind", "midoffice", "midoffice_id", *m.PERSONAL_FIELDS, "gdpr_review", "anonymized")
# column -> exchange key where they differ
_EXCHANGE_KEY = {"user_id": "user", "customer_id": "customer"}
_TABLES = {"users": m.User, "customers": m.Customer, "sessions": m.Session,
           "consultations": m.Consultation, "offers": m.Offer}
_INSERT_ORDER = ("users", "customers", "sessions", "consultations", "offers")


def read_document(path: Path) -> dict:
    """Parse a file as UTF-8 JSON; problems are ExchangeFileErrors naming the file."""
    source = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ExchangeFileError(source, [f"$: cannot read the file ({exc.strerror})"]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeFileError(source, [f"$: not UTF-8 (byte {exc.start})"]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExchangeFileError(source, [f"$: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"]) from None
    except RecursionError:
        raise ExchangeFileError(source, ["$: nested too deeply"]) from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise ExchangeFileError(source, [f"$: not readable JSON ({str(exc)[:120]})"]) from None


def existing_ids(engine: Engine) -> ExistingIds:
    with engine.connect() as conn:
        agency = conn.execute(select(m.Agency.name, m.Agency.midoffice)).first()
        return ExistingIds(
            users=set(conn.scalars(select(m.User.id))),
            customers=set(conn.scalars(select(m.Customer.id))),
            consultations=set(conn.scalars(select(m.Consultation.id))),
            offers=set(conn.scalars(select(m.Offer.id))),
            agency={"name": agency.name, "midoffice": agency.midoffice} if agency else None,
        )


def _rows(list_name: str, records: list[dict]) -> Iterator[dict]:
    """Exchange records as uniform column dicts (executemany needs the same keys in every row)."""
    pairs = [(c.key, _EXCHANGE_KEY.get(c.key, c.key)) for c in _TABLES[list_name].__table__.columns
             if not (list_name == "sessions" and c.key == "id")]
    flags = list_name == "customers"
    for record in records:
        row = {column: record.get(key) for column, key in pairs}
        if flags:
            row["gdpr_review"] = bool(row["gdpr_review"])
            row["anonymized"] = bool(row["anonymized"])
        yield row


def _chunks(rows: Iterator[dict]) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def import_document(engine: Engine, doc, source: str) -> dict[str, int]:
    """Validate everything, then write it all in one transaction. Returns counts per list."""
    problems = validate(doc, existing_ids(engine))
    if problems:
        raise ExchangeFileError(source, problems)
    counts = {}
    with engine.begin() as conn:
        agency = doc.get("agency")
        if agency is not None:
            current = conn.execute(select(m.Agency.id)).first()
            values = {"name": agency["name"], "midoffice": agency.get("midoffice")}
            if current is None:
                conn.execute(insert(m.Agency), [{"id": 1, **values}])
            else:
                conn.execute(m.Agency.__table__.update().values(**values))
        for list_name in _INSERT_ORDER:
            records = doc.get(list_name) or []
            for chunk in _chunks(_rows(list_name, records)):
                conn.execute(insert(_TABLES[list_name]), chunk)
            counts[list_name] = len(records)
    return counts


def import_file(engine: Engine, path: Path) -> dict[str, int]:
    return import_document(engine, read_document(path), str(path))


def _clean(record: dict) -> dict:
    return {k: v for k, v in record.items() if v is not None}


def export_document(engine: Engine) -> dict:
    """The whole CRM as an exchange document; optional fields that are null are left out."""
    with engine.connect() as conn:
        agency = conn.execute(select(m.Agency.name, m.Agency.midoffice)).first()
        users = [_clean(dict(r._mapping)) for r in conn.execute(
            select(m.User.id, m.User.abbreviation, m.User.name, m.User.email).order_by(m.User.id))]
        sessions = [_clean({"user": r.user_id, "host": r.host, "last_seen": r.last_seen}) for r in conn.execute(
            select(m.Session).order_by(m.Session.id))]
        customers = []
        for r in conn.execute(select(*(getattr(m.Customer, k) for k in _CUSTOMER_KEYS)).order_by(m.Customer.id)):
            record = _clean(dict(r._mapping))
            record["gdpr_review"] = bool(r.gdpr_review)
            record["anonymized"] = bool(r.anonymized)
            customers.append(record)
        consultations = [_clean({"id": r.id, "customer": r.customer_id, "user": r.user_id, "date": r.date,
                                 "subject": r.subject})
                         for r in conn.execute(select(m.Consultation).order_by(m.Consultation.id))]
        offers = [_clean({"id": r.id, "customer": r.customer_id, "user": r.user_id, "date": r.date,
                          "title": r.title, "price": r.price, "currency": r.currency})
                  for r in conn.execute(select(m.Offer).order_by(m.Offer.id))]
    return {
        "format": FORMAT,
        "agency": _clean({"name": agency.name, "midoffice": agency.midoffice}) if agency else None,
        "users": users, "sessions": sessions, "customers": customers,
        "consultations": consultations, "offers": offers,
    }


def write_document(doc: dict, out: IO[str]) -> None:
    """One record per line: readable, diffable, and fast for 100,000 customers."""
    out.write("{\n")
    out.write(f'  "format": {json.dumps(doc["format"])},\n')
    out.write(f'  "agency": {json.dumps(doc["agency"], ensure_ascii=False)}')
    for list_name in ("users", "sessions", "customers", "consultations", "offers"):
        records = doc[list_name]
        out.write(f',\n  "{list_name}": [')
        for index, record in enumerate(records):
            out.write("\n    " if index == 0 else ",\n    ")
            out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n  ]" if records else "]")
    out.write("\n}\n")
