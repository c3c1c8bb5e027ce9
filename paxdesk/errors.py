"""The one error tree of paxdesk.

    PaxdeskError                 every error paxdesk raises on purpose (exit 1)
    ├── InputError               a bad input file or argument (exit 2)
    │   ├── ExchangeFileError    an invalid CRM exchange file, with JSON-path problems
    │   ├── TokenFormatError     a pasted token that cannot be one (empty, too long, spaces)
    │   └── AddressRefused       a MidOffice address the token must not go to (not HTTPS, ...)
    ├── CredentialError          the credential check failed (exit 3)
    │   └── AddressNotConfirmed  the CRM names another address than the token was saved for
    ├── BlockedError             the conversion cannot start (exit 4)
    │   ├── LockHeld             another conversion holds the lock
    │   └── SessionsActive       colleagues are logged in
    ├── StoreError               the CRM cannot be opened or used
    ├── MidOfficeError           talking to the MidOffice failed
    │   ├── AuthError            401: token invalid, revoked or expired for good
    │   ├── ScopeError           403: the token lacks a permission
    │   ├── Unreachable          DNS, TLS, connect or timeout: no answer at all
    │   ├── TransientError       5xx / 429 after every retry
    │   └── ProtocolError        an answer that does not follow the wire format
    └── Cancelled                the user cancelled; the UI ignores it silently

Messages never contain a token. German UI texts for each class live in
``paxdesk.ui.messages``; the CLI prints ``str(error)``.
"""

from __future__ import annotations

import reprlib


def shorten(value, limit: int = 60) -> str:
    """A value shown in an error message: its repr, cut to ``limit`` characters (a 50 MB key stays short,
    a huge or deeply nested list is not walked)."""
    shown = reprlib.Repr()  # keyword arguments only from Python 3.12
    shown.maxstring = shown.maxother = limit
    shown.maxlist = shown.maxdict = 3
    shown.maxlevel = 2
    text = shown.repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class PaxdeskError(Exception):
    exit_code = 1


class InputError(PaxdeskError):
    exit_code = 2


class ExchangeFileError(InputError):
    """An exchange file with problems; ``problems`` are "json.path: what is wrong" lines."""

    MAX_LISTED = 20

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = problems
        shown = problems[: self.MAX_LISTED]
        more = len(problems) - len(shown)
        lines = [f"{source}: {len(problems)} problem(s), nothing was written"]
        lines += [f"  {p}" for p in shown]
        if more > 0:
            lines.append(f"  ... and {more} more")
        super().__init__("\n".join(lines))


class TokenFormatError(InputError):
    """A pasted token that cannot be one: ``reason`` is empty, too_long or whitespace (the UI words it)."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


class AddressRefused(InputError):
    """``problem``: invalid, scheme, userinfo or plain_http; ``origin`` is scheme://host:port where known."""

    def __init__(self, message: str, problem: str, origin: str | None = None):
        super().__init__(message)
        self.problem = problem
        self.origin = origin


class CredentialError(PaxdeskError):
    exit_code = 3


class AddressNotConfirmed(CredentialError):
    """The token is bound to ``bound``; the CRM names ``target``. The agent must confirm, or --base-url."""

    def __init__(self, target: str, bound: str):
        super().__init__(f"the CRM names {target} as the MidOffice address, but the saved token belongs to {bound}; "
                         "confirm the new address in the wizard, or give it with --base-url")
        self.target = target
        self.bound = bound


class BlockedError(PaxdeskError):
    exit_code = 4


class LockHeld(BlockedError):
    pass


class SessionsActive(BlockedError):
    def __init__(self, message: str, sessions: list):
        super().__init__(message)
        self.sessions = sessions


class StoreError(PaxdeskError):
    pass


class MidOfficeError(PaxdeskError):
    """Base of all MidOffice failures. ``reason`` is a short machine-readable tag."""

    reason = "midoffice"

    def __init__(self, message: str, reason: str | None = None):
        super().__init__(message)
        if reason:
            self.reason = reason


class AuthError(MidOfficeError):
    reason = "auth"
    exit_code = 3


class ScopeError(MidOfficeError):
    reason = "scope"
    exit_code = 3


class Unreachable(MidOfficeError):
    """``kind``: dns, tls, refused, or None (connect error, timeout, outage)."""

    reason = "unreachable"

    def __init__(self, message: str, reason: str | None = None, kind: str | None = None):
        super().__init__(message, reason)
        self.kind = kind


class TransientError(MidOfficeError):
    reason = "transient"


class ProtocolError(MidOfficeError):
    reason = "protocol"


class Cancelled(PaxdeskError):
    pass


class ImportStillRunning(PaxdeskError):
    """Following a myJack import reached its deadline; the import goes on there (CONTRACT §6.4)."""

    def __init__(self, message: str, import_id: str):
        super().__init__(message)
        self.import_id = import_id


_UNTRUSTED = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x20), *range(0x7f, 0xa0)]}


def quoted(text: object, limit: int = 300) -> str:
    """A server's or a file's text for a message: every control character escaped (no ESC sequences that set
    a window title or clear the screen, no CR/LF that forge a line), at most ``limit`` characters."""
    value = str(text)
    return (value[:limit] + "…" if len(value) > limit else value).translate(_UNTRUSTED)
