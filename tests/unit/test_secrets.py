"""The token store: keyring entry per (agency, MidOffice), Windows local-machine persistence, limits."""

import sys
import uuid

import keyring
import pytest
from keyring.backend import KeyringBackend

from paxdesk import secrets
from paxdesk.errors import InputError


class WindowsLikeKeyring(KeyringBackend):
    """Has a ``persist`` attribute like keyring's WinVaultKeyring; records what it was set to when saving."""

    priority = 1
    persist = "enterprise"

    def __init__(self):
        super().__init__()
        self.saved = {}

    def get_password(self, service, username):
        return self.saved.get((service, username), (None,))[0]

    def set_password(self, service, username, password):
        self.saved[(service, username)] = (password, self.persist)

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture
def windows_keyring():
    previous = keyring.get_keyring()
    backend = WindowsLikeKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_token_is_kept_per_agency_and_midoffice_on_this_machine(windows_keyring):
    secrets.save_token("Reisebüro Sonnenschein", "midoco", "  tok-123  ")
    assert windows_keyring.saved[("paxdesk", "midoco:Reisebüro Sonnenschein")] == ("tok-123", "local machine")
    assert secrets.load_token("Reisebüro Sonnenschein", "midoco") == "tok-123"
    with pytest.raises(secrets.TokenUnavailable, match="no token configured for myjack"):
        secrets.load_token("Reisebüro Sonnenschein", "myjack")


@pytest.mark.parametrize("token,message", [("x" * 1281, "longer than 1280"), ("", "empty"),
                                           ("ab cd", "spaces or line breaks")])
def test_unusable_tokens_are_refused_with_a_clear_message(windows_keyring, token, message):
    with pytest.raises(InputError, match=message):
        secrets.save_token("RB", "myjack", token)
    assert windows_keyring.saved == {}


def test_environment_variable_wins(windows_keyring):
    environ = {"MY_TOKEN": "from-env"}  # handed by the face that read the environment
    assert secrets.load_token("RB", "myjack", "MY_TOKEN", environ) == "from-env"
    with pytest.raises(secrets.TokenUnavailable, match="not set or empty"):
        secrets.load_token("RB", "myjack", "NOPE", environ)


@pytest.mark.skipif(sys.platform != "win32", reason="Windows Credential Manager exists only on Windows")
def test_the_real_windows_credential_manager_keeps_the_longest_token_on_this_machine():
    from keyring.backends.Windows import WinVaultKeyring
    from win32ctypes.pywin32 import win32cred

    previous, backend = keyring.get_keyring(), WinVaultKeyring()
    keyring.set_keyring(backend)
    agency, token = f"Testreisebüro {uuid.uuid4().hex[:8]}", "t" * secrets.MAX_TOKEN_CHARS
    try:
        secrets.save_token(agency, "myjack", token)
        assert secrets.load_token(agency, "myjack") == token
        stored = win32cred.CredRead(Type=win32cred.CRED_TYPE_GENERIC, TargetName="paxdesk")
        assert stored["Persist"] == win32cred.CRED_PERSIST_LOCAL_MACHINE  # not in the roaming profile
        secrets.delete_token(agency, "myjack")
        with pytest.raises(secrets.TokenUnavailable):
            secrets.load_token(agency, "myjack")
    finally:
        secrets.delete_token(agency, "myjack")
        keyring.set_keyring(previous)
