"""The matching run: fetch each v1 copy's live record, classify it, stream items and progress.

Failures are retried once more at the end (single re-checks); whatever still
fails is ``error`` — a transport or server error is never ``deleted``.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


from paxdesk.crm.repository import CopyRow
from paxdesk.domain.crm_only import crm_only, fields_of
from paxdesk.domain.matching import Person, Status, classify
from paxdesk.errors import Cancelled, MidOfficeError, Unreachable
from paxdesk.midoffice.base import Failed, Found, Gone, MidOfficeCustomer
from paxdesk.midoffice.concurrency import run_bounded
from paxdesk.services.crm_port import CopySource

LiveRecord = MidOfficeCustomer  # the live record on a MatchItem, as the layers above the services name it

PROGRESS_EVERY = 0.1  # seconds between progress events
OUTAGE_FAILURES = 50  # customers in a row without an answer: ask the MidOffice whether it is still there
NO_ANSWER = {"unreachable", "timeout"}
OUTAGE_MESSAGE = ("the MidOffice stopped answering during the comparison; nothing was changed. "
                  "Please run the conversion again when it is reachable")
NONE_ANSWERED_MESSAGE = ("the MidOffice answered none of the comparison's requests in time; nothing was changed. "
                         "Please run the conversion again when it is reachable")


class OutageWatch:
    """Tells an outage (the MidOffice stopped answering) from scattered failures (single items 'error').

    A customer without any answer (refused, reset, timed out — after its retries) raises the question, and
    the MidOffice itself answers it: ``probe`` asks it directly (its identity endpoint, with the usual
    retries). No answer to that either: the run stops, nothing changed. Any answer, even an error status:
    the failures were scattered and only those customers are ``error``. Asked when OUTAGE_FAILURES
    customers in a row got no answer (a vanished MidOffice stops a large run early) and at the end of
    each pass while any customer is left without an answer (so a small rest cannot slip through). A pass
    in which not one customer request got an answer stops without asking: the identity may still answer
    while every customer request hangs, and retrying each number would be another deadline each.
    """

    def __init__(self, probe: Callable[[], object]):
        self._probe = probe
        self._streak = 0
        self._unanswered: set[str] = set()
        self._answered_any = False

    def saw(self, result) -> None:
        if isinstance(result, Failed) and result.reason in NO_ANSWER:
            self._unanswered.add(result.number)
            self._streak += 1
            if self._streak >= OUTAGE_FAILURES:
                self.confirm_answering()
        else:  # any answer, even 503: the MidOffice is there
            self._unanswered.discard(result.number)
            self._streak = 0
            self._answered_any = True

    def end_of_pass(self) -> None:
        if not self._unanswered:
            return
        if not self._answered_any:
            raise Unreachable(NONE_ANSWERED_MESSAGE, "outage")
        self.confirm_answering()

    def confirm_answering(self) -> None:
        """Raise Unreachable('outage') unless the MidOffice answers a direct question."""
        try:
            self._probe()
        except Unreachable:
            raise Unreachable(OUTAGE_MESSAGE, "outage") from None
        except MidOfficeError:
            pass  # an answer, even 401/403/5xx: the MidOffice is there
        self._streak = 0


@dataclass(slots=True)  # 100,000 of them in memory: no __dict__ each
class MatchItem:
    customer_id: str
    midoffice_id: str | None
    status: Status
    differences: tuple[str, ...] = ()
    duplicate: bool = False
    error: str | None = None
    crm: Person | None = None
    live: MidOfficeCustomer | None = None
    crm_only: tuple[str, ...] = ()  # personal fields the copy has and the live record lacks (CONTRACT §4.3)


@dataclass(frozen=True)
class MatchProgress:
    done: int
    total: int
    counts: dict[str, int] = field(default_factory=dict)
    requests_per_s: float = 0.0
    eta_s: float | None = None
    phase: str = "fetch"  # fetch, retry, done


def reference_of(copy: CopyRow) -> str | None:
    number = (copy.midoffice_id or "").strip()
    return number or None


def item_for(copy: CopyRow, result, duplicate: bool) -> MatchItem:
    crm = Person(copy.first_name, copy.last_name, copy.email)
    number = reference_of(copy)
    if isinstance(result, Found):
        live = result.customer
        verdict = classify(crm, Person(live.first_name, live.last_name, live.email, live.other_emails))
        return MatchItem(copy.id, number, verdict.status, verdict.differences, duplicate, crm=crm, live=live,
                         crm_only=crm_only(fields_of(copy), fields_of(live), live.other_emails))
    if isinstance(result, Gone):
        return MatchItem(copy.id, number, Status.DELETED, (), duplicate, crm=crm)
    assert isinstance(result, Failed)
    return MatchItem(copy.id, number, Status.ERROR, (), duplicate, error=result.reason, crm=crm)


def run_matching(crm: CopySource, adapter, midoffice: str, cancelled: Callable[[], bool] = lambda: False,
                 retry_concurrency: int = 4) -> Iterator[MatchItem | MatchProgress]:
    """Yield one MatchItem per v1 copy of ``midoffice`` (``crm.copies``) and MatchProgress events in between."""
    copies, referenced = crm.copies(midoffice)
    groups: dict[str, list[CopyRow]] = defaultdict(list)
    total = len(copies)
    counts: Counter[str] = Counter()
    done = 0
    for copy in copies:
        number = reference_of(copy)
        if number is None:
            counts[Status.NO_REFERENCE] += 1
            done += 1
            yield MatchItem(copy.id, None, Status.NO_REFERENCE, crm=Person(copy.first_name, copy.last_name,
                                                                            copy.email))
        else:
            groups[number].append(copy)
    duplicates = {n for n, group in groups.items() if len(group) > 1 or n in referenced}

    started = time.monotonic()
    requests_at_start = adapter.requests_sent
    last_progress = 0.0
    fetched = 0

    def progress(phase: str) -> MatchProgress:
        elapsed = max(time.monotonic() - started, 1e-6)
        rate = (adapter.requests_sent - requests_at_start) / elapsed
        per_item = elapsed / fetched if fetched else None
        eta = per_item * (total - done) if per_item is not None else None
        return MatchProgress(done, total, dict(counts), rate, eta, phase)

    def emit(number: str, result) -> Iterator[MatchItem]:
        nonlocal done
        for copy in groups[number]:
            item = item_for(copy, result, number in duplicates)
            counts[item.status] += 1
            done += 1
            yield item

    yield progress("fetch")
    failed: list[str] = []
    answered: set[str] = set()
    outage = OutageWatch(adapter.identity)
    for result in adapter.fetch_many(list(groups), cancelled):
        outage.saw(result)
        fetched += 1
        answered.add(result.number)
        if isinstance(result, Failed):
            failed.append(result.number)
        else:
            yield from emit(result.number, result)
        now = time.monotonic()
        if now - last_progress >= PROGRESS_EVERY:
            last_progress = now
            yield progress("fetch")
    if cancelled():
        raise Cancelled("matching cancelled")
    failed += [n for n in groups if n not in answered]  # an adapter that fell silent is a failure, not gone
    outage.end_of_pass()

    if failed:  # the final retry pass: one single re-check per number that failed
        yield progress("retry")
        for result in run_bounded(adapter.fetch_one, failed, retry_concurrency, cancelled):
            outage.saw(result)
            yield from emit(result.number, result)
            yield progress("retry")
        if cancelled():
            raise Cancelled("matching cancelled")
        outage.end_of_pass()
    yield progress("done")
