"""What the conversion's use cases share: one CRM, one MidOffice and address, one token store, one lock."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


from paxdesk.crm.db import Engine
from paxdesk.errors import CredentialError
from paxdesk.midoffice.address import checked_base_url
from paxdesk.midoffice.resilience import RetryPolicy
from paxdesk.places import Places
from paxdesk.services.conversion import BATCH
from paxdesk.services.credential_check import CheckReport
from paxdesk.services.crm_port import Crm, Lock
from paxdesk.services.gdpr import GdprReview
from paxdesk.services.progress import ProgressStore
from paxdesk.services.token_access import DEFAULT_URLS, TokenAccess


@dataclass(frozen=True)
class Settings:
    """How a conversion runs, given once (``paxdesk.bootstrap`` reads them from the environment)."""

    places: Places              # where backups, settings, progress and reports go
    environ: Mapping[str, str] = field(default_factory=dict)  # where ``--token-env NAME`` is looked up
    apply_batch: int = BATCH    # customers per transaction of the apply
    apply_pause: float = 0.0    # seconds after each committed batch (kill tests, an interrupted demo)
    request_deadline: float = RetryPolicy.deadline  # seconds per MidOffice request, all retries included

    @property
    def backups_dir(self) -> Path:
        return self.places.backups_dir()


@dataclass
class SessionContext:
    """The collaborators every step of one conversion uses, and the state they pass on to each other."""

    crm: Crm                 # the CRM behind the conversion's port (services/crm_port.py)
    engine: Engine | None    # the SQL CRM's engine, for the use cases not behind the port yet; None in memory
    crm_files: list[Path]
    lock: Lock
    progress: ProgressStore
    tokens: TokenAccess
    gdpr: GdprReview
    settings: Settings
    agency_name: str
    midoffice: str
    base_url: str
    adapter_factory: Callable[..., object]
    adapter_options: dict = field(default_factory=dict)
    check: CheckReport | None = None   # the last credential check
    reserved: bool = False             # colleagues checked and the lock taken: the apply may run
    save_lock: threading.Lock = field(default_factory=threading.Lock)

    def adapter(self, **options):
        """A MidOffice adapter with the kept token, only for the address the token belongs to."""
        self.tokens.guard(self.midoffice, self.base_url)
        return self.adapter_factory(self.midoffice, self.base_url, self.tokens.token(self.midoffice),
                                    **{**self.adapter_options, **options})

    @contextmanager
    def connected(self, **options) -> Iterator:
        """An adapter for one job, closed afterwards (a search, a re-link target, a decisions file)."""
        adapter = self.adapter(**options)
        try:
            yield adapter
        finally:
            adapter.close()

    def require_check(self) -> None:
        if self.check is None or not self.check.passed:
            raise CredentialError("the credential check has not passed; nothing was changed")


def open_context(open_crm: Callable[[], Crm], settings: Settings, adapter_factory: Callable[..., object], *,
                 midoffice: str | None = None, base_url: str | None = None, token: str | None = None,
                 token_env: str | None = None, remember_token: bool = True,
                 adapter_options: dict | None = None) -> SessionContext:
    """Open the CRM and read its agency: the MidOffice and address default to what the CRM remembers."""
    if base_url is not None:
        checked_base_url(base_url)  # a refused address fails before the CRM is opened or created
    crm = open_crm()
    engine = getattr(crm, "engine", None)
    agency = crm.agency()
    agency_name = agency.name if agency else ""
    midoffice = midoffice or (agency.midoffice if agency and agency.midoffice else "myjack")
    crm_base_url = agency.base_url if agency and agency.base_url else None
    tokens = TokenAccess(agency_name, given=token, env_name=token_env, environ=settings.environ,
                         remember=remember_token, crm_base_url=crm_base_url, address_given=base_url is not None)
    return SessionContext(crm=crm, engine=engine, crm_files=crm.files, lock=crm.conversion_lock(),
                          progress=ProgressStore(crm.url, settings.places.data_dir()), tokens=tokens,
                          gdpr=GdprReview(engine), settings=settings,
                          agency_name=agency_name, midoffice=midoffice,
                          base_url=base_url or crm_base_url or DEFAULT_URLS[midoffice],
                          adapter_factory=adapter_factory,
                          adapter_options={"policy": RetryPolicy(deadline=settings.request_deadline),
                                           **(adapter_options or {})})
