"""The conversion report for people (CONTRACT §4.3, last paragraph): PDF (fpdf2) and XLSX (openpyxl).

The JSON report is for IT and names nobody. These two are for the agency: German labels instead of
codes, who ran it and when, the backup, the DSGVO decisions with their reasons, open and failed
customers first, and the customers' names — the agency's own records, which the first page says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from paxdesk.files import atomic_path
from paxdesk.services.gdpr import STATUSES, GdprEntry, count_statuses

MIDOFFICE = {"myjack": "myJack v2 (Bewotec)", "midoco": "Midoco v2"}
STATUS = {"match": "Übereinstimmend", "minor": "Kleine Abweichung", "major": "Große Abweichung",
          "deleted": "Im MidOffice gelöscht", "no_reference": "Ohne MidOffice-Nummer", "error": "Nicht prüfbar"}
OUTCOME = {"converted": "Konvertiert", "converted_local": "Als paxlounge-Kunde behalten",
           "skipped": "Unverändert (offen)", "failed": "Fehlgeschlagen", None: "Probelauf: nichts geändert"}
ACTION = {"convert": "Konvertieren", "local": "Als paxlounge-Kunde behalten", "skip": "Überspringen"}
GDPR_STATUS = {"open": "offen", "kept": "behalten", "deleted": "gelöscht", "anonymized": "anonymisiert"}
FIELD = {"salutation": "Anrede", "title": "Titel", "first_name": "Vorname", "last_name": "Nachname",
         "email": "E-Mail", "phone": "Telefon", "street": "Straße", "zip": "PLZ", "city": "Ort",
         "country": "Land", "birth_date": "Geburtsdatum"}
# Reasons an item carries (tags, never personal values), worded for the agent.
REASON = (("changed_since_matching", "im CRM geändert, nachdem verglichen wurde"),
          ("cancelled", "Konvertierung abgebrochen, bevor der Kunde an der Reihe war"),
          ("database_error", "Datenbankfehler beim Speichern"),
          ("decision_", "Entscheidung war für diesen Fall nicht möglich"),
          ("timeout", "MidOffice antwortete nicht rechtzeitig"),
          ("unreachable", "MidOffice nicht erreichbar"), ("transient", "MidOffice vorübergehend gestört"),
          ("protocol", "unerwartete Antwort des MidOffice"), ("auth", "Token nicht akzeptiert"),
          ("scope", "Berechtigung fehlt"))
SUMMARY_ROWS = (("total", "Geprüfte Kunden (alte Kopien)"), ("converted", "Konvertiert: nur noch MidOffice-Nummer"),
                ("converted_local", "Als paxlounge-Kunde behalten"), ("skipped", "Unverändert (offen)"),
                ("failed", "Fehlgeschlagen"), ("match", "Prüfung: übereinstimmend"),
                ("minor", "Prüfung: kleine Abweichung"), ("major", "Prüfung: große Abweichung"),
                ("deleted", "Prüfung: im MidOffice gelöscht"), ("no_reference", "Prüfung: ohne MidOffice-Nummer"),
                ("error", "Prüfung: nicht prüfbar"), ("duplicates", "Dubletten"),
                ("with_crm_only", "Mit Daten nur im CRM"), ("relinked", "Neu verknüpft (anderer MidOffice-Kunde)"),
                ("merged", "Zusammengeführt (in einen anderen Kunden)"))
CONFIDENTIAL = ("Vertraulich: Dieser Bericht nennt Kundinnen und Kunden Ihrer Agentur mit Namen (Ihre eigenen "
                "Kundendaten). Bitte geschützt aufbewahren und nicht weitergeben. Der JSON-Bericht für die IT "
                "enthält keine Namen.")
ERASED = "– (DSGVO: entfernt)"
# Open and failed first: what still needs the agent comes before what is done.
ORDER = {"failed": 0, "skipped": 1, None: 1, "converted_local": 2, "converted": 3}


@dataclass
class ReportFacts:
    """What the people's report adds to the JSON report: who, when, names, merges, the DSGVO decisions."""

    agency: str
    user: str
    created: datetime
    names: dict[str, str] = field(default_factory=dict)   # customer id -> "Vorname Nachname"
    gdpr: list[GdprEntry] = field(default_factory=list)

    @property
    def erased(self) -> set[str]:
        """Deleted or anonymized in the DSGVO step: the report shows their number, never their name."""
        return {e.id for e in self.gdpr if e.status in ("deleted", "anonymized")}


def report_name(created: datetime) -> str:
    return f"paxdesk-Bericht-{created:%Y-%m-%d-%H%M}"


def reason_text(tag: str | None) -> str:
    if not tag:
        return ""
    for prefix, words in REASON:
        if tag.startswith(prefix):
            return words
    return "siehe JSON-Bericht"


def outcome_text(item: dict) -> str:
    """The outcome in words; a re-link and a merge said as such (CONTRACT §4.3)."""
    outcome = OUTCOME[item["outcome"]]
    if item["outcome"] != "converted":
        return outcome
    if item.get("relinked_from"):
        outcome += f", neu verknüpft (vorher MidOffice-Nr. {item['relinked_from']})"
    if item.get("merged_into"):
        outcome += f", zusammengeführt mit Kunde {item['merged_into']}"
    return outcome


def _fields(names: list[str]) -> str:
    return ", ".join(FIELD.get(n, n) for n in names)


def _note(item: dict) -> str:
    parts = []
    if item.get("differences"):
        parts.append("abweichend: " + _fields(item["differences"]))
    if item.get("crm_only"):
        parts.append("nur im CRM: " + _fields(item["crm_only"]))
    if item.get("duplicate"):
        parts.append("Dublette")
    if item.get("error"):
        parts.append(reason_text(item["error"]))
    return "; ".join(parts)


def customer_rows(report: dict, facts: ReportFacts) -> list[list[str]]:
    """One row per customer, open and failed first, then by name."""
    erased = facts.erased
    items = sorted(report["items"], key=lambda i: (ORDER.get(i["outcome"], 1),
                                                   facts.names.get(i["customer_id"], "").casefold(),
                                                   i["customer_id"]))
    rows = []
    for item in items:
        outcome = outcome_text(item)
        cid = item["customer_id"]
        name = ERASED if cid in erased else facts.names.get(cid, "")
        rows.append([name, cid, item["midoffice_id"] or "", STATUS[item["status"]], outcome,
                     _note(item)])
    return rows


CUSTOMER_HEADER = ["Kunde", "CRM-Nr.", "MidOffice-Nr.", "Prüfung", "Ergebnis", "Hinweis"]
GDPR_HEADER = ["Kunde", "CRM-Nr.", "Beratungen", "Angebote", "Entscheidung", "Grund"]


def gdpr_rows(facts: ReportFacts) -> list[list[str]]:
    order = {status: i for i, status in enumerate(STATUSES)}
    rows = []
    for entry in sorted(facts.gdpr, key=lambda e: (order[e.status], e.id)):
        c = entry.customer
        name = ERASED if entry.id in facts.erased else \
            " ".join(p for p in (c.get("first_name"), c.get("last_name")) if p) or facts.names.get(entry.id, "")
        rows.append([name, entry.id, str(c.get("consultations", 0)), str(c.get("offers", 0)),
                     GDPR_STATUS[entry.status], entry.reason or ""])
    return rows


def header_facts(report: dict, facts: ReportFacts) -> list[tuple[str, str]]:
    return [("Agentur", facts.agency or "–"), ("Erstellt am", f"{facts.created:%d.%m.%Y um %H:%M} Uhr"),
            ("Ausgeführt von (Windows-Benutzer)", facts.user or "–"),
            ("MidOffice", MIDOFFICE.get(report["midoffice"], report["midoffice"])),
            ("Art", "Probelauf – nichts wurde geändert" if report["dry_run"] else "Konvertierung"),
            ("Sicherung vor der Konvertierung", Path(report["backup"]).name if report["backup"] else "–"),
            ("Ordner der Sicherung", str(Path(report["backup"]).parent) if report["backup"] else "–"),
            ("Lauf-Nr.", report["run_id"])]


def summary_rows(report: dict) -> list[tuple[str, int]]:
    summary = report["summary"]
    return [(label, summary[key]) for key, label in SUMMARY_ROWS if key in summary]


def gdpr_counts_text(facts: ReportFacts) -> str:
    counts = count_statuses(facts.gdpr)
    return " · ".join(f"{GDPR_STATUS[s]}: {counts[s]}" for s in STATUSES)


# -- XLSX -------------------------------------------------------------------------------------------------
def write_xlsx(report: dict, facts: ReportFacts, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Übersicht"
    sheet.append(["paxdesk – Konvertierungsbericht"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([CONFIDENTIAL])
    sheet["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells("A2:B2")
    sheet.row_dimensions[2].height = 45
    sheet.append([])
    for label, value in header_facts(report, facts):
        sheet.append([label, value])
    sheet.append([])
    sheet.append(["Ergebnis", "Anzahl"])
    sheet.cell(sheet.max_row, 1).font = sheet.cell(sheet.max_row, 2).font = Font(bold=True)
    for label, value in summary_rows(report):
        sheet.append([label, value])
    sheet.append([])
    sheet.append(["DSGVO-Entscheidungen", gdpr_counts_text(facts)])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    sheet.column_dimensions["A"].width = 38
    sheet.column_dimensions["B"].width = 70

    _table_sheet(book, "Kunden", CUSTOMER_HEADER, customer_rows(report, facts), (28, 12, 15, 22, 28, 50))
    _table_sheet(book, "DSGVO", GDPR_HEADER, gdpr_rows(facts), (28, 12, 12, 12, 15, 50))
    with atomic_path(Path(path)) as temp:  # owner-only, whole or not at all
        book.save(temp)


def _table_sheet(book, title: str, header: list[str], rows: list[list[str]], widths: tuple[int, ...]) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(1, len(rows) + 1)}"


# -- PDF ----------------------------------------------------------------------------------------------------
CUSTOMER_WIDTHS = (40, 18, 25, 31, 34, 42)   # 190 mm: portrait A4 less 10 mm margins
GDPR_WIDTHS = (42, 19, 23, 20, 27, 59)


def write_pdf(report: dict, facts: ReportFacts, path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    regular, bold = _fonts()

    class Pdf(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font(family, size=8)
            self.cell(0, 6, f"paxdesk – Konvertierungsbericht · {facts.agency} · "
                            f"{facts.created:%d.%m.%Y %H:%M} · Seite {self.page_no()} von {{nb}}", align="C")

    pdf = Pdf(orientation="P", format="A4")
    pdf.set_margins(10, 12, 10)
    pdf.set_auto_page_break(True, margin=16)
    if regular:
        pdf.add_font("body", "", regular)
        pdf.add_font("body", "B", bold or regular)
        family = "body"
    else:
        family = "helvetica"
    safe = (lambda text: text) if regular else (lambda text: text.encode("latin-1", "replace").decode("latin-1"))
    pdf.add_page()
    pdf.set_font(family, "B", 18)
    pdf.cell(0, 10, safe("Konvertierungsbericht"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=10)
    with pdf.table(col_widths=(70, 120), text_align="LEFT", first_row_as_headings=False,
                   borders_layout="NONE", line_height=5.5) as table:
        for label, value in header_facts(report, facts):
            table.row([safe(label), safe(value)])
    pdf.ln(3)
    pdf.set_fill_color(255, 243, 205)
    pdf.multi_cell(0, 5, safe(CONFIDENTIAL), border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(244, 245, 248)  # the tables' alternate rows
    pdf.ln(4)

    heading = FontFace(emphasis="BOLD", fill_color=(225, 230, 240))
    _section(pdf, family, safe("Ergebnis"))
    with pdf.table(col_widths=(120, 30), width=150, align="LEFT", text_align=("LEFT", "RIGHT"),
                   headings_style=heading, line_height=5.5) as table:
        table.row(["", safe("Anzahl")])
        for label, value in summary_rows(report):
            table.row([safe(label), str(value)])
    pdf.ln(4)

    _section(pdf, family, safe("DSGVO-Entscheidungen (im MidOffice gelöschte Kunden)"))
    pdf.set_font(family, size=10)
    pdf.cell(0, 6, safe(gdpr_counts_text(facts)), new_x="LMARGIN", new_y="NEXT")
    rows = gdpr_rows(facts)
    if rows:
        pdf.set_font(family, size=8.5)
        with pdf.table(col_widths=GDPR_WIDTHS, text_align="LEFT", headings_style=heading,
                       line_height=4.6, repeat_headings=1) as table:
            table.row([safe(h) for h in GDPR_HEADER])
            for row in rows:
                table.row([safe(v) for v in row])
    pdf.ln(4)

    _section(pdf, family, safe("Kunden – offene und fehlgeschlagene zuerst"))
    pdf.set_font(family, size=8.5)
    with pdf.table(col_widths=CUSTOMER_WIDTHS, text_align="LEFT", headings_style=heading, line_height=4.6,
                   repeat_headings=1, cell_fill_color=(244, 245, 248), cell_fill_mode="ROWS") as table:
        table.row([safe(h) for h in CUSTOMER_HEADER])
        for row in customer_rows(report, facts):
            table.row([safe(v) for v in row])
    with atomic_path(Path(path)) as temp:  # owner-only, whole or not at all
        pdf.output(str(temp))


def _section(pdf, family: str, title: str) -> None:
    pdf.set_font(family, "B", 12)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=10)


def _fonts() -> tuple[str | None, str | None]:
    """A Unicode TrueType font (regular, bold) of the system: DejaVu on Linux, Arial on Windows/macOS."""
    for regular, bold in (("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                           "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
                          ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
                          ("/System/Library/Fonts/Supplemental/Arial.ttf",
                           "/System/Library/Fonts/Supplemental/Arial Bold.ttf")):
        if Path(regular).exists():
            return regular, bold if Path(bold).exists() else None
    return None, None


def save_reports(report: dict, facts: ReportFacts, folder: Path, stem: str | None = None) -> tuple[Path, Path]:
    """Write ``<stem>.pdf`` and ``<stem>.xlsx`` (``paxdesk-Bericht-YYYY-MM-DD-HHMM`` by default) into ``folder``.

    An existing report of another run with the same minute is never overwritten: ``-2``, ``-3`` … are added.
    Returns the paths (PDF, XLSX).
    """
    folder.mkdir(parents=True, exist_ok=True)
    if stem is None:
        base = report_name(facts.created)
        stem, n = base, 1
        while (folder / f"{stem}.pdf").exists() or (folder / f"{stem}.xlsx").exists():
            n += 1
            stem = f"{base}-{n}"
    pdf, xlsx = folder / f"{stem}.pdf", folder / f"{stem}.xlsx"
    write_pdf(report, facts, pdf)
    write_xlsx(report, facts, xlsx)
    return pdf, xlsx
