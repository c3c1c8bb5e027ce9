"""CONTRACT §4.2 in the matching step: a number the adapter never answered is a failure to retry, never
"gone" and never lost — every copy ends with an item (a real SQLite CRM; the adapter is a stand-in that
falls silent on one number, which no real server here can be made to do on cue)."""

from __future__ import annotations

from paxdesk.crm.conversion_store import SqlAlchemyCrm
from paxdesk.crm.db import close_crm, open_crm
from paxdesk.domain.matching import Status
from paxdesk.midoffice.base import Found, MidOfficeCustomer
from paxdesk.services.matching import MatchItem, run_matching
from tests.helpers import import_crm

NUMBERS = [str(300000 + i) for i in range(6)]
SILENT = NUMBERS[2]


class SilentOnOne:
    """Answers every number, except that its batch fetch says nothing at all about SILENT."""

    requests_sent = 0

    def __init__(self):
        self.asked_one: list[str] = []

    def _found(self, number: str) -> Found:
        return Found(number, MidOfficeCustomer(number, first_name="Ada", last_name=f"N{number}",
                                               email=f"{number}@example.de"))

    def fetch_many(self, numbers, cancelled=lambda: False):
        for number in numbers:
            if number != SILENT:
                yield self._found(number)

    def fetch_one(self, number: str):
        self.asked_one.append(number)
        return self._found(number)

    def identity(self):
        return None


def test_a_number_the_adapter_fell_silent_about_is_asked_again_and_gets_its_item(tmp_path):
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, {"format": "paxdesk-crm/1", "agency": {"name": "RB", "midoffice": "midoco"}, "users": [],
                     "sessions": [], "consultations": [], "offers": [],
                     "customers": [{"id": f"c{n}", "kind": "v1", "midoffice": "midoco", "midoffice_id": n,
                                    "first_name": "Ada", "last_name": f"N{n}", "email": f"{n}@example.de"}
                                   for n in NUMBERS]})
    engine = open_crm(url)
    adapter = SilentOnOne()
    try:
        items = [e for e in run_matching(SqlAlchemyCrm(engine), adapter, "midoco") if isinstance(e, MatchItem)]
    finally:
        close_crm(engine)
    assert sorted(i.customer_id for i in items) == sorted(f"c{n}" for n in NUMBERS)  # none lost
    assert all(i.status == Status.MATCH for i in items)
    assert adapter.asked_one == [SILENT]  # asked on its own, once
