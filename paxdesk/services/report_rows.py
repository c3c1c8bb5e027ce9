"""What the people's report says (CONTRACT §4.3, last paragraph), apart from how PDF or XLSX lays it out.

The JSON report is for IT and names nobody. The PDF and the XLSX are for the agency: labels in the wizard's
language (German, or English: report_words) instead of codes, who ran it and when, the backup, the DSGVO
decisions with their reasons, open and failed customers first, and the customers' names — the agency's own
records, which the first page says. Both files take their rows from here, so they say the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from paxdesk.domain.plan import Outcome
from paxdesk.domain.report import Report, ReportItem
from paxdesk.services.backfill import DroppedValue
from paxdesk.services.gdpr import STATUSES, GdprEntry, count_statuses
from paxdesk.services.report_words import GERMAN, Words, words

# The German words (the default; report_words has the English ones): kept under their names for the callers
# that write German lists (backfill_export) and for the tests.
MIDOFFICE, STATUS, OUTCOME = GERMAN.midoffice, GERMAN.status, GERMAN.outcome
ACTION = {"convert": "Konvertieren", "local": "Als paxlounge-Kunde behalten", "skip": "Überspringen"}
GDPR_STATUS, FIELD, REASON = GERMAN.gdpr_status, GERMAN.field, GERMAN.reason
SUMMARY_ROWS, CONFIDENTIAL, ERASED = GERMAN.summary_rows, GERMAN.confidential, GERMAN.erased
CUSTOMER_HEADER, GDPR_HEADER, BACKFILL_HEADER = GERMAN.customer_header, GERMAN.gdpr_header, GERMAN.backfill_header
BACKFILL_INTRO, VALUES_GONE = GERMAN.backfill_intro, GERMAN.values_gone
VALUE_GONE = "–"
# Open and failed first: what still needs the agent comes before what is done.
ORDER = {Outcome.FAILED: 0, Outcome.SKIPPED: 1, None: 1, Outcome.CONVERTED_LOCAL: 2, Outcome.CONVERTED: 3}


@dataclass
class ReportFacts:
    """What the people's report adds to the JSON report: who, when, names, merges, the DSGVO decisions."""

    agency: str
    user: str
    created: datetime
    names: dict[str, str] = field(default_factory=dict)   # customer id -> "Vorname Nachname" in the CRM copy
    gdpr: list[GdprEntry] = field(default_factory=list)
    midoffice_names: dict[str, str] = field(default_factory=dict)  # MidOffice no. -> the name there
    names_note: str = ""  # why some MidOffice names are missing (no token, not reachable), for the first page
    dropped: list[DroppedValue] | None = None  # "In MidOffice nachtragen" values; None: no longer known
    english: bool = False  # the wizard was shown in English: so is the report, and its file name

    @property
    def words(self) -> Words:
        return words(self.english)

    @property
    def erased(self) -> set[str]:
        """Deleted or anonymized in the DSGVO step: the report shows their number, never their name."""
        return {e.id for e in self.gdpr if e.status in ("deleted", "anonymized")}


def report_name(created: datetime, english: bool = False) -> str:
    return f"{words(english).stem}-{created:%Y-%m-%d-%H%M}"


def reason_text(tag: str | None, w: Words = GERMAN) -> str:
    if not tag:
        return ""
    for prefix, text in w.reason:
        if tag.startswith(prefix):
            return text
    return w.see_json


def outcome_text(item: ReportItem, w: Words = GERMAN) -> str:
    """The outcome in words; a re-link and a merge said as such (CONTRACT §4.3)."""
    outcome = w.outcome[item.outcome]
    if item.outcome != Outcome.CONVERTED:
        return outcome
    if item.status == "major":
        outcome += w.despite_major
    if item.relinked_from:
        outcome += w.relinked.replace("{0}", str(item.relinked_from))
    if item.merged_into:
        outcome += w.merged.replace("{0}", str(item.merged_into)).replace("{1}", str(item.midoffice_id))
    return outcome


def _fields(names: tuple[str, ...], w: Words = GERMAN) -> str:
    return ", ".join(w.field.get(n, n) for n in names)


def _note(item: ReportItem, w: Words = GERMAN) -> str:
    parts = []
    if item.differences:
        parts.append(w.differing + _fields(item.differences, w))
    if item.crm_only:
        parts.append(w.crm_only + _fields(item.crm_only, w))
    if item.duplicate:
        parts.append(w.duplicate)
    if item.error:
        parts.append(reason_text(item.error, w))
    return "; ".join(parts)


def customer_rows(report: Report, facts: ReportFacts) -> list[list[str]]:
    """One row per customer, open and failed first, then by name. The customer is named as the CRM copy
    named them, else (a converted copy holds no name any more) as the MidOffice customer it went to."""
    erased, w = facts.erased, facts.words
    keyed = []
    for item in report.items:
        cid, number = item.customer_id, item.midoffice_id or ""
        there = facts.midoffice_names.get(number, "") if item.outcome in (Outcome.CONVERTED, None) else ""
        name = w.erased if cid in erased else facts.names.get(cid) or there
        keyed.append(((ORDER.get(item.outcome, 1), name.casefold(), cid),
                      [name, cid, number, there, w.status[item.status], outcome_text(item, w), _note(item, w)]))
    keyed.sort(key=lambda pair: pair[0])
    return [row for _, row in keyed]


def value_text(field: str, value: str, w: Words = GERMAN) -> str:
    """A value as the agent types it into the MidOffice: a birth date as TT.MM.JJJJ (in German)."""
    if w.birth_date_german and field == "birth_date" and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return f"{value[8:]}.{value[5:7]}.{value[:4]}"
    return value


def value_rows(values: list[DroppedValue], midoffice_names: dict[str, str] | None = None,
               w: Words = GERMAN) -> list[list[str]]:
    """"In MidOffice nachtragen" rows: customer, CRM no., MidOffice no., field, value."""
    there = midoffice_names or {}
    return [[" ".join((v.name or there.get(v.number, "")).split()), v.customer_id, v.number,
             w.field.get(v.field, v.field), value_text(v.field, v.value, w)] for v in values]


def backfill_rows(report: Report, facts: ReportFacts) -> list[list[str]]:
    """The values the conversion dropped: each converted item's ``crm_only`` fields, with the value where it
    was read before the apply (this sitting's), else "–" (an earlier attempt's, or a report written later:
    the CRM no longer has them, ``VALUES_GONE`` says where they are)."""
    converted = [i for i in report.items if i.outcome in (Outcome.CONVERTED, None) and i.crm_only]
    known = {(v.customer_id, v.field): v for v in facts.dropped or ()}
    w = facts.words
    rows = []
    for item in converted:
        cid, number = item.customer_id, item.midoffice_id or ""
        for name in item.crm_only:
            value = known.get((cid, name))
            if value is not None:
                rows.extend(value_rows([value], facts.midoffice_names, w))
            else:
                who = facts.names.get(cid) or facts.midoffice_names.get(number, "")
                rows.append([" ".join(who.split()), cid, number, w.field.get(name, name), VALUE_GONE])
    return rows


def values_gone(report: Report, facts: ReportFacts) -> bool:
    return any(row[4] == VALUE_GONE for row in backfill_rows(report, facts))


def gdpr_rows(facts: ReportFacts) -> list[list]:
    order = {status: i for i, status in enumerate(STATUSES)}
    w = facts.words
    rows = []
    for entry in sorted(facts.gdpr, key=lambda e: (order[e.status], e.id)):
        c = entry.customer
        name = w.erased if entry.id in facts.erased else \
            " ".join(p for p in (c.get("first_name"), c.get("last_name")) if p) or facts.names.get(entry.id, "")
        rows.append([name, entry.id, int(c.get("consultations", 0)), int(c.get("offers", 0)),
                     w.gdpr_status[entry.status], entry.reason or ""])
    return rows


def header_facts(report: Report, facts: ReportFacts) -> list[tuple[str, str]]:
    w = facts.words
    label = w.facts
    note = w.names_notes.get(facts.names_note, facts.names_note)
    return [(label["agency"], facts.agency or "–"), (label["created"], facts.created.strftime(w.created)),
            (label["user"], facts.user or "–"),
            (label["midoffice"], w.midoffice.get(report.midoffice, report.midoffice)),
            (label["kind"], w.dry_run if report.dry_run else w.conversion),
            (label["backup"], Path(report.backup).name if report.backup else "–"),
            (label["backup_folder"], str(Path(report.backup).parent) if report.backup else "–"),
            (label["run"], report.run_id)] + ([(label["names"], note)] if facts.names_note else [])


def summary_rows(report: Report, w: Words = GERMAN) -> list[tuple[str, int]]:
    return [(label, getattr(report.summary, key)) for key, label in w.summary_rows]


def gdpr_counts_text(facts: ReportFacts) -> str:
    counts = count_statuses(facts.gdpr)
    return " · ".join(f"{facts.words.gdpr_status[s]}: {counts[s]}" for s in STATUSES)


def rows_total(report: Report, facts: ReportFacts) -> int:
    """The table rows of one file (customers, DSGVO, "In MidOffice nachtragen"): the progress bar's length."""
    return len(report.items) + len(facts.gdpr) + len(backfill_rows(report, facts))
