"""The apply's and the checkpoint's reads take any number of customers, on every database.

PostgreSQL refuses a statement with more than 65,535 parameters, SQLite as built for Windows one with more than
32,766: the review's checkpoint asks about every customer being converted, 100,000 in a large agency.
"""

from __future__ import annotations

from paxdesk.crm import repository as repo
from paxdesk.crm.db import close_crm, open_crm
from tests.helpers import import_crm

MANY = 70_000


def _crm(url: str) -> None:
    customers = [{"id": "c1", "kind": "v1", "midoffice": "midoco", "midoffice_id": "100", "last_name": "Copy"},
                 {"id": "r2", "kind": "v2", "midoffice": "midoco", "midoffice_id": " 100 "},
                 {"id": "r1", "kind": "v2", "midoffice": "midoco", "midoffice_id": "100"},
                 {"id": "r3", "kind": "v2", "midoffice": "myjack", "midoffice_id": "100"}]
    import_crm(url, {"format": "paxdesk-crm/1", "agency": {"name": "RB", "midoffice": "midoco"}, "users": [],
                     "sessions": [], "customers": customers,
                     "consultations": [{"id": "k1", "customer": "r2"}, {"id": "k2", "customer": "r2"}],
                     "offers": [{"id": "o1", "customer": "c1", "price": "1.00"}]})


def test_states_references_and_counts_of_70000_customers_in_one_call(db_url):
    _crm(db_url)
    engine = open_crm(db_url)
    ids = [f"x{i}" for i in range(MANY)] + ["c1", "r2"]
    try:
        with engine.connect() as conn:
            assert repo.copy_states(conn, ids) == {"c1": ("v1", "midoco", "100"), "r2": ("v2", "midoco", "100")}
            numbers = {str(200_000 + i) for i in range(MANY)} | {"100"}
            assert repo.references(conn, "midoco", numbers) == {"100": ["r1", "r2"]}  # trimmed, smallest id first
            counts = repo.child_counts_in(conn, ids)
            assert len(counts) == MANY + 2
            assert (counts["c1"], counts["r2"], counts["x0"]) == ((0, 1), (2, 0), (0, 0))
            assert repo.copy_states(conn, []) == {} and repo.child_counts_in(conn, []) == {}
            assert repo.references(conn, "midoco", set()) == {}
    finally:
        close_crm(engine)
