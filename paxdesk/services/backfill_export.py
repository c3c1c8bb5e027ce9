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
from paxdesk.services.report_pdf import BACKFILL_WIDTHS, with_fonts
from paxdesk.services.report_rows import value_rows
from paxdesk.services.report_words import ENGLISH, GERMAN, Words, words
from paxdesk.services.spreadsheet import append_values, table_sheet

STEM = GERMAN.list_stem
INTRO = GERMAN.list_intro


def backfill_files(folder: Path) -> list[Path]:
    """The lists written so far, in either language (to offer them for deletion)."""
    if not folder.exists():
        return []
    return sorted(p for stem in (GERMAN.list_stem, ENGLISH.list_stem) for p in folder.glob(f"{stem}-*")
                  if p.suffix in (".xlsx", ".pdf"))


def save_backfill(values: list[DroppedValue], agency: str, created: datetime, folder: Path,
                  english: bool = False) -> tuple[Path, Path]:
    """``In-MidOffice-nachtragen-YYYY-MM-DD-HHMM.xlsx`` and ``.pdf`` in ``folder`` (``Add-in-MidOffice-…`` in
    English, the wizard's language). Returns (XLSX, PDF)."""
    w = words(english)
    stem = f"{w.list_stem}-{created:%Y-%m-%d-%H%M}"
    xlsx, pdf = folder / f"{stem}.xlsx", folder / f"{stem}.pdf"
    rows = value_rows(values, None, w)
    _write_xlsx(rows, agency, created, xlsx, w)
    _write_pdf(rows, agency, created, pdf, w)
    return xlsx, pdf


def _write_xlsx(rows: list[list[str]], agency: str, created: datetime, path: Path, w: Words) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    intro = book.active
    intro.title = w.list_note_sheet
    for line in (f"{w.backfill_title} – {agency}", created.strftime(w.list_created), w.list_intro, w.confidential):
        append_values(intro, [line])
        intro.cell(intro.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    intro["A1"].font = Font(bold=True, size=14)
    intro.column_dimensions["A"].width = 110
    table_sheet(book, w.list_values_sheet, w.backfill_header, rows, (28, 12, 15, 16, 40))
    with atomic_path(path) as temp:
        book.save(temp)


def _write_pdf(rows: list[list[str]], agency: str, created: datetime, path: Path, w: Words) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="P", format="A4")
    family, safe = with_fonts(pdf)
    pdf.add_page()
    pdf.set_font(family, "B", 16)
    pdf.cell(0, 10, safe(w.backfill_title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=10)
    pdf.multi_cell(0, 5, safe(f"{agency} · {created.strftime(w.list_created)}\n\n{w.list_intro}"),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_fill_color(255, 243, 205)
    pdf.multi_cell(0, 5, safe(w.confidential), border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(family, size=8.5)
    heading = FontFace(emphasis="BOLD", fill_color=(225, 230, 240))
    with pdf.table(col_widths=BACKFILL_WIDTHS, text_align="LEFT", headings_style=heading, line_height=4.6,
                   repeat_headings=1) as table:
        table.row([safe(h) for h in w.backfill_header])
        for row in rows:
            table.row([safe(v) for v in row])
    with atomic_path(path) as temp:
        pdf.output(str(temp))
