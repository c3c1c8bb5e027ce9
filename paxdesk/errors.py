"""The one error tree of paxdesk.

    PaxdeskError                 every error paxdesk raises on purpose (exit 1)
    ├── InputError               a bad input file or argument (exit 2)
    │   ├── ExchangeFileError    an invalid CRM exchange file, with JSON-path problems
    │   └── TokenFormatError     a pasted token that cannot be one (empty, too long, spaces)
    ├── CredentialError          the credential check failed (exit 3)
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


class CredentialError(PaxdeskError):
    exit_code = 3


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
    reason = "unreachable"


class TransientError(MidOfficeError):
    reason = "transient"


class ProtocolError(MidOfficeError):
    reason = "protocol"


class Cancelled(PaxdeskError):
    pass
