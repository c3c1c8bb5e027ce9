"""The agency's MidOffice token: in the OS keyring, or an environment variable the user names.

A token is never written anywhere else: not to settings, the CRM, logs, reports
or exception texts. Beside it, a second keyring entry records the address
(``scheme://host:port``) the token was saved for: the token is bound to that host,
and paxdesk does not send it elsewhere without the agent's say (``ConversionSession``). Windows' Credential Manager holds at most 2,560 bytes of
UTF-16, so longer tokens are refused up front instead of failing on save.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import keyring
from keyring.errors import KeyringError

from paxdesk.errors import InputError, TokenFormatError
from paxdesk.logs import register_secret

SERVICE = "paxdesk"
MAX_TOKEN_CHARS = 1280


class TokenUnavailable(Exception):
    """No token for this agency and MidOffice; the message says where paxdesk looked."""


def _account(agency: str, midoffice: str) -> str:
    return f"{midoffice}:{agency}"


def _address_account(agency: str, midoffice: str) -> str:
    return f"{_account(agency, midoffice)}@address"


def check_token(token: str) -> str:
    token = token.strip()
    register_secret(token)
    if not token:
        raise TokenFormatError("the token is empty", "empty")
    if len(token) > MAX_TOKEN_CHARS:
        raise TokenFormatError(f"the token is longer than {MAX_TOKEN_CHARS} characters, more than the Windows "
                               "credential store can hold; please check that you copied only 'Parameter 1'",
                               "too_long")
    if any(ch.isspace() or ord(ch) < 32 for ch in token):
        raise TokenFormatError("the token contains spaces or line breaks; please copy 'Parameter 1' again",
                               "whitespace")
    return token


def _local_machine(backend) -> None:
    """Windows Credential Manager: keep the token on this computer, not in the roaming profile (the default)."""
    if hasattr(type(backend), "persist"):
        backend.persist = "local machine"


def save_token(agency: str, midoffice: str, token: str) -> None:
    token = check_token(token)
    try:
        _local_machine(keyring.get_keyring())
        keyring.set_password(SERVICE, _account(agency, midoffice), token)
    except KeyringError as exc:
        raise InputError(f"the token could not be saved in the system's password store ({exc.__class__.__name__})") \
            from None


def delete_token(agency: str, midoffice: str) -> None:
    for account in (_account(agency, midoffice), _address_account(agency, midoffice)):
        try:
            keyring.delete_password(SERVICE, account)
        except KeyringError:
            pass


def bind_address(agency: str, midoffice: str, origin: str) -> None:
    """Record the address (``scheme://host:port``, never a secret) the saved token belongs to."""
    try:
        keyring.set_password(SERVICE, _address_account(agency, midoffice), origin)
    except KeyringError as exc:
        raise InputError(f"the token's address could not be saved in the system's password store "
                         f"({exc.__class__.__name__})") from None


def bound_address(agency: str, midoffice: str) -> str | None:
    """The address the saved token was saved for, or None (no token, or saved by an older paxdesk)."""
    try:
        return keyring.get_password(SERVICE, _address_account(agency, midoffice)) or None
    except KeyringError:
        return None


ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,99}")


def load_token(agency: str, midoffice: str, env_name: str | None = None,
               environ: Mapping[str, str] | None = None) -> str:
    """The token from the variable ``env_name`` of ``environ`` (handed by the face that read the environment)
    if given, else from the keyring entry of (agency, MidOffice)."""
    if env_name:
        if not ENV_NAME.fullmatch(env_name):  # perhaps the token itself was given: never echoed
            raise TokenUnavailable("--token-env expects the NAME of an environment variable (letters, digits "
                                   "and _, at most 100), not the token itself")
        value = (environ or {}).get(env_name, "")
        if not value.strip():
            # not named: a token given by mistake as the name may well look like one (letters, digits, _)
            raise TokenUnavailable("the environment variable named by --token-env is not set or empty")
        return check_token(value)
    try:
        value = keyring.get_password(SERVICE, _account(agency, midoffice))
    except KeyringError as exc:
        raise TokenUnavailable("no token configured: the system's password store is not available "
                               f"({exc.__class__.__name__}); use --token-env NAME") from None
    if not value:
        raise TokenUnavailable(f"no token configured for {midoffice} of this agency; save it in the wizard "
                               "or pass --token-env NAME")
    return check_token(value)
