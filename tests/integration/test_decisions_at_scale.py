"""Saved review decisions are forgotten for any number of customers (found by benchmarks/bench_scale.py)."""

from __future__ import annotations

from paxdesk.crm.db import close_crm, open_crm
from paxdesk.domain.plan import Action
from paxdesk.crm.decisions_repository import forget_decisions, save_decisions, saved_decisions


def test_forgetting_100000_decisions_in_one_go_works_on_every_database(db_url):
    # PostgreSQL refused one DELETE ... IN with 98,000 ids (at most 65,535 parameters a statement)
    engine = open_crm(db_url)
    try:
        save_decisions(engine, [("c1", Action.CONVERT, "minor", None), ("c99999", Action.LOCAL, "major", None),
                                ("keep", Action.SKIP, "minor", None)])
        forget_decisions(engine, [f"c{i}" for i in range(100_000)])
        assert set(saved_decisions(engine)) == {"keep"}
    finally:
        close_crm(engine)
