"""Generated exchange files fed to `db import`: either imported whole (the CRM then holds exactly the file's
data) or refused whole with JSON-path messages (the CRM unchanged) — never a crash."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from paxdesk.crm.db import close_crm, open_crm
from paxdesk.crm.exchange import export_document, import_document
from paxdesk.errors import ExchangeFileError
from tests.factories import generate_crm
from tests.helpers import canonical

BASE = generate_crm(customers=6, seed=4, children_per_customer=2)
LISTS = ["users", "sessions", "customers", "consultations", "offers"]
junk = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20),
                 st.sampled_from(["\x00", "\ud800", "1981-02-30", "2026-11-23T10:00:00", "v3", "midoco", ""]),
                 st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))


@st.composite
def mutated(draw):
    doc = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.sampled_from(LISTS + ["top", "agency"]))
        if where == "top":
            doc[draw(st.sampled_from(["format", "agency", "extra", *LISTS]))] = draw(junk)
        elif where == "agency":
            if isinstance(doc.get("agency"), dict):
                doc["agency"][draw(st.sampled_from(["name", "midoffice", "x"]))] = draw(junk)
        elif isinstance(doc.get(where), list) and doc[where]:
            record = doc[where][draw(st.integers(0, len(doc[where]) - 1))]
            if isinstance(record, dict):
                keys = list(record) + ["id", "kind", "customer", "user", "birth_date", "price", "unknown"]
                record[draw(st.sampled_from(keys))] = draw(junk)
    return doc


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(doc=mutated())
def test_generated_files_are_imported_whole_or_refused_whole(tmp_path_factory, doc):
    url = f"sqlite:///{(tmp_path_factory.mktemp('fuzz') / 'crm.sqlite').as_posix()}"
    engine = open_crm(url)
    try:
        before = export_document(engine)
        try:
            import_document(engine, json.loads(json.dumps(doc)), "fuzz.json")
        except ExchangeFileError as exc:
            event("refused")
            assert exc.problems and all(":" in p for p in exc.problems)
            assert export_document(engine) == before  # nothing was written
        else:  # accepted: the CRM now holds exactly the file's data (export is lossless, CONTRACT §2)
            event("imported")
            assert canonical(export_document(engine)) == canonical(json.loads(json.dumps(doc)))
    finally:
        close_crm(engine)
