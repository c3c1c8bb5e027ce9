"""A token reaches the keyring only after the credential check accepted it; a rejected one never replaces
a working one (and the wizard's progress file holds no credential)."""

from __future__ import annotations

import pytest

from paxdesk.errors import TokenFormatError
from paxdesk.bootstrap import open_session
from paxdesk.crm.db import crm_key
from paxdesk.services.progress import ProgressStore
from tests.conftest import TOKEN
from tests.helpers import import_crm

ACCOUNT = ("paxdesk", "midoco:Reisebüro Sonnenschein")


@pytest.fixture
def crm(tmp_path):
    url = f"sqlite:///{(tmp_path / 'crm.sqlite').as_posix()}"
    import_crm(url, {"format": "paxdesk-crm/1", "agency": {"name": "Reisebüro Sonnenschein", "midoffice": "midoco"},
                     "users": [], "sessions": [], "customers": [], "consultations": [], "offers": []})
    return url


def test_a_rejected_token_never_replaces_a_working_one(crm, sandbox, memory_keyring):
    url = sandbox.api_url("midoco")
    with open_session(crm) as session:
        assert session.configure("midoco", url, TOKEN) == "pending"
        assert ACCOUNT not in memory_keyring.store  # not before the check
        assert session.check().passed
        assert memory_keyring.store[ACCOUNT] == TOKEN and session.token_kept == "keyring"

        session.configure("midoco", url, "revoked-or-mistyped")
        report = session.check()
        assert not report.passed and session.token_rejected
        assert memory_keyring.store[ACCOUNT] == TOKEN  # the working one stays
        assert session.has_token()  # …and is still there to use

        session.configure("midoco", url, None)  # field left empty: back to the kept token
        assert session.check().passed and not session.token_rejected

    with open_session(crm) as reopened:  # a new sitting finds the working token
        assert reopened.token() == TOKEN and reopened.check().passed


def test_a_first_token_that_is_rejected_is_not_kept_at_all(crm, sandbox, memory_keyring):
    with open_session(crm) as session:
        session.configure("midoco", sandbox.api_url("midoco"), "wrong-token")
        assert not session.check().passed
        assert ACCOUNT not in memory_keyring.store and not session.has_token()


def test_a_malformed_token_is_refused_with_a_reason_the_wizard_words(crm, sandbox, memory_keyring):
    with open_session(crm) as session:
        with pytest.raises(TokenFormatError) as refused:
            session.configure("midoco", sandbox.api_url("midoco"), "two words")
        assert refused.value.reason == "whitespace"


def test_the_progress_file_holds_no_credential(tmp_path):
    url = "postgresql+psycopg://agent:s3cr3t-pw@db.example/crm"
    store = ProgressStore(url, tmp_path)
    store.save(5)
    store.save(3)  # gone back: the step the agent left is the one to continue at
    text = (tmp_path / "wizard-progress.json").read_text(encoding="utf-8")
    assert "s3cr3t" not in text and "agent" not in text and store.load().page == 3
    assert crm_key(url) == crm_key("postgresql+psycopg://agent:other@db.example/crm")  # one CRM, one entry
    store.clear()
    assert store.load() is None
