"""Re-link candidates, like a reconciliation tool: search several ways, merge, rank, judge each by §4.2.

The agent sees, for a CRM copy, the MidOffice customers that are probably the
same person — found by last name, by e-mail and by full name, de-duplicated,
ranked by a similarity score (rapidfuzz) with the fields that agree, and each
classified by the same policy as the matching run (``classify``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from paxdesk.domain.crm_only import crm_only, fields_of, has_value
from paxdesk.domain.matching import Person, Status, classify
from paxdesk.domain.normalize import email_key, n1, n2
from paxdesk.midoffice.base import FetchResult, Found, Gone, MidOfficeCustomer, SearchPage
from paxdesk.services.matching import MatchItem

WEIGHTS = {"name": 0.55, "email": 0.2, "zip": 0.15, "birth_date": 0.1}
AGREES_AT = 90  # a name similarity from here on counts as "name agrees"


@dataclass(frozen=True)
class Candidate:
    """A MidOffice customer proposed for a copy: its score (0–100), why, and what converting to it means."""

    customer: MidOfficeCustomer
    score: float
    agrees: tuple[str, ...]       # "name", "email", "zip", "birth_date": what speaks for it
    status: Status                # §4.2 class of copy vs this record
    differences: tuple[str, ...]
    crm_only: tuple[str, ...]     # what the copy has and this record lacks

    @property
    def number(self) -> str:
        return self.customer.number


def _full_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first or "", last or "") if p.strip())


def queries_for(copy: Mapping[str, str | None]) -> list[str]:
    """Last name, e-mail, full name — the searches the dialog runs as it opens (empty ones left out)."""
    wanted = [copy.get("last_name"), copy.get("email"), _full_name(copy.get("first_name"), copy.get("last_name"))]
    queries: list[str] = []
    for text in wanted:
        text = " ".join((text or "").split())
        if text and text.casefold() not in {q.casefold() for q in queries}:
            queries.append(text)
    return queries


def score(copy: Mapping[str, str | None], live: MidOfficeCustomer) -> tuple[float, tuple[str, ...]]:
    """Weighted similarity: names (token order ignored, under N2), e-mail, postcode, birth date."""
    name = fuzz.token_sort_ratio(n2(_full_name(copy.get("first_name"), copy.get("last_name"))),
                                 n2(_full_name(live.first_name, live.last_name)))
    ours = email_key(copy.get("email"))
    email = 100.0 if ours and ours in {email_key(e) for e in (live.email, *live.other_emails)} else 0.0
    same = {"zip": has_value(copy.get("zip")) and n1(copy.get("zip")) == n1(live.zip),
            "birth_date": has_value(copy.get("birth_date")) and n1(copy.get("birth_date")) == n1(live.birth_date)}
    total = WEIGHTS["name"] * name + WEIGHTS["email"] * email + sum(WEIGHTS[k] * 100 for k, v in same.items() if v)
    agrees = tuple(k for k, ok in (("name", name >= AGREES_AT), ("email", email == 100.0), *same.items()) if ok)
    return round(total, 1), agrees


def judge(copy: Mapping[str, str | None], live: MidOfficeCustomer) -> Candidate:
    crm = Person(copy.get("first_name"), copy.get("last_name"), copy.get("email"))
    verdict = classify(crm, Person(live.first_name, live.last_name, live.email, live.other_emails))
    total, agrees = score(copy, live)
    return Candidate(live, total, agrees, verdict.status, verdict.differences,
                     crm_only(copy, fields_of(live), live.other_emails))


def find_candidates(search: Callable[[str], SearchPage], copy: Mapping[str, str | None],
                    query: str | None = None, limit: int = 25) -> list[Candidate]:
    """Run the searches (or the agent's own ``query``), merge by customer number, best first."""
    found: dict[str, MidOfficeCustomer] = {}
    for text in ([query] if query else queries_for(copy)):
        for customer in search(text).items:
            found.setdefault(customer.number, customer)
    ranked = sorted((judge(copy, c) for c in found.values()), key=lambda c: (-c.score, c.number))
    return ranked[:limit]


@dataclass(frozen=True)
class Miss:
    """The chosen customer could not be had: ``gone`` (does not exist / deleted) or no reliable answer."""

    gone: bool
    reason: str  # "not_found", "deleted", or the failure's reason tag (timeout, transient, ...)


def target(fetch_one: Callable[[str], FetchResult], copy: Mapping[str, str | None],
           number: str) -> Candidate | Miss:
    """The chosen customer fetched afresh (search results may be stale), judged like a candidate."""
    result = fetch_one(number)
    if isinstance(result, Found):
        return judge(copy, result.customer)
    return Miss(isinstance(result, Gone), result.reason)


def as_relinked(item: MatchItem, chosen: Candidate) -> MatchItem:
    """The item as it will be applied, judged against the chosen record: its class, differences and
    ``crm_only`` (the copy's own number stays ``midoffice_id``: the apply checks the copy still has it)."""
    return replace(item, status=chosen.status, differences=chosen.differences, live=chosen.customer,
                   crm_only=chosen.crm_only)
