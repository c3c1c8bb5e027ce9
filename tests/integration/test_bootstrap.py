"""The bootstrap builds the conversion once; a test can hand it its own MidOffice and settings (issue 31).

The MidOffice here is an in-memory fake (``tests/fakes.py``) given as the adapter factory: the credential
check, the matching and the apply of ``paxdesk convert``'s flow all reach it, and not one HTTP request is
made (the base URL names no server that exists). With the in-memory CRM as well:
``tests/unit/test_conversion_in_memory.py``.
"""

from __future__ import annotations

import pytest

from paxdesk.bootstrap import open_session, settings_from
from paxdesk.places import Places
from paxdesk.errors import InputError
from paxdesk.services.convert_flow import ConvertRequest, convert
from paxdesk.services.usecases.context import Settings
from tests.fakes import FakeMidOffice
from tests.helpers import import_crm


def test_a_whole_conversion_with_an_in_memory_midoffice_from_the_bootstrap(tmp_path):
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, {"format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Sonnenschein", "midoffice": "midoco"},
                     "customers": [
                         {"id": "c1", "kind": "v1", "midoffice": "midoco", "midoffice_id": "100001",
                          "first_name": "Anna", "last_name": "Weiß", "email": "anna@example.de"},
                         {"id": "c2", "kind": "v1", "midoffice": "midoco", "midoffice_id": "100002",
                          "first_name": "Bernd", "last_name": "Groß", "email": "bernd@example.de"}]})
    FakeMidOffice.calls = []
    settings = Settings(places=Places.under(tmp_path / "home"), apply_batch=1)
    with open_session(url, settings=settings, adapter_factory=FakeMidOffice, base_url="https://midoffice.invalid/v2",
                      token="t", remember_token=False) as session:
        events = list(convert(session, ConvertRequest()))
    report = events[-1]
    assert report.summary.converted == 1 and report.summary.converted_local == 1
    assert FakeMidOffice.calls[:2] == ["adapter midoco 1", "identity"]  # the credential check went to the fake
    assert "fetch 2" in FakeMidOffice.calls
    backups = sorted(p.name for p in (tmp_path / "home" / "backups").iterdir() if p.suffix == ".sqlite")
    assert len(backups) == 1 and report.backup.endswith(backups[0])  # the settings' folder, before the apply


@pytest.mark.parametrize("value, expected", [("", 500), ("7", 7), ("0", None), ("viele", None)])
def test_the_apply_settings_are_read_once_from_the_environment(value, expected):
    if expected is None:
        with pytest.raises(InputError, match="PAXDESK_APPLY_BATCH"):
            settings_from({"PAXDESK_APPLY_BATCH": value})
    else:
        assert settings_from({"PAXDESK_APPLY_BATCH": value}).apply_batch == expected


@pytest.mark.parametrize("value, expected", [("", 90), ("20", 20), ("0", None)])
def test_the_request_deadline_reaches_the_matching_adapter(tmp_path, value, expected):
    """PAXDESK_REQUEST_DEADLINE_S (default 90 s, docs/security.md) is the policy of every matching adapter;
    the credential check keeps its own (30 s)."""
    if expected is None:
        with pytest.raises(InputError, match="PAXDESK_REQUEST_DEADLINE_S"):
            settings_from({"PAXDESK_REQUEST_DEADLINE_S": value})
        return
    settings = settings_from({"PAXDESK_REQUEST_DEADLINE_S": value}, Places.under(tmp_path / "home"))
    seen = []
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    with open_session(url, settings=settings, adapter_factory=lambda *args, **options: seen.append(options),
                      midoffice="midoco", base_url="https://midoffice.invalid/v2", token="t",
                      remember_token=False) as session:
        session.ctx.adapter()
    assert seen[0]["policy"].deadline == expected
