"""Import → export → import is lossless, on 5,000 hostile customers and on generated documents."""

from __future__ import annotations

import io
import json
import string
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paxdesk.crm.db import close_crm, open_crm
from paxdesk.crm.exchange import export_document, import_document, write_document
from tests.factories import generate_crm
from tests.helpers import canonical


def _roundtrip(url: str, doc: dict) -> dict:
    engine = open_crm(url)
    try:
        import_document(engine, doc, "generated")
        exported = export_document(engine)
    finally:
        close_crm(engine)
    buffer = io.StringIO()
    write_document(exported, buffer)
    return json.loads(buffer.getvalue())


def test_five_thousand_hostile_customers_survive_two_round_trips(db_url, tmp_path):
    doc = generate_crm(customers=5_000, seed=11)
    hostile = [c for c in doc["customers"] if any(ch in (c.get("last_name") or "") + (c.get("first_name") or "")
                                                  for ch in "\u0308\u200b\U0001F334'\ufeff")]
    assert len(hostile) > 500 and any(len(c.get("first_name") or "") >= 1000 for c in doc["customers"])
    first = _roundtrip(db_url, doc)
    assert canonical(first) == canonical(doc)
    second = _roundtrip(f"sqlite:///{(tmp_path / 'second.sqlite').as_posix()}", first)
    assert second == first


_text = st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)
_optional = st.none() | _text


@st.composite
def documents(draw):
    n = draw(st.integers(0, 12))
    customers = []
    for i in range(n):
        kind = draw(st.sampled_from(["v1", "v2", "local"]))
        record = {"id": draw(st.text(string.ascii_letters, min_size=1, max_size=5)) + f"-{i}", "kind": kind}
        if kind != "local":
            record["midoffice"] = draw(st.sampled_from(["myjack", "midoco"]))
            record["midoffice_id"] = draw(_text) if kind == "v2" else draw(_optional)
        if kind != "v2":
            for name in ("salutation", "title", "first_name", "last_name", "email", "phone", "city"):
                record[name] = draw(_optional)
            record["birth_date"] = draw(st.none() | st.dates(min_value=date(1000, 1, 1)).map(date.isoformat))
        record["gdpr_review"] = draw(st.booleans())
        customers.append(record)
    offers = [{"id": f"o{i}", "customer": c["id"], "title": draw(_optional),
               "price": draw(st.none() | st.decimals(0, 99999, places=2).map(str))}
              for i, c in enumerate(customers)]
    return {"format": "paxdesk-crm/1", "agency": {"name": draw(_text), "midoffice": None},
            "users": [], "sessions": [], "customers": customers, "consultations": [], "offers": offers}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=documents())
def test_any_valid_document_round_trips(tmp_path_factory, doc):
    url = f"sqlite:///{(tmp_path_factory.mktemp('prop') / 'crm.sqlite').as_posix()}"
    assert canonical(_roundtrip(url, doc)) == canonical(doc)
