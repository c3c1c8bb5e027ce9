"""The conversion report as PDF and XLSX besides the contract's JSON — counts and statuses, no personal values."""

from __future__ import annotations

from pathlib import Path

from paxdesk.files import atomic_path

LABELS_DE = {"total": "Geprüfte v1-Kunden", "match": "Übereinstimmend", "minor": "Kleine Abweichung",
             "major": "Große Abweichung", "deleted": "Im MidOffice gelöscht", "no_reference": "Ohne Referenz",
             "error": "Fehler (nicht prüfbar)", "duplicates": "Dubletten",
             "with_crm_only": "Mit Daten nur im CRM", "converted": "Konvertiert (v2)",
             "converted_local": "Als paxlounge-Kunde behalten", "skipped": "Übersprungen", "failed": "Fehlgeschlagen"}
COLUMNS = ("customer_id", "midoffice_id", "status", "differences", "duplicate", "crm_only", "action", "outcome",
           "error")


def _row(item: dict) -> list[str]:
    values = []
    for key in COLUMNS:
        value = item.get(key)
        if isinstance(value, list):
            value = ", ".join(value)
        elif isinstance(value, bool):
            value = "ja" if value else "nein"
        values.append("" if value is None else str(value))
    return values


def write_xlsx(report: dict, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    summary = book.active
    summary.title = "Zusammenfassung"
    summary.append(["paxdesk – Konvertierungsbericht"])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append(["Lauf", report["run_id"]])
    summary.append(["MidOffice", report["midoffice"]])
    summary.append(["Probelauf", "ja" if report["dry_run"] else "nein"])
    summary.append(["Sicherung", report["backup"] or "–"])
    summary.append([])
    for key, value in report["summary"].items():
        summary.append([LABELS_DE.get(key, key), value])
    summary.column_dimensions["A"].width = 34
    summary.column_dimensions["B"].width = 60
    items = book.create_sheet("Kunden")
    items.append(list(COLUMNS))
    for cell in items[1]:
        cell.font = Font(bold=True)
    for item in report["items"]:
        items.append(_row(item))
    items.freeze_panes = "A2"
    with atomic_path(Path(path)) as temp:  # owner-only, whole or not at all
        book.save(temp)


def write_pdf(report: dict, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="L")
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_page()
    font = _unicode_font()
    if font:
        pdf.add_font("body", "", font)
        family = "body"
    else:
        family = "helvetica"
    pdf.set_font(family, size=16)
    pdf.cell(0, 10, _safe("paxdesk – Konvertierungsbericht", font), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=10)
    for label, value in (("Lauf", report["run_id"]), ("MidOffice", report["midoffice"]),
                         ("Probelauf", "ja" if report["dry_run"] else "nein"), ("Sicherung", report["backup"] or "–")):
        pdf.cell(0, 6, _safe(f"{label}: {value}", font), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for key, value in report["summary"].items():
        pdf.cell(80, 6, _safe(LABELS_DE.get(key, key), font))
        pdf.cell(0, 6, str(value), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (28, 24, 22, 48, 16, 44, 20, 28, 47)
    pdf.set_font(family, size=8)
    from fpdf.fonts import FontFace

    with pdf.table(col_widths=widths, text_align="LEFT", headings_style=FontFace(emphasis="")) as table:
        table.row(list(COLUMNS))
        for item in report["items"]:
            table.row([_safe(v, font) for v in _row(item)])
    with atomic_path(Path(path)) as temp:  # owner-only, whole or not at all
        pdf.output(str(temp))


def _unicode_font() -> str | None:
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "C:/Windows/Fonts/arial.ttf",
                      "/System/Library/Fonts/Supplemental/Arial.ttf"):
        if Path(candidate).exists():
            return candidate
    return None


def _safe(text: str, font: str | None) -> str:
    return text if font else text.encode("latin-1", "replace").decode("latin-1")
