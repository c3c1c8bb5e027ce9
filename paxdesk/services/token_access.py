"""Which token goes to which MidOffice address (CONTRACT §1, §4.1; docs/security.md).

- A token just entered is *pending*: it is used for the credential check and kept (keyring, or memory
  where there is none) only once the check accepted it, so a mistyped or revoked token never replaces
  one that works.
- The saved token lives in the OS keyring and is bound to the address it was saved for. An address read
  from the CRM (which anyone who can write the CRM may have set) that differs needs the agent's
  confirmation in the wizard and is refused headless; an address typed by the agent or given with
  ``--base-url`` is the agent's own choice.
- A token given in memory (the demo) or by ``--token-env`` is not bound to any address.
"""

from __future__ import annotations

from collections.abc import Mapping

from paxdesk import secrets
from paxdesk.errors import AddressNotConfirmed, InputError
from paxdesk.midoffice.address import base_url_origin

DEFAULT_URLS = {"myjack": "https://api.myjack.de/v2", "midoco": "https://api.midoco.de/v2"}


class TokenAccess:
    def __init__(self, agency: str, *, given: str | None = None, env_name: str | None = None,
                 environ: Mapping[str, str] | None = None, remember: bool = True,
                 crm_base_url: str | None = None, address_given: bool = False):
        self.agency = agency
        self._given = given        # the demo's token, or one the keyring could not take: memory only
        self._env_name = env_name
        self._environ = environ or {}     # handed by the bootstrap: no service reads os.environ
        self._remember = remember
        self._loaded: dict[str, str] = {}   # the keyring/env token per MidOffice, loaded once
        self.pending: str | None = None     # entered, not yet accepted by the credential check
        self.kept_in: str | None = None     # where the last accepted new token went: keyring / memory
        self.crm_base_url = crm_base_url    # the address as the CRM holds it
        self._trusted = address_given       # given by the caller (--base-url), not read from the CRM
        self._agreed: str | None = None     # the address the agent typed or confirmed in this sitting

    # -- which token ----------------------------------------------------------------------------------
    def token(self, midoffice: str) -> str:
        """The token: one just entered (until the check decides on it), else the kept one."""
        return self.pending or self.kept(midoffice)

    def kept(self, midoffice: str) -> str:
        """Given in memory, else ``--token-env``, else the keyring entry of this agency and MidOffice."""
        if self._given:
            return self._given
        if midoffice not in self._loaded:
            self._loaded[midoffice] = secrets.load_token(self.agency, midoffice, self._env_name, self._environ)
        return self._loaded[midoffice]

    def has_kept(self, midoffice: str) -> bool:
        try:
            self.kept(midoffice)
            return True
        except Exception:  # TokenUnavailable, a keyring error: either way there is none to use
            return False

    @property
    def _from_keyring(self) -> bool:
        return not self._given and not self._env_name

    # -- to which address ----------------------------------------------------------------------------
    def _bound(self, midoffice: str) -> str:
        """The address the saved token belongs to (an older paxdesk did not record it: the vendor's own)."""
        return secrets.bound_address(self.agency, midoffice) or base_url_origin(DEFAULT_URLS[midoffice])

    def address_to_confirm(self, midoffice: str, base_url: str) -> tuple[str, str] | None:
        """(new address, the token's address) when the agent must confirm sending the saved token there;
        None also for an invalid address (``agree_to`` refuses that with its reason)."""
        if self._trusted or not self._from_keyring or base_url.strip() != self.crm_base_url:
            return None
        try:
            target = base_url_origin(base_url)
        except InputError:
            return None
        bound = self._bound(midoffice)
        return None if target in (bound, self._agreed) else (target, bound)

    def guard(self, midoffice: str, base_url: str) -> None:
        """Before anything is sent: a CRM address the saved token was not bound to is refused headless.

        A pending token goes to the address the agent agreed to in ``agree_to``."""
        if self._trusted or self.pending or not self._from_keyring:
            return
        target, bound = base_url_origin(base_url), self._bound(midoffice)
        if target != bound:
            raise AddressNotConfirmed(target, bound)

    # -- entering and keeping --------------------------------------------------------------------------
    def agree_to(self, midoffice: str, base_url: str, confirmed: bool) -> None:
        """The agent chose ``base_url`` (typed it, or ``confirmed`` it when it came from the CRM)."""
        self.pending = None  # a new entry replaces one that was never checked
        asked = self.address_to_confirm(midoffice, base_url)
        if asked and not confirmed:
            raise AddressNotConfirmed(*asked)
        self._agreed = base_url_origin(base_url)  # not asked again in this sitting

    def enter(self, midoffice: str, base_url: str, token: str | None) -> str:
        """After the address is stored in the CRM: a new token waits for the check ("pending"); without one
        the saved token is bound to this address ("unchanged")."""
        self.crm_base_url = base_url
        if token:
            self.pending = secrets.check_token(token)
            return "pending"
        if self._from_keyring and self.has_kept(midoffice):
            self._bind(midoffice, base_url)
        return "unchanged"

    def checked(self, passed: bool, midoffice: str, base_url: str) -> None:
        """A credential check ended: a pending token it accepted is kept — in the keyring (bound to
        ``base_url``), else in memory — and ``kept_in`` says where (None: no new token was kept)."""
        self.kept_in = None
        if not passed or not self.pending:
            return
        token, self.pending = self.pending, None
        if self._remember:
            try:
                secrets.save_token(self.agency, midoffice, token)
            except InputError:
                pass  # no usable keyring: the token stays in memory for this sitting
            else:
                self._given, self._loaded[midoffice], self.kept_in = None, token, "keyring"
                self._bind(midoffice, base_url)
                return
        self._given, self.kept_in = token, "memory"

    def _bind(self, midoffice: str, base_url: str) -> None:
        try:
            secrets.bind_address(self.agency, midoffice, base_url_origin(base_url))
        except InputError:
            self._trusted = True  # the agent chose it; the keyring just cannot record it
