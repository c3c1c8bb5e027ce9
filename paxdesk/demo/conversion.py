"""The demo: a CRM with every status and a simulated MidOffice that fits it, in a folder of its own."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from paxdesk.crm.db import close_crm, open_crm
from paxdesk.crm.exchange import import_document
from paxdesk.sandbox.fixture import Fixture, parse_fixture
from paxdesk.sandbox.scenario import build_scenario
from paxdesk.places import Places
from paxdesk.services.progress import ProgressStore

DEMO_TOKEN = "demo-token-paxdesk"


def prepare_demo(folder: Path, copies: int = 1800) -> tuple[str, Fixture]:
    """A fresh demo CRM and sandbox fixture in ``folder``; returns (db_url, fixture). Every demo starts anew:
    the CRM is built again and the progress of an earlier demo forgotten (its decisions went with its CRM)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("demo-crm.sqlite*"):
        old.unlink()
    scenario = build_scenario(copies=copies, midoffice="midoco", seed=2026, token=DEMO_TOKEN, locals_=200,
                              extra_midoffice=60)
    for person in scenario.fixture["customers"][5:10]:
        person["malformed"] = True  # a few MidOffice records the sandbox answers with broken data
    wrong = [c for c in scenario.crm["customers"] if c.get("first_name") in ("Zacharias", "Yvonne")][:6]
    for n, copy in enumerate(wrong):  # filed under the wrong number: the right person exists under another one
        scenario.fixture["customers"].append({
            **{k: copy.get(k) for k in ("salutation", "title", "first_name", "last_name", "street", "zip", "city",
                                        "country", "birth_date")},
            "id": str(950000 + n), "emails": [copy["email"]] if copy.get("email") else [], "phone": None})
    scenario.fixture["faults"] = {"latency_ms": 15, "seed": 1}
    scenario.crm["sessions"] = [{"user": "u1", "host": "PC-EMPFANG",
                                 "last_seen": (datetime.now(timezone.utc) - timedelta(minutes=3)).isoformat()}]
    db_url = f"sqlite:///{(folder / 'demo-crm.sqlite').as_posix()}"
    engine = open_crm(db_url)
    try:
        import_document(engine, scenario.crm, "demo")
    finally:
        close_crm(engine)
    # a fresh demo CRM holds no decisions: offer no "Fortsetzen" (the demo keeps its files below ``folder``)
    ProgressStore(db_url, Places.under(folder).data_dir()).clear()
    return db_url, parse_fixture(scenario.fixture)
