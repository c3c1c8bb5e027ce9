""""In MidOffice nachtragen" as files for the agency (CONTRACT §4.3): XLSX to work through, PDF to print.

Written from the checkpoint, before the apply, into the Documents folder beside the reports; owner-only
and whole or not at all, since every row is a customer's personal value. The finish page offers to
delete them once the values are entered in the MidOffice.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from paxdesk.files import atomic_path
from paxdesk.services.backfill import DroppedValue
from paxdesk.services.report_export import BACKFILL_HEADER, BACKFILL_WIDTHS, CONFIDENTIAL, value_rows, with_fonts
from paxdesk.services.spreadsheet import append_values, table_sheet

STEM = "In-MidOffice-nachtragen"
INTRO = ("In MidOffice nachtragen: Diese Angaben hat nur die alte Kopie im CRM; der MidOffice-Kunde hat sie nicht. "
         "Mit der Konvertierung werden sie aus dem CRM entfernt. Bitte prüfen Sie sie und tragen Sie sie bei Bedarf "
         "im MidOffice nach.")


def backfill_files(folder: Path) -> list[Path]:
    """The lists written so far (to offer them for deletion)."""
    return sorted(p for p in folder.glob(f"{STEM}-*") if p.suffix in (".xlsx", ".pdf")) if folder.exists() else []


def save_backfill(values: list[DroppedValue], agency: str, created: datetime, folder: Path) -> tuple[Path, Path]:
    """``In-MidOffice-nachtragen-YYYY-MM-DD-HHMM.xlsx`` and ``.pdf`` in ``folder``. Returns (XLSX, PDF)."""
    stem = f"{STEM}-{created:%Y-%m-%d-%H%M}"
    xlsx, pdf = folder / f"{stem}.xlsx", folder / f"{stem}.pdf"
    rows = value_rows(values)
    _write_xlsx(rows, agency, created, xlsx)
    _write_pdf(rows, agency, created, pdf)
    return xlsx, pdf


def _write_xlsx(rows: list[list[str]], agency: str, created: datetime, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    intro = book.active
    intro.title = "Hinweis"
    for line in (f"In MidOffice nachtragen – {agency}", f"Erstellt am {created:%d.%m.%Y um %H:%M} Uhr",
                 INTRO, CONFIDENTIAL):
        append_values(intro, [line])
        intro.cell(intro.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    intro["A1"].font = Font(bold=True, size=14)
    intro.column_dimensions["A"].width = 110
    table_sheet(book, "Werte", BACKFILL_HEADER, rows, (28, 12, 15, 16, 40))
    with atomic_path(path) as temp:
        book.save(temp)


def _write_pdf(rows: list[list[str]], agency: str, created: datetime, path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="P", format="A4")
    family, safe = with_fonts(pdf)
    pdf.add_page()
    pdf.set_font(family, "B", 16)
    pdf.cell(0, 10, safe("In MidOffice nachtragen"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=10)
    pdf.multi_cell(0, 5, safe(f"{agency} · erstellt am {created:%d.%m.%Y um %H:%M} Uhr\n\n{INTRO}"),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_fill_color(255, 243, 205)
    pdf.multi_cell(0, 5, safe(CONFIDENTIAL), border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(family, size=8.5)
    heading = FontFace(emphasis="BOLD", fill_color=(225, 230, 240))
    with pdf.table(col_widths=BACKFILL_WIDTHS, text_align="LEFT", headings_style=heading, line_height=4.6,
                   repeat_headings=1) as table:
        table.row([safe(h) for h in BACKFILL_HEADER])
        for row in rows:
            table.row([safe(v) for v in row])
    with atomic_path(path) as temp:
        pdf.output(str(temp))
