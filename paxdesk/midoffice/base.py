"""The vendor-neutral view of a MidOffice: identity, customers, and per-number fetch results.

``Gone`` is returned only for an explicit not-found or deleted answer of the
MidOffice; anything else that goes wrong for a number is ``Failed`` with a
reason tag (transient, timeout, unreachable, rate_limited, protocol).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from paxdesk.domain.crm_only import PersonalFields


@dataclass(frozen=True, slots=True)  # one per customer of a run: no __dict__ each
class MidOfficeCustomer(PersonalFields):
    """A customer as the MidOffice has it: ``email`` is the primary address, ``other_emails`` the rest."""

    number: str
    other_emails: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """"First Last" as the MidOffice has it (either may be missing)."""
        return " ".join(p for p in (self.first_name or "", self.last_name or "") if p)


@dataclass(frozen=True)
class Identity:
    agency_id: str
    agency_name: str
    user_email: str | None
    scopes: frozenset[str]  # subset of {"read", "search"}


@dataclass(frozen=True, slots=True)
class Found:
    number: str
    customer: MidOfficeCustomer


@dataclass(frozen=True, slots=True)
class Gone:
    number: str
    reason: str  # "not_found" or "deleted"


@dataclass(frozen=True, slots=True)
class Failed:
    number: str
    reason: str  # transient, timeout, unreachable, rate_limited, protocol
    detail: str = ""


FetchResult = Found | Gone | Failed


@dataclass(frozen=True)
class SearchPage:
    items: list[MidOfficeCustomer] = field(default_factory=list)
    next_cursor: str | None = None


class MidOfficeAdapter(Protocol):
    name: str

    def identity(self) -> Identity: ...

    def fetch_many(self, numbers: Iterable[str],
                   cancelled: Callable[[], bool] = lambda: False) -> Iterator[FetchResult]:
        """One result per distinct number, in completion order. Raises AuthError/ScopeError for the run."""

    def fetch_one(self, number: str) -> FetchResult: ...

    def search(self, text: str, cursor: str | None = None, limit: int = 25) -> SearchPage: ...

    @property
    def requests_sent(self) -> int: ...

    def close(self) -> None: ...
