"""The conversion report for people (CONTRACT §4.3, last paragraph): PDF (fpdf2) and XLSX (openpyxl).

The JSON report is for IT and names nobody. These two are for the agency: labels in the wizard's language
(German, or English: report_words) instead of codes, who ran it and when, the backup, the DSGVO decisions with their reasons, open and failed
customers first, and the customers' names — the agency's own records, which the first page says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from collections.abc import Callable, Iterator

from paxdesk.files import atomic_path
from paxdesk.services.backfill import DroppedValue
from paxdesk.services.gdpr import STATUSES, GdprEntry, count_statuses
from paxdesk.services.report_words import GERMAN, Words, words
from paxdesk.services.spreadsheet import append_values, table_sheet
from paxdesk.domain.plan import Outcome

# The German words (the default; report_words has the English ones): kept under their names for the callers
# that write German lists (backfill_export) and for the tests.
MIDOFFICE, STATUS, OUTCOME = GERMAN.midoffice, GERMAN.status, GERMAN.outcome
ACTION = {"convert": "Konvertieren", "local": "Als paxlounge-Kunde behalten", "skip": "Überspringen"}
GDPR_STATUS, FIELD, REASON = GERMAN.gdpr_status, GERMAN.field, GERMAN.reason
SUMMARY_ROWS, CONFIDENTIAL, ERASED = GERMAN.summary_rows, GERMAN.confidential, GERMAN.erased
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


def outcome_text(item: dict, w: Words = GERMAN) -> str:
    """The outcome in words; a re-link and a merge said as such (CONTRACT §4.3)."""
    outcome = w.outcome[item["outcome"]]
    if item["outcome"] != Outcome.CONVERTED:
        return outcome
    if item["status"] == "major":
        outcome += w.despite_major
    if item.get("relinked_from"):
        outcome += w.relinked.replace("{0}", str(item["relinked_from"]))
    if item.get("merged_into"):
        outcome += w.merged.replace("{0}", str(item["merged_into"])).replace("{1}", str(item["midoffice_id"]))
    return outcome


def _fields(names: list[str], w: Words = GERMAN) -> str:
    return ", ".join(w.field.get(n, n) for n in names)


def _note(item: dict, w: Words = GERMAN) -> str:
    parts = []
    if item.get("differences"):
        parts.append(w.differing + _fields(item["differences"], w))
    if item.get("crm_only"):
        parts.append(w.crm_only + _fields(item["crm_only"], w))
    if item.get("duplicate"):
        parts.append(w.duplicate)
    if item.get("error"):
        parts.append(reason_text(item["error"], w))
    return "; ".join(parts)


def customer_rows(report: dict, facts: ReportFacts) -> list[list[str]]:
    """One row per customer, open and failed first, then by name. The customer is named as the CRM copy
    named them, else (a converted copy holds no name any more) as the MidOffice customer it went to."""
    erased, w = facts.erased, facts.words
    keyed = []
    for item in report["items"]:
        cid, number = item["customer_id"], item["midoffice_id"] or ""
        there = facts.midoffice_names.get(number, "") if item["outcome"] in (Outcome.CONVERTED, None) else ""
        name = w.erased if cid in erased else facts.names.get(cid) or there
        keyed.append(((ORDER.get(item["outcome"], 1), name.casefold(), cid),
                      [name, cid, number, there, w.status[item["status"]], outcome_text(item, w), _note(item, w)]))
    keyed.sort(key=lambda pair: pair[0])
    return [row for _, row in keyed]


CUSTOMER_HEADER, GDPR_HEADER, BACKFILL_HEADER = GERMAN.customer_header, GERMAN.gdpr_header, GERMAN.backfill_header
BACKFILL_INTRO, VALUES_GONE = GERMAN.backfill_intro, GERMAN.values_gone
VALUE_GONE = "–"


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


def backfill_rows(report: dict, facts: ReportFacts) -> list[list[str]]:
    """The values the conversion dropped: each converted item's ``crm_only`` fields, with the value where it
    was read before the apply (this sitting's), else "–" (an earlier attempt's, or a report written later:
    the CRM no longer has them, ``VALUES_GONE`` says where they are)."""
    converted = [i for i in report["items"] if i["outcome"] in (Outcome.CONVERTED, None) and i.get("crm_only")]
    known = {(v.customer_id, v.field): v for v in facts.dropped or ()}
    w = facts.words
    rows = []
    for item in converted:
        cid, number = item["customer_id"], item["midoffice_id"] or ""
        for name in item["crm_only"]:
            value = known.get((cid, name))
            if value is not None:
                rows.extend(value_rows([value], facts.midoffice_names, w))
            else:
                who = facts.names.get(cid) or facts.midoffice_names.get(number, "")
                rows.append([" ".join(who.split()), cid, number, w.field.get(name, name), VALUE_GONE])
    return rows


def values_gone(report: dict, facts: ReportFacts) -> bool:
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


def header_facts(report: dict, facts: ReportFacts) -> list[tuple[str, str]]:
    w = facts.words
    label = w.facts
    note = w.names_notes.get(facts.names_note, facts.names_note)
    return [(label["agency"], facts.agency or "–"), (label["created"], facts.created.strftime(w.created)),
            (label["user"], facts.user or "–"),
            (label["midoffice"], w.midoffice.get(report["midoffice"], report["midoffice"])),
            (label["kind"], w.dry_run if report["dry_run"] else w.conversion),
            (label["backup"], Path(report["backup"]).name if report["backup"] else "–"),
            (label["backup_folder"], str(Path(report["backup"]).parent) if report["backup"] else "–"),
            (label["run"], report["run_id"])] + ([(label["names"], note)] if facts.names_note else [])


def summary_rows(report: dict, w: Words = GERMAN) -> list[tuple[str, int]]:
    summary = report["summary"]
    return [(label, summary[key]) for key, label in w.summary_rows if key in summary]


def gdpr_counts_text(facts: ReportFacts) -> str:
    counts = count_statuses(facts.gdpr)
    return " · ".join(f"{facts.words.gdpr_status[s]}: {counts[s]}" for s in STATUSES)


# -- XLSX -------------------------------------------------------------------------------------------------
STEP = 250  # rows between progress events


@dataclass(frozen=True)
class WriteProgress:
    """Rows of the people's report written so far (both files together), for a progress bar."""

    done: int
    total: int


def _rows_total(report: dict, facts: ReportFacts) -> int:
    return len(report["items"]) + len(facts.gdpr) + len(backfill_rows(report, facts))


def xlsx_steps(report: dict, facts: ReportFacts, path: Path) -> Iterator[int]:
    """Write the XLSX; yields the rows written every ``STEP`` rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    w = facts.words
    book = Workbook()
    sheet = book.active
    sheet.title = w.overview
    append_values(sheet, [w.title])
    sheet["A1"].font = Font(bold=True, size=14)
    append_values(sheet, [w.confidential])
    sheet["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells("A2:B2")
    sheet.row_dimensions[2].height = 45
    sheet.append([])
    for label, value in header_facts(report, facts):
        append_values(sheet, [label, value])
    sheet.append([])
    append_values(sheet, [w.result, w.count])
    sheet.cell(sheet.max_row, 1).font = sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    for label, value in summary_rows(report, w):
        append_values(sheet, [label, value])
    sheet.append([])
    append_values(sheet, [w.gdpr_decisions, gdpr_counts_text(facts)])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    if values_gone(report, facts):
        append_values(sheet, [w.backfill_title, w.values_gone])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        sheet.cell(sheet.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 38
    sheet.column_dimensions["B"].width = 70

    done = 0
    for title, header, rows, widths in (
            (w.customers, w.customer_header, customer_rows(report, facts), (28, 12, 15, 28, 22, 40, 50)),
            (w.gdpr, w.gdpr_header, gdpr_rows(facts), (28, 12, 12, 12, 15, 50)),
            (w.backfill_title, w.backfill_header, backfill_rows(report, facts), (28, 12, 15, 16, 40))):
        table_sheet(book, title, header, rows, widths)
        done += len(rows)
        yield done
    with atomic_path(Path(path)) as temp:  # owner-only, whole or not at all
        book.save(temp)


def write_xlsx(report: dict, facts: ReportFacts, path: Path) -> None:
    for _ in xlsx_steps(report, facts, path):
        pass


# -- PDF ----------------------------------------------------------------------------------------------------
CUSTOMER_WIDTHS = (44, 18, 25, 44, 38, 62, 46)   # 277 mm: landscape A4 less 10 mm margins (seven columns)
GDPR_WIDTHS = (42, 19, 23, 20, 27, 59)
BACKFILL_WIDTHS = (45, 20, 25, 30, 70)


def pdf_steps(report: dict, facts: ReportFacts, path: Path) -> Iterator[int]:
    """Write the PDF; yields the table rows written every ``STEP`` rows (fpdf2 lays out ~1,000 a second)."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    w = facts.words

    class Pdf(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font(family, size=8)
            self.cell(0, 6, safe(w.footer.replace("{0}", facts.agency).replace(
                "{1}", facts.created.strftime(w.footer_time)).replace("{2}", str(self.page_no()))
                .replace("{3}", "{nb}")), align="C")

    pdf = Pdf(orientation="P", format="A4")
    family, safe = with_fonts(pdf)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font(family, "B", 18)
    pdf.cell(0, 10, safe(w.heading), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=10)
    with pdf.table(col_widths=(70, 120), text_align="LEFT", first_row_as_headings=False,
                   borders_layout="NONE", line_height=5.5) as table:
        for label, value in header_facts(report, facts):
            table.row([safe(label), safe(value)])
    pdf.ln(3)
    pdf.set_fill_color(255, 243, 205)
    pdf.multi_cell(0, 5, safe(w.confidential), border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(244, 245, 248)  # the tables' alternate rows
    pdf.ln(4)

    heading = FontFace(emphasis="BOLD", fill_color=(225, 230, 240))
    _section(pdf, family, safe(w.result))
    with pdf.table(col_widths=(120, 30), width=150, align="LEFT", text_align=("LEFT", "RIGHT"),
                   headings_style=heading, line_height=5.5) as table:
        table.row(["", safe(w.count)])
        for label, value in summary_rows(report, w):
            table.row([safe(label), str(value)])
    pdf.ln(4)

    done = 0

    def table_of(header, rows, widths, **style):
        nonlocal done
        pdf.set_font(family, size=8.5)
        with pdf.table(col_widths=widths, text_align="LEFT", headings_style=heading, line_height=4.6,
                       repeat_headings=1, **style) as table:
            table.row([safe(h) for h in header])
            for number, row in enumerate(rows, 1):
                table.row([safe(str(v)) for v in row])
                if number % STEP == 0:
                    yield done + number
        done += len(rows)
        yield done

    _section(pdf, family, safe(w.gdpr_section))
    pdf.cell(0, 6, safe(gdpr_counts_text(facts)), new_x="LMARGIN", new_y="NEXT")
    rows = gdpr_rows(facts)
    if rows:
        yield from table_of(w.gdpr_header, rows, GDPR_WIDTHS)
    pdf.ln(4)

    rows = backfill_rows(report, facts)
    if rows:
        _section(pdf, family, safe(w.backfill_title))
        intro = w.backfill_intro + (" " + w.values_gone if values_gone(report, facts) else "")
        pdf.multi_cell(0, 5, safe(intro), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        yield from table_of(w.backfill_header, rows, BACKFILL_WIDTHS)
        pdf.ln(4)

    pdf.add_page(orientation="L")
    _section(pdf, family, safe(w.customers_section))
    yield from table_of(w.customer_header, customer_rows(report, facts), CUSTOMER_WIDTHS,
                        cell_fill_color=(244, 245, 248), cell_fill_mode="ROWS")
    with atomic_path(Path(path)) as temp:  # owner-only, whole or not at all
        pdf.output(str(temp))


def write_pdf(report: dict, facts: ReportFacts, path: Path) -> None:
    for _ in pdf_steps(report, facts, path):
        pass


def _section(pdf, family: str, title: str) -> None:
    pdf.set_font(family, "B", 12)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=10)


def with_fonts(pdf) -> tuple[str, Callable[[str], str]]:
    """A4 margins and the system's Unicode font on ``pdf``: (font family, text as the font can show it) —
    without a TrueType font, fpdf2's Helvetica knows Latin-1 only."""
    pdf.set_margins(10, 12, 10)
    regular, bold = system_fonts()
    if not regular:
        return "helvetica", lambda text: text.encode("latin-1", "replace").decode("latin-1")
    pdf.add_font("body", "", regular)
    pdf.add_font("body", "B", bold or regular)
    return "body", lambda text: text


def system_fonts() -> tuple[str | None, str | None]:
    """A Unicode TrueType font (regular, bold) of the system: DejaVu on Linux, Arial on Windows/macOS."""
    for regular, bold in (("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                           "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
                          ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
                          ("/System/Library/Fonts/Supplemental/Arial.ttf",
                           "/System/Library/Fonts/Supplemental/Arial Bold.ttf")):
        if Path(regular).exists():
            return regular, bold if Path(bold).exists() else None
    return None, None


def report_paths(folder: Path, created: datetime, stem: str | None = None,
                 english: bool = False) -> tuple[Path, Path]:
    """``<stem>.pdf`` and ``<stem>.xlsx`` in ``folder`` (``paxdesk-Bericht-YYYY-MM-DD-HHMM`` by default,
    ``paxdesk-report-…`` in English); an
    existing report of another run with the same minute is never overwritten: ``-2``, ``-3`` … are added."""
    folder.mkdir(parents=True, exist_ok=True)
    if stem is None:
        base = report_name(created, english)
        stem, n = base, 1
        while (folder / f"{stem}.pdf").exists() or (folder / f"{stem}.xlsx").exists():
            n += 1
            stem = f"{base}-{n}"
    return folder / f"{stem}.pdf", folder / f"{stem}.xlsx"


def save_steps(report: dict, facts: ReportFacts, folder: Path, stem: str | None = None,
               ) -> Iterator[WriteProgress | tuple[Path, Path]]:
    """Write the PDF and the XLSX into ``folder``; yields WriteProgress, then the paths (PDF, XLSX)."""
    pdf, xlsx = report_paths(folder, facts.created, stem, facts.english)
    total = 2 * _rows_total(report, facts)
    yield WriteProgress(0, total)
    for done in pdf_steps(report, facts, pdf):
        yield WriteProgress(done, total)
    for done in xlsx_steps(report, facts, xlsx):
        yield WriteProgress(total // 2 + done, total)
    yield pdf, xlsx


def save_reports(report: dict, facts: ReportFacts, folder: Path, stem: str | None = None) -> tuple[Path, Path]:
    """Write ``<stem>.pdf`` and ``<stem>.xlsx`` into ``folder`` (see ``report_paths``). Returns the paths."""
    *_, paths = save_steps(report, facts, folder, stem)
    return paths
