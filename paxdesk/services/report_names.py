"""The names the people's report gives each customer (CONTRACT §4.3: "each converted customer … with the
MidOffice customer it went to (number and name there)").

A converted copy holds no name any more, and v2 keeps none: the name is where v2 finds it, in the
MidOffice. Names the sitting already has (the copies and the live records of its comparison) are used
as they are; the rest — customers an earlier, interrupted attempt converted, a report written again
later — are fetched live, with progress. Without a token or an answer the report says so on its first
page instead of failing: the report is the agency's record of the conversion and must be writable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from paxdesk.errors import PaxdeskError
from paxdesk.midoffice.base import Found, Gone
from paxdesk.services.report_export import WriteProgress
from paxdesk.domain.plan import Outcome
from paxdesk.domain.report import Report

NO_TOKEN = "Für einige Kunden konnte der Name im MidOffice nicht abgerufen werden (kein gespeicherter Token)."
NO_ANSWER = "Für einige Kunden konnte der Name im MidOffice nicht abgerufen werden (MidOffice nicht erreichbar)."
GONE = "Für einige Kunden gab es im MidOffice keinen Namen mehr (dort inzwischen gelöscht)."


@dataclass
class ReportNames:
    crm: dict[str, str] = field(default_factory=dict)        # customer id -> name in the CRM copy
    midoffice: dict[str, str] = field(default_factory=dict)  # MidOffice no. -> name there
    note: str = ""                                            # why some MidOffice names are missing


def converted_numbers(report: Report) -> set[str]:
    return {i.midoffice_id for i in report.items if i.outcome == Outcome.CONVERTED and i.midoffice_id}


def gather_names(report: Report, crm: Mapping[str, str], midoffice: Mapping[str, str],
                 crm_lookup: Callable[[list[str]], dict[str, str]],
                 adapter: Callable[[], object]) -> Iterator[WriteProgress | ReportNames]:
    """Yields WriteProgress while fetching, then the ReportNames. ``adapter()`` opens a MidOffice client
    (it may raise: no token, an address not agreed to)."""
    names = ReportNames(dict(crm), dict(midoffice))
    missing = [i.customer_id for i in report.items if i.customer_id not in names.crm]
    names.crm.update(crm_lookup(missing))
    wanted = sorted(converted_numbers(report) - set(names.midoffice))
    if not wanted:
        yield names
        return
    try:
        client = adapter()
    except PaxdeskError:
        names.note = NO_TOKEN
        yield names
        return
    gone = failed = 0
    try:
        yield WriteProgress(0, len(wanted))
        for done, result in enumerate(client.fetch_many(wanted), 1):
            if isinstance(result, Found):
                names.midoffice[result.number] = result.customer.name
            elif isinstance(result, Gone):
                gone += 1
            else:
                failed += 1
            if done % 50 == 0:
                yield WriteProgress(done, len(wanted))
    except PaxdeskError:
        failed = len(set(wanted) - set(names.midoffice))
    finally:
        client.close()
    names.note = NO_ANSWER if failed else GONE if gone else ""
    yield names
